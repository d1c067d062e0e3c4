"""Every command of the command line, driven with generated values, answers in lines that
begin with `crmnote` and a documented exit code, never a traceback (promise 7c).

The commands are read from the parser itself (its sub-parsers, their arguments, the kinds'
fields for `add` and `set`), so a command added later is driven too. It runs in-process
(`crmnote.cli.main`) over one book in a temporary folder, which the commands may change as
they please; paths are generated relative to that folder only.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmnote.bootstrap import open_database
from crmnote.cli import build_parser, main
from crmnote.domain.kinds import KINDS

DOCUMENTED = {0, 1, 2, 3, 4, 7}  # docs/cli.md (7: set --expect-version); 70 (a bug) fails
PATH_ARGS = {"file", "dest", "source", "output", "logo", "passphrase_file"}
FILES = [
    "out.json", "out.csv", "out.vcf", "out.zip", "out.pdf", "outdir", "new/nested/out.json",
    "in.json", "in.csv", "in.vcf", "deep.json", "nan.json", "quote.csv", "empty.csv",
    "bad.txt", "missing.sqlite3", "folder", ".", "..", "book.sqlite3",
]  # fmt: skip
EDGES = [
    "0", "1", "2", "-1", "3", "1e999", "-1e999", "nan", "inf", "-inf", "1.5", "0x10", "1_000",
    str(10**23), str(2**63), str(-(2**63) - 1), "9" * 5000, "0001-01-01", "9999-12-31",
    "2026-02-30", "1900-01-01", "2999-12-31T23:59", "2026-06-01T25:00", "2026-06-01T10:00+14:00",
    "", " ", "-", "--", "Ann", "ann", "work:a@b.example", "a,b,,c", "yes", "maybe", "\u202e",
    "line\nbreak", "tab\there", "'; DROP TABLE customers; --", "\"unterminated", "*", "🙂" * 40,
]  # fmt: skip
# Text a command line can carry: anything but NUL (argv cannot hold it) and lone surrogates
# (the shell's undecodable bytes; main refuses them first, tested elsewhere).
text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)
values = st.one_of(st.sampled_from(EDGES), text)


@functools.cache  # read, never changed: one parser for every example (~20 ms to build)
def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def value_for(action: argparse.Action) -> st.SearchStrategy[str]:
    if action.dest in PATH_ARGS:
        return st.one_of(st.sampled_from(FILES), text.filter(lambda t: "/" not in t))
    if action.choices:
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), values)
    return values


@st.composite
def argv_for(draw: Any, name: str) -> list[str]:
    parser = subcommands()[name]
    words = [name]
    kind = None
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional
            if action.nargs == "?" and draw(st.booleans()):
                continue
            word = draw(value_for(action))
            kind = word if action.dest == "kind" and word in KINDS else kind
            words.append(word)
        elif draw(st.integers(0, 2)) == 0:  # an option, one time in three
            words.append(draw(st.sampled_from(action.option_strings)))
            if action.nargs != 0:
                words.append(draw(value_for(action)))
    if name in ("add", "set") and kind is not None:
        fields = KINDS[kind].fields
        for field in draw(st.lists(st.sampled_from(fields), max_size=4, unique_by=id)):
            chosen = st.sampled_from(field.choices) if field.choices else values
            words += [field.option, draw(st.one_of(chosen, values))]
    if draw(st.integers(0, 9)) == 0:
        words.append(draw(values))  # a stray word
    return words


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A book with a record of every kind (ids 1), and files to import, in the working folder."""
    folder = tmp_path_factory.mktemp("cli-property")
    db = folder / "book.sqlite3"
    opened = open_database(str(db))
    try:
        opened.demo().generate(customers=3, seed=5, interactions_per_customer=3)
    finally:
        opened.close()
    assert main(["--db", str(db), "export", str(folder / "in.json")]) == 0
    assert main(["--db", str(db), "export", str(folder / "in.csv")]) == 0
    assert main(["--db", str(db), "export", str(folder / "in.vcf")]) == 0
    (folder / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    doc = json.loads((folder / "in.json").read_text(encoding="utf-8"))
    doc["records"]["money"][0]["amount"] = float("nan")
    (folder / "nan.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "quote.csv").write_text('name,email\n"Ann,a@b.example\nBo,b@c.example\n')
    (folder / "empty.csv").write_text("")
    (folder / "bad.txt").write_bytes(os.urandom(256))
    (folder / "folder").mkdir()
    yield db


def run(db: Path, words: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db), *words])
        except SystemExit as exit_:  # argparse: --help, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 0
    return code, err.getvalue()


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_answers_any_value_in_lines_it_owns(
    qapp: Any, book: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(book.parent)
    monkeypatch.delenv("CRMNOTE_PASSPHRASE", raising=False)

    @settings(
        max_examples=20,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(argv_for(name))
    def drive(words: list[str]) -> None:
        code, err = run(book, words)
        assert "Traceback" not in err, (words, err)
        assert code in DOCUMENTED, (words, code, err)
        for line in err.splitlines():
            assert line.startswith(("crmnote", "  ")), (words, err)
        if code:
            assert err.strip(), (words, code)

    drive()
