"""The search index and the customer filter on PostgreSQL, as migration 0008 made them: the
trigger functions and triggers that keep them, how to fill them from the records, and the
checks of `crmnote check` over them.

Migrations stay frozen, so this is a copy; `tests/unit/storage/test_consistency_postgres.py`
checks that it writes the same statements as the migration.
"""

from __future__ import annotations

from crmnote.domain.reasons import say
from crmnote.storage.consistency_rules import Check
from crmnote.storage.search_sources import SOURCES, Source

INDEX = "search_index"
TEXTS = "customer_text"
FILTER_LOCK = 6517357  # the advisory lock class of the filter texts ("crm" in ASCII)

# One customer's text over the row alias `c`: values joined by a line feed.
TEXT = (
    "c.name || chr(10) || coalesce(c.company, '') || chr(10) || "
    "coalesce((SELECT string_agg(k.value, chr(10) ORDER BY k.id) FROM customer_contacts k "
    "WHERE k.customer_id = c.id), '') || chr(10) || "
    "coalesce((SELECT string_agg(t.tag, chr(10) ORDER BY t.tag) FROM customer_tags t "
    "WHERE t.customer_id = c.id), '')"
)
_INSERT = f"INSERT INTO {INDEX} (id, kind, record_id, customer_id, title, body) "
_UPSERT = (
    " ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
    "title = excluded.title, body = excluded.body"
)
_EVENTS = (
    ("INSERT", "NEW TABLE AS new_rows"),
    ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ("DELETE", "OLD TABLE AS old_rows"),
)


def _rows(s: Source, r: str) -> str:
    return (
        f"SELECT {r}.id::bigint * 8 + {s.code}, '{s.kind}', {r}.id, {s.customer(r)}, "
        f"{s.title.format(r=r)}, {s.body.format(r=r)}"
    )


def _changed(watched: str) -> str:
    return " OR ".join(f"o.{c} IS DISTINCT FROM n.{c}" for c in watched.split(", "))


def _function(name: str, body: str) -> str:
    return f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$"


def _triggers(prefix: str, table: str, function: str) -> dict[str, str]:
    return {
        f"{prefix}_{event.lower()}": f"CREATE TRIGGER {prefix}_{event.lower()} AFTER {event} "
        f"ON {table} REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        for event, tables in _EVENTS
    }


def _search_body(s: Source) -> str:
    return (
        " BEGIN "
        f"IF TG_OP = 'INSERT' THEN {_INSERT}{_rows(s, 'n')} FROM new_rows n; "
        f"ELSIF TG_OP = 'UPDATE' THEN {_INSERT}{_rows(s, 'n')} "
        f"FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {_changed(s.watched)}{_UPSERT}; "
        f"ELSE DELETE FROM {INDEX} s USING old_rows o WHERE s.id = o.id::bigint * 8 + {s.code}; "
        "END IF; RETURN NULL; END "
    )


REFRESH_BODY = (
    " BEGIN "
    f"PERFORM pg_advisory_xact_lock({FILTER_LOCK}, i) FROM "
    "(SELECT DISTINCT unnest(ids) AS i ORDER BY 1) AS locked; "
    f"DELETE FROM {TEXTS} x WHERE x.id = ANY(ids) "
    "AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = x.id); "
    f"INSERT INTO {TEXTS} (id, text) SELECT c.id, {TEXT} FROM customers c "
    "WHERE c.id = ANY(ids) ON CONFLICT (id) DO UPDATE SET text = excluded.text "
    f"WHERE {TEXTS}.text IS DISTINCT FROM excluded.text; "
    "END "
)
REFRESH = (
    "CREATE FUNCTION customer_text_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql "
    f"AS $${REFRESH_BODY}$$"
)
# table, the customer id column, columns whose change rewrites the text
FILTER_SOURCES = (
    ("customers", "id", "name, company"),
    ("customer_contacts", "customer_id", "value, customer_id"),
    ("customer_tags", "customer_id", "tag, customer_id"),
)


