"""Global record identity: UUID version 7 (time-ordered, so indexes stay compact).

Python's own `uuid.uuid7` (3.14+) is used when there is one, else the `uuid6` package's.
Local integer ids stay for speed and the command line; a uuid is what copies compare.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_own: Callable[[], uuid.UUID] | None = getattr(uuid, "uuid7", None)
if _own is None:  # Python < 3.14
    from uuid6 import uuid7 as _lib_uuid7

    def _make() -> uuid.UUID:
        return _lib_uuid7()  # a uuid.UUID (subclass): the same text

else:
    _make = _own


def new_uuid() -> str:
    """A new record or change identity: 36 characters, lower case, version 7."""
    return str(_make())


def check_uuid(value: Any) -> str:
    """`value` as a canonical uuid text (lower case, hyphens); ValueError when it is none."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str) and _CANONICAL.fullmatch(value):
        return value  # what str(UUID(value)) gives back

    if not isinstance(value, str) or len(value) != 36:
        raise ValueError(f"not a record identity: {value!r}")
    try:
        parsed = uuid.UUID(value)
    except ValueError as exc:
        raise ValueError(f"not a record identity: {value!r}") from exc
    return str(parsed)


def uuid_ms(value: str) -> int | None:
    """The Unix time in milliseconds a version-7 uuid was made at (None for other versions)."""
    parsed = uuid.UUID(value)
    if parsed.version != 7:
        return None
    return parsed.int >> 80
