"""The command line follows LANG: German reminders, calendar and PDFs under LANG=de_DE, English
(without loading Qt) otherwise; dates and money in the locale's forms."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from crmnote import formats
from crmnote.cli.language import english_plural, languages
from tests.e2e.cli_runner import crmnote


def test_languages_from_the_environment() -> None:
    assert languages({"LANG": "de_DE.UTF-8"}) == ["de_DE"]
    assert languages({"LANG": "C.UTF-8"}) == []
    assert languages({"LC_ALL": "POSIX", "LANGUAGE": "de"}) == []  # gettext ignores LANGUAGE
    assert languages({"LANG": "en_GB.UTF-8", "LANGUAGE": "fr:de"}) == ["fr", "de", "en_GB"]
    assert languages({"LC_MESSAGES": "de_AT@euro", "LANG": "en_US"}) == ["de_AT"]
    assert english_plural("%n promise(s) to keep", 1) == "1 promise to keep"
    assert english_plural("%n promise(s) to keep", 3) == "3 promises to keep"


def _crmnote(
    db: Path | str, lang: str, *words: str, home: Path
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "DBUS_"))}
    env.update(LANG=lang, HOME=str(home), XDG_STATE_HOME=str(home / "state"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return crmnote(env, "--db", str(db), *words)  # in this process, English again afterwards


def test_the_command_line_speaks_german_under_a_german_lang(tmp_path: Path) -> None:
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    today = date.today()  # the commands read the wall clock
    for words in (
        ("add", "customer", "Anna Berg"),
        ("add", "promise", "Anna Berg", "--text", "Muster senden", "--due", str(today)),
        ("add", "money", "Anna Berg", "--amount", "1234.5", "--at", str(today)),
    ):
        assert _crmnote(db, "C.UTF-8", *words, home=home).returncode == 0
    remind = _crmnote(db, "de_DE.UTF-8", "remind", home=home)
    assert remind.returncode == 0, remind.stderr
    assert remind.stdout.splitlines() == [
        "1 Zusage einzuhalten",
        "Anna Berg: Muster senden (heute fällig)",
    ]
    assert remind.stderr.startswith("crmnote: keine Benachrichtigung angezeigt (")
    english = _crmnote(db, "en_US.UTF-8", "remind", "--print", home=home)
    assert english.stdout == "Anna Berg: Muster senden (due today)\n"

    ics = tmp_path / "due.ics"
    cal = _crmnote(db, "de_DE.UTF-8", "calendar", "-o", str(ics), home=home)
    assert cal.stdout.strip() == f"{ics}: 1 zu erledigen, 0 erledigt (storniert)"
    [event] = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Zusage fällig: Muster senden (Anna Berg)"

    pdf = tmp_path / "verlauf.pdf"
    out = _crmnote(db, "de_DE.UTF-8", "export-pdf", "Anna Berg", "-o", str(pdf), home=home)
    assert out.returncode == 0, out.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Kundenverlauf" in text and "Zusagen" in text and "Seite 1 von" in text
    assert "1.234,50 EUR" in text and today.strftime("%d.%m.%Y") in text
    # the advice's reasons, composed by the domain, in German too
    assert "Noch zu wenig Verlauf für eine Empfehlung." in text
    assert "history" not in text


def test_dates_and_money_follow_the_locale() -> None:
    moment = date(2026, 3, 4)
    assert formats.day(moment) == "2026-03-04"  # the tests' C locale: ISO, as always
    assert formats.money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert formats.day(moment) == "04.03.2026"
        assert formats.money(Decimal("1234.5"), "EUR") == "1.234,50 EUR"
        from datetime import datetime

        assert formats.moment(datetime(2026, 3, 4, 9, 5)) == "04.03.2026 09:05"
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_refused_value_is_told_in_the_users_language(tmp_path: Path) -> None:
    """The rule's sentence (a message id from the domain) in German under LANG=de_DE; the
    field keeps its option's name."""
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    assert _crmnote(db, "C.UTF-8", "add", "customer", "Anna Berg", home=home).returncode == 0
    words = ("add", "promise", "Anna Berg", "--text", "Muster", "--due", "2026-13-01")
    german = _crmnote(db, "de_DE.UTF-8", *words, home=home)
    assert german.returncode == 1
    assert (
        german.stderr == "crmnote: error: due: '2026-13-01' ist kein Datum (JJJJ-MM-TT verwenden)\n"
    )
    english = _crmnote(db, "C.UTF-8", *words, home=home)
    assert english.stderr == "crmnote: error: due: '2026-13-01' is not a date (use YYYY-MM-DD)\n"
    empty = _crmnote(db, "de_DE.UTF-8", "add", "promise", "Anna Berg", "--text", " ", home=home)
    assert empty.stderr == "crmnote: error: text: darf nicht leer sein\n"


