"""Undoable service calls: the first run happens before the push, so errors reach the form.

What an undo writes back, and in which order, is decided by the services (RecordService
`delete_keeping` / `put_back`, DecisionService): this module only runs their steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crmnote.domain.errors import CrmError
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus


class ServiceCommand(QUndoCommand):
    """Runs `do`/`undo` through the services and publishes what they changed on the bus."""

    def __init__(
        self,
        text: str,
        bus: Bus,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._bus = bus
        self._do = do
        self._undo = undo
        self._on_error = on_error
        self._done_once = True  # the caller ran the action before pushing

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        # An exception must not escape into Qt's C++ stack; it is reported instead.
        try:
            self._bus.publish(step())
        except CrmError as exc:
            self._on_error(str(exc))
            self.setObsolete(True)
