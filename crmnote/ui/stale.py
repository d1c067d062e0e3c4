"""Windows that reload only when it matters: when shown, or at once while visible."""

from __future__ import annotations

from typing import Any

from crmnote.services.changes import Changes

# Changes that move scores, and so the map and the staff report.
SCORE_KINDS = (
    "customer",
    "interaction",
    "promise",
    "claim",
    "request",
    "money",
    "feedback",
    "staff",
    "scores",
    "settings",
)


class RefreshWhenStale:
    """Mixin for a window (after QWidget in the bases) over data that other actions change.

    A change of one of the `WATCHED` kinds marks it stale; a visible window reloads at once,
    a hidden one when it is next shown (`refresh_if_stale`). The class's `refresh()` reloads
    and sets `_stale = False`.
    """

    WATCHED: tuple[str, ...] = ()
    _stale = True

    def refresh(self) -> Any:
        raise NotImplementedError

    def isVisible(self) -> bool:
        raise NotImplementedError

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.WATCHED):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload_soon()

    def reload_soon(self) -> None:
        """Reload a visible window; a costly one may wait a moment to gather a burst."""
        self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()