def test_a_service_refusal_and_a_log_finding_are_told_in_german(tmp_path: Path) -> None:
    """The services' sentences (a staff member nobody has, a record changed around crmnote)
    are message ids too: German under LANG=de_DE, with the record's kind by its German name."""
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    for words in (
        ("add", "customer", "Anna Berg"),
        ("add", "promise", "Anna Berg", "--text", "Muster senden"),
    ):
        assert _crmnote(db, "C.UTF-8", *words, home=home).returncode == 0
    words = ("add", "promise", "Anna Berg", "--text", "Muster", "--made-by", "Niemand")
    german = _crmnote(db, "de_DE.UTF-8", *words, home=home)
    assert german.returncode == 1
    assert german.stderr == "crmnote: error: made-by: es gibt keinen Mitarbeiter namens „Niemand“\n"
    english = _crmnote(db, "C.UTF-8", *words, home=home)
    assert english.stderr == "crmnote: error: made-by: there is no staff member named 'Niemand'\n"
    nobody = _crmnote(db, "de_DE.UTF-8", "add", "promise", "Niemand", "--text", "x", home=home)
    assert nobody.stderr == "crmnote: error: kein Kunde passt zu „Niemand“\n"
    calls = tmp_path / "anrufe.csv"
    calls.write_text("When,Customer,Subject\n2026-05-01 10:00,Nina Berg,Erstgespräch\n")
    imported = _crmnote(db, "de_DE.UTF-8", "import", str(calls), "--kind", "interactions",
                        home=home)  # fmt: skip
    assert imported.returncode == 1
    assert "customer: kein Kunde passt zu „Nina Berg“ (nach name)" in imported.stdout
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE promises SET text = 'gefälscht'")
    conn.close()
    verify = _crmnote(db, "de_DE.UTF-8", "verify-log", home=home)
    assert verify.returncode == 1
    assert verify.stdout.splitlines()[0].startswith(
        "altered: Zusage 1 weicht von der zuletzt protokollierten Fassung ab (Eintrag "
    )
    check = _crmnote(db, "C.UTF-8", "verify-log", home=home)
    assert check.stdout.splitlines()[0].startswith(
        "altered: promise 1 differs from its last logged version (entry "
    )


def test_the_letter_a_decision_drafts_is_in_the_users_language(tmp_path: Path) -> None:
    """`add decision --action decline` under LANG=de_DE stores the German letter, as the desktop
    app drafts it; `crmnote letter` then prints that letter whatever the reader's LANG."""
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    assert _crmnote(db, "C.UTF-8", "add", "customer", "Anna Berg", home=home).returncode == 0
    words = ("add", "decision", "Anna Berg", "--action", "decline", "--why", "wir sind ausgelastet")
    declined = _crmnote(db, "de_DE.UTF-8", *words, home=home)
    assert declined.returncode == 0, declined.stderr
    assert "[Name Ihres Unternehmens]" in declined.stderr  # not signed yet: the warning says so
    letter = _crmnote(db, "C.UTF-8", "letter", declined.stdout.strip(), home=home).stdout
    assert letter.startswith("Guten Tag Anna Berg,\n\n")
    assert "Wir sind ausgelastet" in letter or "wir sind ausgelastet" in letter
    assert letter.rstrip().endswith("Mit freundlichen Grüßen\n[Name Ihres Unternehmens]")
    assert "Dear" not in letter and "your business name" not in letter
    english = _crmnote(db, "C.UTF-8", *words, home=home)
    assert english.returncode == 0, english.stderr
    again = _crmnote(db, "C.UTF-8", "letter", english.stdout.strip(), home=home).stdout
    assert again.startswith("Dear Anna Berg,") and "[your business name]" in again


