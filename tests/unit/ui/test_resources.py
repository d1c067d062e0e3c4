"""The app icon and the translations: packed resources, plural forms, loading and falling back."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from crmnote.ui.actions import SPECS, ActionId, ActionRegistry
from crmnote.ui.resources import ICON_SIZES, app_icon, available_languages, install_translations

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[list[object]]:
    """Translators a test installs are removed afterwards: the QApplication is shared."""
    installed: list[object] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]


def _install(qapp: QApplication, locale: QLocale, into: list[object]) -> int:
    translators = install_translations(qapp, locale)
    into.extend(translators)
    return len(translators)


def _numerus_messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                found.append((name, message.findtext("source") or "", forms))
    return found


def test_english_source_has_singular_and_plural_for_every_plural_message() -> None:
    messages = _numerus_messages(TRANSLATIONS / "crmnote_en.ts")
    assert any(source == "%n customer(s)" for _, source, _ in messages)
    for context, source, forms in messages:
        assert len(forms) == 2, (context, source)
        one, many = forms
        assert "%n" in one and "%n" in many, (context, source)
        assert "(s)" not in one + many and one != many, (context, source, forms)


def test_english_plurals_apply_at_run_time(qapp: QApplication, translated: list[object]) -> None:
    assert _install(qapp, QLocale(QLocale.Language.English), translated) >= 1
    context, source, (one, many) = _numerus_messages(TRANSLATIONS / "crmnote_en.ts")[0]
    assert QCoreApplication.translate(context, source, None, 1) == one.replace("%n", "1")
    assert QCoreApplication.translate(context, source, None, 7) == many.replace("%n", "7")


@pytest.mark.parametrize(
    "locale", [QLocale.c(), QLocale(QLocale.Language.Swahili)], ids=["C", "no-translation"]
)
def test_a_locale_crmnote_does_not_speak_gets_english_plurals(
    qapp: QApplication, translated: list[object], locale: QLocale
) -> None:
    assert _install(qapp, locale, translated) >= 1
    assert QCoreApplication.translate("CustomerListPanel", "%n customer(s)", None, 1) == (
        "1 customer"
    )
    assert QCoreApplication.translate("CustomerListPanel", "%n customer(s)", None, 3) == (
        "3 customers"
    )


def test_german_translates_actions_menus_and_qt_itself(
    qapp: QApplication, translated: list[object]
) -> None:
    assert _install(qapp, GERMAN, translated) == 2  # Qt's qtbase_de and crmnote_de
    registry = ActionRegistry(QObject())
    quit_action = registry.add(ActionId.QUIT, lambda: None)
    assert str(SPECS[ActionId.QUIT].text) == "&Quit"
    assert quit_action.text() == "&Beenden"
    assert QCoreApplication.translate("menus", "&File") == "&Datei"
    assert QCoreApplication.translate("CustomerListPanel", "%n customer(s)", None, 1) == "1 Kunde"
    assert QCoreApplication.translate("CustomerListPanel", "%n customer(s)", None, 3) == "3 Kunden"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_unfinished_strings_are_not_shipped_and_fall_back_to_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    """lrelease -nounfinished, as update.py runs it: an unreviewed guess never reaches a user."""
    ts = tmp_path / "crmnote_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de"><context><name>probe</name>'
        "<message><source>Done</source><translation>Fertig</translation></message>"
        "<message><source>Guess</source>"
        '<translation type="unfinished">Vermutung</translation></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        from update import lrelease  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(TRANSLATIONS))
    lrelease(ts)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("probe", "Done") == "Fertig"
        assert QCoreApplication.translate("probe", "Guess") == "Guess"
    finally:
        qapp.removeTranslator(translator)


def test_a_language_without_translations_shows_english(
    qapp: QApplication, translated: list[object]
) -> None:
    # crmnote's English only (for its plural forms): Qt has no Swahili either.
    assert _install(qapp, QLocale(QLocale.Language.Swahili, QLocale.Country.Kenya), translated) == 1
    assert QCoreApplication.translate("actions", "&Quit") == "&Quit"


def test_a_language_qt_knows_but_crmnote_does_not_gets_qt_s_and_crmnote_s_english(
    qapp: QApplication, translated: list[object]
) -> None:
    assert _install(qapp, QLocale(QLocale.Language.French, QLocale.Country.France), translated) == 2
    assert QCoreApplication.translate("actions", "&Quit") == "&Quit"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_every_translation_source_is_packed() -> None:
    languages = sorted(ts.stem.removeprefix("crmnote_") for ts in TRANSLATIONS.glob("*.ts"))
    assert languages == available_languages()
    assert {"de", "en"} <= set(languages)


def _resource(path: str) -> bytes:
    file = QFile(path)
    assert file.open(QIODevice.OpenModeFlag.ReadOnly), path
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_packed_translations_are_compiled_from_the_current_sources(
    language: str, tmp_path: Path
) -> None:
    """A .ts edited without `make translations` would ship stale text: recompile and compare."""
    ts = TRANSLATIONS / f"crmnote_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert (TRANSLATIONS / f"crmnote_{language}.qm").read_bytes() == fresh.read_bytes(), (
        "run `make translations`"
    )
    assert _resource(f":/translations/crmnote_{language}.qm") == fresh.read_bytes(), (
        "run `make translations`"
    )


def test_app_icon_has_every_size_and_matches_the_pngs(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    for size in ICON_SIZES:
        png = ROOT / "resources" / "icons" / f"crmnote-{size}.png"
        assert _resource(f":/icons/crmnote-{size}.png") == png.read_bytes(), "run `make icons`"
        pixmap = icon.pixmap(size, size)
        assert (pixmap.width(), pixmap.height()) == (size, size)
