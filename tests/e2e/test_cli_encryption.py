"""Encrypted databases on the command line: `encrypt`, the passphrase sources,
a wrong passphrase told apart from damage, `restore` and `decrypt`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_runner

pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")

PASS = "correct horse battery staple"
PLAIN_HEADER = b"SQLite format 3\x00"


class Cli(cli_runner.Cli):
    def __init__(self, tmp_path: Path) -> None:
        super().__init__(tmp_path, tmp_path / "cli.sqlite3")

    def names(self, passphrase: str | None = PASS) -> list[str]:
        out = self.run("customers", "--json", passphrase=passphrase).stdout
        return [c["name"] for c in json.loads(out)]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stderr.count("\n") == 1 and result.stdout == "", result.stderr
    return result.stderr


def test_encrypt_then_commands_take_the_passphrase(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Fjord Bikes AS")
    cli.run("backup")
    out = cli.run("encrypt", passphrase=PASS).stdout
    assert "is now encrypted" in out and "1 earlier backup in" in out and "delete them" in out
    (aside,) = tmp_path.glob("cli.sqlite3.unencrypted-*")
    assert aside.read_bytes().startswith(PLAIN_HEADER) and b"Fjord Bikes" in aside.read_bytes()
    raw = cli.db.read_bytes()
    assert not raw.startswith(PLAIN_HEADER) and b"Fjord Bikes" not in raw

    assert cli.names() == ["Fjord Bikes AS"]
    missing = one_line(cli.run("customers", code=4))
    assert "is encrypted: give its passphrase" in missing and "CRMNOTE_PASSPHRASE" in missing

    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")  # the newline is not part of it
    secret.chmod(0o600)
    shown = cli.run("--passphrase-file", str(secret), "customers")
    assert "Fjord Bikes AS" in shown.stdout and shown.stderr == ""

    assert "already encrypted" in one_line(cli.run("encrypt", passphrase=PASS, code=1))
    # No option takes the passphrase itself: `ps` would show it to every user.
    assert cli.run("--passphrase", PASS, "customers", code=2).returncode == 2
    assert "desktop app" in cli.run("--passphrase-file", str(secret), code=2).stderr


def test_wrong_passphrase_and_damage_have_their_own_messages(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Acme")
    cli.run("encrypt", passphrase=PASS)  # also writes the first encrypted backup
    sound = cli.db.read_bytes()

    wrong = one_line(cli.run("customers", passphrase="not it", code=4))
    assert "the passphrase does not open" in wrong and "damaged" not in wrong
    assert cli.db.read_bytes() == sound

    first_page = bytearray(sound)
    first_page[100:164] = bytes(b ^ 0x5A for b in first_page[100:164])
    cli.db.write_bytes(bytes(first_page))
    damaged = one_line(cli.run("customers", passphrase=PASS, code=4))
    # Page 1 fails with either passphrase; the backup shows this one is right.
    assert "is damaged (the passphrase is right)" in damaged and "newest good backup" in damaged
    assert "does not open" in one_line(cli.run("customers", passphrase="not it", code=4))
    assert cli.db.read_bytes() == bytes(first_page)

    cli.db.write_bytes(sound[:-100])  # cut short of a whole page
    assert "is damaged" in one_line(cli.run("customers", passphrase=PASS, code=4))

    cli.db.write_bytes(sound)
    assert cli.names() == ["Acme"]


def test_restore_check_and_decrypt(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "First")
    cli.run("encrypt", passphrase=PASS)
    cli.run("add", "customer", "Second", passphrase=PASS)
    made = Path(cli.run("backup", passphrase=PASS).stdout.strip())
    assert not made.read_bytes().startswith(PLAIN_HEADER) and b"Second" not in made.read_bytes()
    cli.run("add", "customer", "Third", passphrase=PASS)
    assert "previous database was kept" in cli.run("restore", str(made), passphrase=PASS).stdout
    assert cli.names() == ["First", "Second"]
    assert "no problems found" in cli.run("check", passphrase=PASS).stdout

    out = cli.run("decrypt", passphrase=PASS).stdout
    assert "no longer encrypted" in out
    assert cli.db.read_bytes().startswith(PLAIN_HEADER)
    assert cli.names(passphrase=None) == ["First", "Second"]
    (aside,) = tmp_path.glob("cli.sqlite3.encrypted-*")
    assert not aside.read_bytes().startswith(PLAIN_HEADER)


def test_encrypt_creates_a_new_encrypted_database(cli: Cli) -> None:
    assert "created the encrypted database" in cli.run("encrypt", passphrase=PASS).stdout
    cli.run("add", "customer", "Nytt firma", passphrase=PASS)
    assert b"Nytt firma" not in cli.db.read_bytes()
    assert cli.names() == ["Nytt firma"]


def test_check_repair_mends_an_encrypted_database(cli: Cli) -> None:
    """The repair's backup, its foreign-keys-off connection and the checks all read through
    the passphrase; the backup it takes is encrypted with it."""
    from crmnote.storage.encryption import connect, problems

    cli.run("add", "customer", "Fjord Bikes AS")
    cli.run("add", "customer", "Gone Ltd", "--emails", "gone@example.com")
    cli.run("log", "Fjord", "--minutes", "10", "--mood", "1", "--note", "asked for a quote")
    cli.run("log", "Gone", "--minutes", "5", "--note", "last call")
    cli.run("encrypt", passphrase=PASS)
    con = connect(cli.db, PASS)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM customers WHERE name = 'Gone Ltd'")
    con.execute("UPDATE interactions SET mood = 7 WHERE notes = 'asked for a quote'")
    con.execute("DROP TRIGGER search_interactions_update")
    con.execute("UPDATE customer_text SET text = 'tampered'")  # the filter index keeps the old
    con.commit()
    con.close()

    found = cli.run("check", passphrase=PASS, code=1).stdout
    assert "interactions: 1 row whose customer_id names a missing row in customers" in found
    assert "interactions: 1 interaction with a mood outside" in found
    assert "search index: 1 trigger" in found
    assert "customer filter index: 1 index that does not match the customer texts" in found

    out = cli.run("check", "--repair", passphrase=PASS).stdout
    backup = Path(next(x for x in out.splitlines() if x.startswith("backed up to "))[13:])
    assert not backup.read_bytes().startswith(PLAIN_HEADER) and problems(backup, PASS) == []
    assert "repaired: interactions: 1 interaction with a mood outside" in out
    assert out.rstrip().endswith("no problems found")
    assert not cli.db.read_bytes().startswith(PLAIN_HEADER)
    assert cli.run("check", passphrase=PASS).stdout.strip() == f"{cli.db}: no problems found"
    assert cli.names() == ["Fjord Bikes AS"]
    shown = cli.run("customers", "--search", "fjord", passphrase=PASS).stdout
    assert "Fjord Bikes AS" in shown
