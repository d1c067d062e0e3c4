"""Writes tests/data/schema-0013.sqlite3: what `make_schema_0012.py` writes (the data of
`make_schema_0002.py`, a change log, an insight, a team member, two evidence files, a sync
with a copy of the book and an edit made with plain SQL), at revision 0013 (an index for short
customer filters on PostgreSQL; nothing changed in a SQLite file but the revision).

The book a user has before migration 0014 (Today's ordered indexes). Made by the services of
the commit whose head revision is 0013: from a checkout of that commit (`git archive COMMIT |
tar -x -C DIR`), run `PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0013.py` with
this file and `make_schema_0011.py` copied there. That commit is 8283452 (`land` with
migration 0013).
"""

from __future__ import annotations

from make_schema_0011 import write_synced  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_synced("0013")
