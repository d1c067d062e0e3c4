"""Writes tests/data/schema-0008.sqlite3: the data of `make_schema_0002.py` at revision 0008,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

0008 builds PostgreSQL's search and filter; on SQLite it changes nothing, so this book is the
0007 one at the next revision: the book a user has before migration 0010. Made by the services
of the release at 0008 (run with that checkout's package first on the path, e.g.
`PYTHONPATH=<checkout at 0008> .venv/bin/python tests/data/make_schema_0008.py`).
"""

from __future__ import annotations

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0008")
