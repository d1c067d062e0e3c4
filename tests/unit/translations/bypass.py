"""Finding user-visible text that skips translation: string literals (or f-strings) handed
straight to a Qt text setter or widget constructor in the widget code."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

# Methods and constructors whose text argument a person reads (index of that argument).
SETTERS = {
    "setText": 0,
    "setWindowTitle": 0,
    "setToolTip": 0,
    "setStatusTip": 0,
    "setWhatsThis": 0,
    "setPlaceholderText": 0,
    "setTitle": 0,
    "setSubTitle": 0,
    "addTab": 1,
    "setTabText": 1,
    "addItem": 0,
    "addItems": 0,
    "showMessage": 0,
    "setButtonText": 1,
    "setHorizontalHeaderLabels": 0,
    "setHeaderLabels": 0,
    "setLabelText": 0,
    "setFormat": 0,
    "setAccessibleName": 0,
    "addRow": 0,
    "setSpecialValueText": 0,
    "setSuffix": 0,
    "setPrefix": 0,
}
WIDGETS = {
    "QLabel": 0,
    "QPushButton": 0,
    "QCheckBox": 0,
    "QRadioButton": 0,
    "QGroupBox": 0,
    "QAction": 1,
    "QToolButton": 0,
}
BOXES = {"information", "warning", "question", "critical"}  # QMessageBox.x(parent, title, text)


def _letters(text: str) -> bool:
    """Letters outside HTML markup (`<a href="open">` around a translated text is no word)."""
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>", "", text))


def _words(node: ast.expr) -> bool:
    """A literal or f-string holding at least one word of letters (not "—", "▶", " · ")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _letters(node.value)
    if isinstance(node, ast.JoinedStr):
        parts = [str(v.value) if isinstance(v, ast.Constant) else "\0" for v in node.values]
        return _letters("".join(parts).replace("\0", " "))
    if isinstance(node, ast.List | ast.Tuple):
        return any(_words(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def bypasses(root: Path, folders: tuple[str, ...] = ("crmnote/ui",)) -> Iterator[str]:
    """`path:line: call(...)` for every literal sentence shown without translation."""
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            if "generated" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                index = SETTERS.get(name, WIDGETS.get(name))
                if name in BOXES and isinstance(node.func, ast.Attribute):
                    index = 2 if _name(node.func.value) == "QMessageBox" else None
                    args = node.args[1:3]
                    if index is not None and any(_words(a) for a in args):
                        where = path.relative_to(root)
                        yield f"{where}:{node.lineno}: {name}(…)"
                    continue
                if index is None or len(node.args) <= index:
                    continue
                if _words(node.args[index]):
                    shown = ast.unparse(node.args[index])[:60]
                    yield f"{path.relative_to(root)}:{node.lineno}: {name}({shown})"


# The errors a person is told (crmnote.domain.errors and storage's own kinds of them): their
# sentence is a `Reason` (crmnote/domain/reasons.py), never English text built on the spot.
BUILTIN_ERRORS = {"TypeError", "ValueError", "RuntimeError", "KeyError", "AssertionError"}
TEXT_ARG = {"ValidationError": 1}  # ValidationError(field, sentence)


def _is_error(func: ast.expr) -> bool:
    name = _name(func)
    return name.endswith("Error") and name not in BUILTIN_ERRORS


def _text(node: ast.expr) -> bool:
    """English built on the spot: a worded literal, an f-string, `"…".format(…)`, or a
    concatenation with a literal (`found.describe(p) + "; it was left as it is"`)."""
    if isinstance(node, ast.Constant | ast.JoinedStr):
        return _words(node)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _text(node.left) or _text(node.right)
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return isinstance(node.func, ast.Attribute) and _text(node.func.value)
    return False


def english_errors(root: Path, folders: tuple[str, ...] = ("crmnote/storage",)) -> Iterator[str]:
    """`path:line: Error(...)` for every error made (raised or returned) with English text
    built on the spot instead of a message id (`say`, `Reason`: crmnote/domain/reasons.py)."""
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and _is_error(node.func)):
                    continue
                index = TEXT_ARG.get(_name(node.func), 0)
                if len(node.args) > index and _text(node.args[index]):
                    shown = ast.unparse(node.args[index])[:60]
                    yield f"{path.relative_to(root)}:{node.lineno}: {_name(node.func)}({shown})"


# What the command line writes for a person: `print(...)`, `sys.stdout.write(...)` (any
# `.write` on stdout, stderr or a progress line's `_out`), a prompt (`getpass`, `input`) and
# its own `fail(...)` / `warn(...)` lines (crmnote/cli/failures.py).
OUTPUTS = {"print", "getpass", "input", "fail", "warn"}
STREAMS = ("stdout", "stderr", "_out", "out")
# The frame of a line on stderr stays the same in every language, as argparse's own does, so
# scripts and `grep` find it: `crmnote: error: …`, `crmnote: warning: …` (docs/cli.md); so do
# the names of things: the program, a checksum's algorithm (`sha256 …`).
FRAME = re.compile(r"\b(crmnote|error|warning|sha256)\b")


def _said(node: ast.expr) -> bool:
    """English built on the spot (as `_text`), the program's name and its frame words aside."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _letters(FRAME.sub("", node.value))
    if isinstance(node, ast.JoinedStr):
        parts = [str(v.value) if isinstance(v, ast.Constant) else " " for v in node.values]
        return _letters(FRAME.sub("", "".join(parts)))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _said(node.left) or _said(node.right)
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return isinstance(node.func, ast.Attribute) and _said(node.func.value)
    if isinstance(node, ast.IfExp):
        return _said(node.body) or _said(node.orelse)
    return False


def _output(node: ast.Call) -> bool:
    name = _name(node.func)
    if name == "write" and isinstance(node.func, ast.Attribute):
        return ast.unparse(node.func.value).endswith(STREAMS)
    return name in OUTPUTS


def english_output(root: Path, folders: tuple[str, ...] = ("crmnote/cli",)) -> Iterator[str]:
    """`path:line: print(...)` for every line the command line writes with English built on
    the spot (a worded literal, an f-string, `"…".format(…)`) instead of a translated
    sentence (`language.tr`, `language.sentence(say(…))`)."""
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and _output(node)):
                    continue
                if any(_said(arg) for arg in node.args):
                    shown = ast.unparse(node.args[0])[:60] if node.args else ""
                    yield f"{path.relative_to(root)}:{node.lineno}: {_name(node.func)}({shown})"
