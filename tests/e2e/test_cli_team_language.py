"""`crmnote team` says what it did in the user's language (LANG=de_DE): a member added, the
team listed with "(Sie)"; the role names and access words stay as typed (`--role staff`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli
from tests.pg.team import TeamBook

pytestmark = [pytest.mark.postgres, pytest.mark.team_roles]


def _owner(tmp_path: Path, book: TeamBook, lang: str) -> Cli:
    home = tmp_path / f"owner-{lang}"
    home.mkdir(exist_ok=True)
    pgpass = home / ".pgpass"
    pgpass.write_text(book.pgpass_line("owner"))
    pgpass.chmod(0o600)
    cli = Cli(home, book.bare("owner"))
    for name in list(cli.env):
        if name.startswith(("LC_", "LANG", "XDG_")):
            del cli.env[name]
    cli.env.update(PGPASSFILE=str(pgpass), LANG=lang, QT_QPA_PLATFORM="offscreen")
    return cli


def test_team_add_and_list_are_told_in_german(tmp_path: Path, team_book: TeamBook) -> None:
    owner = _owner(tmp_path, team_book, "de_DE.UTF-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("pw-dora\n")
    newcomer = team_book.roles["dora"] = team_book.roles["owner"].replace("anna", "dora")
    added = owner.run("team", "add", newcomer, "--role", "staff", "--password-file", str(secret))
    lines = added.stdout.splitlines()
    assert lines[0].startswith(f"{newcomer} („staff“) hinzugefügt, erfasst als neuer ")
    assert lines[0].endswith("“") and "Mitarbeitereintrag „Dora_" in lines[0]
    assert lines[1].startswith(f"{newcomer} meldet sich mit „postgresql+psycopg://{newcomer}@")
    listed = owner.run("team", "list").stdout.splitlines()
    mine = next(line for line in listed if line.startswith(team_book.roles["owner"]))
    assert mine.split()[1:] == ["owner", "Anna", "(Sie)"]
    english = _owner(tmp_path, team_book, "C.UTF-8").run("team", "list").stdout
    assert english.count("(you)") == 1 and "(Sie)" not in english
