"""A locked, full or read-only database keeps the form open with what was typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from crmnote.domain.errors import StorageError
from crmnote.domain.kinds import KINDS
from crmnote.ui.dialogs.record_form import RecordForm


def test_record_form_stays_open_on_a_storage_error(qtbot: Any) -> None:
    def refuse(values: dict[str, Any]) -> None:
        raise StorageError("the disk is full; free some space and try again")

    form = RecordForm(KINDS["customer"], lambda kind: [], refuse)
    qtbot.addWidget(form)
    name = form.editors["name"].widget
    assert isinstance(name, QLineEdit)
    name.setText("Åse Nilsen")
    form.accept()
    assert form.result() == 0  # not accepted
    assert form.general_error.isVisibleTo(form)
    assert "disk is full" in form.general_error.text()
    assert name.text() == "Åse Nilsen"


@pytest.mark.parametrize("kind", ["promise", "interaction"])
def test_forms_of_other_kinds_build(qtbot: Any, kind: str) -> None:
    form = RecordForm(KINDS[kind], lambda ref: [], lambda values: None)
    qtbot.addWidget(form)
    assert list(form.editors) == [f.name for f in KINDS[kind].fields]
    for name, editor in form.editors.items():
        assert editor.widget.objectName() == f"field_{name}"
