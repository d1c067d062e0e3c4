"""The deterministic demo-data generator: realistic customers and histories (not a use case)."""
