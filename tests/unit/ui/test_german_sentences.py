"""The sentences the domain builds (advice, a dossier's reasons, a refused value, the referral
letter) reach a German screen in German, with German dates and numbers, never in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from crmnote import messages
from crmnote.domain import recommendation, verdicts
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Kind, Reason, Unit, days, figure
from crmnote.domain.rules import check_transition
from crmnote.domain.types import DecisionAction, PromiseStatus
from crmnote.services.book_services import Services
from crmnote.ui.reasons import error_text
from crmnote.ui.resources import install_translations
from tests.unit.ui.test_advice import dialog_of, give_history, page_of
from tests.unit.ui.test_drops import mime
from tests.unit.ui.test_evidence import drop
from tests.unit.ui.test_record_form import editing


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    translators = install_translations(qapp, german)
    assert translators, "no German translation installed"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def test_a_reason_is_rendered_with_german_words_dates_numbers_and_plurals(
    in_german: None,
) -> None:
    assert verdicts.NO_RECORD and recommendation.Action  # their messages registered
    broken = Reason("verdict.broken", when=date(2026, 3, 4))
    assert str(broken) == "We recorded the promise as broken on 2026-03-04."  # the domain's own
    assert messages.text(broken) == "Wir haben die Zusage am 04.03.2026 als gebrochen erfasst."
    late = Reason("verdict.late", delivered=date(2026, 3, 9), late=days(3), due=date(2026, 3, 6))
    assert (
        messages.text(late)
        == "Am 09.03.2026 geliefert, 3 Tage nach dem Fälligkeitsdatum 06.03.2026."
    )
    one = Reason("verdict.came_late", late=days(1))
    assert messages.text(one) == "Sie kam 1 Tag zu spät (nicht Gegenstand dieser Reklamation)."
    cost = Reason("advice.cost_ratio", ratio=2.54)
    assert (
        messages.text(cost)
        == "Die Betreuung kostet das 2,5-Fache des Umsatzes, den der Kunde bringt."
    )
    time = Reason(
        "verdict.promised_time_more",
        promised=figure(2.5),
        took=figure(4),
        unit=Unit("working days"),
        more=figure(1.5),
    )
    assert messages.text(time) == (
        "Zugesagt innerhalb von 2,5 Arbeitstage; die Lieferung dauerte 4 Arbeitstage, "
        "1,5 mehr als zugesagt."
    )
    assert messages.text("Ann's own words") == "Ann's own words"  # data passes as it is


def test_a_refused_state_change_names_the_statuses_in_german(in_german: None) -> None:
    with pytest.raises(ValidationError) as refused:
        check_transition(PromiseStatus.KEPT, PromiseStatus.BROKEN)
    assert str(refused.value) == "status: a kept promise cannot become broken; reopen it first"
    assert messages.text(refused.value.message) == (
        "eine Zusage mit Status „Eingehalten“ kann nicht „Gebrochen“ werden; zuerst wieder öffnen"
    )


def test_a_refused_value_is_told_in_german_at_its_field(
    qtbot: Any, services: Services, seeded: dict[str, Any], in_german: None
) -> None:
    form = editing(qtbot, services).new("promise", seeded["bob"].id)
    qtbot.addWidget(form)
    form.accept()
    assert form.isVisible()
    assert form.error_text("text") == "darf nicht leer sein"
    customer = editing(qtbot, services).new("customer")
    qtbot.addWidget(customer)
    customer.editor("name").edit.setText("Eve Evans")
    customer.editor("emails").add("not-an-address", edit=False)
    customer.accept()
    assert customer.error_text("emails") == "'not-an-address' ist keine E-Mail-Adresse"


def test_a_service_refusal_is_told_in_german_at_its_field(
    qtbot: Any, services: Services, seeded: dict[str, Any], in_german: None
) -> None:
    """A service's sentence (the settings refuse a home currency the book's money is not in)
    reaches the field in German, as the rules' sentences do."""
    from crmnote.ui.bus import Bus
    from crmnote.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, Bus())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.currency.setText("USD")
    dialog.accept()
    assert dialog.isVisible() and dialog.currency_error.isVisible()
    assert dialog.currency_error.text() == (
        "das Buch enthält Beträge in EUR: die Hauswährung kann sich darunter nicht ändern"
    )
    assert services.settings.get(declared.CURRENCY) == "EUR"
    with pytest.raises(ValidationError) as refused:
        services.records.add("claim", {"text": "Kaputt", "promise_id": seeded["promise"].id},
                             seeded["bob"].id)  # fmt: skip
    assert error_text(refused.value) == (
        f"Zusage: Zusage {seeded['promise'].id} gehört einem anderen Kunden"
    )


