"""The top of the customer page: name, contact details, status, owner and score badges."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crmnote.domain import entities as e
from crmnote.domain.phones import format_phone
from crmnote.domain.trend import TREND_DAYS, Trend
from crmnote.domain.views import CustomerSummary
from crmnote.ui.labels import NONE, enum_label, show


class Badge(QFrame):
    """A score in a framed box drawn with palette roles, so it follows light and dark themes."""

    def __init__(self, title: str, higher_is_better: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.higher_is_better = higher_is_better
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.value = QLabel(NONE)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trend = QLabel(" ")  # keeps its line while there is no trend: no jumping
        self.trend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(title)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.trend)
        layout.addWidget(caption)

    def set_score(self, score: float | None) -> None:
        self.value.setText(NONE if score is None else f"{score:.0f}")

    def set_trend(self, trend: Trend | None) -> None:
        """An arrow and the move over the last month; the tooltip says whether that is good."""
        if trend is None:
            self.trend.setText(" ")
            self.setToolTip("")
            return
        delta = round(trend.delta)
        steady = trend.arrow == "→"
        self.trend.setText(trend.arrow if steady else f"{trend.arrow} {delta:+d}".replace("-", "−"))
        if trend.arrow == "→":
            verdict = self.tr("steady")
        elif (trend.delta > 0) == self.higher_is_better:
            verdict = self.tr("better")
        else:
            verdict = self.tr("worse")
        self.setToolTip(
            self.tr("{0}: {1:.0f} now, {2:.0f} {3} days ago ({4})").format(
                self.title, trend.now, trend.before, TREND_DAYS, verdict
            )
        )


class CustomerHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("customer_name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company = QLabel()
        self.details = QLabel()
        self.details.setObjectName("customer_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("customer_facts")
        for label in (self.name, self.company, self.details, self.facts):
            # User text: AutoText would render markup typed into a name (and load <img src>).
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.difficulty = Badge(self.tr("Difficulty"), higher_is_better=False)
        self.trust = Badge(self.tr("Trust"), higher_is_better=True)
        self.difficulty.setObjectName("badge_difficulty")
        self.trust.setObjectName("badge_trust")

        text = QGridLayout()
        text.addWidget(self.name, 0, 0)
        text.addWidget(self.company, 1, 0)
        text.addWidget(self.details, 2, 0)
        text.addWidget(self.facts, 3, 0)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.difficulty)
        layout.addWidget(self.trust)

    def show_customer(
        self,
        customer: e.Customer,
        summary: CustomerSummary | None,
        owner: str | None,
        phone_region: str = "",
    ) -> None:
        """`phone_region` (Settings): numbers of that country show in its national form,
        others internationally (domain/phones.py)."""
        self.name.setText(customer.name)
        self.company.setText(customer.company)
        self.company.setVisible(bool(customer.company))
        phones = [
            dataclasses.replace(p, value=format_phone(p.value, phone_region))
            for p in customer.phones
        ]
        contacts: list[Any] = [*customer.emails, *phones]
        lines = [show(c) for c in contacts]
        if customer.address:
            lines.append(customer.address.replace("\n", ", "))
        self.details.setText("\n".join(lines) or self.tr("No contact details"))
        facts = [
            self.tr("Status: {0}").format(enum_label(customer.status)),
            self.tr("Owner: {0}").format(owner or NONE),
        ]
        if customer.tags:
            facts.append(self.tr("Tags: {0}").format(", ".join(customer.tags)))
        if summary is not None and summary.last_contact_at is not None:
            facts.append(self.tr("Last contact: {0}").format(show(summary.last_contact_at)))
        self.facts.setText("   ·   ".join(facts))
        self.difficulty.set_score(summary.difficulty if summary else None)
        self.trust.set_score(summary.trust if summary else None)

    def set_trends(self, trends: tuple[Trend, Trend] | None) -> None:
        self.difficulty.set_trend(trends[0] if trends else None)
        self.trust.set_trend(trends[1] if trends else None)
