"""The merge rules, one example each: field by field, later wins, losers kept, domain rules."""

from __future__ import annotations

import pytest

from crmnote.domain.sync.change import Change, FieldChange, Op, diff_fields
from crmnote.domain.sync.hlc import Hlc
from crmnote.domain.sync.merge import Reason, merge
from tests.unit.domain.sync_devices import Device, fake_uuid

HOUR = 3_600_000
T = 1_800_000_000_000


def _shared(kind: str = "customer", **values: object) -> tuple[Device, Device, str]:
    """Two devices that both hold one record created on the first."""
    a, b = Device("a"), Device("b")
    record = fake_uuid()
    created = a.make(record, Op.CREATE, T, kind=kind, new=dict(values))
    b.receive(created, T)
    return a, b, record


def _exchange(a: Device, b: Device, now: int) -> None:
    a_had = list(a.changes.values())
    a.receive_all(list(b.changes.values()), now)
    b.receive_all(a_had, now)


def test_edits_of_different_fields_both_apply_without_conflict() -> None:
    a, b, r = _shared(name="Fjord Bikes", phone="1", notes="")
    a.make(r, Op.UPDATE, T + HOUR, new={"phone": "2"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"notes": "prefers email"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged == b.record(r)
    assert merged.values == {"name": "Fjord Bikes", "phone": "2", "notes": "prefers email"}
    assert merged.conflicts == ()


def test_the_same_field_the_later_wins_and_the_other_is_a_conflict() -> None:
    a, b, r = _shared(name="Fjord Bikes", phone="1")
    early = a.make(r, Op.UPDATE, T + HOUR, new={"phone": "2"})
    late = b.make(r, Op.UPDATE, T + 2 * HOUR, new={"phone": "3"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged == b.record(r)
    assert merged.values["phone"] == "3"
    (conflict,) = merged.conflicts
    assert (conflict.field, conflict.reason) == ("phone", Reason.SAME_FIELD)
    assert (conflict.loser, conflict.loser_value) == (early, "2")
    assert (conflict.winner, conflict.winner_value) == (late, "3")
    assert conflict.id == f"{early.change_uuid}:phone"


def test_an_edit_made_after_seeing_another_is_no_conflict() -> None:
    a, b, r = _shared(name="Fjord Bikes")
    b.receive(a.make(r, Op.UPDATE, T + HOUR, new={"name": "Fjord Bikes AS"}), T + HOUR)
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"name": "Fjord Bikes ASA"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged.values["name"] == "Fjord Bikes ASA"
    assert merged.conflicts == ()


def test_the_same_value_on_both_sides_is_no_conflict() -> None:
    a, b, r = _shared(status="active")
    a.make(r, Op.UPDATE, T + HOUR, new={"status": "watch"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"status": "watch"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged.conflicts == ()


def test_an_old_offline_edit_arriving_late_loses_but_is_listed() -> None:
    a, b, r = _shared(name="X")
    c = Device("c")
    c.receive_all(a.changes.values(), T)
    offline = c.make(r, Op.UPDATE, T + HOUR, new={"name": "from the train"})
    b.receive(a.make(r, Op.UPDATE, T + 2 * HOUR, new={"name": "Y"}), T + 2 * HOUR)
    b.make(r, Op.UPDATE, T + 3 * HOUR, new={"name": "Z"})  # knew Y, not the train's edit
    b.receive_all(list(c.changes.values()), T + 9 * HOUR)
    merged = b.record(r)
    assert merged is not None and merged.values["name"] == "Z"
    assert [(x.loser, x.reason) for x in merged.conflicts] == [(offline, Reason.SAME_FIELD)]


def test_a_closed_promise_beats_a_later_edit_of_its_wording() -> None:
    a, b, r = _shared("promise", text="deliver 20 helmets", status="open", evidence="")
    a.make(r, Op.UPDATE, T + HOUR, kind="promise", new={"status": "kept", "evidence": "DN-7"})
    edit = b.make(r, Op.UPDATE, T + 2 * HOUR, kind="promise", new={"text": "deliver 30"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged == b.record(r)
    assert merged.values["text"] == "deliver 20 helmets"
    assert merged.values["status"] == "kept"
    (conflict,) = merged.conflicts
    assert (conflict.loser, conflict.reason, conflict.loser_value) == (
        edit,
        Reason.PROMISE_CLOSED,
        "deliver 30",
    )


def test_a_closed_promise_can_still_be_reworded_by_someone_who_saw_it_closed() -> None:
    a, b, r = _shared("promise", text="deliver 20 helmets", status="open")
    b.receive(a.make(r, Op.UPDATE, T + HOUR, kind="promise", new={"status": "broken"}), T + HOUR)
    b.make(r, Op.UPDATE, T + 2 * HOUR, kind="promise", new={"text": "deliver 20 red helmets"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged.values["text"] == "deliver 20 red helmets"
    assert merged.conflicts == ()


def test_the_wording_rule_is_for_promises_only() -> None:
    a, b, r = _shared("claim", text="late", verdict="pending")
    a.make(r, Op.UPDATE, T + HOUR, kind="claim", new={"status": "kept"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, kind="claim", new={"text": "very late"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged.values["text"] == "very late"


def test_an_edit_beats_a_concurrent_delete_and_the_delete_is_reported() -> None:
    a, b, r = _shared(name="Fjord Bikes", phone="1")
    delete = a.make(r, Op.DELETE, T + 2 * HOUR)
    b.make(r, Op.UPDATE, T + HOUR, new={"phone": "2"})  # earlier, but unseen by the delete
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None and merged == b.record(r)
    assert not merged.deleted
    assert merged.values == {"name": "Fjord Bikes", "phone": "2"}
    (conflict,) = merged.conflicts
    assert (conflict.loser, conflict.reason, conflict.field) == (delete, Reason.DELETE_UNDONE, None)


def test_a_delete_that_knew_every_edit_deletes() -> None:
    a, b, r = _shared(name="Fjord Bikes")
    a.receive(b.make(r, Op.UPDATE, T + HOUR, new={"name": "F"}), T + HOUR)
    a.make(r, Op.DELETE, T + 2 * HOUR)
    _exchange(a, b, T + 3 * HOUR)
    merged = b.record(r)
    assert merged is not None and merged.deleted and merged.conflicts == ()


def test_a_restore_after_a_delete_brings_the_record_back_quietly() -> None:
    a, _b, r = _shared(name="Fjord Bikes")
    a.make(r, Op.DELETE, T + HOUR)
    a.make(r, Op.RESTORE, T + 2 * HOUR, new={"name": "Fjord Bikes"})
    merged = a.record(r)
    assert merged is not None and not merged.deleted and merged.conflicts == ()


def test_a_resolve_settles_the_conflict_on_every_copy() -> None:
    a, b, r = _shared(name="A")
    a.make(r, Op.UPDATE, T + HOUR, new={"name": "B"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"name": "C"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None
    (conflict,) = merged.open_conflicts
    a.make(r, Op.RESOLVE, T + 4 * HOUR, resolves=[conflict.id])
    _exchange(a, b, T + 5 * HOUR)
    for device in (a, b):
        after = device.record(r)
        assert after is not None and after.open_conflicts == ()
        assert [c.resolved for c in after.conflicts] == [True]


def test_restoring_a_lost_value_is_an_ordinary_later_edit() -> None:
    a, b, r = _shared(name="A")
    a.make(r, Op.UPDATE, T + HOUR, new={"name": "B"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"name": "C"})
    _exchange(a, b, T + 3 * HOUR)
    merged = a.record(r)
    assert merged is not None
    (conflict,) = merged.conflicts
    a.make(r, Op.UPDATE, T + 4 * HOUR, new={"name": conflict.loser_value}, resolves=[conflict.id])
    _exchange(a, b, T + 5 * HOUR)
    after = b.record(r)
    assert after is not None and after.values["name"] == "B" and after.open_conflicts == ()


def test_duplicates_and_order_do_not_matter() -> None:
    a, b, r = _shared(name="A", phone="1")
    a.make(r, Op.UPDATE, T + HOUR, new={"name": "B"})
    b.make(r, Op.UPDATE, T + 2 * HOUR, new={"name": "C", "phone": "2"})
    _exchange(a, b, T + 3 * HOUR)
    changes = a.of(r)
    assert merge(changes) == merge(list(reversed(changes)) + changes)


def test_merge_takes_one_record_only() -> None:
    a, _b, r = _shared(name="A")
    other = a.make(fake_uuid(), Op.CREATE, T, new={"name": "B"})
    with pytest.raises(ValueError, match="one record"):
        merge([*a.of(r), other])


def test_change_values_travel_as_json_and_come_back_equal() -> None:
    a, _b, r = _shared(name="A")
    change = a.make(r, Op.UPDATE, T + HOUR, new={"name": "B", "tags": ["x"]})
    assert Change.from_json(change.to_json()) == change


@pytest.mark.parametrize(
    "damage",
    [{"op": "explode"}, {"hlc": "yesterday"}, {"record": "7"}, {"fields": {"a": 1}}, {"kind": ""}],
)
def test_a_damaged_change_is_refused(damage: dict[str, object]) -> None:
    a, _b, r = _shared(name="A")
    data = a.make(r, Op.UPDATE, T + HOUR, new={"name": "B"}).to_json() | damage
    with pytest.raises(ValueError):
        Change.from_json(data)


def test_a_change_checks_its_own_shape() -> None:
    stamp = Hlc(1, 0, "a")
    with pytest.raises(ValueError, match="at least one field"):
        Change(fake_uuid(), fake_uuid(), "customer", Op.UPDATE, stamp, "a")
    with pytest.raises(ValueError, match="no field values"):
        Change(
            fake_uuid(),
            fake_uuid(),
            "customer",
            Op.RESOLVE,
            stamp,
            "a",
            fields={"a": FieldChange(1, 2)},
        )


def test_diff_fields_lists_what_differs() -> None:
    assert diff_fields({"a": 1, "b": 2}, {"a": 1, "b": 3}) == {"b": FieldChange(2, 3)}
    assert diff_fields(None, {"a": 1}) == {"a": FieldChange(None, 1)}
    assert diff_fields({"a": 1}, None) == {"a": FieldChange(1, None)}


def test_a_deleted_record_others_need_stays_and_the_delete_is_reported() -> None:
    a, b, r = _shared(name="Fjord Bikes")
    gone = b.make(r, Op.DELETE, T + HOUR)
    a.receive(gone, T + 2 * HOUR)
    assert a.of(r) and merge(a.of(r)).deleted
    kept = merge(a.of(r), needed=True)
    assert not kept.deleted and kept.values == {"name": "Fjord Bikes"}
    (conflict,) = kept.conflicts
    assert conflict.reason is Reason.KEPT_FOR_RECORDS
    assert (conflict.loser, conflict.field) == (gone, None)
    assert conflict.id == f"{gone.change_uuid}:*"


@pytest.mark.parametrize("op", [Op.CREATE, Op.UPDATE, Op.RESTORE])
def test_a_records_only_change_merges_as_any_history_would(op: Op) -> None:
    """The short way for a record's one writing change (a sync batch's new calls) gives what
    the whole algorithm gives, field order included."""
    from crmnote.domain.sync.merge import _alone, _merge_all

    change = Change(
        change_uuid=fake_uuid(),
        record_uuid=fake_uuid(),
        kind="promise",
        op=op,
        hlc=Hlc(T, 0, "a"),
        device="a",
        fields={
            "what": FieldChange(None, "call back"),
            "status": FieldChange(None, "open"),
            "due": FieldChange(None, "2030-01-02"),
        },
        parents=frozenset({fake_uuid()}),
        resolves=frozenset({"x:what"}),
    )
    whole = _merge_all([change], needed=False)
    assert _alone(change) == whole and merge([change]) == whole
    assert list(merge([change]).values) == list(whole.values) == ["due", "status", "what"]
