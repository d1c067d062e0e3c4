"""Flags a promise weaker than the standard in force as soon as it is saved (form or quick log)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from crmnote.domain.errors import NotFoundError
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus

if TYPE_CHECKING:
    from crmnote.domain.standards import WeakerPromise  # a type only: not a start-up import
    from crmnote.services.standards import StandardsService


def warning_text(flags: tuple[WeakerPromise, ...]) -> str:
    lines = []
    for f in flags:
        unit = QCoreApplication.translate("reasons", f.unit.value.replace("_", " "))
        lines.append(
            QCoreApplication.translate(
                "PromiseFlags",
                "This promise allows {0} {1} where the standard “{2}” in force says {3} {1}.",
            ).format(f"{f.promised:g}", unit, f.standard_name, f"{f.target:g}")
        )
    return "\n".join(lines)


class PromiseFlags(QObject):
    """Checks every promise a change created; `notify(text)` shows the warning (non-blocking)."""

    def __init__(
        self,
        standards: StandardsService,
        notify: Callable[[str], None],
        parent: QObject | None = None,
        *,
        bus: Bus | None = None,
    ) -> None:
        super().__init__(parent)
        if bus is not None:
            bus.subscribe(self, self.absorb)
        self._standards = standards
        self._notify = notify
        self.last: tuple[WeakerPromise, ...] = ()

    def absorb(self, changes: Changes) -> None:
        found: list[WeakerPromise] = []
        for kind, record_id in changes.created:
            if kind == "promise":
                try:
                    found.extend(self._standards.promise_warnings(record_id))
                except NotFoundError:
                    continue
        self.last = tuple(found)
        if found:
            self._notify(warning_text(self.last))
