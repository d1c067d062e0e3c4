"""Writes tests/data/schema-0007.sqlite3: the data of `make_schema_0002.py` at revision 0007,
a change log and an insight (as for schema 0004), and money kept in Norwegian kroner with no
currency setting: the book of a business that never told crmnote its currency.

Migration 0010 must make NOK the home currency of such a book and keep every amount as it is.
The services that write the change log are those of the release that follows 0007 (run this
with that release's package on the path, e.g. `PYTHONPATH=<checkout of 0007> .venv/bin/python
tests/data/make_schema_0007.py` from the repository root).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0007")
    out = Path(__file__).with_name("schema-0007.sqlite3")
    con = sqlite3.connect(out)
    con.execute("UPDATE money SET currency = 'NOK'")
    con.execute("DELETE FROM settings WHERE key = 'currency'")
    con.commit()
    con.execute("VACUUM")
    con.close()
