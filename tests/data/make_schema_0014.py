"""Writes tests/data/schema-0014.sqlite3: what `make_schema_0013.py` writes (the data of
`make_schema_0002.py`, a change log, an insight, a team member, two evidence files, a sync
with a copy of the book and an edit made with plain SQL), at revision 0014 (Today's ordered
indexes).

The book a user has before migration 0015 (short filter texts' frequencies for every team
member on PostgreSQL; nothing changed in a SQLite file but the revision). Made by the services
of the commit whose head revision is 0014: from a checkout of that commit (`git archive COMMIT
| tar -x -C DIR`), run `PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0014.py`
with this file and `make_schema_0011.py` copied there. That commit is f3a5a74.
"""

from __future__ import annotations

from make_schema_0011 import write_synced  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_synced("0014")
