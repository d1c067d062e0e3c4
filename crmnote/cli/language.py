"""The command line speaks the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), with
the same compiled translations as the desktop app (Qt's QTranslator over QtCore, no display).

Qt is loaded only when the language is not English: `crmnote log` in an English terminal
costs nothing more. Commands that make a QGuiApplication (PDFs, printing) make it before the
translations are installed (`activate(gui=True)`).
"""

from __future__ import annotations

import os
from typing import Any

_state: dict[str, Any] = {"languages": None, "installed": False, "keep": []}


def languages(environ: dict[str, str] | None = None) -> list[str]:
    """The user's languages in order, as gettext reads them: LANGUAGE (a colon list, only
    when a locale is set), then LC_ALL, LC_MESSAGES, LANG; "C" and "POSIX" mean English."""
    env = os.environ if environ is None else environ
    locale = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    chosen = [locale] if locale else []
    if env.get("LANGUAGE") and locale not in ("C", "POSIX", ""):
        chosen = env["LANGUAGE"].split(":") + chosen
    out = []
    for item in chosen:
        name = item.split(".")[0].split("@")[0]
        if name and name not in ("C", "POSIX") and name not in out:
            out.append(name)
    return out


def _english(names: list[str]) -> bool:
    return not names or names[0].split("_")[0] == "en"


def activate(*, gui: bool = False) -> bool:
    """Install the translations for the user's languages (once); True when not English."""
    names = languages()
    if _english(names) or _state["installed"]:
        return bool(_state["installed"])
    from PySide6.QtCore import QCoreApplication, QLocale

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication(["crmnote"])
        else:
            app = QCoreApplication(["crmnote"])
        _state["keep"].append(app)  # lives as long as the command
    from crmnote.ui.resources import install_translations

    locale = QLocale(names[0])
    QLocale.setDefault(locale)  # numbers and dates in the reports follow it
    _state["keep"] += install_translations(app, locale)
    _state["installed"] = True
    return True


def tr(context: str, text: str, n: int = -1) -> str:
    """`text` in the user's language (`%n` filled in with `n`); English without Qt."""
    if activate():
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text, None, n)
    if n >= 0:
        return english_plural(text, n)
    return text


def english_plural(text: str, n: int) -> str:
    """ "%n promise(s)" for n: "1 promise", "3 promises" (the English source's own rule)."""
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def sentence(text: str) -> str:
    """A sentence the domain built (a `Reason`: a rule's refusal, advice) in the user's
    language; plain text and English need no Qt."""
    if not activate():
        return str(text)
    from crmnote import messages

    return messages.text(text)


def figure(value: Any, spec: str = "") -> str:
    """A number (an int, a float, a Decimal) as `format(value, spec)` writes it (`10.2f`,
    `>6`: a table's column), in the locale's digits when the language is not English."""
    if not activate():
        return format(value, spec)
    from crmnote.messages import number

    return number(value, spec.lstrip(">"))
