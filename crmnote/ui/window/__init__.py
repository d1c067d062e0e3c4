"""The main window and what hangs off it: menus, screens, file commands, reminders, notices."""
