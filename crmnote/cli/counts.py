"""Records counted by kind, in words ("3 customers, 1 promise"; German "3 Kunden, 1 Zusage"):
what `demo` added and `export` wrote, through the tables' words (storage/table_words.py)."""

from __future__ import annotations

from collections.abc import Mapping

from crmnote.domain.reasons import Listing, listing


def counted(counts: Mapping[str, int]) -> Listing:
    """Each kind with a count but none, by its table's word for its rows; in the order given."""
    from crmnote.storage import table_words
    from crmnote.storage.rows import ROW_BY_KIND

    return listing(
        table_words.rows(ROW_BY_KIND[kind].__tablename__ if kind in ROW_BY_KIND else kind, n)
        for kind, n in counts.items()
        if n
    )
