"""Dialogs: record form, quick log, about."""