def test_advice_and_its_reasons_are_german_on_the_customer_page(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    in_german: None,
) -> None:
    early = page_of(qtbot, services, ui_settings, seeded["bob"].id).customer_page.advice
    assert early.reasons.text().startswith("Noch zu wenig Verlauf für eine Empfehlung.")
    assert "eine Empfehlung braucht 5." in early.reasons.text()
    assert "advice" not in early.reasons.text() and "history" not in early.reasons.text()
    give_history(services, seeded["cat"].id)
    advice = page_of(qtbot, services, ui_settings, seeded["cat"].id).customer_page.advice
    assert "eine gute Beziehung, die es zu pflegen gilt" in advice.reasons.text()
    assert "relationship" not in advice.reasons.text()


def test_the_referral_letter_is_drafted_in_german(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    in_german: None,
) -> None:
    services.settings.set(declared.BUSINESS_NAME, "Acme Reparatur")
    window = page_of(qtbot, services, ui_settings, seeded["ann"].id)
    window.customer_page.advice.choices[DecisionAction.REFER].trigger()
    dialog = dialog_of(window)
    dialog.accept()  # nobody to refer to yet: refused at the field
    assert dialog.errors["referral_to"].text() != ""
    qtbot.keyClicks(dialog.referral_to, "Bolt & Co")
    qtbot.keyClicks(dialog.why, "Ihr Projekt braucht Wochenenddienst")
    letter = dialog.message.toPlainText()
    assert letter.startswith("Guten Tag Ann Archer,\n\nvielen Dank")
    assert "Ihr Projekt braucht Wochenenddienst. Wir sind überzeugt, dass Bolt & Co" in letter
    assert letter.rstrip().endswith("Mit freundlichen Grüßen\nAcme Reparatur")
    assert "Dear" not in letter and "Kind regards" not in letter


def test_a_file_refused_at_a_drop_is_told_in_german(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    tmp_path: Path,
    in_german: None,
) -> None:
    window = page_of(qtbot, services, ui_settings, seeded["ann"].id)
    page = window.customer_page
    tab = page.record_tabs["promise"]
    page.tabs.setCurrentWidget(tab)
    empty, scan = tmp_path / "leer.pdf", tmp_path / "lieferschein.pdf"
    empty.write_bytes(b"")
    scan.write_bytes(b"%PDF-1.4")
    row = tab.view.visualRect(tab.model.index(0, 0)).center()
    assert drop(tab.view.viewport(), mime(empty, scan), row)
    assert window.statusBar().currentMessage() == (
        "1 Datei als Nachweis beigefügt. Nicht beigefügt: Datei: leer.pdf ist leer"
    )
    [kept] = services.attachments.of_record("promise", seeded["promise"].id)
    assert kept.name == "lieferschein.pdf"


def test_the_check_report_is_german(in_german: None) -> None:
    from types import SimpleNamespace

    import crmnote.services.audit_verify  # noqa: F401  (registers the change log's sentences)
    from crmnote.storage.consistency_rules import reference_checks, rules
    from crmnote.ui.window.file_commands import check_report

    unstamped = rules()[0]
    missing = next(c for c in reference_checks() if c.name == "missing-claims-promise_id")
    found = [
        SimpleNamespace(message=unstamped.message(3, done=False)),
        SimpleNamespace(message=missing.message(1, done=True)),
    ]
    altered = Reason("log.altered", kind=Kind("promise"), id=4, entry=9)
    audit = SimpleNamespace(findings=[SimpleNamespace(message=altered)], unlogged={})
    assert str(found[0].message) == (
        "promises: 3 closed promises without a resolution time; the repair will stamp the "
        "time each was last changed"
    )
    assert str(missing.message(1, done=True)) == (
        "claims: 1 row whose promise_id names a missing row in promises; promise_id emptied"
    )
    assert check_report(found, audit).splitlines() == [
        "Zusagen: 3 abgeschlossene Zusagen ohne Erledigungszeit; die Reparatur wird "
        "jeweils die Zeit der letzten Änderung eintragen",
        "Reklamationen: 1 Zeile, deren Feld „Zusage“ auf eine fehlende Zeile in „Zusagen“ "
        "verweist; Zusage geleert",
        "Zusage 4 weicht von der zuletzt protokollierten Fassung ab (Eintrag 9)",
    ]
    one = unstamped.message(1, done=True)
    assert messages.text(one).startswith("Zusagen: 1 abgeschlossene Zusage ohne Erledigungszeit;")