def test_a_database_refusal_is_told_in_the_users_language(tmp_path: Path) -> None:
    """The services' and storage's database refusals are message ids: `crmnote team` on a
    SQLite file and `crmnote copy` into a book holding records say so in German under
    LANG=de_DE and in English under C, with the exit code of an unusable database (4)."""
    db, other, home = tmp_path / "book.sqlite3", tmp_path / "other.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    for book in (db, other):
        assert _crmnote(book, "C.UTF-8", "add", "customer", "Anna Berg", home=home).returncode == 0
    german = _crmnote(db, "de_DE.UTF-8", "team", "list", home=home)
    assert german.returncode == 4
    assert german.stderr == (
        "crmnote: error: team list braucht ein PostgreSQL-Notizbuch: eine SQLite-Datei ist das "
        "Notizbuch einer Person; ein Team teilt sich ein Notizbuch auf einem PostgreSQL-Server "
        "(docs/team.md)\n"
    )
    english = _crmnote(db, "C", "team", "list", home=home)
    assert english.returncode == 4
    assert english.stderr == (
        "crmnote: error: team list needs a PostgreSQL book: a SQLite file is one person's book; "
        "a team shares a book on a PostgreSQL server (docs/team.md)\n"
    )
    copy = ("copy", "--to", str(other))
    german = _crmnote(db, "de_DE.UTF-8", *copy, home=home)
    assert german.returncode == 4
    assert german.stderr == (
        "crmnote: error: das Ziel enthält schon Einträge (1 Kunde): kopieren Sie in eine "
        "neue, leere Datenbank\n"
    )
    english = _crmnote(db, "C", *copy, home=home)
    assert english.returncode == 4
    assert english.stderr == (
        "crmnote: error: the target already holds records (1 customer): copy into a new, "
        "empty database\n"
    )
    missing = _crmnote(db, "de_DE.UTF-8", "restore", str(tmp_path / "nope.sqlite3"), home=home)
    assert (
        missing.stderr == f"crmnote: error: unter {tmp_path / 'nope.sqlite3'} gibt es keine Datei\n"
    )


def test_storage_sentences_are_told_in_the_users_language(tmp_path: Path) -> None:
    """Storage's own sentences (a file that is no database, a URL crmnote cannot use, a folder
    given as the book, the check's findings with their plural) in German under LANG=de_DE and
    English under C; never "(n)" or "(s)"."""
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    assert _crmnote(db, "C.UTF-8", "add", "customer", "Anna Berg", home=home).returncode == 0
    for n in range(2):
        words = ("add", "promise", "Anna Berg", "--text", f"Muster {n}")
        assert _crmnote(db, "C.UTF-8", *words, home=home).returncode == 0
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database, only words\n" * 100)
    restore = _crmnote(db, "de_DE.UTF-8", "restore", str(text), home=home)
    assert restore.stderr == f"crmnote: error: {text} ist keine intakte SQLite-Datenbank\n"
    assert _crmnote(db, "C", "restore", str(text), home=home).stderr == (
        f"crmnote: error: {text} is not a sound SQLite database\n"
    )
    folder = _crmnote(tmp_path, "de_DE.UTF-8", "list", "customer", home=home)
    assert folder.stderr == f"crmnote: error: {tmp_path} ist ein Ordner, keine Datenbankdatei\n"
    mysql = _crmnote("mysql://ann@db/book", "de_DE.UTF-8", "list", "customer", home=home)
    assert mysql.stderr.startswith(
        "crmnote: error: crmnote kann keine Datenbanken vom Typ „mysql“ verwenden; geben Sie"
    )
    with sqlite3.connect(db) as conn:  # closed promises without their time, written around crmnote
        conn.execute("UPDATE promises SET status = 'kept', resolved_at = NULL")
    conn.close()
    german = _crmnote(db, "de_DE.UTF-8", "check", home=home)
    assert (
        "Zusagen: 2 abgeschlossene Zusagen ohne Erledigungszeit; die Reparatur wird jeweils die "
        "Zeit der letzten Änderung eintragen" in german.stdout
    ), german.stdout
    assert re.search(r": \d+ Probleme gefunden\n", german.stdout), german.stdout
    assert "crmnote check --repair behebt die logischen, nach einer Sicherung" in german.stdout
    english = _crmnote(db, "C", "check", home=home)
    assert (
        "promises: 2 closed promises without a resolution time; the repair will" in english.stdout
    )
    assert "(s)" not in english.stdout and "(n)" not in german.stdout


