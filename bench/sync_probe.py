"""The sync benchmark's child: the app on a field copy, File → Sync now, and how long its
event loop waited meanwhile.

Run as a script: `python bench/sync_probe.py DB`. Starts as `crmnote` does (the collector
paused for start-up, the main window over the opened book, the collector back on and
start-up's objects frozen), then runs the window's own Sync now — the round on its worker
thread, in the desktop app's batches — while a 1 ms heartbeat measures the longest stall
(`bench/stall.py`); then the same heartbeat beside a worker doing plain Python arithmetic for
as long as the round took. Prints `crmnote-bench stall S`, `crmnote-bench floor S`,
`crmnote-bench took S` and `crmnote-bench pulled N`.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from crmnote.bootstrap import pause_collector, resume_collector

    pause_collector()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.stall import StallProbe, wait_for
    from crmnote.bootstrap import open_database
    from crmnote.ui.background import Background
    from crmnote.ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("crmnote-bench")
    opened = open_database(sys.argv[1])
    window = MainWindow(opened.services, opened.name, QSettings())
    window.show()
    app.processEvents()
    resume_collector()  # as the app does once the book is open
    window.sync.timer.stop()  # only the round measured here
    probe = StallProbe()
    start = time.perf_counter()
    probe.start()
    job = window.sync.sync_now()
    if job is None:
        raise SystemExit("the book is no field copy, or a round is running")
    if job.running():
        wait_for(job.done)
    stall = probe.stop()
    took = time.perf_counter() - start
    app.processEvents()
    report = window.sync.report
    if report is None:
        raise SystemExit(f"the round failed: {window.sync.failure}")
    Background.finish_all()  # the views' reloading after the round, before the baseline
    settle = time.perf_counter() + 1.0
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    floor_job = Background(lambda: _busy(took))
    probe.start()
    floor_job.start()
    if floor_job.running():
        wait_for(floor_job.done)
    floor = probe.stop()
    for key, value in (("stall", stall), ("floor", floor), ("took", took)):
        print(f"crmnote-bench {key} {value:.6f}", flush=True)
    print(f"crmnote-bench pulled {report.pulled}", flush=True)
    window.sync.stop()
    window.close()
    Background.finish_all()
    opened.close()
    return 0


def _busy(seconds: float) -> None:
    """Plain Python arithmetic for `seconds` (the interpreter lock changes hands as usual)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(200))


if __name__ == "__main__":
    sys.exit(main())
