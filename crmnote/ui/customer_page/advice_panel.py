"""The recommendation on the customer page, the "is it us?" flag, and buttons to decide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmnote import messages
from crmnote.domain import entities as e
from crmnote.domain import recommendation
from crmnote.domain.recommendation import Action
from crmnote.domain.scoring import StaffFlag
from crmnote.domain.types import DecisionAction
from crmnote.ui.labels import show
from crmnote.ui.reasons import reason_text

if TYPE_CHECKING:
    from crmnote.services.scores import CustomerScores

# What deciding on a suggestion records.
DECISION_FOR: dict[Action, DecisionAction] = {
    Action.KEEP: DecisionAction.KEEP,
    Action.FIX_OUR_SIDE: DecisionAction.FIX_OUR_SIDE,
    Action.WATCH: DecisionAction.WATCH,
    Action.REPRICE: DecisionAction.REPRICE,
    Action.REFER: DecisionAction.REFER,
    Action.DECLINE: DecisionAction.DECLINE,
}


def action_label(action: str) -> str:
    """The domain's name of an action, in the user's language."""
    return messages.text(recommendation.action_label(action))


def flag_text(flag: StaffFlag, name: str) -> str:
    return QCoreApplication.translate(
        "advice",
        "Is it us? Friction concentrates with {0}: difficulty {1:.0f} with them vs {2:.0f} "
        "with others, {3} vs {4} interactions.",
    ).format(
        name, flag.difficulty, flag.others_difficulty, flag.interactions, flag.others_interactions
    )


def _mnemonic_safe(text: str) -> str:
    """Button and menu texts treat "&" as a shortcut marker; "&&" shows one."""
    return text.replace("&", "&&")


class AdvicePanel(QFrame):
    """Emits `decide(DecisionAction, suggested: bool)` when a person chooses what to do."""

    decide = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advice_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggested: DecisionAction | None = None
        self.flag = QLabel()
        self.flag.setObjectName("staff_flag")
        self.flag.setWordWrap(True)
        self.flag.setTextFormat(Qt.TextFormat.PlainText)
        self.flag.setAutoFillBackground(True)
        # Highlight colours come from the palette, so the flag stands out in light and dark.
        self.flag.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.flag.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.flag.setMargin(6)
        bold = QFont(self.flag.font())
        bold.setBold(True)
        self.flag.setFont(bold)
        self.flag.hide()
        self.action = QLabel()
        self.action.setObjectName("advice_action")
        self.action.setFont(bold)
        self.action.setWordWrap(True)  # a long action in a long language wraps, never cut
        self.reasons = QLabel()
        self.reasons.setObjectName("advice_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.last = QLabel()
        self.last.setObjectName("last_decision")
        self.last.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.act_button = QPushButton()
        self.act_button.setObjectName("advice_act")
        self.act_button.clicked.connect(self._act)
        self.other_button = QToolButton()
        self.other_button.setObjectName("advice_other")
        self.other_button.setText(self.tr("Decide otherwise"))
        self.other_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.other_button)
        self.choices: dict[DecisionAction, QAction] = {}
        for choice in DecisionAction:
            act = menu.addAction(_mnemonic_safe(action_label(choice.value)) + "…")
            act.triggered.connect(lambda _c=False, a=choice: self.decide.emit(a, False))
            self.choices[choice] = act
        self.other_button.setMenu(menu)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Suggested:")))
        head.addWidget(self.action, 1)
        # The buttons on a line of their own: with the suggestion beside them they did not fit
        # a narrow page in longer languages.
        buttons = QHBoxLayout()
        buttons.addWidget(self.act_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.clear()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.flag)
        layout.addLayout(head)
        layout.addWidget(self.reasons)
        layout.addLayout(buttons)
        layout.addWidget(self.last)

    def show_advice(
        self, scores: CustomerScores, staff_name: str | None, last: e.Decision | None
    ) -> None:
        advice = scores.recommendation
        if scores.staff_flag is not None:
            self.flag.setText(flag_text(scores.staff_flag, staff_name or "?"))
            self.flag.show()
        else:
            self.flag.hide()
        self.action.setText(action_label(advice.action.value))
        self.reasons.setText(" ".join(reason_text(r) for r in advice.reasons))
        self.suggested = DECISION_FOR.get(advice.action)  # none while too early to say
        self.act_button.setEnabled(self.suggested is not None)
        self.act_button.setVisible(self.suggested is not None)
        if self.suggested is not None:
            self.act_button.setText(
                self.tr("Decide: {0}…").format(_mnemonic_safe(action_label(self.suggested.value)))
            )
        if last is None:
            self.last.setText(self.tr("No decision recorded yet."))
        else:
            self.last.setText(
                self.tr("Last decision: {0} on {1}").format(
                    action_label(last.action.value), show(last.at.date())
                )
            )

    def clear(self) -> None:
        self.flag.hide()
        self.action.clear()
        self.reasons.clear()
        self.last.clear()
        self.suggested = None
        self.act_button.setText(self.tr("Decide…"))
        self.act_button.setEnabled(False)

    def _act(self) -> None:
        if self.suggested is not None:
            self.decide.emit(self.suggested, True)
