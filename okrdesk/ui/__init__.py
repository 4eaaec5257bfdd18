"""PySide6 widgets: the main window and one sub-package per area."""
