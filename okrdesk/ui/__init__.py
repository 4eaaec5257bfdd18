"""PySide6 widgets: the main window and one sub-package per area.

The shell (app, main_window, controller, section_stack, undo, store_commands, settings…) sits at
the top; common/ is the kit every area uses; home/ is the home dashboard section; okr/,
funnel/ and experiments/ are the areas, which never import each other; review/ reads them all;
people/ is the people and teams dialog; dashboards/ and present/ are the windows of the View menu.
"""
