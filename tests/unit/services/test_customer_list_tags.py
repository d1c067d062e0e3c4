"""The list's tag filter offers every tag once, in order: read by a walk of the tag index, the
same as DISTINCT … ORDER BY in the database's own collation."""

from __future__ import annotations

from sqlalchemy import text

from crmnote.services.book_services import Services


def test_every_tag_once_in_order(services: Services) -> None:
    assert services.customer_list.tags() == []
    tags = [("b", "a"), ("B",), ("ä", "a", "zz"), (), ("a b",)]
    for n, given in enumerate(tags):
        services.records.add("customer", {"name": f"Customer {n}", "tags": given})
    with services.customer_list.reading() as repo:
        plain = "SELECT DISTINCT tag FROM customer_tags ORDER BY tag"
        expected = list(repo.session.scalars(text(plain)))
    assert sorted(expected) == sorted({t for given in tags for t in given})
    assert services.customer_list.tags() == expected
