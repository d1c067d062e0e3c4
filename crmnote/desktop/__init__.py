"""The desktop around the app, without Qt: notifications, reminders, autostart entries."""
