"""A book's sync identity: which book it is, this copy's device and its clock."""

from __future__ import annotations

from crmnote.domain.sync.hlc import Hlc, observe, tick
from crmnote.domain.sync.identity import new_uuid
from crmnote.storage import sync_store as store
from crmnote.storage.lookup_queries import first_staff_uuid
from crmnote.storage.sessions import Session

BOOK, DEVICE, CLOCK = "book", "device", "clock"
TEAM, TEAM_URL = "team", "team_url"  # the team book a field copy belongs to, and where it is


def book_id(session: Session, *, keep: bool = True) -> str:
    """The book's identity: the uuid of its first staff member (made on first run, so a copy
    or a backup of the book has the same one, an unrelated book another). `keep` False: only
    read (a role that may not write), nothing stored."""
    found = store.get_state(session, BOOK)
    if found is None:
        first = first_staff_uuid(session)
        found = first or new_uuid()
        if keep:
            store.set_state(session, BOOK, found)
    return found


def device(session: Session) -> str:
    found = store.get_state(session, DEVICE)
    if found is None:
        found = new_device(session)
    return found


def new_device(session: Session) -> str:
    """A new device name for this copy (a copied file must not stamp as its original)."""
    name = new_uuid().replace("-", "")
    store.set_state(session, DEVICE, name)
    return name


def clock(session: Session) -> Hlc | None:
    text = store.get_state(session, CLOCK)
    return None if text is None else Hlc.parse(text)


class Stamper:
    """This copy's device and clock for one transaction: read once, stamped in memory,
    written back once (`save`)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        found = store.states(session, DEVICE, CLOCK)
        self.device = found.get(DEVICE) or new_device(session)
        self._last = Hlc.parse(found[CLOCK]) if CLOCK in found else None
        self._moved = False

    def stamp(self, now_ms: int) -> Hlc:
        """The clock's next stamp for a change made here."""
        last = self._last
        if last is not None and last.device != self.device:
            last = Hlc(last.wall, last.counter, self.device)
        self._last = tick(last, now_ms, self.device)
        self._moved = True
        return self._last

    def seen(self, remote: Hlc, now_ms: int) -> None:
        """The clock after receiving a change stamped `remote`."""
        self._last = observe(self._last, remote, now_ms, self.device)
        self._moved = True

    def save(self) -> None:
        if self._moved and self._last is not None:
            store.set_state(self._session, CLOCK, self._last.text())
            self._moved = False


def stamp(session: Session, now_ms: int) -> Hlc:
    """The clock's next stamp for a change made here."""
    me = device(session)
    last = clock(session)
    if last is not None and last.device != me:
        last = Hlc(last.wall, last.counter, me)
    following = tick(last, now_ms, me)
    store.set_state(session, CLOCK, following.text())
    return following


def seen(session: Session, remote: Hlc, now_ms: int) -> None:
    """The clock after receiving a change stamped `remote`."""
    me = device(session)
    store.set_state(session, CLOCK, observe(clock(session), remote, now_ms, me).text())
