"""Strings pyside6-lupdate cannot see, written out as literal calls it can.

lupdate reads `self.tr("…")`, `QCoreApplication.translate("ctx", "…")` and
`QT_TRANSLATE_NOOP("ctx", "…")` with literal arguments. It misses these kinds of strings:

- calls of the command line's `language.tr("context", "text", n)` (crmnote/cli/language.py),
  which translates without importing Qt in English;
- calls of a module's own wrapper, such as `def _tr(text): return
  QCoreApplication.translate("Editing", text)` called as `_tr("Delete")`, or of an alias such as
  `t = QCoreApplication.translate`: found here by reading each module's syntax tree for functions
  that pass a parameter to `translate` and names bound to it;
- the templates of the domain's sentences, `message("id", "template")` and `say("id",
  "template", …)` calls in crmnote/domain, storage, services, demo, cli, importers, reports and
  bootstrap.py (crmnote/domain/reasons.py), in the "reasons" context (a template holding `%n`
  as a plural);
- names made at run time: field names of the domain's dataclasses (the "fields" context) and
  enum values (the "values" context), as `crmnote.ui.labels` shows them;
- the command line's parser, which argparse wants as plain English literals and crmnote
  translates where it is shown (crmnote/cli/helptext.py): every help text, description and
  epilog line of every command (the "help" context), every metavar that is a word, argparse's
  own made from an option's name included (`--due DUE`: "metavars"), and argparse's messages
  that a person can meet ("argparse"), read from the whole parser as it is built.

`update.py` writes these to `extra_strings.py`, a generated file that only lupdate reads.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

Message = tuple[str, str, bool, str]  # context, source text, plural, where it came from


@dataclasses.dataclass(frozen=True)
class Wrapper:
    """A function that hands one of its parameters to translate() as the text."""

    text: int  # positional index of the text parameter
    context: str | None  # fixed context, or None when the context is a parameter
    context_arg: int = -1
    plural_arg: int = -1


def _translate_call(node: ast.AST) -> ast.Call | None:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            f = sub.func
            name = (
                f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            )
            if name == "translate" and len(sub.args) >= 2:
                return sub
    return None


def _param(node: ast.expr, params: list[str]) -> int:
    """The index of the parameter an argument is (also through `str(param)`), else -1."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        node = node.args[0] if node.args else node
    return params.index(node.id) if isinstance(node, ast.Name) and node.id in params else -1


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _aliases(tree: ast.Module) -> dict[str, Wrapper]:
    """`t = QCoreApplication.translate` (anywhere in the module): `t(context, text, …, n)`."""
    found = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
        ):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id != "translate":
                    found[target.id] = Wrapper(1, None, context_arg=0, plural_arg=3)
    return found


def _wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    constants = _constants(tree)
    found = _aliases(tree)
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        call = _translate_call(node)
        if call is None or (text := _param(call.args[1], params)) < 0:
            continue
        ctx_node = call.args[0]
        plural = _param(call.args[3], params) if len(call.args) > 3 else -1
        if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
            found[node.name] = Wrapper(text, ctx_node.value, plural_arg=plural)
        elif isinstance(ctx_node, ast.Name) and ctx_node.id in constants:
            found[node.name] = Wrapper(text, constants[ctx_node.id], plural_arg=plural)
        elif (ctx := _param(ctx_node, params)) >= 0:
            found[node.name] = Wrapper(text, None, ctx, plural)
    return found


def _literal(args: list[ast.expr], index: int) -> str | None:
    if 0 <= index < len(args):
        arg = args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
    return None


