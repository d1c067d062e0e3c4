"""Importers of customer data from other tools (CSV, vCard)."""
