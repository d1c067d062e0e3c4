"""Undo and redo of create, edit and delete through the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from crmnote.domain.errors import NotFoundError
from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.editing import Editing


def make(services: Services) -> tuple[Editing, Bus, QUndoStack]:
    bus, stack = Bus(), QUndoStack()
    return Editing(services, bus, stack, None), bus, stack


def test_undo_of_a_delete_restores_the_record(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed, bus, stack = make(services)
    promise = seeded["promise"]
    with qtbot.waitSignal(bus.changed):
        assert ed.delete("promise", promise.id, confirm=False)
    assert services.records.list("promise", seeded["ann"].id) == []
    with qtbot.waitSignal(bus.changed) as blocker:
        stack.undo()
    assert ("promise", promise.id) in blocker.args[0].records
    assert services.records.get("promise", promise.id) == promise
    stack.redo()
    assert services.records.list("promise", seeded["ann"].id) == []


def test_undo_of_a_customer_delete_brings_back_their_records(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed, _bus, stack = make(services)
    ann = seeded["ann"]
    ed.delete("customer", ann.id, confirm=False)
    assert services.customers.count() == 2
    stack.undo()
    assert services.records.get("customer", ann.id) == ann
    for kind in ("interaction", "promise", "claim", "request", "money"):
        assert services.records.get(kind, seeded[kind].id) == seeded[kind]


def test_undo_and_redo_of_an_add_and_an_edit(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed, _bus, stack = make(services)
    effort = ed.add("effort", {"minutes": 30, "text": "Rework"}, seeded["bob"].id)
    old = services.records.get("customer", seeded["bob"].id)
    ed.update("customer", old, {"company": "Bakery Ltd"})
    stack.undo()
    assert services.records.get("customer", old.id).company == "Bakery"
    stack.undo()
    try:
        services.records.get("effort", effort.id)
        raise AssertionError("effort should be gone")
    except NotFoundError:
        pass
    stack.redo()
    stack.redo()
    assert services.records.get("effort", effort.id).text == "Rework"
    assert services.records.get("customer", old.id).company == "Bakery Ltd"


def test_an_edit_undoes_after_its_customers_delete_was_undone(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    """Undoing the delete puts the promise back as a new row (another version number than
    the edit left): the edit's undo still finds it as it left it and undoes; a change by
    someone else in between is still refused."""
    ed, _bus, stack = make(services)
    errors: list[str] = []
    ed.failed.connect(errors.append)
    promise = seeded["promise"]
    ed.update("promise", promise, {"text": "Deliver on Friday"})
    ed.delete("customer", seeded["ann"].id, confirm=False)
    stack.undo()  # the customer and the edited promise are back
    assert services.records.get("promise", promise.id).text == "Deliver on Friday"
    stack.undo()  # the edit
    assert errors == [] and services.records.get("promise", promise.id).text == promise.text
    stack.redo()
    current = services.records.get("promise", promise.id)
    services.records.update("promise", promise.id, {"text": "Someone else's wording"})
    assert current.text == "Deliver on Friday"
    stack.undo()
    assert errors and "changed" in errors[-1]
    assert services.records.get("promise", promise.id).text == "Someone else's wording"
