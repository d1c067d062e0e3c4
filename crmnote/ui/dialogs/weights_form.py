"""Score weights as a form of spin boxes, one per `Weights` key, errors shown at the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.scoring import Weights
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.reasons import reason_text

_C = "WeightsForm"
# key → (label, a sentence saying what it does); groups follow docs/scoring.md.
GROUPS: tuple[tuple[object, tuple[tuple[str, object, object], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Time"),
        (
            (
                "half_life_days",
                QT_TRANSLATE_NOOP("WeightsForm", "Half-life (days)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How fast the past fades: an event this many days old counts half as much as one today.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Trust"),
        (
            (
                "prior_kept",
                QT_TRANSLATE_NOOP("WeightsForm", "Starting trust: promises kept"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "A new customer is trusted as if we had already kept this many promises to them.",
                ),
            ),
            (
                "prior_broken",
                QT_TRANSLATE_NOOP("WeightsForm", "Starting trust: promises broken"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "…and broken this many; with the line above it sets where trust starts (equal: 50).",
                ),
            ),
            (
                "kept",
                QT_TRANSLATE_NOOP("WeightsForm", "Promise kept"),
                QT_TRANSLATE_NOOP("WeightsForm", "How much one promise kept on time raises trust."),
            ),
            (
                "kept_late",
                QT_TRANSLATE_NOOP("WeightsForm", "Promise kept late"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How much a promise kept after its due date still counts as kept (less than on time).",
                ),
            ),
            (
                "broken_penalty",
                QT_TRANSLATE_NOOP("WeightsForm", "Promise broken"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How much one broken promise counts against us; more than 1: a broken promise weighs more than a kept one.",
                ),
            ),
            (
                "renegotiated",
                QT_TRANSLATE_NOOP("WeightsForm", "Promise renegotiated"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How much moving a due date with the customer's agreement counts against us.",
                ),
            ),
            (
                "substantiated",
                QT_TRANSLATE_NOOP("WeightsForm", "Claim substantiated"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "How much a claim against us that was founded lowers trust."
                ),
            ),
            (
                "partly",
                QT_TRANSLATE_NOOP("WeightsForm", "Claim partly substantiated"),
                QT_TRANSLATE_NOOP("WeightsForm", "The same for a claim that was partly founded."),
            ),
            (
                "granted_reasonable",
                QT_TRANSLATE_NOOP("WeightsForm", "Reasonable request granted"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "How much granting a request judged reasonable raises trust."
                ),
            ),
            (
                "praise",
                QT_TRANSLATE_NOOP("WeightsForm", "Praise"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How much praise from the customer raises trust: a nudge, weak evidence that we deliver.",
                ),
            ),
            (
                "quick_resolution_days",
                QT_TRANSLATE_NOOP("WeightsForm", "Quick resolution (days)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "A founded claim put right within this many days gives back all the trust it cost.",
                ),
            ),
            (
                "resolution_recovery",
                QT_TRANSLATE_NOOP("WeightsForm", "Recovery by resolution"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "The share of a founded claim's cost a resolution gives back later than that (0 to 1).",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Difficulty"),
        (
            (
                "f0",
                QT_TRANSLATE_NOOP("WeightsForm", "Starting difficulty: friction"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "A new customer counts as if this much friction had already happened…",
                ),
            ),
            (
                "e0",
                QT_TRANSLATE_NOOP("WeightsForm", "Starting difficulty: contacts"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "…over this many contacts; the two set where difficulty starts and how fast evidence moves it.",
                ),
            ),
            (
                "k",
                QT_TRANSLATE_NOOP("WeightsForm", "Steepness"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How quickly friction per contact turns into a high difficulty score.",
                ),
            ),
            (
                "friction_hostile",
                QT_TRANSLATE_NOOP("WeightsForm", "Hostile contact"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Friction from one contact marked hostile (mood −2)."
                ),
            ),
            (
                "friction_frustrated",
                QT_TRANSLATE_NOOP("WeightsForm", "Frustrated contact"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Friction from one contact marked frustrated (mood −1)."
                ),
            ),
            (
                "friction_unsubstantiated",
                QT_TRANSLATE_NOOP("WeightsForm", "Unsubstantiated claim"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "Friction from a claim that proved unfounded: the heaviest, an accusation costs time and goodwill.",
                ),
            ),
            (
                "friction_partly",
                QT_TRANSLATE_NOOP("WeightsForm", "Partly substantiated"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Friction from a claim that was only partly founded."
                ),
            ),
            (
                "friction_undeterminable",
                QT_TRANSLATE_NOOP("WeightsForm", "Undeterminable claim"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Friction from a claim whose truth could not be established."
                ),
            ),
            (
                "friction_unreasonable",
                QT_TRANSLATE_NOOP("WeightsForm", "Unreasonable request"),
                QT_TRANSLATE_NOOP("WeightsForm", "Friction from a request judged unreasonable."),
            ),
            (
                "friction_renegotiation",
                QT_TRANSLATE_NOOP("WeightsForm", "Renegotiation"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Friction from a customer asking to renegotiate what was agreed."
                ),
            ),
            (
                "friction_return",
                QT_TRANSLATE_NOOP("WeightsForm", "Return"),
                QT_TRANSLATE_NOOP("WeightsForm", "Friction from a return of goods."),
            ),
            (
                "friction_complaint",
                QT_TRANSLATE_NOOP("WeightsForm", "Complaint"),
                QT_TRANSLATE_NOOP("WeightsForm", "Friction from a complaint recorded as feedback."),
            ),
            (
                "cost_weight",
                QT_TRANSLATE_NOOP("WeightsForm", "Cost to serve: most points"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "The most difficulty points serving a customer who costs more than they bring can add.",
                ),
            ),
            (
                "cost_threshold",
                QT_TRANSLATE_NOOP("WeightsForm", "Cost to serve: from ratio"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "The cost term starts when cost to serve exceeds this many times the revenue.",
                ),
            ),
            (
                "prospect_allowance_hours",
                QT_TRANSLATE_NOOP("WeightsForm", "Prospect's allowance (hours)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "A customer with no sales may take this many hours before it counts as cost without income.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Promises"),
        (
            (
                "overdue_grace_days",
                QT_TRANSLATE_NOOP("WeightsForm", "Overdue after (days of grace)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "An open promise this many days past its due date weighs on trust like a broken one until it is resolved.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Is it us?"),
        (
            (
                "staff_margin",
                QT_TRANSLATE_NOOP("WeightsForm", "Staff margin (points)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "How much harder a customer must be with one staff member than with the others to flag it.",
                ),
            ),
            (
                "staff_min_interactions",
                QT_TRANSLATE_NOOP("WeightsForm", "Staff minimum interactions"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "Contacts needed with that staff member, and with the others, before comparing.",
                ),
            ),
            (
                "staff_team_min_interactions",
                QT_TRANSLATE_NOOP("WeightsForm", "Team minimum interactions"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "Across all customers: contacts a staff member, and the rest of the team, need before an outlier is flagged.",
                ),
            ),
        ),
    ),
)


def _t(text: object) -> str:
    return QCoreApplication.translate(_C, str(text)) if text else ""


class WeightsForm(QWidget):
    """Spin boxes keyed like `Weights.to_dict()`; `weights()` validates through the domain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QAbstractSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        body = QWidget()
        form = QFormLayout(body)
        for title, rows in GROUPS:
            heading = QLabel(_t(title))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            form.addRow(heading)
            for key, label, tip in rows:
                box = _box(key)
                box.setToolTip(_t(tip))
                explained = QLabel(_t(tip))
                explained.setObjectName(f"weight_help_{key}")
                explained.setWordWrap(True)
                explained.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box.setObjectName(f"weight_{key}")
                self.boxes[key] = box
                self.errors[key] = error_label()
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(box)
                column.addWidget(explained)
                column.addWidget(self.errors[key])
                caption = QLabel(_t(label))
                caption.setBuddy(box)
                form.addRow(caption, cell)
        missing = set(Weights().to_dict()) - set(self.boxes)
        assert not missing, f"weights without a field: {missing}"
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_weights(self, weights: Weights) -> None:
        for key, value in weights.to_dict().items():
            box = self.boxes[key]
            if isinstance(box, QSpinBox):
                box.setValue(int(value))
            elif isinstance(box, QDoubleSpinBox):
                box.setValue(float(value))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, box in self.boxes.items():
            if isinstance(box, QSpinBox | QDoubleSpinBox):
                out[key] = box.value()
        return out

    def weights(self) -> Weights:
        """The weights typed in; raises WeightsError naming the field that is wrong."""
        return Weights.from_dict(self.values())

    def show_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(reason_text(message))
        label.show()
        self.boxes[key].setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()


WHOLE = ("staff_min_interactions", "staff_team_min_interactions", "overdue_grace_days")


def _box(key: str) -> QAbstractSpinBox:
    if key in WHOLE:
        whole = QSpinBox()
        whole.setRange(0, 1000)
        return whole
    box = QDoubleSpinBox()
    box.setDecimals(3 if key not in ("half_life_days", "cost_weight", "staff_margin") else 1)
    box.setRange(-1000.0, 100000.0)
    box.setSingleStep(0.1 if box.decimals() == 3 else 1.0)
    return box
