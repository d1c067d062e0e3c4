"""One signal that broadcasts what a user action changed; views decide what to reload.

Each view subscribes itself (`bus.subscribe(self, self.on_changed)`); the signal carries the
object that made the change, so the widget that made it can skip its own refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from crmnote.services.changes import Changes


class Bus(QObject):
    """`changed` carries the `Changes` value a service returned and who published it."""

    changed = Signal(object, object)

    def publish(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)

    def subscribe(self, view: QObject, on_changed: Callable[[Changes], None]) -> None:
        """Call `on_changed` for every change that `view` did not publish itself, for as long
        as `view` lives."""
        receiver = _Receiver(view, on_changed)
        self.changed.connect(receiver.deliver)


class _Receiver(QObject):
    """A child of the view: Qt drops the connection when the view (and so this) is deleted."""

    def __init__(self, view: QObject, on_changed: Callable[[Changes], None]) -> None:
        super().__init__(view)
        self._view = view
        self._on_changed = on_changed

    @Slot(object, object)
    def deliver(self, changes: Changes, initiator: object) -> None:
        if initiator is not self._view:
            self._on_changed(changes)
