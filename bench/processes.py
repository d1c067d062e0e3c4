"""Child processes of the start-up and memory benchmarks: a display for them, and their reports.

The children run under a private Xvfb server when `Xvfb` is installed (Debian package `xvfb`),
so windows are mapped and painted as on a desktop; otherwise on Qt's offscreen platform.
They print lines `crmnote-bench <what> <value>`, which `run_child` collects.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

PREFIX = "crmnote-bench "


@dataclass(frozen=True)
class Display:
    """Environment variables for a child and a label for the report."""

    env: dict[str, str]
    label: str


@contextlib.contextmanager
def display(xvfb_wanted: bool = True) -> Iterator[Display]:
    """A private Xvfb display for the children when available, else the offscreen platform."""
    xvfb = shutil.which("Xvfb") if xvfb_wanted else None
    if xvfb is None:
        why = "no Xvfb" if xvfb_wanted else "quick run"
        yield Display({"QT_QPA_PLATFORM": "offscreen"}, f"offscreen platform ({why})")
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            yield Display({"QT_QPA_PLATFORM": "offscreen"}, "offscreen platform (Xvfb failed)")
            return
        yield Display({"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}, f"Xvfb :{number}")
    finally:
        server.terminate()
        server.wait(10)


def run_child(
    cmd: Sequence[str], env: dict[str, str], timeout: float = 300
) -> tuple[float, dict[str, float]]:
    """Run a child to its end: (seconds from just before it was started, its reported values).

    A reported `first-paint`/`main-window` value is a time.monotonic() stamp; it is returned
    as seconds since the start, so it includes the process start and the interpreter's.
    """
    start = time.monotonic()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {done.returncode}:\n{done.stderr[-2000:]}")
    values: dict[str, float] = {}
    for text in done.stdout.splitlines():
        if text.startswith(PREFIX):
            _, key, value = text.split(maxsplit=2)
            values[key] = float(value)
    for key in ("first-paint", "main-window", "scores"):
        if key in values:
            values[key] -= start
    return time.monotonic() - start, values