def _filter_body(table: str, key: str, watched: str) -> str:
    if table == "customers":
        update = (
            f"SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {_changed(watched)}"
        )
    else:
        update = f"SELECT n.{key} FROM new_rows n UNION SELECT o.{key} FROM old_rows o"
    return (
        " BEGIN "
        f"IF TG_OP = 'INSERT' THEN PERFORM customer_text_refresh(ARRAY(SELECT n.{key} "
        "FROM new_rows n)); "
        f"ELSIF TG_OP = 'UPDATE' THEN PERFORM customer_text_refresh(ARRAY({update})); "
        f"ELSE PERFORM customer_text_refresh(ARRAY(SELECT o.{key} FROM old_rows o)); "
        "END IF; RETURN NULL; END "
    )


def functions() -> dict[str, str]:
    """Function name → its body (`prosrc`), for the search index and the filter."""
    out = {f"search_{s.table}_sync": _search_body(s) for s in SOURCES}
    out["customer_text_refresh"] = REFRESH_BODY
    for table, key, watched in FILTER_SOURCES:
        out[f"customer_text_{table}_sync"] = _filter_body(table, key, watched)
    return out


def search_statements() -> list[str]:
    """The search index's functions and triggers, as migration 0008 created them, in order."""
    out = []
    for s in SOURCES:
        out.append(_function(f"search_{s.table}_sync", _search_body(s)))
        out.extend(_triggers(f"search_{s.table}", s.table, f"search_{s.table}_sync").values())
    return out


def filter_statements() -> list[str]:
    """The filter's refresh function, then each source's function and triggers (0008)."""
    out = [REFRESH]
    for table, key, watched in FILTER_SOURCES:
        name = f"customer_text_{table}"
        out.append(_function(f"{name}_sync", _filter_body(table, key, watched)))
        out.extend(_triggers(name, table, f"{name}_sync").values())
    return out


def search_fill() -> list[str]:
    """Every source's index rows (into an empty index)."""
    return [f"{_INSERT}{_rows(s, 't')} FROM {s.table} t" for s in SOURCES]


def filter_fill() -> str:
    return f"INSERT INTO {TEXTS} (id, text) SELECT c.id, {TEXT} FROM customers c"


def rebuild() -> tuple[str, ...]:
    """Both derived tables written afresh from the records."""
    return (f"DELETE FROM {INDEX}", *search_fill(), f"DELETE FROM {TEXTS}", filter_fill())


def _trigger_tables() -> dict[str, tuple[str, str]]:
    """Trigger name → (table, function) of every trigger 0008 made."""
    out = {}
    for s in SOURCES:
        for name in _triggers(f"search_{s.table}", s.table, "f"):
            out[name] = (s.table, f"search_{s.table}_sync")
    for table, _, _ in FILTER_SOURCES:
        for name in _triggers(f"customer_text_{table}", table, "f"):
            out[name] = (table, f"customer_text_{table}_sync")
    return out


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _triggers_check(name: str, table: str, problem: str, prefix: str) -> Check:
    """Triggers missing or disabled, and functions whose body differs from 0008's."""
    bodies = {f: b for f, b in functions().items() if f.startswith(prefix)}
    wanted = {t: tf for t, tf in _trigger_tables().items() if tf[1] in bodies}
    triggers = ", ".join(
        f"({_quoted(t)}, {_quoted(tbl)}, {_quoted(f)})" for t, (tbl, f) in wanted.items()
    )
    bodies_sql = ", ".join(f"({_quoted(f)}, {_quoted(b)})" for f, b in bodies.items())
    find = (
        f"WITH expected_t(name, tbl, fn) AS (VALUES {triggers}), "
        f"expected_f(fn, body) AS (VALUES {bodies_sql}) "
        "SELECT 0, NULL FROM expected_t e WHERE NOT EXISTS (SELECT 1 FROM pg_trigger g "
        "JOIN pg_proc p ON p.oid = g.tgfoid WHERE g.tgname = e.name "
        "AND g.tgrelid = to_regclass(e.tbl) AND g.tgenabled <> 'D' AND p.proname = e.fn) "
        "UNION ALL SELECT 0, NULL FROM expected_f f WHERE NOT EXISTS "
        "(SELECT 1 FROM pg_proc p WHERE p.proname = f.fn AND p.prosrc = f.body)"
    )
    statements = [
        s.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
        for s in (*search_statements(), *filter_statements())
        if s.startswith("CREATE FUNCTION") and s.split()[2].split("(")[0] in bodies
    ]
    for trigger, (tbl, _) in wanted.items():
        create = next(s for s in _all_triggers() if s.startswith(f"CREATE TRIGGER {trigger} "))
        statements += [f"DROP TRIGGER IF EXISTS {trigger} ON {tbl}", create]
    return Check(
        name,
        table,
        problem,
        say("repair.recreate_them", "recreate them"),
        say("repair.recreated", "recreated"),
        find,
        tuple(statements),
    )


