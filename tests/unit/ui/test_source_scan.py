"""PySide6's check of each imported module, made without keeping the module's source."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import crmnote.ui  # noqa: F401  (installs the check)
from crmnote.ui.source_scan import uses_pyside


def test_imported_modules_get_pyside_s_answer_and_leave_no_source_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = importlib.import_module("PySide6.support.feature")
    assert feature._mod_uses_pyside is uses_pyside
    (tmp_path / "scan_with_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "scan_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("scan_with_qt", "scan_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # through builtins.__import__, which PySide6 replaced
        monkeypatch.delitem(sys.modules, name)
    chosen = feature.pyside_feature_dict
    assert chosen.pop("scan_with_qt") == 0  # takes part in feature switching
    assert chosen.pop("scan_plain") == -1  # left alone
    assert not any(str(tmp_path) in path for path in linecache.cache)


def test_modules_without_a_source_file_do_not_use_pyside() -> None:
    assert uses_pyside(sys) is False  # built in
    assert uses_pyside(importlib.import_module("PySide6.QtCore")) is False  # an extension
    assert uses_pyside(importlib.import_module("crmnote.ui.background")) is True
    assert uses_pyside(importlib.import_module("crmnote.domain.money")) is False
