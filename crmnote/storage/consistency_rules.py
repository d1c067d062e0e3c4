"""The logical checks over crmnote's schema: what a file can hold that the app never writes.

Each check is a query finding the offending rows and the statements that mend them. Rows get
there from older versions, other tools, or plain SQL run with foreign keys off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crmnote.domain.reasons import Field, Reason, say
from crmnote.storage import audit_rows as _audit_rows  # noqa: F401  (its tables in the metadata)
from crmnote.storage.base import Base
from crmnote.storage.table_words import heading


@dataclass(frozen=True)
class Check:
    """One kind of logical problem.

    `find` selects (row id, customer id or NULL) of every offending row; `fix` statements mend
    them, binding `:ids` (those row ids) when they name it. `rescore`: the scores of the
    customers found are recomputed by the scores service (replaying events is not SQL).
    `probe`: `find` is a statement that fails when there is a problem (FTS5's integrity check
    is spelled as an INSERT; it writes nothing), which then counts as one offending row.
    """

    name: str
    table: str
    problem: str  # a counted noun phrase: "%n row(s) whose …" (a plural `Reason`)
    will: str  # what the fix does, before: "delete them"
    did: str  # and after: "deleted"
    find: str
    fix: tuple[str, ...] = ()
    rescore: bool = False
    probe: bool = False

    def message(self, count: int, *, done: bool) -> str:
        """`table: N problem; the repair will …` before, `table: N problem; …ed` after (a
        `Reason`: the report in the user's language, the table by its word, the count by the
        language's plural)."""
        problem = self.problem.counted(count) if isinstance(self.problem, Reason) else self.problem
        if done:
            return say(
                "repair.done",
                "{table}: {problem}; {did}",
                table=heading(self.table),
                problem=problem,
                did=self.did,
            )
        return say(
            "repair.will",
            "{table}: {problem}; the repair will {will}",
            table=heading(self.table),
            problem=problem,
            will=self.will,
        )


def triggers_check(name: str, table: str, problem: str, triggers: dict[str, str]) -> Check:
    """Triggers (name → CREATE TRIGGER statement) missing or altered: recreated as written.
    A tool that rebuilds a table drops its triggers."""
    expected = ", ".join(
        "('{}', '{}')".format(n, sql.replace("'", "''")) for n, sql in triggers.items()
    )
    return Check(
        name,
        table,
        problem,
        say("repair.recreate_them", "recreate them"),
        say("repair.recreated", "recreated"),
        f"WITH expected(name, sql) AS (VALUES {expected}) SELECT 0, NULL FROM expected e "
        "WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m "
        "WHERE m.type = 'trigger' AND m.name = e.name AND m.sql = e.sql)",
        tuple(s for n, sql in triggers.items() for s in (f"DROP TRIGGER IF EXISTS {n}", sql)),
    )


def _customer_of(table: Any) -> str:
    if table.name == "customers":
        return "t.id"
    return "t.customer_id" if "customer_id" in table.c else "NULL"


def _row(table: Any, column: str, dialect: str) -> str:
    """A row's number in `t`: SQLite's rowid; on PostgreSQL the `id`, or for a table without
    one (tags) the referring column itself (every row with that value is found alike)."""
    if dialect == "sqlite":
        return "rowid"
    return "id" if "id" in table.c else column


def _foreign_keys() -> list[tuple[Any, Any]]:
    """(table, foreign key) over the models, parents before children."""
    return [
        (table, fk)
        for table in Base.metadata.sorted_tables
        for fk in sorted(table.foreign_keys, key=lambda f: str(f.parent.name))
    ]


def _empty(column: str) -> tuple[str, str]:
    return (
        say("repair.empty_their", "empty their {column}", column=Field(column)),
        say("repair.emptied", "{column} emptied", column=Field(column)),
    )


def reference_checks(dialect: str = "sqlite") -> list[Check]:
    """Per foreign key: rows naming a missing parent (what `PRAGMA foreign_key_check` lists),
    mended as the database does when the parent is deleted with foreign keys on."""
    out = []
    for table, fk in _foreign_keys():
        col, parent = fk.parent.name, fk.column.table.name
        row = _row(table, col, dialect)
        find = (
            f"SELECT t.{row}, {_customer_of(table)} FROM {table.name} t "
            f"WHERE t.{col} IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {parent} p WHERE p.{fk.column.name} = t.{col})"
        )
        will: str
        did: str
        if fk.ondelete == "CASCADE":
            fix = f"DELETE FROM {table.name} WHERE {row} IN :ids"
            will, did = say("repair.delete_them", "delete them"), say("repair.deleted", "deleted")
        else:
            fix = f"UPDATE {table.name} SET {col} = NULL WHERE {row} IN :ids"
            will, did = _empty(col)
        problem = say(
            "repair.missing_row",
            "%n row(s) whose {column} names a missing row in {parent}",
            column=Field(col),
            parent=heading(parent),
        )
        name = f"missing-{table.name}-{col}"
        out.append(Check(name, table.name, problem, will, did, find, (fix,)))
    return out


def cross_customer_checks(dialect: str = "sqlite") -> list[Check]:
    """A record names an interaction or promise of its own customer only (RecordService)."""
    out = []
    for table, fk in _foreign_keys():
        parent = fk.column.table
        if "customer_id" not in table.c or "customer_id" not in parent.c:
            continue
        col = fk.parent.name
        row = _row(table, col, dialect)
        find = (
            f"SELECT t.{row}, t.customer_id FROM {table.name} t "
            f"JOIN {parent.name} p ON p.id = t.{col} WHERE p.customer_id != t.customer_id"
        )
        fix = f"UPDATE {table.name} SET {col} = NULL WHERE {row} IN :ids"
        problem = say(
            "repair.other_customer",
            "%n row(s) whose {column} names a row of another customer in {parent}",
            column=Field(col),
            parent=heading(parent.name),
        )
        name = f"foreign-{table.name}-{col}"
        will, did = _empty(col)
        out.append(Check(name, table.name, problem, will, did, find, (fix,)))
    return out


_CLOSED = "('kept', 'broken', 'renegotiated', 'cancelled')"


def rules(dialect: str = "sqlite") -> tuple[Check, ...]:
    """The rules of domain/rules.py that the schema does not enforce, where the mend is not a
    guess."""
    server = dialect == "postgresql"
    latest = "greatest" if server else "max"  # SQLite's max() of two values is greatest()
    return (
        Check(
            "promise-closed-unstamped",
            "promises",
            say(
                "repair.closed_promise_s_without_a_resolution_time",
                "%n closed promise(s) without a resolution time",
            ),
            say(
                "repair.stamp_the_time_each_was_last_changed",
                "stamp the time each was last changed",
            ),
            say(
                "repair.stamped_with_the_time_each_was_last_changed",
                "stamped with the time each was last changed",
            ),
            f"SELECT id, customer_id FROM promises WHERE status IN {_CLOSED} "
            "AND resolved_at IS NULL",
            (f"UPDATE promises SET resolved_at = {latest}(made_at, updated_at) WHERE id IN :ids",),
        ),
        Check(
            "promise-open-stamped",
            "promises",
            say(
                "repair.open_promise_s_with_a_resolution_time",
                "%n open promise(s) with a resolution time",
            ),
            say("repair.clear_the_resolution_time", "clear the resolution time"),
            say("repair.resolution_time_cleared", "resolution time cleared"),
            "SELECT id, customer_id FROM promises WHERE status = 'open' "
            "AND resolved_at IS NOT NULL",
            ("UPDATE promises SET resolved_at = NULL WHERE id IN :ids",),
        ),
        Check(
            "interaction-mood",
            "interactions",
            say(
                "repair.interaction_s_with_a_mood_outside_2_2_scoring_re",
                "%n interaction(s) with a mood outside -2 … +2 (scoring refuses it)",
            ),
            say("repair.clear_the_mood", "clear the mood"),
            say("repair.mood_cleared", "mood cleared"),
            "SELECT id, customer_id FROM interactions WHERE mood NOT BETWEEN -2 AND 2",
            ("UPDATE interactions SET mood = NULL WHERE id IN :ids",),
        ),
        Check(
            "interaction-minutes",
            "interactions",
            say(
                "repair.interaction_s_with_negative_minutes",
                "%n interaction(s) with negative minutes",
            ),
            say("repair.set_the_minutes_to_0_not_recorded", "set the minutes to 0 (not recorded)"),
            say("repair.minutes_set_to_0_not_recorded", "minutes set to 0 (not recorded)"),
            "SELECT id, customer_id FROM interactions WHERE minutes < 0",
            ("UPDATE interactions SET minutes = 0 WHERE id IN :ids",),
        ),
        Check(
            "effort-minutes",
            "effort",
            say(
                "repair.effort_row_s_with_negative_minutes",
                "%n effort row(s) with negative minutes",
            ),
            say("repair.set_the_minutes_to_0_not_recorded", "set the minutes to 0 (not recorded)"),
            say("repair.minutes_set_to_0_not_recorded", "minutes set to 0 (not recorded)"),
            "SELECT id, customer_id FROM effort WHERE minutes < 0",
            ("UPDATE effort SET minutes = 0 WHERE id IN :ids",),
        ),
        Check(
            "money-negative",
            "money",
            say("repair.amount_s_below_zero", "%n amount(s) below zero"),
            say(
                "repair.make_them_positive_the_kind_says_which_way_money",
                "make them positive (the kind says which way money moved)",
            ),
            say(
                "repair.made_positive_the_kind_says_which_way_money_move",
                "made positive (the kind says which way money moved)",
            ),
            "SELECT id, customer_id FROM money WHERE amount < 0",
            ("UPDATE money SET amount = -amount WHERE id IN :ids",),
        ),
        Check(
            "request-insight",
            "requests",
            say(
                "repair.request_s_marked_an_insight_but_not_judged_reaso",
                "%n request(s) marked an insight but not judged reasonable",
            ),
            say("repair.remove_the_insight_mark", "remove the insight mark"),
            say("repair.insight_mark_removed", "insight mark removed"),
            "SELECT id, customer_id FROM requests "
            "WHERE insight AND judgment NOT IN ('within_standard', 'chargeable_extra')",
            (f"UPDATE requests SET insight = {'false' if server else '0'} WHERE id IN :ids",),
        ),
    )


# The list columns as services.records keeps them (storage.summary_columns.refresh_summary).
_LAST = "(SELECT max(i.at) FROM interactions i WHERE i.customer_id = c.id)"
_OPEN = "(SELECT count(*) FROM promises p WHERE p.customer_id = c.id AND p.status = 'open')"
_DUE = "(SELECT min(p.due) FROM promises p WHERE p.customer_id = c.id AND p.status = 'open')"


def summaries(dialect: str = "sqlite") -> tuple[Check, ...]:
    """The customer list's columns against the records they sum up."""
    differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    return (
        Check(
            "customer-summary",
            "customers",
            say(
                "repair.customer_s_whose_list_columns_last_contact_open",
                "%n customer(s) whose list columns (last contact, open promises, next due) are out "
                "of date",
            ),
            say("repair.recompute_them", "recompute them"),
            say("repair.recomputed", "recomputed"),
            f"SELECT c.id, c.id FROM customers c WHERE c.last_contact_at {differs} {_LAST} "
            f"OR c.open_promises {differs} {_OPEN} OR c.next_due {differs} {_DUE}",
            (
                f"UPDATE customers AS c SET last_contact_at = {_LAST}, open_promises = {_OPEN}, "
                f"next_due = {_DUE} WHERE c.id IN :ids",
            ),
        ),
    )


# Which records make a score event (domain/scoring_events.py), per table: every one of them
# has a point in score_history, and every point comes from one of them.
SCORED = {
    "interaction": ("interactions", "TRUE"),
    "promise": (
        "promises",
        "status IN ('kept', 'broken', 'renegotiated') AND resolved_at IS NOT NULL",
    ),
    "claim": ("claims", "verdict != 'pending'"),
    "request": (
        "requests",
        "judgment = 'unreasonable' OR kind = 'renegotiation' "
        "OR (judgment IN ('within_standard', 'chargeable_extra') AND outcome = 'granted')",
    ),
    "money": ("money", "kind = 'return'"),
    "feedback": ("feedback", "kind IN ('complaint', 'praise')"),
}


# Records that may have a point without needing one: an open promise with a due date counts
# as overdue once its grace period is over (`ScoreService.catch_up` adds that point later).
MAY_SCORE = {"promise": "status = 'open' AND due IS NOT NULL"}


def _scored(kind: str, *, maybe: bool = False) -> str:
    table, where = SCORED[kind]
    if maybe and kind in MAY_SCORE:
        where = f"{where} OR {MAY_SCORE[kind]}"
    return f"SELECT id, customer_id FROM {table} WHERE {where}"


def _points(kind: str) -> str:
    return f"SELECT cause_id, customer_id FROM score_history WHERE cause_kind = '{kind}'"


def _differ(first: Callable[[str], str], second: Callable[[str], str]) -> str:
    """Rows of `first` not in `second`, kind by kind (a subquery in FROM needs a name on
    PostgreSQL before 16)."""
    return " UNION ALL ".join(f"SELECT * FROM ({first(k)} EXCEPT {second(k)}) AS d" for k in SCORED)


SCORES = (
    Check(
        "scores-missing",
        "customers",
        say("repair.customer_s_without_stored_scores", "%n customer(s) without stored scores"),
        say("repair.recompute_their_scores", "recompute their scores"),
        say("repair.scores_recomputed", "scores recomputed"),
        "SELECT id, id FROM customers WHERE difficulty IS NULL OR trust IS NULL",
        rescore=True,
    ),
    Check(
        "score-points-missing",
        "score_history",
        say(
            "repair.scored_record_s_missing_from_the_score_history",
            "%n scored record(s) missing from the score history",
        ),
        say("repair.recompute_their_customers_scores", "recompute their customers' scores"),
        say("repair.their_customers_scores_recomputed", "their customers' scores recomputed"),
        _differ(_scored, _points),
        rescore=True,
    ),
    Check(
        "score-points-stale",
        "score_history",
        say(
            "repair.point_s_whose_record_is_gone_moved_or_no_longer",
            "%n point(s) whose record is gone, moved or no longer scored",
        ),
        say("repair.recompute_their_customers_scores", "recompute their customers' scores"),
        say("repair.their_customers_scores_recomputed", "their customers' scores recomputed"),
        _differ(_points, lambda k: _scored(k, maybe=True)),
        rescore=True,
    ),
)
