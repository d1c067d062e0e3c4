"""Writes tests/data/schema-0003.sqlite3: the data of `make_schema_0002.py` at revision 0003.

At 0003 the full-text index exists and its triggers fill it as the rows go in, so the golden
file holds an index built by the triggers of that release. Run from the repository root:
`.venv/bin/python tests/data/make_schema_0003.py`.
"""

from __future__ import annotations

from pathlib import Path

from make_schema_0002 import write  # a sibling script: run as a script, its folder is on the path


def main() -> None:
    write(Path(__file__).with_name("schema-0003.sqlite3"), "0003")


if __name__ == "__main__":
    main()
