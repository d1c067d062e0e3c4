"""What the search index holds, as migration 0003 fills it: the sources, their triggers, a rebuild.

Migrations stay frozen, so this is a copy; `tests/unit/storage/test_consistency.py` checks that
it writes the same statements as the migration.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmnote.domain.reasons import say
from crmnote.storage.consistency_rules import Check, triggers_check

INDEX = "search_index"


@dataclass(frozen=True)
class Source:
    """One table feeding the index; its row ids there are `id × 8 + code`."""

    table: str
    kind: str
    code: int
    title: str  # SQL over the row alias `{r}`
    body: str
    watched: str  # columns whose change re-indexes the row

    def customer(self, r: str) -> str:
        return f"{r}.id" if self.kind == "customer" else f"{r}.customer_id"

    def insert(self, r: str) -> str:
        """INSERT … SELECT of index rows from rows aliased `r` (no FROM clause)."""
        return (
            f"INSERT INTO {INDEX}(rowid, kind, record_id, customer_id, title, body) "
            f"SELECT {r}.id * 8 + {self.code}, '{self.kind}', {r}.id, {self.customer(r)}, "
            f"{self.title.format(r=r)}, {self.body.format(r=r)}"
        )

    def triggers(self) -> dict[str, str]:
        """Name → CREATE TRIGGER statement, exactly as the migration wrote them."""
        delete = f"DELETE FROM {INDEX} WHERE rowid = old.id * 8 + {self.code};"
        add = self.insert("new") + ";"
        t = self.table
        return {
            f"search_{t}_insert": f"CREATE TRIGGER search_{t}_insert AFTER INSERT ON {t} "
            f"BEGIN {add} END",
            f"search_{t}_delete": f"CREATE TRIGGER search_{t}_delete AFTER DELETE ON {t} "
            f"BEGIN {delete} END",
            f"search_{t}_update": f"CREATE TRIGGER search_{t}_update AFTER UPDATE OF "
            f"{self.watched} ON {t} BEGIN {delete} {add} END",
        }

    def out_of_step(self) -> str:
        """(index row id, customer id) of source rows whose index entry is missing or differs."""
        return (
            f"SELECT t.id * 8 + {self.code}, {self.customer('t')} FROM {self.table} t "
            f"WHERE NOT EXISTS (SELECT 1 FROM {INDEX} s WHERE s.rowid = t.id * 8 + {self.code} "
            f"AND s.kind = '{self.kind}' AND s.record_id = t.id "
            f"AND s.customer_id = {self.customer('t')} "
            f"AND s.title IS {self.title.format(r='t')} AND s.body IS {self.body.format(r='t')})"
        )

    def has_source(self) -> str:
        """True for an index row `s` whose row id is this source's and whose row exists."""
        return (
            f"(s.rowid % 8 = {self.code} AND EXISTS "
            f"(SELECT 1 FROM {self.table} t WHERE t.id = s.rowid / 8))"
        )


SOURCES = (
    Source(
        "customers",
        "customer",
        1,
        "{r}.name",
        "{r}.company || ' ' || {r}.notes",
        "name, company, notes",
    ),
    Source(
        "interactions", "interaction", 2, "{r}.summary", "{r}.notes", "summary, notes, customer_id"
    ),
    Source("promises", "promise", 3, "{r}.text", "{r}.evidence", "text, evidence, customer_id"),
    Source("claims", "claim", 4, "{r}.text", "{r}.verdict_note", "text, verdict_note, customer_id"),
    Source(
        "requests",
        "request",
        5,
        "{r}.text",
        "{r}.judgment_note",
        "text, judgment_note, customer_id",
    ),
    Source("feedback", "feedback", 6, "{r}.text", "{r}.theme", "text, theme, customer_id"),
)


def triggers() -> dict[str, str]:
    """Every trigger that keeps the index in step, by name."""
    return {name: sql for s in SOURCES for name, sql in s.triggers().items()}


def out_of_step() -> str:
    """(row id, customer id) of index entries missing, different, or left without a source."""
    orphans = (
        f"SELECT s.rowid, s.customer_id FROM {INDEX} s "
        f"WHERE NOT ({' OR '.join(src.has_source() for src in SOURCES)})"
    )
    return " UNION ".join([*(s.out_of_step() for s in SOURCES), orphans])


def rebuild() -> tuple[str, ...]:
    """Statements that empty the index and fill it again from every source."""
    return (f"DELETE FROM {INDEX}", *(s.insert("t") + f" FROM {s.table} t" for s in SOURCES))


def checks() -> tuple[Check, Check]:
    """The index's triggers, then its entries."""
    kept = triggers_check(
        "search-triggers",
        INDEX,
        say(
            "repair.trigger_s_that_keep_it_in_step_missing_or_altere",
            "%n trigger(s) that keep it in step missing or altered",
        ),
        triggers(),
    )
    entries = Check(
        "search-entries",
        INDEX,
        say(
            "repair.entry_ies_missing_different_from_their_record_or",
            "%n entry(ies) missing, different from their record, or left without one",
        ),
        say("repair.rebuild_the_index_from_the_records", "rebuild the index from the records"),
        say("repair.index_rebuilt_from_the_records", "index rebuilt from the records"),
        out_of_step(),
        rebuild(),
    )
    return kept, entries
