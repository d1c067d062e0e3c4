"""The rows a transaction wrote last, held for the rest of it.

The session's identity map holds its rows weakly: a row written and turned into a record is
gone from it at once. Capture checks the record just written against the change log at the
end of the same transaction; held here, the session still has it and the check needs no
second read of the row (`logged_records.records_present`)."""

from __future__ import annotations

from collections import deque
from typing import Any

from sqlalchemy.orm import Session

_WRITTEN = "crmnote_written_rows"
_HELD = 8  # the last few only: a bulk write stays flat in memory


def hold(session: Session, row: Any) -> None:
    """Keep a row just written in the session's identity map for this transaction."""
    held = session.info.get(_WRITTEN)
    if held is None:
        held = session.info[_WRITTEN] = deque(maxlen=_HELD)
    held.append(row)