def test_storage_sentences_are_german(in_german: None, tmp_path: Path) -> None:
    """What storage says (a copy's refusal naming tables, a backup that cannot be written, a
    file that is not a book, the server's refusals): German, with tables in words and counts
    by plural; never an English fragment."""
    from crmnote.domain.reasons import listing, say
    from crmnote.storage import database_files, postgres
    from crmnote.storage.book_digest import BookDigest
    from crmnote.storage.engine import database_url
    from crmnote.storage.table_words import rows

    held = say(
        "db.copy_target_held",
        "the target already holds records ({listed}): copy into a new, empty database",
        listed=listing([rows("customers", 1), rows("promises", 3), rows("sync_state", 2)]),
    )
    assert str(held) == (
        "the target already holds records (1 customer, 3 promises, 2 rows in sync_state): copy "
        "into a new, empty database"
    )
    assert messages.text(held) == (
        "das Ziel enthält schon Einträge (1 Kunde, 3 Zusagen, 2 Zeilen in sync_state): kopieren "
        "Sie in eine neue, leere Datenbank"
    )
    mine = BookDigest({"money": (1, "a"), "claims": (2, "b")})
    theirs = BookDigest({"money": (2, "a"), "claims": (2, "c")})
    assert [messages.text(d) for d in mine.differences(theirs)] == [
        "Reklamationen: dieselben 2 Zeilen, anderer Inhalt",
        "Buchungen: 1 Zeile, 2 in der Kopie",
    ]
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database at all, just text" * 64)
    unsound = database_files.PlainFiles().unsound(other)
    assert messages.text(unsound) == f"{other} ist keine intakte SQLite-Datenbank"
    with pytest.raises(Exception) as refused:
        database_url("mysql://someone@host/db")
    assert messages.text(refused.value.args[0]).startswith(
        "crmnote kann keine Datenbanken vom Typ „mysql“ verwenden"
    )
    url = database_url("postgresql+psycopg://ann@db.example:5433/book")
    gone = postgres.connect_failure(url, "connection failed: Connection refused")
    assert messages.text(gone.args[0]).startswith(
        "der PostgreSQL-Server unter db.example:5433 ist nicht erreichbar"
    )
    password = postgres.connect_failure(url, "fe_sendauth: no password supplied")
    assert "verlangt das Passwort der Rolle „ann“" in messages.text(password.args[0])


def test_a_kind_typed_by_a_person_is_a_name_in_german(in_german: None) -> None:
    """Kinds a person types (a command's argument) are shown as typed, in German quotes: never
    translated (the command wants `promise`) and never bare English inside a German sentence;
    a kind read from a file that crmnote does not know is quoted too."""
    from crmnote.services.attachments import _kind

    with pytest.raises(ValidationError) as refused:
        _kind("invoice")
    assert messages.text(refused.value.message) == (
        "Dateien gehören zu Einträgen der Arten „promise“, „claim“, „interaction“, „request“, "
        "nicht zu „invoice“"
    )
    unknown = Reason("log.altered", kind=Kind("gadget"), id=4, entry=9)
    assert messages.text(unknown) == (
        "„gadget“ 4 weicht von der zuletzt protokollierten Fassung ab (Eintrag 9)"
    )


def test_score_explanations_are_german(qapp: QApplication, in_german: None) -> None:
    from datetime import datetime

    from crmnote.domain import scoring_model
    from crmnote.domain.scoring import Contribution
    from crmnote.domain.scoring_events import LABELS, ScoreEventKind
    from crmnote.ui.models.contributions import Column, ContributionModel

    at = datetime(2026, 3, 4, 9, 0)
    overdue = LABELS[ScoreEventKind.PROMISE_OVERDUE]
    model = ContributionModel()
    model.set_contributions([], [Contribution(-4.0, "promise_overdue", "promise", 1, at, overdue)])
    shown = model.data(model.index(0, Column.REASON))
    assert shown == "Zusage überfällig: zählt als gebrochen, bis sie erledigt ist"
    assert str(overdue) == "Promise overdue: counts as broken until resolved"
    cost = scoring_model.difficulty  # its cost-to-serve line is a Reason too
    assert cost and messages.text(Reason("scores.cost_ratio", ratio=2.54)) == (
        "Die Betreuungskosten betragen das 2,5-Fache des Umsatzes"
    )


