"""Someone saved the record a form is editing: reload their version, or keep yours over it."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmnote.domain.errors import StaleRecordError
from crmnote.ui.labels import field_label, kind_label, show


class Choice(enum.Enum):
    RELOAD = "reload"  # show their version in the form; mine is dropped
    KEEP_MINE = "keep"  # save my changed fields over their version (theirs stay in history)
    CANCEL = "cancel"  # keep editing, decide later


def _tr(text: str) -> str:
    return QCoreApplication.translate("Conflict", text)


def conflict_text(exc: StaleRecordError, now: datetime) -> str:
    """'Anna changed this promise at 14:02 while you were editing it.'"""
    kind = kind_label(exc.kind).lower()
    at = exc.at if isinstance(exc.at, datetime) else None
    when = ""
    if at is not None:
        when = at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%Y-%m-%d %H:%M")
    if exc.by:
        return _tr("{who} changed this {kind} at {when} while you were editing it.").format(
            who=exc.by, kind=kind, when=when
        )
    return _tr("This {kind} was changed elsewhere at {when} while you were editing it.").format(
        kind=kind, when=when
    )


def their_changes(original: Any, current: Any, fields: Mapping[str, Any]) -> list[str]:
    """Lines 'Due: 2026-11-10 → 2026-11-12' for the form's fields they changed."""
    lines = []
    for name in fields:
        before, after = getattr(original, name, None), getattr(current, name, None)
        if before != after:
            lines.append(f"{field_label(name)}: {show(before)} → {show(after)}")
    return lines


def ask(
    parent: QWidget, exc: StaleRecordError, original: Any, mine: Mapping[str, Any], now: datetime
) -> Choice:
    """Ask what to do about a stale edit; `mine` are the values the form holds."""
    box = QMessageBox(parent)
    box.setObjectName("conflict_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Changed while you were editing"))
    box.setText(conflict_text(exc, now))
    theirs = their_changes(original, exc.current, mine)
    detail = _tr("They changed:") + "\n" + "\n".join(theirs) if theirs else ""
    box.setInformativeText(
        (detail + "\n\n" if detail else "")
        + _tr(
            "Reload shows their version (your changes in this form are dropped). Keep mine "
            "saves your changes over theirs; their version stays in the record's history "
            "where one is kept."
        )
    )
    reload = box.addButton(_tr("&Reload"), QMessageBox.ButtonRole.RejectRole)
    reload.setObjectName("conflict_reload")
    keep = box.addButton(_tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("conflict_keep")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("conflict_cancel")
    box.setDefaultButton(cancel)
    box.exec()
    # By name: the wrapper PySide returns for the clicked button need not be the one made here.
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"conflict_reload": Choice.RELOAD, "conflict_keep": Choice.KEEP_MINE}.get(
        name, Choice.CANCEL
    )
