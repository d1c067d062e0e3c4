"""Export PDF: a customer's history (date range, sections, paper, logo) and a claim dossier."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crmnote.domain.types import ClaimId, CustomerId
from crmnote.reports import (
    PagedReport,
    ReportOptions,
    Section,
    layout_claim_dossier,
    layout_customer_history,
)
from crmnote.services.book_services import Services
from crmnote.services.history import Period
from crmnote.ui.dialogs.pdf_preview import PdfDialog
from crmnote.ui.dialogs.record_form import tidy_form

_SECTION_NAMES: dict[Section, object] = {
    Section.DETAILS: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Details"),
    Section.SCORES: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Scores"),
    Section.PROMISES: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Promises"),
    Section.CLAIMS: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Claims"),
    Section.REQUESTS: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Requests"),
    Section.MONEY: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Money && effort"),
    Section.TIMELINE: QT_TRANSLATE_NOOP("HistoryPdfDialog", "Timeline"),
}


def paper_box() -> QComboBox:
    """A4 or US Letter, named in the user's language; the data is the report's paper name."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("HistoryPdfDialog", "A4"), "A4")
    box.addItem(QCoreApplication.translate("HistoryPdfDialog", "US Letter"), "Letter")
    return box


def file_name(text: str) -> str:
    """A name safe on every file system, from a customer's name."""
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")[:60] or "customer"


class HistoryPdfDialog(PdfDialog):
    """The history of one customer: options on top, the pages below, Save PDF…."""

    def __init__(
        self,
        services: Services,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        for_print: bool = False,
    ) -> None:
        name = services.records.get("customer", customer_id).name
        title = self.tr("Print — {0}") if for_print else self.tr("Export PDF — {0}")
        super().__init__(
            title.format(name), f"{file_name(name)}-history.pdf", parent, for_print=for_print
        )
        self.setObjectName("pdf_export")
        self._services = services
        self._customer = CustomerId(customer_id)
        today = QDate.currentDate()
        self.use_start, self.start = QCheckBox(self.tr("&From")), QDateEdit(today.addYears(-1))
        self.use_end, self.end = QCheckBox(self.tr("&To")), QDateEdit(today)
        dates = QHBoxLayout()
        for check, edit in ((self.use_start, self.start), (self.use_end, self.end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.options_changed())
            edit.dateChanged.connect(lambda _d: self.options_changed())
            dates.addWidget(check)
            dates.addWidget(edit)
        dates.addStretch(1)
        self.sections: dict[Section, QCheckBox] = {}
        grid = QGridLayout()
        for i, section in enumerate(Section):
            box = QCheckBox(
                QCoreApplication.translate("HistoryPdfDialog", str(_SECTION_NAMES[section]))
            )
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.options_changed())
            self.sections[section] = box
            grid.addWidget(box, i // 4, i % 4)
        self.paper = paper_box()
        self.paper.currentIndexChanged.connect(lambda _i: self.options_changed())
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.editingFinished.connect(self.options_changed)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form = tidy_form(QFormLayout())
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Sections:"), grid)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Logo:"), logo_row)
        self.body.insertLayout(0, form)
        self.refresh()

    def period(self) -> Period:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        return Period(day(self.use_start, self.start), day(self.use_end, self.end))

    def options(self) -> ReportOptions:
        chosen = frozenset(s for s, box in self.sections.items() if box.isChecked())
        logo = self.logo.text().strip()
        return ReportOptions(
            sections=chosen, logo=Path(logo) if logo else None, paper=str(self.paper.currentData())
        )

    def make_report(self) -> tuple[Callable[[], Any], Callable[[Any], PagedReport]]:
        period, options = self.period(), self.options()  # raises naming a wrong field
        history, customer = self._services.history, self._customer
        return (
            lambda: history.customer_history(customer, period),
            lambda data: layout_customer_history(data, options),
        )

    def _choose_logo(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if name:
            self.logo.setText(name)
            self.options_changed()


class ClaimPdfDialog(PdfDialog):
    """One claim's dossier, previewed and saved."""

    def __init__(
        self,
        services: Services,
        claim_id: int,
        parent: QWidget | None = None,
        *,
        for_print: bool = False,
    ) -> None:
        title = (
            self.tr("Print claim dossier — claim #{0}")
            if for_print
            else self.tr("Claim dossier PDF — claim #{0}")
        )
        super().__init__(
            title.format(claim_id), f"claim-{claim_id}-dossier.pdf", parent, for_print=for_print
        )
        self.setObjectName("claim_pdf")
        self._services = services
        self._claim = ClaimId(claim_id)
        self.paper = paper_box()
        self.paper.currentIndexChanged.connect(lambda _i: self.options_changed())
        form = tidy_form(QFormLayout())
        form.addRow(self.tr("Paper:"), self.paper)
        self.body.insertLayout(0, form)
        self.refresh()

    def make_report(self) -> tuple[Callable[[], Any], Callable[[Any], PagedReport]]:
        history, claim, paper = self._services.history, self._claim, str(self.paper.currentData())
        return lambda: history.claim_dossier(claim), lambda data: layout_claim_dossier(data, paper)
