"""What the customer filter reads, as migration 0006 made it: one text per customer, its
trigram index, the triggers that keep both in step, and a rebuild.

Migrations stay frozen, so this is a copy; `tests/unit/storage/test_consistency.py` checks that
it writes the same statements as the migration.
"""

from __future__ import annotations

from crmnote.domain.reasons import say
from crmnote.storage.consistency_rules import Check, triggers_check

TABLE = "customer_text"
INDEX = "customer_text_index"
_ON_TEXT = ("customer_text_insert", "customer_text_delete")  # the triggers feeding the index

# One customer's text over the row alias `c`: values joined by a line feed.
TEXT = (
    "c.name || char(10) || coalesce(c.company, '') || char(10) || "
    "coalesce((SELECT group_concat(k.value, char(10)) FROM customer_contacts k "
    "WHERE k.customer_id = c.id), '') || char(10) || "
    "coalesce((SELECT group_concat(t.tag, char(10)) FROM customer_tags t "
    "WHERE t.customer_id = c.id), '')"
)


def _refresh(customer: str) -> str:
    """Statements that rewrite one customer's text (nothing when the customer is gone)."""
    return (
        f"DELETE FROM customer_text WHERE id = {customer}; "
        f"INSERT INTO customer_text(id, text) SELECT c.id, {TEXT} FROM customers c "
        f"WHERE c.id = {customer};"
    )


def triggers() -> dict[str, str]:
    """Name → CREATE TRIGGER statement, exactly as the migration wrote them, in its order."""
    out = {
        "customer_text_insert": "CREATE TRIGGER customer_text_insert AFTER INSERT ON "
        "customer_text BEGIN "
        "INSERT INTO customer_text_index(rowid, text) VALUES (new.id, new.text); END",
        "customer_text_delete": "CREATE TRIGGER customer_text_delete AFTER DELETE ON "
        "customer_text BEGIN "
        "INSERT INTO customer_text_index(customer_text_index, rowid, text) "
        "VALUES ('delete', old.id, old.text); END",
        "customer_text_customers_insert": "CREATE TRIGGER customer_text_customers_insert "
        f"AFTER INSERT ON customers BEGIN {_refresh('new.id')} END",
        "customer_text_customers_update": "CREATE TRIGGER customer_text_customers_update "
        f"AFTER UPDATE OF name, company ON customers BEGIN {_refresh('new.id')} END",
        "customer_text_customers_delete": "CREATE TRIGGER customer_text_customers_delete "
        "AFTER DELETE ON customers BEGIN DELETE FROM customer_text WHERE id = old.id; END",
    }
    for table, watched in (("customer_contacts", "value"), ("customer_tags", "tag")):
        name = f"customer_text_{table}"
        out[f"{name}_insert"] = (
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN "
            f"{_refresh('new.customer_id')} END"
        )
        out[f"{name}_delete"] = (
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN "
            f"{_refresh('old.customer_id')} END"
        )
        out[f"{name}_update"] = (
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {watched}, customer_id "
            f"ON {table} BEGIN {_refresh('old.customer_id')} {_refresh('new.customer_id')} END"
        )
    return out


def fill() -> str:
    """Every customer's text, as the migration first wrote them."""
    return f"INSERT INTO customer_text(id, text) SELECT c.id, {TEXT} FROM customers c"


def rebuild() -> tuple[str, ...]:
    """Write every text afresh, then the index from them.

    The delete trigger tells FTS5 which text to take out, and FTS5 refuses ("database disk
    image is malformed") a text the index never held: the very case mended here. So the two
    triggers on customer_text are dropped while the texts are rewritten, then recreated as the
    migration wrote them, and 'rebuild' reads the whole index from the texts.
    """
    own = {n: sql for n, sql in triggers().items() if n in _ON_TEXT}
    return (
        *(f"DROP TRIGGER IF EXISTS {name}" for name in own),
        f"DELETE FROM {TABLE}",
        fill(),
        *own.values(),
        f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')",
    )


def out_of_step() -> str:
    """(customer id, customer id or NULL) of texts missing, different, or left without one."""
    return (
        f"SELECT c.id, c.id FROM customers c WHERE NOT EXISTS "
        f"(SELECT 1 FROM {TABLE} x WHERE x.id = c.id AND x.text IS {TEXT}) "
        f"UNION SELECT x.id, NULL FROM {TABLE} x "
        "WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = x.id)"
    )


def checks() -> tuple[Check, Check, Check]:
    """The triggers, the texts, then the index against the texts."""
    kept = triggers_check(
        "filter-triggers",
        TABLE,
        say(
            "repair.trigger_s_that_keep_the_customer_filter_in_step",
            "%n trigger(s) that keep the customer filter in step missing or altered",
        ),
        triggers(),
    )
    texts = Check(
        "filter-texts",
        TABLE,
        say(
            "repair.customer_text_s_missing_different_from_the_custo",
            "%n customer text(s) missing, different from the customer's name, company, contacts "
            "and tags, or left without a customer",
        ),
        say(
            "repair.write_them_afresh_and_rebuild_the_filter_index",
            "write them afresh and rebuild the filter index",
        ),
        say("repair.written_afresh_filter_index_rebuilt", "written afresh; filter index rebuilt"),
        out_of_step(),
        rebuild(),
    )
    # The index keeps no copy of the texts, so no query can compare the two: FTS5's own
    # integrity check does (rank 1: against the content table).
    index = Check(
        "filter-index",
        INDEX,
        say(
            "repair.index_that_does_not_match_the_customer_texts_fts",
            "%n index that does not match the customer texts (FTS5's integrity check)",
        ),
        say("repair.rebuild_it_from_the_texts", "rebuild it from the texts"),
        say("repair.rebuilt_from_the_texts", "rebuilt from the texts"),
        f"INSERT INTO {INDEX}({INDEX}, rank) VALUES ('integrity-check', 1)",
        (f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')",),
        probe=True,
    )
    return kept, texts, index
