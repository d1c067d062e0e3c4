"""Hostile text wherever users or files put it: no crash, a clear refusal, nothing half-written.

Notes, names, imports and search queries get very long text, NUL and control characters,
invalid UTF-8 (as bytes in import files, as lone surrogates where Python smuggles undecodable
bytes into a str: command-line arguments, JSON escapes), right-to-left and combining
characters, and SQL and FTS5 syntax.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.cli import main
from crmnote.domain.errors import CrmError
from crmnote.importers.imports import import_file
from crmnote.services.customer_list import ListQuery
from tests.reliability.conftest import connect_ro

SPECIALS = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\r", "\n", "\t", "\u2028", "\ufeff", "\ufffd",
    "\u202e", "\u200f", "\u061c", "שלום", "مرحبا", "\u0301", "\u0308", "e\u0301", "ﷺ",
    "👨‍👩‍👧", "🏳️‍🌈", "\U0001f600", "𝔘", "Ω", "ß", "İ",
    "'", '"', "`", ";", "--", "/*", "*/", "%", "_", "\\", "*", "(", ")", ":", "^", "-", "+",
    "NEAR", "AND", "OR", "NOT", "NEAR(", "{", "}", "[", "]", "<b>", "<img src=x>", "&amp;",
    "'); DROP TABLE customers; --", '" OR 1=1 --', "col:value", "\"unterminated", "a*", "*a",
]  # fmt: skip
pieces = st.one_of(st.sampled_from(SPECIALS), st.text(max_size=8))
hostile = st.one_of(
    st.lists(pieces, max_size=12).map("".join),
    st.text(),
    # Around the 100,000 character limit of notes (and far over the 500 of names).
    st.tuples(st.sampled_from(["x", "ß", "👍", "e\u0301", " "]), st.integers(400, 120_000)).map(
        lambda t: (t[0] * t[1])[: t[1]]
    ),
)
# Bytes that are not UTF-8 reach Python as lone surrogates (argv, file names) or come as JSON
# escapes; SQLite cannot encode them. Qt drops them, so only those entry points see them.
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
undecodable = st.lists(st.one_of(pieces, SURROGATES), min_size=1, max_size=6).map("".join)
from_outside = st.one_of(hostile, undecodable)
FAST = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TABLES = ("customers", "customer_contacts", "customer_tags", "interactions", "change_log")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenDatabase]:
    opened = open_database(str(tmp_path_factory.mktemp("hostile") / "h.sqlite3"))
    seed, _ = opened.services.records.add("customer", {"name": "Seed customer"})
    assert seed.id == 1
    yield opened
    opened.close()


def counts(opened: OpenDatabase) -> dict[str, int]:
    assert opened.engine.url.database is not None
    con = connect_ro(Path(opened.engine.url.database))
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def attempt(opened: OpenDatabase, write: Any) -> Any:
    """Run a write: it either succeeds or raises a CrmError and leaves every table as it was.

    Anything else (a UnicodeEncodeError, an sqlite3 error, a crash) fails the test.
    """
    before = counts(opened)
    try:
        return write()
    except CrmError as exc:
        assert str(exc)  # a message the user can read
        assert counts(opened) == before, "a refused write left rows behind"
        return None


@FAST
@given(name=hostile, company=hostile, notes=hostile, tag=hostile)
def test_customer_fields(db: OpenDatabase, name: str, company: str, notes: str, tag: str) -> None:
    values = {"name": name, "company": company, "notes": notes, "tags": (tag,)}
    made = attempt(db, lambda: db.services.records.add("customer", values))
    if made is not None:
        saved = db.services.records.get("customer", made[0].id)
        assert (saved.name, saved.company, saved.notes, saved.tags) == (
            name,
            company,
            notes,
            (tag,),
        )


@FAST
@given(notes=hostile, summary=hostile)
def test_interaction_notes(db: OpenDatabase, notes: str, summary: str) -> None:
    made = attempt(db, lambda: db.services.interactions.log(1, notes=notes, summary=summary))
    if made is not None:
        assert db.services.records.get("interaction", made[0].id).notes == notes


@FAST
@given(field=st.sampled_from(["name", "emails", "phones", "tags", "notes", "status", "owner"]),
       text=hostile)  # fmt: skip
def test_typed_text_from_the_command_line(db: OpenDatabase, field: str, text: str) -> None:
    """What `crmnote add customer --FIELD TEXT` parses before it writes."""
    values = attempt(db, lambda: db.services.records.parse("customer", {field: text}))
    if values is not None:
        attempt(db, lambda: db.services.records.add("customer", {"name": "x", **values}))


@FAST
@given(query=hostile)
def test_search_queries(db: OpenDatabase, query: str) -> None:
    hits = db.services.search.search(query)
    assert isinstance(hits, list)
    page = db.services.customer_list.page(ListQuery(search=query))
    assert isinstance(page, list)


def import_attempt(db: OpenDatabase, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = counts(db)
    try:
        run = import_file(path, db.services.transfer)
    except CrmError as exc:
        assert str(exc)
        assert counts(db) == before
        return
    if not run.report.committed:
        assert counts(db) == before, "a refused import left rows behind"


raw = st.one_of(
    st.binary(max_size=400), from_outside.map(lambda t: t.encode("utf-8", "surrogatepass"))
)


@FAST
@given(name=raw, email=raw, notes=raw, sep=st.sampled_from([b",", b";", b"\t"]))
def test_csv_import_of_bytes(
    db: OpenDatabase, tmp_path_factory: pytest.TempPathFactory, name: bytes, email: bytes,
    notes: bytes, sep: bytes,
) -> None:  # fmt: skip
    row = sep.join([name, email, notes])
    data = sep.join([b"Name", b"E-mail", b"Notes"]) + b"\r\n" + row + b"\r\n"
    import_attempt(db, tmp_path_factory.mktemp("csv") / "in.csv", data)


@FAST
@given(name=raw, note=raw, email=raw, version=st.sampled_from([b"2.1", b"3.0", b"4.0"]))
def test_vcard_import_of_bytes(
    db: OpenDatabase, tmp_path_factory: pytest.TempPathFactory, name: bytes, note: bytes,
    email: bytes, version: bytes,
) -> None:  # fmt: skip
    card = b"\r\n".join(
        [b"BEGIN:VCARD", b"VERSION:" + version, b"FN:" + name, b"N:" + name + b";;;;",
         b"EMAIL;TYPE=work:" + email, b"NOTE:" + note, b"END:VCARD", b""]
    )  # fmt: skip
    import_attempt(db, tmp_path_factory.mktemp("vcf") / "in.vcf", card)


@FAST
@given(name=from_outside, text=from_outside, garbage=st.binary(max_size=64))
def test_json_import(
    db: OpenDatabase, tmp_path_factory: pytest.TempPathFactory, name: str, text: str,
    garbage: bytes,
) -> None:  # fmt: skip
    # json.dumps writes a lone surrogate as a \\udXXX escape, as another program might.
    when = "2026-01-01T00:00:00"
    customer = {"id": 1, "name": name, "created_at": when, "updated_at": when,
                "emails": [{"value": "a@example.com", "label": text}]}  # fmt: skip
    money = {"id": 1, "customer_id": 1, "at": "2026-01-01", "amount": "12.50", "reference": text,
             "created_at": when, "updated_at": when}  # fmt: skip
    doc = {"format": "crmnote", "version": 1, "settings": {},
           "records": {"customer": [customer], "money": [money]}}  # fmt: skip
    folder = tmp_path_factory.mktemp("json")
    import_attempt(db, folder / "in.json", json.dumps(doc).encode())
    import_attempt(db, folder / "junk.json", garbage)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | from_outside,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(from_outside, inner, max_size=3),
    max_leaves=8,
)


@FAST
@given(
    top=st.dictionaries(st.sampled_from(["version", "records", "settings", "scope"]), json_values)
    .map(lambda d: {"version": 1, **d}) | st.just({}),
    kind=st.sampled_from(["customer", "interaction", "promise", "money", "staff"]),
    record=st.dictionaries(st.sampled_from(["id", "name", "customer_id", "at", "text", "amount",
                                            "status", "emails", "tags", "created_at"]),
                           json_values),
)  # fmt: skip
def test_json_import_of_odd_documents(
    db: OpenDatabase, tmp_path_factory: pytest.TempPathFactory, top: dict[str, Any], kind: str,
    record: dict[str, Any],
) -> None:  # fmt: skip
    doc = {"format": "crmnote", **top}
    if "records" not in top:
        doc["records"] = {kind: [record]}
    import_attempt(db, tmp_path_factory.mktemp("odd") / "odd.json", json.dumps(doc).encode())


@FAST
@given(
    words=st.sampled_from([["add", "customer"], ["search"], ["log"], ["add", "promise"]]),
    text=from_outside,
)
def test_command_line_arguments(db: OpenDatabase, words: list[str], text: str) -> None:
    """`crmnote …` with any argument: an exit code and a message, never a traceback."""
    assert db.engine.url.database is not None
    argv = ["--db", db.engine.url.database, *words, text]
    if words[0] == "add" and words[1] == "promise":
        argv = ["--db", db.engine.url.database, "add", "promise", "1", "--text", text]
    before = counts(db)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage error (text starting with "-"): a message
        code = exc.code
    if code != 0:
        assert counts(db) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["claim-pdf", "²", "-o", "out.pdf"],
        ["claim-pdf", "١٢", "-o", "out.pdf"],
        ["insight", "request", "²", "--note", "x"],
    ],
)
def test_ids_in_other_digits_are_refused_with_a_message(
    qapp: object,  # claim-pdf would otherwise make a QGuiApplication for the rest of the run
    db: OpenDatabase,
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ "²" is a digit to str.isdigit() yet int() refuses it: a message, never a traceback."""
    assert db.engine.url.database is not None
    argv = [a.replace("out.pdf", str(tmp_path / "out.pdf")) for a in argv]
    assert main(["--db", db.engine.url.database, *argv]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
