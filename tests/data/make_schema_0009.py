"""Writes tests/data/schema-0009.sqlite3: the data of `make_schema_0002.py` at revision 0009,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

Made by the services of the commit whose head revision is 0009 (their models match its schema):
from a checkout of that commit (`git archive COMMIT | tar -x -C DIR`), run
`PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0009.py` with this file copied there.
That commit is 97ad7a1 (main with the team book, before migration 0011).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

if __name__ == "__main__":
    write_with_log("0009")
    # team_members is empty on a file (a team maps roles on a server): one row all the same,
    # so that the upgrade test sees every table keep its rows.
    con = sqlite3.connect(Path(__file__).with_name("schema-0009.sqlite3"))
    con.execute("INSERT INTO team_members (role, staff_id) VALUES ('anna', 1)")
    con.commit()
    con.execute("VACUUM")
    con.close()
