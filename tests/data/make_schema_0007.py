"""Writes tests/data/schema-0007.sqlite3: the data of `make_schema_0002.py` at revision 0007,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

0007 is the schema of release 0.1.0 (tests/data/releases.toml): the book a user of that
release has when the next one is installed over it. Made by the services of that release.
Run from the repository root: `.venv/bin/python tests/data/make_schema_0007.py`.
"""

from __future__ import annotations

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0007")
