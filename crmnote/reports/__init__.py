"""Exports of records to documents (PDF and others); Qt non-widget classes only."""
