"""Score weights as a form of spin boxes, one per `Weights` key, errors shown at the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

_C = "WeightsForm"
# key → (label, help); groups follow docs/scoring.md.
GROUPS: tuple[tuple[object, tuple[tuple[str, object, object], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Time"),
        (
            (
                "half_life_days",
                QT_TRANSLATE_NOOP("WeightsForm", "Half-life (days)"),
                QT_TRANSLATE_NOOP("WeightsForm", "After this many days an event counts half"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Trust"),
        (
            ("prior_kept", QT_TRANSLATE_NOOP("WeightsForm", "Prior: kept"), ""),
            ("prior_broken", QT_TRANSLATE_NOOP("WeightsForm", "Prior: broken"), ""),
            ("kept", QT_TRANSLATE_NOOP("WeightsForm", "Promise kept"), ""),
            ("kept_late", QT_TRANSLATE_NOOP("WeightsForm", "Promise kept late"), ""),
            (
                "broken_penalty",
                QT_TRANSLATE_NOOP("WeightsForm", "Promise broken"),
                QT_TRANSLATE_NOOP("WeightsForm", "More than 1: broken weighs more than kept"),
            ),
            ("renegotiated", QT_TRANSLATE_NOOP("WeightsForm", "Promise renegotiated"), ""),
            ("substantiated", QT_TRANSLATE_NOOP("WeightsForm", "Claim substantiated"), ""),
            ("partly", QT_TRANSLATE_NOOP("WeightsForm", "Claim partly substantiated"), ""),
            (
                "granted_reasonable",
                QT_TRANSLATE_NOOP("WeightsForm", "Reasonable request granted"),
                "",
            ),
            ("praise", QT_TRANSLATE_NOOP("WeightsForm", "Praise"), ""),
            (
                "quick_resolution_days",
                QT_TRANSLATE_NOOP("WeightsForm", "Quick resolution (days)"),
                QT_TRANSLATE_NOOP("WeightsForm", "A claim resolved this fast recovers fully"),
            ),
            (
                "resolution_recovery",
                QT_TRANSLATE_NOOP("WeightsForm", "Recovery by resolution"),
                QT_TRANSLATE_NOOP("WeightsForm", "Share of a claim given back (0 to 1)"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WeightsForm", "Difficulty"),
        (
            ("f0", QT_TRANSLATE_NOOP("WeightsForm", "Prior: friction"), ""),
            ("e0", QT_TRANSLATE_NOOP("WeightsForm", "Prior: contacts"), ""),
            ("k", QT_TRANSLATE_NOOP("WeightsForm", "Steepness"), ""),
            ("friction_hostile", QT_TRANSLATE_NOOP("WeightsForm", "Hostile contact"), ""),
            ("friction_frustrated", QT_TRANSLATE_NOOP("WeightsForm", "Frustrated contact"), ""),
            (
                "friction_unsubstantiated",
                QT_TRANSLATE_NOOP("WeightsForm", "Unsubstantiated claim"),
                "",
            ),
            ("friction_partly", QT_TRANSLATE_NOOP("WeightsForm", "Partly substantiated"), ""),
            (
                "friction_undeterminable",
                QT_TRANSLATE_NOOP("WeightsForm", "Undeterminable claim"),
                "",
            ),
            (
                "friction_unreasonable",
                QT_TRANSLATE_NOOP("WeightsForm", "Unreasonable request"),
                "",
            ),
            ("friction_renegotiation", QT_TRANSLATE_NOOP("WeightsForm", "Renegotiation"), ""),
            ("friction_return", QT_TRANSLATE_NOOP("WeightsForm", "Return"), ""),
            ("friction_complaint", QT_TRANSLATE_NOOP("WeightsForm", "Complaint"), ""),
            (
                "cost_weight",
                QT_TRANSLATE_NOOP("WeightsForm", "Cost to serve: most points"),
                "",
            ),
            (
                "cost_threshold",
                QT_TRANSLATE_NOOP("WeightsForm", "Cost to serve: from ratio"),
                QT_TRANSLATE_NOOP("WeightsForm", "Points start when cost exceeds this × revenue"),
            ),
            (
                "prospect_allowance_hours",
                QT_TRANSLATE_NOOP("WeightsForm", "Prospect's allowance (hours)"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm",
                    "Time a customer with no sales may take before it counts as cost "
                    "without income",
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
                    "An open promise this many days past its due date weighs on trust like a "
                    "broken one until it is resolved",
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
                QT_TRANSLATE_NOOP("WeightsForm", "How much harder with one staff member to flag"),
            ),
            (
                "staff_min_interactions",
                QT_TRANSLATE_NOOP("WeightsForm", "Staff minimum interactions"),
                QT_TRANSLATE_NOOP("WeightsForm", "With one customer, on each side"),
            ),
            (
                "staff_team_min_interactions",
                QT_TRANSLATE_NOOP("WeightsForm", "Team minimum interactions"),
                QT_TRANSLATE_NOOP(
                    "WeightsForm", "Across all customers, on each side, before flagging an outlier"
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
                box.setObjectName(f"weight_{key}")
                self.boxes[key] = box
                self.errors[key] = error_label()
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(box)
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
        label.setText(message)
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
