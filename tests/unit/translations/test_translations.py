"""The translations are complete and in step with the code: every string of every language
finished, placeholders and accelerators kept, no string in the code missing from the .ts
files, and no sentence handed to a widget without going through translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.translations.bypass import bypasses, english_errors, english_output

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = sorted(p for p in TRANSLATIONS.glob("crmnote_*.ts") if p.stem != "crmnote_en")
PLURAL_FORMS = {"de": 2, "fr": 2, "pl": 3, "ru": 3, "ja": 1}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n|%\([a-z_]+\)[a-z]|%[srd]")  # %(prog)s: argparse


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerator(text: str) -> bool:
    return re.search(r"(?<!&)&(?!&)[^\s&]", text.replace("&&", "")) is not None


def test_there_is_a_translation_besides_english() -> None:
    assert [p.stem for p in LANGUAGES] == ["crmnote_de"]


@pytest.mark.parametrize("ts", LANGUAGES, ids=lambda p: p.stem)
def test_every_string_is_translated_and_finished(ts: Path) -> None:
    language = ts.stem.removeprefix("crmnote_")
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        texts = _texts(message)
        if state in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {state or 'empty'}")
            continue
        if message.get("numerus") == "yes":
            wanted = PLURAL_FORMS.get(language.split("_")[0], 2)
            if len(texts) != wanted:
                problems.append(f"{context}: {source!r} has {len(texts)} plural forms")
        for text in texts:
            if sorted(set(_PLACEHOLDER.findall(text))) != sorted(set(_PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} → {text!r}: other placeholders")
            if _accelerator(source) != _accelerator(text):
                problems.append(f"{context}: {source!r} → {text!r}: accelerator lost or added")
    assert not problems, "\n".join(problems)


def test_the_translation_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run now finds no string the committed .ts files lack (run `make translations`
    after adding one), and none they hold that the code dropped."""
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import extra  # type: ignore[import-not-found]
        import update  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(TRANSLATIONS))
    strings = tmp_path / "extra_strings.py"
    strings.write_text(
        extra.render(
            [*extra.wrapper_messages(ROOT), *extra.runtime_messages(), *extra.parser_messages()]
        ),
        "utf-8",
    )
    fresh = tmp_path / "crmnote_xx.ts"
    lupdate = [update.tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete"]
    subprocess.run(
        [*lupdate, *update.sources(), str(strings), "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    update.tidy(fresh)

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in _messages(ts)}

    committed = keys(TRANSLATIONS / "crmnote_en.ts")
    found = keys(fresh)
    assert found - committed == set(), "not in the .ts files (make translations)"
    assert committed - found == set(), "gone from the code (make translations)"
    for ts in LANGUAGES:
        assert keys(ts) == committed, ts.name


def test_no_sentence_reaches_a_widget_untranslated() -> None:
    found = list(bypasses(ROOT, ("crmnote/ui", "crmnote/reports")))
    assert found == [], "\n".join(found)


# Where errors a person reads are made: each says a message id (crmnote/domain/reasons.py).
SENTENCE_FOLDERS = (
    "crmnote/domain",
    "crmnote/storage",
    "crmnote/services",
    "crmnote/reports",
    "crmnote/demo",
    "crmnote/cli",
    "crmnote/importers",
)


def test_no_error_is_told_in_english_built_on_the_spot() -> None:
    """storage, the services, the domain, the reports, the demo, the command line (its own
    refusals of arguments) and the importers (a rejected row's cell) raise (or return) errors
    with a message id and
    parameters, never an English f-string: the CLI and the desktop tell them in the user's
    language."""
    found = list(english_errors(ROOT, SENTENCE_FOLDERS))
    found += [f for f in english_errors(ROOT, ("crmnote",)) if f.startswith("crmnote/bootstrap")]
    assert found == [], "\n".join(found)


def test_the_english_error_check_finds_built_sentences(tmp_path: Path) -> None:
    storage = tmp_path / "crmnote" / "storage"
    storage.mkdir(parents=True)
    (storage / "bad.py").write_text(
        "raise DatabaseError(f'{path} is broken')\n"
        "raise DatabaseError(say('db.x', '{path} is broken', path=p))\n"
        "return StorageError(found.describe(path) + '; it was left as it is')\n"
        "raise ValidationError('due', 'not a date')\n"
        "raise ValidationError('due', Reason(NOT_A_DATE))\n"
        "raise NotFoundError('there is no {0}'.format(kind))\n"
        "raise TypeError(f'not for {x}')\n",
        encoding="utf-8",
    )
    found = list(english_errors(tmp_path, ("crmnote/storage",)))
    assert [f.split(": ")[0] for f in found] == [
        "crmnote/storage/bad.py:1",
        "crmnote/storage/bad.py:3",
        "crmnote/storage/bad.py:4",
        "crmnote/storage/bad.py:6",
    ]


def test_the_command_line_writes_no_english_built_on_the_spot() -> None:
    """Every line the command line writes for a person (print, a stream's write, a prompt,
    its own error and warning lines) is a translated sentence; the frame `crmnote: error:`
    and what scripts read (ids, JSON, a table's raw keys) carry no English words."""
    found = list(english_output(ROOT, ("crmnote/cli",)))
    assert found == [], "\n".join(found)


def test_the_english_output_check_finds_a_sentence(tmp_path: Path) -> None:
    cli = tmp_path / "crmnote" / "cli"
    cli.mkdir(parents=True)
    (cli / "bad.py").write_text(
        "print(f'copied {n} rows')\n"
        "print(language.sentence(say('cli.x', 'copied {n} rows', n=n)))\n"
        "sys.stderr.write('crmnote: pushed ' + str(n))\n"
        "print(f'crmnote: error: {said}', file=sys.stderr)\n"
        "password = getpass.getpass('Password: ')\n"
        "print(record.id)\n"
        "print('no reminders were installed' if removed else 'reminders removed')\n"
        "print(f'{r.id:>6}  {r.name}')\n"
        "answer = input('Continue? ')\n"
        "fail('the database refused: {0}'.format(why), 4)\n"
        "self._out.write(f'\\r{line:<50}')\n"
        "print(language.tr('check', 'nothing to repair'))\n",
        encoding="utf-8",
    )
    found = list(english_output(tmp_path, ("crmnote/cli",)))
    assert [f.split(": ")[0] for f in found] == [
        "crmnote/cli/bad.py:1",
        "crmnote/cli/bad.py:3",
        "crmnote/cli/bad.py:5",
        "crmnote/cli/bad.py:7",
        "crmnote/cli/bad.py:9",
        "crmnote/cli/bad.py:10",
    ]


def test_the_bypass_check_finds_a_literal(tmp_path: Path) -> None:
    ui = tmp_path / "crmnote" / "ui"
    ui.mkdir(parents=True)
    (ui / "bad.py").write_text(
        "label.setText('Hello there')\nlabel.setText(self.tr('Fine'))\n"
        "QPushButton(f'Save {name}')\nQMessageBox.warning(self, 'Oops', text)\n"
        "box.addItem('—')\n",
        encoding="utf-8",
    )
    found = list(bypasses(tmp_path, ("crmnote/ui",)))
    assert [f.split(": ")[0] for f in found] == [
        "crmnote/ui/bad.py:1",
        "crmnote/ui/bad.py:3",
        "crmnote/ui/bad.py:4",
    ]


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("crmnote_*.ts")), ids=lambda p: p.stem)
def test_the_app_carries_the_translations_of_the_ts_files(ts: Path, tmp_path: Path) -> None:
    """A .ts edited without `make translations` would ship the old words: the committed .qm is
    what lrelease makes of the .ts, and the app's packed resources hold that same .qm."""
    from PySide6.QtCore import QFile, QIODevice

    from crmnote.ui.resources import _register

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(fresh)], check=True
    )
    committed = ts.with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), f"run `make translations` ({ts.name})"
    _register()
    packed = QFile(f":/translations/{committed.name}")
    assert packed.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        assert bytes(packed.readAll().data()) == fresh.read_bytes(), "run resources/compile.py"
    finally:
        packed.close()