def test_the_command_lines_own_refusals_and_an_imports_rows_are_told_in_the_users_language(
    tmp_path: Path,
) -> None:
    """The command line's checks of its arguments (a kind that belongs to no customer, an id
    out of range) and the import's per-row report (a cell refused, a row with stray cells counted
    in a plural) in German under LANG=de_DE and in English under C."""
    db, home = tmp_path / "book.sqlite3", tmp_path / "cli-home"
    home.mkdir()
    assert _crmnote(db, "C.UTF-8", "add", "customer", "Anna Berg", home=home).returncode == 0
    words = ("list", "staff", "--customer", "Anna Berg")
    german = _crmnote(db, "de_DE.UTF-8", *words, home=home)
    assert german.returncode == 1
    assert german.stderr == (
        "crmnote: error: customer: Einträge der Art Mitarbeiter gehören zu keinem Kunden\n"
    )
    english = _crmnote(db, "C.UTF-8", *words, home=home)
    assert english.stderr == "crmnote: error: customer: staff records do not belong to a customer\n"
    out_of_range = _crmnote(db, "de_DE.UTF-8", "show", "promise", "0", home=home)
    assert out_of_range.returncode == 2
    assert out_of_range.stderr.startswith(
        "crmnote show: error: Argument id: 0 liegt nicht zwischen 1 und "
    )  # argparse's frame in German too (crmnote/cli/helptext.py)

    people = tmp_path / "leute.csv"
    people.write_text(
        "Name,Status\nEve Ellis,active\nFay Fox,bogus\nGus Green,active,x,y\n", encoding="utf-8"
    )
    german = _crmnote(db, "de_DE.UTF-8", "import", str(people), "--dry-run", home=home)
    assert german.returncode == 1
    assert german.stdout.splitlines() == [
        "Kodierung utf-8, Trennzeichen ','",
        "Zeile 2: angelegt Eve Ellis",
        "Zeile 3: abgelehnt: status: 'bogus' ist keiner dieser Werte: "
        "Aktiv, Beobachten, Weiterverwiesen, Abgelehnt, Archiviert",
        "Zeile 4: abgelehnt: row: hat 4 Zellen, die Kopfzeile aber 2 (ein verirrtes Trennzeichen?)",
        "1 angelegt, 0 zugeordnet, 0 zusammengeführt, 2 abgelehnt; Probelauf, nichts geschrieben",
    ]
    assert german.stderr == (
        "crmnote: error: 2 abgelehnt; nichts würde geschrieben (korrigieren Sie sie oder "
        "lassen Sie sie mit „--skip-invalid“ aus)\n"
    )
    english = _crmnote(db, "C.UTF-8", "import", str(people), "--dry-run", home=home)
    assert english.stdout.splitlines()[2:4] == [
        "row 3: rejected: status: 'bogus' is not one of: "
        "active, watch, referred, declined, archived",
        "row 4: rejected: row: has 4 cells but the header has 2 (a stray delimiter?)",
    ]
    assert _customers(db) == 1  # a dry run and a refused import write nothing


def _customers(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        (count,) = conn.execute("SELECT count(*) FROM customers").fetchone()
    conn.close()
    return int(count)
