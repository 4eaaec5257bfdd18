"""The areas of the main window, one widget each, reloaded when their data changes."""
