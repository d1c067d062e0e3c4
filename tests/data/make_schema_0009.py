"""Writes tests/data/schema-0009.sqlite3: the data of `make_schema_0002.py` at revision 0009,
plus a change log and an insight written by crmnote's own code (as for schema 0004), and a
team member: the book a team copied to a file (`crmnote copy`) holds its members.

0009 gives every edited record a `version` and adds `team_members`: the book a team member or a
sole proprietor has before migration 0010. Made by the services of the code at 0009 (`main`
when 0009 landed), run with that checkout's package first on the path (an editable install of
another checkout taken off the import path), e.g.
`PYTHONPATH=<checkout at 0009> .venv/bin/python tests/data/make_schema_0009.py`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0009")
    con = sqlite3.connect(Path(__file__).with_name("schema-0009.sqlite3"))
    con.execute("INSERT INTO team_members (role, staff_id) VALUES ('anna', 1)")
    con.commit()
    con.execute("VACUUM")
    con.close()
