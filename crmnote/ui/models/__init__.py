"""Qt models: thin adapters over immutable rows from the services."""