def _is_language_tr(node: ast.AST) -> bool:
    """`language.tr("context", "text"[, n])`: the command line's translation (cli/language.py)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "language"
    )


_SAYERS = (
    "crmnote/domain/",
    "crmnote/storage/",
    "crmnote/services/",
    "crmnote/demo/",
    "crmnote/cli/",
    "crmnote/importers/",
    "crmnote/reports/",
)


def _is_domain_message(node: ast.Call, where: str) -> bool:
    """`message("advice.keep", "Difficulty is …")` or `say("repair.done", "…", …)` in the
    domain, storage, the services, the demo, the CLI, the reports or bootstrap.py: a template of
    a `Reason` (crmnote/domain/reasons.py), translated in the "reasons" context
    (crmnote/messages.py)."""
    return (
        (where.startswith(_SAYERS) or where == "crmnote/bootstrap.py")
        and isinstance(node.func, ast.Name)
        and node.func.id in ("message", "say")
        and _literal(node.args, 0) is not None
    )


def wrapper_messages(root: Path, package: str = "crmnote") -> Iterator[Message]:
    """Literal strings passed to translate() wrappers, module by module."""
    for path in sorted((root / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = _wrappers(tree)
        where = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if _is_language_tr(node):
                assert isinstance(node, ast.Call)
                context, text = _literal(node.args, 0), _literal(node.args, 1)
                if context and text:
                    yield context, text, len(node.args) > 2, f"{where}:{node.lineno}"
                continue
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if _is_domain_message(node, where):
                text = _literal(node.args, 1)
                if text:
                    yield "reasons", text, "%n" in text, f"{where}:{node.lineno}"
                continue
            w = wrappers.get(node.func.id)
            if w is None:
                continue
            text = _literal(node.args, w.text)
            context = w.context if w.context is not None else _literal(node.args, w.context_arg)
            if text and context:
                plural = 0 <= w.plural_arg < len(node.args)
                yield context, text, plural, f"{where}:{node.lineno}"


def runtime_messages() -> Iterator[Message]:
    """Field names and enum values as `crmnote.ui.labels` shows them."""
    from crmnote.domain import entities, types
    from crmnote.ui.labels import humanize

    for _, cls in inspect.getmembers(entities, dataclasses.is_dataclass):
        if cls.__module__ == entities.__name__:
            for f in dataclasses.fields(cls):
                yield "fields", humanize(f.name), False, f"{cls.__name__}.{f.name}"
    for _, enum in inspect.getmembers(types, inspect.isclass):
        if issubclass(enum, Enum) and enum.__module__ == types.__name__:
            for member in enum:
                yield "values", humanize(str(member.value)), False, f"{enum.__name__}.{member.name}"


def parser_messages() -> Iterator[Message]:
    """The command line's --help texts and argparse's words (crmnote/cli/helptext.py)."""
    from crmnote.cli import build_parser
    from crmnote.cli.helptext import ARGPARSE, ARGPARSE_CONTEXT, texts

    for context, text, where in texts(build_parser()):
        yield context, text, False, where
    for text in ARGPARSE:
        yield ARGPARSE_CONTEXT, text, False, "argparse"


HEADER = """\
# Generated by resources/translations/update.py from crmnote/ -- do not edit.
# Strings pyside6-lupdate cannot find in the code itself (see extra.py); never imported.
# ruff: noqa
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STRINGS = (
"""


def _q(text: str) -> str:
    """A double-quoted Python literal (the quoting ruff format keeps)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(messages: list[Message]) -> str:
    """The generated module: one literal call per (context, text), first place it came from."""
    seen: dict[tuple[str, str], tuple[bool, str]] = {}
    for context, text, plural, where in messages:
        old = seen.get((context, text))
        seen[(context, text)] = (plural or (old is not None and old[0]), old[1] if old else where)
    lines = [HEADER]
    for (context, text), (plural, where) in sorted(seen.items()):
        lines.append(f"    # {where}\n")
        if plural:
            lines.append(f"    QCoreApplication.translate({_q(context)}, {_q(text)}, None, 1),\n")
        else:
            lines.append(f"    QT_TRANSLATE_NOOP({_q(context)}, {_q(text)}),\n")
    lines.append(")\n")
    return "".join(lines)