def _all_triggers() -> list[str]:
    return [
        s for s in (*search_statements(), *filter_statements()) if s.startswith("CREATE TRIGGER")
    ]


def _search_out_of_step() -> str:
    parts = []
    for s in SOURCES:
        at = f"t.id::bigint * 8 + {s.code}"
        parts.append(
            f"SELECT {at}, {s.customer('t')} FROM {s.table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM {INDEX} s WHERE s.id = {at} AND s.kind = '{s.kind}' "
            f"AND s.record_id = t.id AND s.customer_id = {s.customer('t')} "
            f"AND s.title IS NOT DISTINCT FROM {s.title.format(r='t')} "
            f"AND s.body IS NOT DISTINCT FROM {s.body.format(r='t')})"
        )
    sourced = " OR ".join(
        f"(s.id % 8 = {s.code} AND EXISTS (SELECT 1 FROM {s.table} t WHERE t.id = s.id / 8))"
        for s in SOURCES
    )
    parts.append(f"SELECT s.id, s.customer_id FROM {INDEX} s WHERE NOT ({sourced})")
    return " UNION ".join(parts)


def _filter_out_of_step() -> str:
    return (
        f"SELECT c.id, c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM {TEXTS} x "
        f"WHERE x.id = c.id AND x.text IS NOT DISTINCT FROM {TEXT}) "
        f"UNION SELECT x.id, NULL FROM {TEXTS} x "
        "WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = x.id)"
    )


def search_checks() -> tuple[Check, Check]:
    kept = _triggers_check(
        "search-triggers",
        INDEX,
        say(
            "repair.trigger_s_that_keep_it_in_step_missing_or_altere",
            "%n trigger(s) that keep it in step missing or altered",
        ),
        "search_",
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
        _search_out_of_step(),
        (f"DELETE FROM {INDEX}", *search_fill()),
    )
    return kept, entries


def filter_checks() -> tuple[Check, Check]:
    kept = _triggers_check(
        "filter-triggers",
        TEXTS,
        say(
            "repair.trigger_s_that_keep_the_customer_filter_in_step",
            "%n trigger(s) that keep the customer filter in step missing or altered",
        ),
        "customer_text_",
    )
    texts = Check(
        "filter-texts",
        TEXTS,
        say(
            "repair.customer_text_s_missing_different_from_the_custo",
            "%n customer text(s) missing, different from the customer's name, company, contacts "
            "and tags, or left without a customer",
        ),
        say("repair.write_them_afresh", "write them afresh"),
        say("repair.written_afresh", "written afresh"),
        _filter_out_of_step(),
        (f"DELETE FROM {TEXTS}", filter_fill()),
    )
    return kept, texts
