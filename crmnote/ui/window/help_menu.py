"""The Help menu's windows, made when first asked for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def about(parent: QWidget) -> None:
    from crmnote.ui.dialogs.about import show_about

    show_about(parent)


def user_guide(parent: QWidget) -> None:
    from crmnote.ui.dialogs.help import show_user_guide

    show_user_guide(parent)


def shortcuts(registry: Any, parent: QWidget) -> None:
    from crmnote.ui.dialogs.help import show_shortcuts

    show_shortcuts(registry, parent)
