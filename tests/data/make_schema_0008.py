"""Writes tests/data/schema-0008.sqlite3: the data of `make_schema_0002.py` at revision 0008,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

Made by the services of the commit whose head revision is 0008 (their models match its schema):
from a checkout of that commit (`git archive COMMIT | tar -x -C DIR`), run
`PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0008.py` with this file copied there.
That commit is fa92f8b (main before the team book, migration 0009).
"""

from __future__ import annotations

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0008")
