"""`crmnote team` end to end on a PostgreSQL server, each person signing in with the password
in their ~/.pgpass, never one on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli
from tests.pg.databases import PgServer
from tests.pg.team import TeamBook, make_team_book, without_password

pytestmark = [pytest.mark.postgres, pytest.mark.team_roles]


def _as(tmp_path: Path, book: TeamBook, who: str) -> Cli:
    """`crmnote` run as one member: the URL names no password, ~/.pgpass holds it."""
    home = tmp_path / who
    home.mkdir(exist_ok=True)
    pgpass = home / ".pgpass"
    pgpass.write_text(book.pgpass_line(who))
    pgpass.chmod(0o600)
    cli = Cli(home, book.bare(who))
    cli.env["PGPASSFILE"] = str(pgpass)
    return cli


def test_the_owner_adds_members_who_then_sign_in_as_themselves(
    tmp_path: Path, team_book: TeamBook
) -> None:
    owner = _as(tmp_path, team_book, "owner")
    secret = tmp_path / "secret.txt"
    newcomer = team_book.roles["carl"] = team_book.roles["owner"].replace("anna", "carl")
    secret.write_text("pw-carl\n")
    added = owner.run("team", "add", newcomer, "--role", "staff", "--password-file", str(secret))
    assert f"added {newcomer} (staff), recording as a new staff record 'Carl_" in added.stdout
    listed = json.loads(owner.run("team", "list", "--json").stdout)
    mine = {m["role"]: (m["access"], m["staff"], m["you"]) for m in listed}
    assert mine[team_book.roles["owner"]] == ("owner", "Anna", True)
    assert mine[team_book.roles["staff"]] == ("staff", "Bob", False)
    assert mine[team_book.roles["viewer"]] == ("viewer", "Vera", False)
    assert mine[newcomer][0] == "staff"
    # Carl signs in with the password from his own ~/.pgpass and logs a call as himself.
    home = tmp_path / "carl"
    home.mkdir()
    url = team_book.url("owner")
    (home / ".pgpass").write_text(f"{url.host}:{url.port}:{url.database}:{newcomer}:pw-carl\n")
    (home / ".pgpass").chmod(0o600)
    carl = Cli(home, without_password(url.set(username=newcomer)).render_as_string(False))
    carl.env["PGPASSFILE"] = str(home / ".pgpass")
    carl.run("add", "customer", "Fjord Bikes")
    carl.run("log", "Fjord Bikes", "--channel", "call", "--note", "wants 20 helmets")
    shown = json.loads(carl.run("list", "interaction", "--json").stdout)
    staff = json.loads(owner.run("list", "staff", "--json").stdout)
    carl_id = next(s["id"] for s in staff if s["name"].startswith("Carl_"))
    assert [i["staff_id"] for i in shown] == [carl_id]


def test_a_password_comes_from_a_file_or_standard_input_never_the_command_line(
    tmp_path: Path, team_book: TeamBook
) -> None:
    owner = _as(tmp_path, team_book, "owner")
    name = team_book.roles["dora"] = team_book.roles["owner"].replace("anna", "dora")
    refused = owner.run("team", "add", name, "--role", "viewer", ok=False)
    assert refused.returncode == 1
    assert "give --password-file FILE (or - for standard input)" in refused.stderr
    piped = subprocess.run(
        [sys.executable, "-m", "crmnote", "team", "add", name, "--role", "viewer",
         "--password-file", "-"],
        input="pw-dora\n", capture_output=True, text=True, env=owner.env, timeout=120,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    assert "pw-dora" not in piped.stdout + piped.stderr
    assert "--password" not in [o for o in owner.run("team", "add", "--help").stdout.split()]


def test_a_viewer_and_staff_are_refused_with_a_sentence_and_exit_code_6(
    tmp_path: Path, team_book: TeamBook
) -> None:
    owner = _as(tmp_path, team_book, "owner")
    owner.run("add", "customer", "Fjord Bikes")
    viewer = _as(tmp_path, team_book, "viewer")
    assert "Fjord Bikes" in viewer.run("customers").stdout
    refused = viewer.run("log", "Fjord Bikes", "--note", "hello", ok=False)
    assert refused.returncode == 6
    assert refused.stderr == (
        f"crmnote: error: you are signed in as {team_book.roles['viewer']}, a viewer of this "
        "book: a viewer can read it but not change it; nothing was saved\n"
    )
    staff = _as(tmp_path, team_book, "staff")
    erase = staff.run("erase-customer", "Fjord Bikes", "--yes", ok=False)
    assert erase.returncode == 6, erase.stderr
    assert "only its owner can delete or erase a customer" in erase.stderr
    add = staff.run("team", "add", "mallory", "--role", "owner", ok=False)
    assert add.returncode == 6 and "only its owner can change who is in the team" in add.stderr
    demo = staff.run("demo", "--customers", "2", code=6)
    assert "only its owner can load demo data" in demo.stderr
    settings = staff.run("settings", "business_name", "Mallory Ltd", code=6)
    assert "only its owner can change the book's settings" in settings.stderr
    assert "Fjord Bikes" in owner.run("customers").stdout
    assert "business_name = ''" in owner.run("settings").stdout
    # Reading all of it, a viewer may also keep a copy of it (pg_dump reads the sequences too).
    dump = tmp_path / "viewer.dump"
    assert viewer.run("backup", dump).stdout.strip() == str(dump)
    assert dump.stat().st_size > 0


def test_team_commands_on_a_file_say_what_a_team_book_is(tmp_path: Path) -> None:
    cli = Cli(tmp_path, str(tmp_path / "crm.sqlite3"))
    refused = cli.run("team", "init", ok=False)
    assert refused.returncode == 4
    assert "team init needs a PostgreSQL book: a SQLite file is one person's book" in refused.stderr


def test_team_init_as_a_role_that_may_not_create_roles_says_how(
    tmp_path: Path, pg_server: PgServer
) -> None:
    """An owner without CREATEROLE: told what the superuser runs, nothing changed."""
    fresh = make_team_book(pg_server, init=False)
    try:
        fresh.server.execute(f"ALTER ROLE {fresh.roles['owner']} NOCREATEROLE")
        owner = _as(tmp_path, fresh, "owner")
        refused = owner.run("team", "init", ok=False)
        assert refused.returncode == 6
        assert f"ALTER ROLE {fresh.roles['owner']} CREATEROLE" in refused.stderr
    finally:
        fresh.close()


def test_a_member_signs_in_once_and_the_keyring_keeps_the_password(
    tmp_path: Path, team_book: TeamBook, file_keyring: Path
) -> None:
    """No ~/.pgpass: the password is asked once (here from a file), tried on the server, kept
    in the system keyring, and never shown; sign-out forgets it."""
    home = tmp_path / "bob"
    home.mkdir()
    bob = Cli(home, team_book.bare("staff"))
    bob.env.pop("PGPASSWORD", None)
    asked = bob.run("customers", code=4)
    assert "asks for the password of role" in asked.stderr
    assert "crmnote team sign-in" in asked.stderr
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("not-it\n")
    right.write_text(team_book.password("staff") + "\n")
    refused = bob.run("team", "sign-in", "--password-file", wrong, code=4)
    assert "refused the password of role" in refused.stderr
    assert not file_keyring.exists() or json.loads(file_keyring.read_text()) == {}
    signed = bob.run("team", "sign-in", "--password-file", right)
    url = team_book.url("staff")
    account = f"{url.username}@{url.host}:{url.port}/{url.database}"
    assert signed.stdout.startswith(f"signed in as {account}: the password is kept")
    assert json.loads(file_keyring.read_text()) == {
        f"crmnote-postgresql\t{account}": team_book.password("staff")
    }
    bob.run("add", "customer", "Fjord Bikes")
    shown = bob.run("customers")
    assert "Fjord Bikes" in shown.stdout
    for result in (signed, shown):
        assert team_book.password("staff") not in result.stdout + result.stderr
    assert bob.run("team", "sign-out").stdout == f"forgot the password kept for {account}\n"
    assert bob.run("team", "sign-out").stdout == f"no password was kept for {account}\n"
    bob.run("customers", code=4)


def test_sign_in_without_a_keyring_or_on_a_file_says_what_to_do_instead(
    tmp_path: Path, team_book: TeamBook
) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text(team_book.password("staff") + "\n")
    bob = Cli(tmp_path, team_book.bare("staff"))
    refused = bob.run("team", "sign-in", "--password-file", secret, code=4)
    assert refused.stderr.startswith("crmnote: error: there is no system keyring on this computer")
    assert "put it in ~/.pgpass instead" in refused.stderr
    on_file = Cli(tmp_path, tmp_path / "crm.sqlite3")
    refused = on_file.run("team", "sign-in", "--password-file", secret, code=4)
    assert "signing in is for a team book on a PostgreSQL server" in refused.stderr
    assert not (tmp_path / "crm.sqlite3").exists()  # nothing made
    asks = bob.run("team", "sign-in", code=1)  # not on a terminal: never waits for one
    assert "give --password-file FILE (or - for standard input)" in asks.stderr


def test_a_wrong_name_or_role_is_one_sentence_and_nothing_changes(
    tmp_path: Path, team_book: TeamBook
) -> None:
    owner = _as(tmp_path, team_book, "owner")
    secret = tmp_path / "pw.txt"
    secret.write_text("pw\n")
    before = owner.run("team", "list", "--json").stdout
    bad = owner.run(
        "team", "add", "Anna Smith", "--role", "staff", "--password-file", secret, code=1
    )
    assert bad.stderr == (
        "crmnote: error: name: 'Anna Smith' cannot be a sign-in name: use letters a-z, digits "
        "and _ (up to 63, not starting with a digit)\n"
    )
    reserved = owner.run(
        "team", "add", "pg_anna", "--role", "staff", "--password-file", secret, code=1
    )
    assert "is reserved" in reserved.stderr
    boss = owner.run("team", "add", "anna2", "--role", "boss", "--password-file", secret, code=2)
    assert "argument --role: invalid choice: 'boss'" in boss.stderr
    assert len(boss.stderr.strip().splitlines()) == 1
    assert owner.run("team", "list", "--json").stdout == before


def test_a_role_outside_the_team_is_told_to_ask_the_owner(
    tmp_path: Path, team_book: TeamBook
) -> None:
    """A login role that may connect but is no member: one sentence, exit 6, nothing written."""
    stranger = team_book.roles["extra"]
    team_book.server.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD 'pw-{stranger}'")
    team_book.server.execute(f"GRANT CONNECT ON DATABASE {team_book.database} TO {stranger}")
    url = team_book.url("owner").set(username=stranger, password=f"pw-{stranger}")
    cli = Cli(tmp_path, url.render_as_string(hide_password=False))
    for command in (["customers"], ["add", "customer", "Mallory Ltd"]):
        refused = cli.run(*command, code=6)
        assert refused.stderr == (
            f"crmnote: error: role '{stranger}' has no access to this book: ask its owner to "
            f"add you (crmnote team add {stranger} --role staff)\n"
        )
    assert "Mallory" not in _as(tmp_path, team_book, "owner").run("customers").stdout
