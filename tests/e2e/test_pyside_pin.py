"""PySide6 6.12.0 aborts after many calls of methods returning None; the pin must keep us off it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
o = QObject()
for i in range(300_000):
    o.setObjectName("x")
print("survived")
"""


def test_many_void_calls_do_not_crash_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_installed_pyside_is_within_the_pin() -> None:
    import PySide6

    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (6, 9) <= (major, minor) < (6, 12)
