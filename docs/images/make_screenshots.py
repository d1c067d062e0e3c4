"""Remake the screenshots in docs/images: every screen, light and dark, at one screen size.

    python docs/images/make_screenshots.py --size 1280x680 [--theme light|dark|both] [--out DIR]

Run it through make_screenshots.sh, which starts a virtual X server of each size (1280×680, a
1366×768 laptop less its panel and title bar, and 1920×1080) so that windows are placed and
sized as on such a screen. Without an X server it falls back to the offscreen platform (whose
screen is small, so secondary windows come out smaller). Each PNG is reduced to a palette of its
own 32 most used colours, which keeps the whole set small. Dialogs, the same size on any screen
that holds them, are made at 1280×680 only.

The book is a fresh demo book (fixed seed) in a temporary folder: nothing of yours is read.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="1280x680", help="window size, e.g. 1920x1080")
    p.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    p.add_argument("--out", type=Path, default=HERE)
    p.add_argument("--customers", type=int, default=400)
    p.add_argument("--only", default="", help="make only the shots whose name contains this")
    return p.parse_args()


def palette(dark: bool) -> Any:
    """Fusion's light palette, or a dark one as a dark desktop theme gives."""
    from PySide6.QtGui import QColor, QPalette

    if not dark:
        from PySide6.QtWidgets import QApplication

        return QApplication.style().standardPalette()
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#f0f0f0"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Highlight, "#3d6fb6"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7fb2ff"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Mid, "#444444"),
        (role.Dark, "#1a1a1a"),
        (role.Light, "#505050"),
    ):
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#777777"))
    return p


COLOURS = 32  # enough for a flat interface and smooth text; the whole set stays near 3.5 MB


def colour_table(image: Any, colours: int = COLOURS) -> list[int]:
    """The colours used most: a flat interface has few, and text edges take the nearest (a
    fixed colour cube would turn a dark theme's greys into one another)."""
    import numpy as np

    rgb = image.convertToFormat(image.Format.Format_RGB32)
    width, height = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.bytesPerLine() // 4 * height)
    pixels = pixels.reshape(height, -1)[:, :width].ravel()
    found, counts = np.unique(pixels, return_counts=True)
    top = found[np.argsort(counts)[::-1][:colours]]
    return [int(c) for c in top]


