"""What import and export accept, as the command line's help names it (no heavy imports: the
help is printed without loading the importers)."""

from __future__ import annotations

# What `crmnote export FILE` writes, by the file name given.
FORMATS = ".json, .vcf, .csv, .zip or a directory"

# Fields a user may name in `--map "Column=field"` for an interaction file.
INTERACTION_FIELDS = (
    "at",
    "date",
    "time",
    "customer",
    "name",
    "customer_id",
    "email",
    "phone",
    "company",
    "channel",
    "direction",
    "minutes",
    "seconds",
    "staff",
    "summary",
    "notes",
    "mood",
    "ignore",
)
