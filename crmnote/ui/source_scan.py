"""PySide6's check of every module imported after it, without keeping their source.

PySide6 looks at each module imported after it for the text "PySide6", to know which modules
take part in its `__feature__` switching (snake_case, true_property). It reads the module with
`inspect.getsource`, which keeps the file's lines in `linecache` for the life of the process:
at 100,000 customers the app had ~700 files, 10 million characters in it, 23 MB of its memory.
crmnote selects no feature; `spare_source_scan` makes the same check reading the file once and
keeping nothing, so every module still gets PySide6's own answer.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's answer for `module` (the text "PySide6" in its source file; False without
    one), read without `linecache`."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def spare_source_scan() -> bool:
    """Put `uses_pyside` in place of PySide6's check; False where this PySide6 has none
    (then nothing changes)."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (no stub names it)
    return True
