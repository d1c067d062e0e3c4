"""SIGKILL a process writing through the services, many times: nothing acknowledged is lost."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import Writer, assert_sound, connect_ro

ROUNDS = 18
SEED = 20261123
TABLES = {
    "customer": "customers",
    "interaction": "interactions",
    "promise": "promises",
    "claim": "claims",
}


def present(path: Path, kind: str, ids: list[int]) -> set[int]:
    con = connect_ro(path)
    try:
        found = {int(r[0]) for r in con.execute(f"SELECT id FROM {TABLES[kind]}")}
    finally:
        con.close()
    return found & set(ids)


def assert_whole_customers(path: Path) -> None:
    """Every customer has both emails and both tags: no transaction was cut in half."""
    con = connect_ro(path)
    try:
        torn = con.execute(
            "SELECT c.id FROM customers c WHERE"
            " (SELECT count(*) FROM customer_contacts p WHERE p.customer_id = c.id) != 2"
            " OR (SELECT count(*) FROM customer_tags t WHERE t.customer_id = c.id) != 2"
        ).fetchall()
    finally:
        con.close()
    assert torn == []


@pytest.mark.slow
def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(SEED)
    acknowledged: dict[str, list[int]] = {kind: [] for kind in TABLES}
    kills_while_writing = 0
    for round_no in range(ROUNDS):
        writer = Writer(db, tmp_path / f"ack-{round_no}.log", seed=round_no)
        if round_no % 4 == 3:
            # Now and then during start-up: the schema check, the staff row, the first writes.
            time.sleep(rng.uniform(0.0, 1.2))
        else:
            writer.wait_writes(1)  # in the write loop: the kill lands among commits
            time.sleep(rng.uniform(0.0, 0.3))
        writer.kill()
        acked = writer.acknowledged()
        kills_while_writing += bool(acked)
        for kind, ident in acked:
            acknowledged[kind].append(ident)
        if not db.exists():
            assert not acked
            continue
        # Read the file as the next start would: a new process, WAL recovery included.
        assert_sound(db)
        for kind, ids in acknowledged.items():
            assert present(db, kind, ids) == set(ids), f"round {round_no}: lost {kind} rows"
        assert_whole_customers(db)
    assert kills_while_writing >= ROUNDS * 3 // 4, "the kills did not land among the writes"