def save(widget: Any, path: Path) -> None:
    """A grab of the widget as a small PNG: its own most used colours, no dithering."""
    from PySide6.QtCore import Qt

    grabbed = widget.grab().toImage()
    image = grabbed.convertToFormat(grabbed.Format.Format_RGB32)
    small = image.convertToFormat(
        image.Format.Format_Indexed8,
        colour_table(image),
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    small.save(str(path), "PNG", 0)
    print(f"saved {path} ({path.stat().st_size // 1024} KiB)")


def settle(app: Any, rounds: int = 6) -> None:
    """Let pending loads (scores, pages) and paints finish."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.05)
    app.processEvents()


@contextmanager
def book(folder: Path, customers: int) -> Iterator[Any]:
    from crmnote.bootstrap import open_database
    from crmnote.demo.service import DemoService

    opened = open_database(str(folder / "demo.sqlite3"))
    if customers:
        DemoService.beside(opened.services.records).generate(customers=customers, seed=1)
    try:
        yield opened
    finally:
        opened.close()


def richest_customer(services: Any) -> int:
    """A customer whose page shows every tab filled: claims, promises, money and effort."""
    from crmnote.services.customer_list import ListQuery

    best, score = 0, -1
    for row in services.customer_list.page(ListQuery(), 0, 400):
        kinds = [len(services.records.list(k, row.id)) for k in ("claim", "promise", "money")]
        effort = len(services.records.list("effort", row.id))
        value = min(kinds) * 10 + sum(kinds) + (5 if effort else 0)
        if value > score:
            best, score = row.id, value
    return best


class Shots:
    """Names each shot `<screen>-<size>-<theme>.png` and saves it."""

    def __init__(self, app: Any, out: Path, size: str, theme: str, only: str) -> None:
        self.app, self.out, self.size, self.theme, self.only = app, out, size, theme, only

    def wanted(self, name: str) -> bool:
        return self.only in name

    def take(self, name: str, widget: Any, prepare: Callable[[], Any] | None = None) -> None:
        if not self.wanted(name):
            return
        if prepare is not None:
            prepare()
        settle(self.app)
        save(widget, self.out / f"{name}-{self.size}-{self.theme}.png")


def main_window_shots(shots: Shots, opened: Any, size: tuple[int, int], folder: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QDialog

    from crmnote.ui.actions import ActionId
    from crmnote.ui.window.main_window import MainWindow

    services = opened.services
    settings = QSettings(str(folder / f"ui-{shots.theme}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, "demo.sqlite3", settings)
    window.resize(*size)
    window.show()
    settle(shots.app)
    shots.take("today", window, window.show_today)

    cid = richest_customer(services)
    window.open_customer(cid)
    page = window.customer_page
    tabs = {
        "customer-timeline": 0,
        "customer-promises": 1,
        "customer-claims": 2,
        "customer-requests": 3,
        "customer-money": 4,
        "customer-scores": 5,
    }
    for name, index in tabs.items():
        shots.take(name, window, lambda i=index: page.tabs.setCurrentIndex(i))
    page.tabs.setCurrentIndex(0)

    def search() -> None:
        window.search.field.setText("delivery")
        window.search.run()

    shots.take("search", window, search)
    window.search.clear()

    def dialog(name: str, opener: Callable[[], QDialog | None]) -> None:
        # A dialog is the same size on any screen that holds it: made at the small size only.
        if not shots.wanted(name) or size[0] > 1280:
            return
        shown = opener()
        settle(shots.app)
        if shown is not None:
            shots.take(name, shown)
            shown.reject()

    dialog("quick-log", window.quick_log)
    dialog("settings", lambda: _settings_scores(window.screens.settings()))
    promises = services.records.list("promise", cid)
    if promises:
        dialog("edit-promise", lambda: window.editing.edit("promise", promises[0].id))
    dialog("pdf-export", window.files.export_pdf)
    dialog("import", window.files.import_wizard)
    dialog("shortcuts", lambda: _trigger(window, ActionId.SHORTCUTS))
    dialog("user-guide", lambda: _trigger(window, ActionId.USER_GUIDE))

    for name, action in (
        ("staff-report", ActionId.STAFF_REPORT),
        ("customer-map", ActionId.CUSTOMER_MAP),
        ("insights", ActionId.INSIGHTS),
        ("standards", ActionId.STANDARDS),
        ("cost-ranking", ActionId.COST_RANKING),
    ):
        if not shots.wanted(name):
            continue
        window.registry.trigger(action)
        settle(shots.app, 20)
        shown = shots.app.activeWindow()
        target = _newest_window(window, name) or shown
        shots.take(name, target)
        target.close()
    claims = services.records.list("claim", cid)
    if claims and shots.wanted("claim-dossier"):
        dossier = window.screens.claim_dossier(claims[0].id)
        shots.take("claim-dossier", dossier)
        if dossier is not None:
            dossier.close()
    window.close()
    window.deleteLater()
    settle(shots.app)
    del Qt


def _trigger(window: Any, action: Any) -> Any:
    window.registry.trigger(action)
    return _last_dialog(window)


def _settings_scores(dialog: Any) -> Any:
    dialog.tabs.setCurrentIndex(1)
    return dialog


def _last_dialog(window: Any) -> Any:
    from PySide6.QtWidgets import QDialog

    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    return shown[-1] if shown else None


def _newest_window(window: Any, name: str) -> Any:
    screens = window.screens
    return {
        "staff-report": screens.staff,
        "customer-map": screens.map,
        "insights": screens.insights_board,
        "standards": screens.standards_window,
        "cost-ranking": screens.ranking,
    }.get(name)


def start_page_shot(shots: Shots, folder: Path, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSettings

    from crmnote.demo.service import DemoService
    from crmnote.ui.window.main_window import MainWindow

    if not shots.wanted("start-page"):
        return
    empty = folder / "empty"
    empty.mkdir(exist_ok=True)
    with book(empty, 0) as opened:
        settings = QSettings(str(empty / "ui.ini"), QSettings.Format.IniFormat)
        demo = DemoService.beside(opened.services.records)
        window = MainWindow(opened.services, "new.sqlite3", settings, demo=demo)
        window.resize(*size)
        window.show()
        shots.take("start-page", window)
        window.close()


def main() -> int:
    args = parse()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(HERE.parent.parent))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="crmnote-shots-") as tmp:
        folder = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
        )
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("crmnote")
        app.setOrganizationName("crmnote")
        app.setStyle("Fusion")
        from crmnote.ui.resources import app_icon

        app.setWindowIcon(app_icon())
        args.out.mkdir(parents=True, exist_ok=True)
        themes = ("light", "dark") if args.theme == "both" else (args.theme,)
        with book(folder, args.customers) as opened:
            for theme in themes:
                app.setPalette(palette(theme == "dark"))
                shots = Shots(app, args.out, args.size, theme, args.only)
                main_window_shots(shots, opened, (width, height), folder)
                start_page_shot(shots, folder, (width, height))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
