"""Writes tests/data/schema-0012.sqlite3: what `make_schema_0011.py` writes (the data of
`make_schema_0002.py`, a change log, an insight, a team member, two evidence files, a sync
with a copy of the book and an edit made with plain SQL), at revision 0012, where the evidence
files carry their uuids and travel with sync.

The book a user has before migration 0013 (an index for short customer filters on PostgreSQL;
nothing changes in a SQLite file). Made by the services of the commit whose head revision is
0012: from a checkout of that commit (`git archive COMMIT | tar -x -C DIR`), run
`PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0012.py` with this file and
`make_schema_0011.py` copied there. That commit is 2b0d239 (`land` before migration 0013).
"""

from __future__ import annotations

from make_schema_0011 import write_synced  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_synced("0012")
