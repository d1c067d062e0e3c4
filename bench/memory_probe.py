"""The memory benchmark's child: the app on a database, used a little, then its resident size.

Run as a script: `python bench/memory_probe.py DB PAGES CUSTOMER_ID…`. Builds the main window
as `app.run_gui` does (open_database → MainWindow), scrolls the customer list PAGES pages down
(each scroll to the bottom makes the model fetch the next page of 200), opens each customer
given (page and scores), then prints `crmnote-bench rss KB`, `crmnote-bench hwm KB` (the peak)
and `crmnote-bench rows N` (customer rows loaded in the list).
"""

from __future__ import annotations

import sys


def status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for text in f:
            if text.startswith(field + ":"):
                return int(text.split()[1])
    return 0


def main() -> int:
    db, pages, *customers = sys.argv[1:]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from crmnote.bootstrap import open_database
    from crmnote.ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("crmnote")
    app.setOrganizationName("crmnote")
    opened = open_database(db)
    window = MainWindow(opened.services, opened.name, QSettings())
    window.show()
    app.processEvents()
    view = window.customer_list.view
    for _ in range(int(pages)):
        view.scrollToBottom()
        app.processEvents()
    for cid in customers:
        window.show_customer(int(cid))
        window.customer_page.load_scores()
        app.processEvents()
    print(f"crmnote-bench rows {window.customer_list.model.rowCount()}", flush=True)
    print(f"crmnote-bench rss {status_kb('VmRSS')}", flush=True)
    print(f"crmnote-bench hwm {status_kb('VmHWM')}", flush=True)
    window.close()
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
