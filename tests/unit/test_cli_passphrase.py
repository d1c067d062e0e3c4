"""Where the command line takes a passphrase from: a file, the environment, a terminal prompt;
never from an argument."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

import pytest

from crmnote.cli import encryption as cli_encryption
from crmnote.cli.encryption import PassphraseNeededError, read_passphrase
from crmnote.domain.errors import CrmError, DatabaseError

DB = Path("/data/crm.sqlite3")


def args(passphrase_file: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(passphrase_file=passphrase_file)


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRMNOTE_PASSPHRASE", raising=False)
    monkeypatch.setattr(cli_encryption.sys.stdin, "isatty", lambda: False, raising=False)


def test_a_file_comes_first_and_its_newline_is_not_part_of_it(
    no_terminal: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CRMNOTE_PASSPHRASE", "from the environment")
    secret = tmp_path / "secret"
    secret.write_text("from the file\nsecond line\n", encoding="utf-8")
    secret.chmod(0o600)
    assert read_passphrase(args(str(secret)), DB, "?") == "from the file"
    assert capsys.readouterr().err == ""
    secret.chmod(0o644)
    read_passphrase(args(str(secret)), DB, "?")
    assert "other users can read" in capsys.readouterr().err
    assert read_passphrase(args(), DB, "?") == "from the environment"


def test_without_a_source_or_terminal_it_says_how_to_give_one(no_terminal: None) -> None:
    with pytest.raises(PassphraseNeededError, match="CRMNOTE_PASSPHRASE or with --passphrase-file"):
        read_passphrase(args(), DB, "?")


def test_a_terminal_is_asked_twice_for_a_new_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRMNOTE_PASSPHRASE", raising=False)
    monkeypatch.setattr(cli_encryption.sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["typed", "typed", "typed", "typo"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert read_passphrase(args(), DB, "Passphrase: ", confirm=True) == "typed"
    with pytest.raises(CrmError, match="differ"):
        read_passphrase(args(), DB, "Passphrase: ", confirm=True)
    assert prompts[0] == "Passphrase: " and len(prompts) == 4


def test_an_empty_passphrase_is_refused(no_terminal: None, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    empty.chmod(0o600)
    with pytest.raises(DatabaseError, match="empty"):
        read_passphrase(args(str(empty)), DB, "?")
