"""The screens benchmark's child: the real main window on a book, toured as a user would.

Run as a script: `python bench/screens_probe.py DB EXPORT_DIR CUSTOMER_ID…` (the first customer
is the heavy one). Builds the main window as `app.run_gui` does, then for each step of the tour
starts a 1 ms heartbeat (bench/stall.py), does what the user's click does, and runs the event
loop until the window has settled: no worker left running and the outcome shown. It prints
`crmnote-bench stall-<step> MS` (the longest time the event loop could not run) and
`crmnote-bench took-<step> MS` and `crmnote-bench rss-<step> KB` (the resident memory once it
settled; `rss-opened` before the first step) for each step; after the tour, which has scrolled
the list, opened every customer given and visited every screen once, `crmnote-bench rss KB` and
`crmnote-bench hwm KB` (the memory target counts that state).

The steps write (settings, an export, a backup): give it a copy of the book. With
CRMNOTE_BENCH_PROFILE=DIR each step's GUI thread is profiled into DIR/<step>.prof (cProfile:
what the window did while it stalled; the stalls then read higher).
"""

from __future__ import annotations

import cProfile
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.memory_probe import status_kb

# Quiet time after the last worker ended: its outcome is shown meanwhile. The smoke test
# (CRMNOTE_BENCH_SETTLE_S) waits less: it checks the tour runs, not what a stall is.
SETTLE_S = float(os.environ.get("CRMNOTE_BENCH_SETTLE_S", "0.3"))
TIMEOUT_S = 300.0


def slug(step: str) -> str:
    """A step's name as one word, for the `crmnote-bench KEY VALUE` lines."""
    return step.lower().replace(" ", "-")


def settle(app: Any) -> None:
    """Run the event loop until `Background.busy()` is false (no worker running, no outcome
    still to be shown: `Background`, `Newest` and `Loader` requests all count) and SETTLE_S
    passed quietly since."""
    from crmnote.ui.background import Background

    deadline = time.perf_counter() + TIMEOUT_S
    quiet_since: float | None = None
    while time.perf_counter() < deadline:
        app.processEvents()
        now = time.perf_counter()
        if Background.busy():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= SETTLE_S:
            return
        time.sleep(0.001)


def main() -> int:
    db, export_dir, *customers = sys.argv[1:]
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bench.stall import StallProbe
    from crmnote.bootstrap import open_database, pause_collector, resume_collector
    from crmnote.ui.models.customer_list import Column
    from crmnote.ui.window.main_window import MainWindow

    pause_collector()  # as `crmnote` starts the app (crmnote/app.py)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("crmnote-bench")
    app.setOrganizationName("crmnote-bench")
    opened = open_database(db)
    window = MainWindow(opened.services, opened.name, QSettings())
    window.resize(1400, 900)
    window.show()
    window.book_opened()
    resume_collector()  # as the app does once the book is open: start-up's objects frozen
    settle(app)
    print(f"crmnote-bench rss-opened {status_kb('VmRSS')}", flush=True)
    probe = StallProbe()
    panel = window.customer_list

    profiles = os.environ.get("CRMNOTE_BENCH_PROFILE")  # a folder: one cProfile per step

    def step(name: str, action: Callable[[], Any]) -> None:
        profile = cProfile.Profile() if profiles else None
        started = time.perf_counter()
        probe.start()
        if profile is not None:
            profile.enable()  # the GUI thread only: what stalls the window
        action()
        settle(app)
        if profile is not None:
            profile.disable()
            profile.dump_stats(str(Path(profiles) / f"{slug(name)}.prof"))
        stall = probe.stop()
        took = time.perf_counter() - started - SETTLE_S
        key = slug(name)
        print(f"crmnote-bench stall-{key} {stall * 1000:.1f}", flush=True)
        print(f"crmnote-bench took-{key} {max(0.0, took) * 1000:.1f}", flush=True)
        print(f"crmnote-bench rss-{key} {status_kb('VmRSS')}", flush=True)

    def scroll() -> None:
        for _ in range(10):  # each next page is read on a worker: wait for it, as a user does
            panel.view.scrollToBottom()
            settle(app)

    def open_customers() -> None:
        for cid in customers:  # the scores arrive from their worker, as in the app
            window.open_customer(int(cid))
            settle(app)

    def type_filter() -> None:
        for text in ("b", "be", "ben", "bench"):
            panel.search.setText(text)
            panel.apply_filters()
            settle(app)
        panel.search.setText("")
        panel.apply_filters()

    def settings_save() -> None:
        dialog = window.screens.settings()
        dialog.due_soon.setValue(dialog.due_soon.value() + 1)
        dialog.business_name.setText("Bench Trading")
        dialog.accept()

    def export() -> None:
        dialog = window.files.export()
        dialog.format.setCurrentIndex(2)  # the customer list as CSV
        dialog.path.setText(str(Path(export_dir) / "customers.csv"))
        dialog.export()  # on a worker: the step settles when the file is written

    header = panel.view.horizontalHeader()
    step("scroll the list", scroll)
    step("open a customer", lambda: window.open_customer(int(customers[0])))
    step("open ten customers", open_customers)
    step("filter as you type", type_filter)
    down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    step("sort by difficulty", lambda: header.setSortIndicator(Column.DIFFICULTY, down))
    step("sort by trust", lambda: header.setSortIndicator(Column.TRUST, up))
    step("Today", window.show_today)
    step("map", window.screens.customer_map)
    step("staff report", window.screens.staff_report)
    step("Insights", window.screens.insights)
    step("cost ranking", window.screens.cost_ranking)
    step("standards", window.screens.standards)
    step("settings save", settings_save)
    step("export", export)
    step("backup", window.files.backup_now)
    print(f"crmnote-bench rows {panel.model.rowCount()}", flush=True)
    print(f"crmnote-bench rss {status_kb('VmRSS')}", flush=True)
    print(f"crmnote-bench hwm {status_kb('VmHWM')}", flush=True)
    window.screens.close()
    window.close()
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
