"""The baseline of the start-up and memory benchmarks: a bare PySide6 `QMainWindow`, nothing else.

Run as a script (`python bench/bare_window.py [--rss]`). Prints `crmnote-bench first-paint T`
(T = time.monotonic(), comparable across processes) once the first paint of the window is
done, as crmnote does under CRMNOTE_BENCH_EXIT_ON_PAINT=1, then quits; with --rss it prints
`crmnote-bench rss KB` (VmRSS) at that moment instead of quitting at once.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for text in f:
            if text.startswith("VmRSS:"):
                return int(text.split()[1])
    return 0


class FirstPaint(QObject):
    def __init__(self, app: QApplication, rss: bool) -> None:
        super().__init__()
        self.app, self.rss, self.seen = app, rss, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.done)  # after the whole window has painted
        return False

    def done(self) -> None:
        print(f"crmnote-bench first-paint {time.monotonic():.6f}", flush=True)
        if self.rss:
            print(f"crmnote-bench rss {rss_kb()}", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)
    probe = FirstPaint(app, "--rss" in sys.argv)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
