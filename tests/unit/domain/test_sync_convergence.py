"""Copies that hold the same changes hold the same records, whatever the order they came in.

Three devices with clocks up to a day apart create, edit, close, delete, restore and resolve
while exchanging random subsets of their changes (partitions, out-of-order delivery), then each
receives every change in its own random order: all agree, and no edit is lost silently.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.sync.change import Change, Op
from crmnote.domain.sync.merge import merge
from tests.unit.domain.sync_devices import Device, fake_uuid

DAY = 86_400_000
T = 1_800_000_000_000
FIELDS = ("name", "text", "status")
VALUES = ("a", "b", "c", "open", "kept", "broken")

step = st.tuples(
    st.sampled_from(["create", "edit", "edit", "edit", "delete", "restore", "resolve", "send"]),
    st.integers(0, 2),  # which device acts
    st.integers(0, 2),  # which device receives (send), which record (others)
    st.lists(st.tuples(st.sampled_from(FIELDS), st.sampled_from(VALUES)), min_size=1, max_size=2),
    st.randoms(use_true_random=False),
)


def _act(devices: list[Device], records: list[tuple[str, str]], s: tuple, now: int) -> None:  # type: ignore[type-arg]
    what, who, other, values, rnd = s
    me = devices[who]
    if what == "create" or not records:
        kind = rnd.choice(["customer", "promise"])
        records.append((fake_uuid(), kind))
        me.make(records[-1][0], Op.CREATE, now, kind=kind, new={"name": "n", "status": "open"})
        return
    if what == "send":
        mine = list(me.changes.values())
        sample = mine if rnd.random() < 0.5 else rnd.sample(mine, k=rnd.randint(0, len(mine)))
        devices[other].receive_all(sample, now)
        return
    record, kind = records[other % min(2, len(records))]  # few records: more collisions
    current = me.record(record)
    if current is None:
        return  # this device has not heard of the record yet
    if what == "edit" and not current.deleted:
        me.make(record, Op.UPDATE, now, kind=kind, new=dict(values))
    elif what == "delete" and not current.deleted:
        me.make(record, Op.DELETE, now, kind=kind)
    elif what == "restore" and current.deleted:
        me.make(record, Op.RESTORE, now, kind=kind, new=dict(current.values))
    elif what == "resolve" and current.open_conflicts:
        me.make(record, Op.RESOLVE, now, kind=kind, resolves=[current.open_conflicts[0].id])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(step, min_size=1, max_size=40),
    st.tuples(*[st.integers(-DAY, DAY)] * 3),
    st.randoms(use_true_random=False),
)
def test_every_copy_ends_with_the_same_records_and_conflicts(steps, skews, rnd) -> None:  # type: ignore[no-untyped-def]
    devices = [Device(name, skew) for name, skew in zip("abc", skews, strict=True)]
    records: list[tuple[str, str]] = []
    now = T
    for s in steps:
        now += rnd.randint(0, 3_600_000)
        _act(devices, records, s, now)
    everything = {c.change_uuid: c for d in devices for c in d.changes.values()}
    for d in devices:
        order = list(everything.values())
        rnd.shuffle(order)
        d.receive_all(order + order[: len(order) // 3], now)  # some twice: no effect
    first = devices[0].records()
    assert all(d.records() == first for d in devices[1:])
    for record_uuid, merged in first.items():
        changes = [c for c in everything.values() if c.record_uuid == record_uuid]
        again = changes + changes[::2]  # a change met twice counts once
        rnd.shuffle(again)
        assert merge(again) == merged
        _nothing_lost_silently(changes, merged)


def _nothing_lost_silently(changes: list[Change], merged) -> None:  # type: ignore[no-untyped-def]
    """Every value written is the record's value, or was overwritten by someone who had seen it,
    or is listed as a conflict."""
    listed = {(c.loser.change_uuid, c.field) for c in merged.conflicts}
    by_id = {c.change_uuid: c for c in changes}

    def knew(later: Change, earlier: str) -> bool:
        todo, seen = list(later.parents), set()
        while todo:
            p = todo.pop()
            if p == earlier:
                return True
            if p not in seen and p in by_id:
                seen.add(p)
                todo.extend(by_id[p].parents)
        return False

    for c in changes:
        if not c.writes:
            continue
        for name, value in c.fields.items():
            if merged.values.get(name) == value.new or (c.change_uuid, name) in listed:
                continue
            assert any(name in w.fields and w.writes and knew(w, c.change_uuid) for w in changes), (
                f"{name}={value.new!r} of {c.change_uuid} vanished"
            )
    deletes = [c for c in changes if c.op is Op.DELETE]
    if deletes and not merged.deleted:
        assert any(
            (d.change_uuid, None) in listed
            or any(r.op is Op.RESTORE and knew(r, d.change_uuid) for r in changes)
            for d in deletes
        )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIELDS), st.sampled_from(VALUES)), max_size=25))
def test_one_device_editing_alone_never_conflicts(edits) -> None:  # type: ignore[no-untyped-def]
    me = Device("solo")
    record = fake_uuid()
    me.make(record, Op.CREATE, T, kind="promise", new={"name": "n", "status": "open"})
    for i, (name, value) in enumerate(edits):
        me.make(record, Op.UPDATE, T + i, kind="promise", new={name: value})
    merged = me.record(record)
    assert merged is not None and merged.conflicts == ()
    assert all(name in merged.values for name, _value in edits)
    if edits:
        last = {name: value for name, value in edits}
        assert all(merged.values[k] == v for k, v in last.items())
