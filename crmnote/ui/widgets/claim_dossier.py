"""The claim dossier: the facts of a claim side by side, the suggested verdict, and the decision."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain import entities as e
from crmnote.domain.dossier import ClaimDossier
from crmnote.domain.errors import CrmError, NotFoundError, ValidationError
from crmnote.domain.types import Resolution, Verdict
from crmnote.services.changes import Changes
from crmnote.ui import dossier_text as text
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.editing import Editing
from crmnote.ui.fit import place
from crmnote.ui.labels import NONE, enum_label, first_line, mood_label, show
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.reasons import error_text
from crmnote.ui.widgets.evidence import EvidencePanel
from crmnote.ui.widgets.facts import FactBox, plain
from crmnote.ui.widgets.tables import table_view

_WATCHED = ("claim", "promise", "interaction", "standard", "staff", "attachment")


class ClaimDossierWindow(QWidget):
    """One claim at a time; `show_claim(id)` loads it. Writes go through `Editing` (undoable)."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        editing.bus.subscribe(self, self.on_changed)
        self.setObjectName("claim_dossier")
        self._editing = editing
        self._services = editing.services
        self.dossier: ClaimDossier | None = None
        self.claim_box = FactBox(self.tr("The claim"))
        self.promise_box = FactBox(self.tr("The promise as made"))
        self.standard_box = FactBox(self.tr("The standard in force"))
        self.timing_box = FactBox(self.tr("Evidence and delivery timing"))
        grid = QGridLayout()
        grid.addWidget(self.claim_box, 0, 0)
        grid.addWidget(self.promise_box, 0, 1)
        grid.addWidget(self.standard_box, 1, 0)
        grid.addWidget(self.timing_box, 1, 1)

        headers = [self.tr("When"), self.tr("Channel"), self.tr("By"), self.tr("Mood")]
        headers.append(self.tr("Summary"))
        self.interactions = RowsModel(headers, self._interaction_cell, parent=self)
        self.view = table_view(
            "dossier_interactions",
            self.interactions,
            single=False,
            label=self.tr("Related interactions"),
        )
        self.view.doubleClicked.connect(self._open_interaction)
        related = QGroupBox(self.tr("Related interactions (double-click to open)"))
        QVBoxLayout(related).addWidget(self.view)
        related.setMinimumHeight(self.view.fontMetrics().height() * 7)
        # Files of the claim, its promise and these interactions; new ones go to the claim.
        self.files = EvidencePanel(editing, "claim", 0, self, source=self._files)
        self.files.setObjectName("dossier_files")
        files = QGroupBox(self.tr("Evidence files (drop files here to attach them to the claim)"))
        QVBoxLayout(files).addWidget(self.files)

        verdict = QGroupBox(self.tr("Suggested verdict"))
        self.suggested = plain(bold=True)
        self.suggested.setObjectName("dossier_suggested")
        self.reasons = plain()
        self.reasons.setObjectName("dossier_reasons")
        self.verdict = QComboBox()
        self.verdict.setObjectName("dossier_verdict")
        for v in Verdict:
            self.verdict.addItem(enum_label(v), v)
        self.resolution = QComboBox()
        self.resolution.setObjectName("dossier_resolution")
        self.resolution.addItem(NONE, None)
        for r in Resolution:
            self.resolution.addItem(enum_label(r), r)
        self.note = QLineEdit()
        self.note.setObjectName("dossier_note")
        self.note.setPlaceholderText(self.tr("Note (required to override the suggestion)"))
        self.error = error_label()
        self.confirm = QPushButton(self.tr("&Confirm suggested verdict"))
        self.confirm.setObjectName("dossier_confirm")
        self.confirm.clicked.connect(self.confirm_suggested)
        self.save = QPushButton(self.tr("&Save verdict"))
        self.save.setObjectName("dossier_save")
        self.save.clicked.connect(self.save_verdict)
        self.edit_claim = QPushButton(self.tr("&Edit claim…"))
        self.edit_claim.clicked.connect(lambda: self._with_claim(self._edit))
        for widget in (self.confirm, self.save, self.verdict, self.resolution, self.note):
            widget.setEnabled(not editing.read_only)  # a viewer reads the facts
        decide = QHBoxLayout()
        decide.addWidget(plain(self.tr("Verdict:")))
        decide.addWidget(self.verdict)
        decide.addWidget(plain(self.tr("Resolution:")))
        decide.addWidget(self.resolution)
        decide.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_claim)
        self.history = QPushButton(self.tr("&History…"))
        self.history.setObjectName("dossier_history")
        self.history.clicked.connect(
            lambda: self._with_claim(lambda c: self._editing.history("claim", c.id, self))
        )
        buttons.addWidget(self.history)
        column = QVBoxLayout(verdict)
        column.addWidget(self.suggested)
        column.addWidget(self.reasons)
        column.addLayout(decide)
        column.addWidget(self.error)
        column.addLayout(buttons)

        # In a scroll area: the facts can be long, and the window must fit a small screen.
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(grid)
        inner.addWidget(related, 1)
        inner.addWidget(files)
        inner.addWidget(verdict)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        place(self, QSize(1040, 860))

    # -- loading -------------------------------------------------------------------------

    def show_claim(self, claim_id: int) -> bool:
        """Load the dossier of a claim; False (and closed) when the claim is gone."""
        try:
            d = self._services.dossier.claim(claim_id)
        except NotFoundError:
            self.dossier = None
            self.close()
            return False
        self.dossier = d
        self.setWindowTitle(self.tr("Claim dossier — {0}").format(d.customer_name))
        self.claim_box.set_facts(text.claim_facts(d))
        facts, message = text.promise_facts(d)
        self.promise_box.set_facts(facts, message)
        self.standard_box.setTitle(
            self.tr("The standard in force on {0}").format(show(d.standards_day))
        )
        facts, message = text.standard_facts(d)
        self.standard_box.set_facts(facts, message)
        self.timing_box.set_facts(text.timing_facts(d))
        self.interactions.set_rows(d.interactions)
        self.files.show_record("claim", d.claim.id, self._files)
        self.suggested.setText(self.tr("Suggested: {0}").format(enum_label(d.suggested.verdict)))
        self.reasons.setText(text.reasons_text(d))
        self.error.hide()
        shown = d.claim.verdict if d.claim.verdict is not Verdict.PENDING else d.suggested.verdict
        self.verdict.setCurrentIndex(self.verdict.findData(shown))
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(d.claim.resolution)))
        self.note.setText(d.claim.verdict_note)
        return True

    def _files(self) -> list[e.Attachment]:
        return list(self.dossier.files) if self.dossier is not None else []

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and self.dossier is not None and changes.touches(*_WATCHED):
            self.show_claim(self.dossier.claim.id)

    def _interaction_cell(self, row: e.Interaction, column: int) -> str:
        name = self.dossier.staff_name(row.staff_id) if self.dossier else ""
        cells = (
            show(row.at),
            enum_label(row.channel),
            name or NONE,
            mood_label(row.mood),
            first_line(row.summary or row.notes),
        )
        return cells[column]

    # -- acting --------------------------------------------------------------------------

    def _with_claim(self, then: Callable[[e.Claim], object]) -> None:
        if self.dossier is not None:
            then(self.dossier.claim)

    def _edit(self, claim: e.Claim) -> None:
        self._editing.edit("claim", claim.id)

    def _open_interaction(self, index: QModelIndex) -> None:
        row = self.interactions.row_at(index.row())
        self._editing.edit("interaction", row.id)

    def confirm_suggested(self) -> bool:
        if self.dossier is None:
            return False
        self.verdict.setCurrentIndex(self.verdict.findData(self.dossier.suggested.verdict))
        return self.save_verdict()

    def save_verdict(self) -> bool:
        """Record the verdict shown; one that differs from the suggestion needs a note."""
        d = self.dossier
        if d is None:
            return False
        # Qt hands a StrEnum back as its plain string value.
        chosen = Verdict(self.verdict.currentData())
        resolution = self.resolution.currentData()
        note = self.note.text().strip()
        self.error.hide()
        if chosen is not d.suggested.verdict and not note:
            self._fail(self.tr("Say in the note why the verdict differs from the suggestion."))
            self.note.setFocus()
            return False
        values = {
            "verdict": chosen,
            "verdict_note": note,
            "resolution": None if resolution is None else Resolution(resolution),
        }
        try:
            self._editing.update("claim", d.claim, values)
        except ValidationError as exc:
            self._fail(error_text(exc))
            return False
        except CrmError as exc:
            self._fail(str(exc))
            return False
        return True

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
