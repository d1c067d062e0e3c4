"""A child process for the reliability tests: writes through the services until killed or stopped.

Usage: crash_writer.py DB LOG SEED [STOPFILE]. Each record is acknowledged by appending
`kind id` to LOG only after its commit returned, in one write() so a kill never leaves half a
line that looks whole. LOG is a file rather than a pipe so the parent need not drain it while
it times the kill, and nothing acknowledged is lost in a pipe buffer.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from crmnote.bootstrap import open_database
from crmnote.domain.entities import ContactPoint
from crmnote.domain.types import CustomerId

NAMES = ("Åse Nilsen", "Zoë Ångström", "Иван Петров", "王小明", "مريم الحسن", "שרה כהן", "Bo")


def main() -> None:
    db, log, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    stop = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    rng = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def ack(kind: str, ident: int) -> None:
        os.write(fd, f"{kind} {ident}\n".encode())

    opened = open_database(str(db))
    services = opened.services
    ack("ready", 0)
    n = 0
    while stop is None or not stop.exists():
        n += 1
        # Long notes now and then: they fill the WAL and force checkpoints, so kills land in
        # the middle of those too.
        long = rng.random() < 0.2
        notes = ("Long note ✓ " * rng.randint(500, 4000)) if long else f"note {n} 🙂"
        customer, _ = services.records.add(
            "customer",
            {
                "name": f"{rng.choice(NAMES)} {seed}-{n}",
                "emails": (
                    ContactPoint(value=f"a{n}@example.com", label="work"),
                    ContactPoint(value=f"b{n}@example.com"),
                ),
                "tags": ("crash", f"round{seed}"),
                "notes": notes,
            },
        )
        ack("customer", customer.id)
        for j in range(rng.randint(1, 3)):
            talk, _ = services.interactions.log(
                CustomerId(customer.id), minutes=5 + j, notes=f"call {j}\n{notes[:2000]}"
            )
            ack("interaction", talk.id)
        promise, _ = services.records.add("promise", {"text": f"deliver {n}"}, customer.id)
        ack("promise", promise.id)
        if rng.random() < 0.5:
            claim, _ = services.records.add(
                "claim", {"text": "late", "promise_id": promise.id}, customer.id
            )
            ack("claim", claim.id)
    opened.close()
    os.close(fd)


if __name__ == "__main__":
    main()
