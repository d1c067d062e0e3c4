"""Writes tests/data/schema-0006.sqlite3: the data of `make_schema_0002.py` at revision 0006,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

The change log and the insight are made by the services (`make_schema_0004.write_with_log`);
those services are the ones of the release that follows 0006, whose models match
schema 0006 except for the interaction reference indexes that 0007 adds.
Run from the repository root: `.venv/bin/python tests/data/make_schema_0006.py`.
"""

from __future__ import annotations

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0006")
