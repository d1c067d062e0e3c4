"""What a screen reader and a keyboard user need of every widget: a name, and a way in.

`unnamed(root)` lists the interactive widgets under `root` that assistive technology (Qt's
accessibility over AT-SPI on Linux) would announce without a name; `name_views(root)` gives the
usual culprits — lists and tables, which have no text of their own — a name from their object
name's meaning set where they are made. Tests walk every screen with `unnamed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAccessible, QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads: the accessible name, else what Qt derives from
    the widget's text, its label (a QLabel whose buddy it is) or its tooltip."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def _inside_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside another widget (a spin box's line edit, a combo's popup list,
    a scroll bar): the outer widget carries the name."""
    if isinstance(widget, QHeaderView):  # its sections are announced as the view's columns
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if not _inside_composite(w) and not isinstance(w, QAbstractSlider)]


def describe(widget: QWidget) -> str:
    path = []
    w: QWidget | None = widget
    while w is not None:
        path.append(f"{type(w).__name__}({w.objectName()!r})")
        w = w.parentWidget()
    return " < ".join(path[:4])


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under `root` with no accessible name, described for a test's message."""
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w)]


def unreachable(root: QWidget) -> list[str]:
    """Enabled interactive widgets the Tab key never reaches (tool bar buttons excepted: their
    actions are in the menus, with shortcuts)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    out = []
    for w in interactive_widgets(root):
        if isinstance(w.parentWidget(), QToolBar) or isinstance(w, QTabBar):
            continue
        if w.isEnabled() and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            out.append(describe(w))
    return out


def _clean(label: str) -> str:
    """A label's text as a name: no accelerator marks, no trailing colon."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":：").strip()


def _inside(item: QLayoutItem | None) -> list[QWidget]:
    """The interactive widgets a layout item holds (a widget, or a layout of widgets)."""
    if item is None:
        return []
    widget = item.widget()
    if widget is not None:
        return interactive_widgets(widget)
    layout = item.layout()
    out: list[QWidget] = []
    if layout is not None:
        for i in range(layout.count()):
            out += _inside(layout.itemAt(i))
    return out


def _give(widgets: list[QWidget], label: QWidget | None) -> None:
    if not isinstance(label, QLabel) or not label.text().strip():
        return
    for w in widgets:
        if not accessible_name(w):
            w.setAccessibleName(_clean(label.text()))


def name_fields(root: QWidget) -> None:
    """Name the unnamed fields under `root` after the labels beside them: a form row's label
    names the widgets of its field; a label in a row of widgets names the widget after it."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            _give(_inside(field), label.widget() if label is not None else None)
    for box in root.findChildren(QBoxLayout):
        for i in range(box.count() - 1):
            first = box.itemAt(i)
            _give(_inside(box.itemAt(i + 1)), first.widget() if first is not None else None)


class AccessibleNames(QObject):
    """Every window has its fields named after their labels (name_fields) when it is shown,
    so no form needs to repeat its labels.

    It watches windows, not the application: an event filter on the application would send
    every event of every object through Python (~20 µs each, thousands a second). A window
    is met when it first becomes the focus window (`QGuiApplication.focusWindowChanged`,
    before a screen reader asks it anything) and named then; from then on a filter on that
    window alone names it again at each Show (its own events only, not its children's).
    """

    PROPERTY = "crmnote_named_on_show"

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._focused)

    def _focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() == window:
                self.watch(widget)
                return

    def watch(self, widget: QWidget) -> None:
        """Name `widget`'s fields now and whenever it is shown again."""
        if not widget.property(self.PROPERTY):
            widget.setProperty(self.PROPERTY, True)
            widget.installEventFilter(self)
            name_fields(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_fields(watched)
        return False


def install(app: QCoreApplication) -> None:
    """Once per application (the main window calls it; a second call does nothing)."""
    if isinstance(app, QGuiApplication) and app.findChild(AccessibleNames) is None:
        AccessibleNames(app).setObjectName("accessible_names")
