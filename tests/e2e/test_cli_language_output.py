"""The command line's own output follows LANG: under LANG=de_DE the status lines, progress,
tables' words, summaries and prompts of sync, check, scores, copy, import (a dry run and a
file the json library refuses), export, remind, verify-log, follow-ups and encrypt are German,
with German plurals, digits and dates; under LANG=C the same commands still say it in
English. What scripts read (ids, JSON, the `crmnote: error:` frame) is the same in both."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli

pytestmark = pytest.mark.sqlite_only


def _cli(tmp_path: Path, db: Path, lang: str) -> Cli:
    cli = Cli(tmp_path, db)
    for name in list(cli.env):
        if name.startswith(("LC_", "LANG", "XDG_", "DBUS_")):
            del cli.env[name]
    cli.env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    return cli


@pytest.fixture
def book(tmp_path: Path) -> Path:
    db = tmp_path / "book.sqlite3"
    english = _cli(tmp_path, db, "C.UTF-8")
    english.run("add", "customer", "Anna Berg")
    english.run("log", "Anna Berg", "--note", "Anruf wegen Muster")
    return db


def test_status_lines_and_summaries_are_german_under_a_german_lang(
    tmp_path: Path, book: Path
) -> None:
    de = _cli(tmp_path, book, "de_DE.UTF-8")

    scores = de.run("scores", "Anna Berg").stdout.splitlines()
    assert re.fullmatch(r"Stand \d\d\.\d\d\.\d{4} \d\d:\d\d", scores[0]), scores[0]
    assert re.fullmatch(r"Schwierigkeit: \d+,\d  \(beginnt bei \d+,\d\)", scores[1]), scores
    assert any(line.startswith("Vertrauen: ") for line in scores)
    assert "Empfehlung: Noch nicht genug Verlauf" in scores
    assert re.fullmatch(r" +-\d+,\d  \d\d\.\d\d\.\d{4}  Kontakt  Anruf wegen Muster", scores[2])

    assert de.run("check").stdout.strip().endswith(": keine Probleme gefunden")
    verify = de.run("verify-log").stdout.strip()
    assert re.fullmatch(r"Änderungsprotokoll: 1 Eintrag, Kopf [0-9a-f]+, unversehrt", verify)
    followups = de.run("followups").stdout.splitlines()
    assert followups[0] == "überfällig: 0" and "von uns zu beheben: 0" in followups

    target = tmp_path / "kopie.sqlite3"
    copied = de.run("copy", "--to", str(target))
    lines = copied.stdout.splitlines()
    assert re.fullmatch(r"\d+ Zeilen von book\.sqlite3 nach .*kopie\.sqlite3 kopiert:", lines[0])
    assert lines[-1].startswith("Anzahlen je Tabelle und Prüfsumme des Inhalts stimmen überein: ")
    assert "crmnote: kopiere: " in copied.stderr and "crmnote: prüfe: " in copied.stderr

    exported = tmp_path / "alles.json"
    said = de.run("export", str(exported)).stdout.strip()
    assert said == f"nach {exported} exportiert: 1 Mitarbeiter, 1 Kunde, 1 Kontakt"
    assert json.loads(exported.read_text("utf-8"))  # the file itself is data, as it was

    csv = tmp_path / "kunden.csv"
    csv.write_text("name,email\nBernd Kurz,bernd@example.org\n", encoding="utf-8")
    dry = de.run("import", str(csv), "--dry-run").stdout.splitlines()
    assert dry[-1] == "1 angelegt, 0 zugeordnet, 0 zusammengeführt, 0 abgelehnt; Probelauf, " + (
        "nichts geschrieben"
    )

    broken = tmp_path / "kaputt.json"
    broken.write_text('{"customers": [\n  {"name": }\n]}\n', encoding="utf-8")
    refused = de.run("import", str(broken), "--dry-run", code=1)
    assert refused.stderr == (
        "crmnote: error: file: ist kein gültiges JSON (in Zeile 2, Spalte 12 fehlt ein Wert)\n"
    )

    assert de.run("remind", "--uninstall").stdout == "es waren keine Erinnerungen eingerichtet\n"


def test_the_same_commands_still_speak_english_under_lang_c(tmp_path: Path, book: Path) -> None:
    en = _cli(tmp_path, book, "C.UTF-8")
    scores = en.run("scores", "Anna Berg").stdout.splitlines()
    assert scores[0].startswith("as of ") and scores[1].startswith("difficulty: ")
    # What moved a score and the advice are named, not given by their keys.
    assert re.fullmatch(r" +-\d+\.\d  \d{4}-\d\d-\d\d  Interaction  Anruf wegen Muster", scores[2])
    assert "recommendation: Not enough history yet" in scores
    assert en.run("check").stdout.strip().endswith(": no problems found")
    assert re.fullmatch(
        r"change log: 1 entry, head [0-9a-f]+, intact", en.run("verify-log").stdout.strip()
    )
    copied = en.run("copy", "--to", str(tmp_path / "copy.sqlite3"))
    assert re.match(r"copied \d+ rows of book\.sqlite3 into ", copied.stdout)
    assert "crmnote: copying: " in copied.stderr
    exported = tmp_path / "all.json"
    said = en.run("export", str(exported)).stdout.strip()
    assert said == f"exported to {exported}: 1 staff member, 1 customer, 1 interaction"
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2,]", encoding="utf-8")
    refused = en.run("import", str(broken), code=1)
    assert refused.stderr == (
        "crmnote: error: file: is not valid JSON (a value is missing at line 1, column 7)\n"
    )
    assert en.run("remind", "--uninstall").stdout == "no reminders were installed\n"


def test_sync_and_its_conflicts_are_told_in_german(tmp_path: Path, book: Path) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    shutil.copyfile(book, laptop)
    _cli(tmp_path, laptop, "C.UTF-8").run("add", "customer", "Helm GmbH")
    de = _cli(tmp_path, book, "de_DE.UTF-8")
    synced = de.run("sync", "--with", str(laptop))
    assert re.fullmatch(r"\d+ Änderung(en)? gesendet, [1-9]\d* geholt", synced.stdout.strip())
    assert re.search(r"^crmnote: \d+ von \d+ Änderung(en)? geholt$", synced.stderr, re.M)
    again = de.run("sync", "--with", str(laptop)).stdout.strip()
    assert again == "0 Änderungen gesendet, 0 geholt"
    assert de.run("conflicts").stdout == "keine Synchronisierungskonflikte\n"
    english = _cli(tmp_path, book, "C.UTF-8").run("sync", "--with", str(laptop))
    assert english.stdout == "pushed 0 changes, pulled 0\n"


def test_the_passphrase_prompts_are_german_on_a_terminal(tmp_path: Path) -> None:
    """`crmnote encrypt` asks on the terminal (getpass): a pseudo-terminal reads its prompts."""
    pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")
    pty = pytest.importorskip("pty")
    db = tmp_path / "geheim.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "XDG_"))}
    env.update(LANG="de_DE.UTF-8", HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("CRMNOTE_PASSPHRASE", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: crmnote on the pseudo-terminal
        os.execve(
            sys.executable, [sys.executable, "-m", "crmnote", "--db", str(db), "encrypt"], env
        )
    seen = _answer(fd, "Passphrase für die neue Datenbank: ", "Sesam öffne dich\n")
    seen += _answer(fd, "Dieselbe Passphrase noch einmal: ", "Sesam öffne dich\n")
    seen += _read_to_end(fd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert f"verschlüsselte Datenbank {db} angelegt" in seen


def _answer(fd: int, prompt: str, answer: str) -> str:
    """Read the terminal until `prompt` shows, then type `answer`; what was shown."""
    seen = ""
    while prompt not in seen:
        chunk = os.read(fd, 1024).decode("utf-8", "replace")
        assert chunk, f"the terminal closed before {prompt!r}: {seen!r}"
        seen += chunk
    os.write(fd, answer.encode("utf-8"))
    return seen


def _read_to_end(fd: int) -> str:
    seen = b""
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen.decode("utf-8", "replace")
