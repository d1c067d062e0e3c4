"""Offline field copies, the pure side: record identity, the hybrid logical clock, change values
and the merge rules (docs/sync.md). No database, no clock reads: services pass time in."""
