"""One signal that broadcasts what a user action changed; views decide what to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crmnote.services.changes import Changes


class Bus(QObject):
    """`changed` carries the `Changes` value a service returned."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