def test_the_import_wizards_report_is_german(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path, in_german: None
) -> None:
    """The per-row report of a dry run: a cell refused (with the statuses by their German
    names), a row with stray cells (a plural), what became of a row and the detected
    encoding; and a file refused as a whole."""
    from crmnote.ui.window.main_window import MainWindow
    from tests.unit.ui.test_import_export import wizard_on

    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    path = tmp_path / "leute.csv"
    path.write_text(
        "Name,Status\nEve Ellis,active\nFay Fox,bogus\nGus Green,active,x,y\n", encoding="utf-8"
    )
    wizard = wizard_on(qtbot, w, path)
    wizard.next()
    wizard.next()
    dry = wizard.dry_run_page
    rows = [
        tuple(dry.model.data(dry.model.index(r, c)) for c in (0, 1, 4))
        for r in range(dry.model.rowCount())
    ]
    assert rows == [
        ("2", "angelegt", ""),
        (
            "3",
            "abgelehnt",
            "'bogus' ist keiner dieser Werte: "
            "Aktiv, Beobachten, Weiterverwiesen, Abgelehnt, Archiviert",
        ),
        ("4", "abgelehnt", "hat 4 Zellen, die Kopfzeile aber 2 (ein verirrtes Trennzeichen?)"),
    ]
    assert dry.summary.text().endswith("\nKodierung utf-8, Trennzeichen ','")
    assert services.customers.count() == 0
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"format": "anderes"}', encoding="utf-8")
    wizard.back()
    wizard.back()
    wizard.file_page.path.setText(str(broken))
    wizard.next()
    wizard.next()
    assert wizard.error.text() == (
        'Import nicht möglich: Datei: ist kein JSON-Export von crmnote (kein "format": "crmnote")'
    )


def test_the_import_wizards_columns_and_a_json_error_are_german(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path, in_german: None
) -> None:
    """The mapping column offers the fields in German words, the key (`--map`) kept as the
    combo's data; a rejected cell's field is named in German; a file the json library
    refuses is told in crmnote's German sentence with its line and column."""
    from PySide6.QtWidgets import QComboBox

    from crmnote.ui.window.main_window import MainWindow
    from tests.unit.ui.test_import_export import wizard_on

    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    path = tmp_path / "leute.csv"
    path.write_text("E-mail,First Name,Farbe\nnot-an-address,Eve,rot\n", encoding="utf-8")
    wizard = wizard_on(qtbot, w, path)
    wizard.next()
    page = wizard.mapping_page
    email, given, colour = (page.table.cellWidget(i, 2) for i in range(3))
    assert isinstance(email, QComboBox) and isinstance(colour, QComboBox)
    assert email.currentText() == "erkannt: E-Mail"
    assert isinstance(given, QComboBox) and given.currentText() == "erkannt: Vorname"
    words = [colour.itemText(i) for i in range(1, colour.count())]
    keys = [colour.itemData(i) for i in range(1, colour.count())]
    assert words[:4] == ["Name", "Vorname", "Zweiter Vorname", "Nachname"]
    assert words[-1] == "Ignorieren (auslassen)" and "E-Mail" in words and "Telefon" in words
    assert keys[:4] == ["name", "given", "middle", "family"] and keys[-1] == "ignore"
    colour.setCurrentIndex(colour.findData("tags"))
    assert colour.currentText() == "Schlagwörter" and page.mapping() == {"Farbe": "tags"}
    wizard.next()
    dry = wizard.dry_run_page
    assert [dry.model.data(dry.model.index(0, c)) for c in (1, 3)] == ["abgelehnt", "E-Mails"]

    broken = tmp_path / "kaputt.json"
    broken.write_text('{"format": "crmnote",\n "customers": [1, 2,]}', encoding="utf-8")
    wizard.back()
    wizard.back()
    wizard.file_page.path.setText(str(broken))
    wizard.next()
    wizard.next()
    assert wizard.error.text() == (
        "Import nicht möglich: Datei: ist kein gültiges JSON (in Zeile 2, Spalte 21 fehlt ein Wert)"
    )


def test_numbers_of_the_command_lines_tables_are_german(in_german: None) -> None:
    """A signed, padded score (`{points:+6.1f}`), a Decimal amount and a percentage in a
    message are written with German digits, as `language.figure` writes a table's column."""
    from decimal import Decimal

    from crmnote.domain.reasons import say

    line = say("cli.scores.contribution", "{points:+6.1f}  {at}  {kind}  {reason}",
               points=4.75, at=date(2026, 3, 4), kind="Kontakt", reason="x")  # fmt: skip
    assert messages.text(line) == "  +4,8  04.03.2026  Kontakt  x"
    assert messages.number(Decimal("1234.5"), "10.2f") == "   1234,50"
    copying = say("cli.copy.copying", "copying: {share:.0%} ({table})", share=0.37, table="t")
    assert messages.text(copying) == "kopiere: 37 % (t)" or messages.text(copying) == (
        "kopiere: 37% (t)"
    )
