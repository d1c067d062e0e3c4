"""Widgets of the main window: customer list, customer page, Today, start page."""
