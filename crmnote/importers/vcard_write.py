"""Customers as vCard 3.0, the version every address book and phone reads."""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.importers.vcard_read import STATUS_PROPERTY

VERSION = "3.0"


def _contact(card: object, prop: str, point: e.ContactPoint, item: list[int]) -> None:
    line = card.add(prop)  # type: ignore[attr-defined]
    line.value = point.value
    label = point.label.strip()
    if not label:
        return
    if label.isalpha():
        line.type_param = label
        return
    # Labels TYPE cannot carry ("home fax", "Assistant") go in Apple's item label, which Apple,
    # Google and our importer read.
    item[0] += 1
    line.group = f"item{item[0]}"
    extra = card.add("x-ablabel")  # type: ignore[attr-defined]
    extra.group = line.group
    extra.value = label


def to_vcard(customer: e.Customer) -> str:
    """One customer as a vCard 3.0 that our importer reads back to the same fields."""
    card = vobject.vCard()
    card.add("fn").value = customer.name
    given, _, family = customer.name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if customer.company:
        card.add("org").value = [customer.company]
    item = [0]
    for point in customer.emails:
        _contact(card, "email", point, item)
    for point in customer.phones:
        _contact(card, "tel", point, item)
    if customer.address:
        card.add("adr").value = vobject.vcard.Address(street=customer.address)
    if customer.notes:
        card.add("note").value = customer.notes
    if customer.tags:
        card.add("categories").value = list(customer.tags)
    if customer.status is not CustomerStatus.ACTIVE:
        card.add(STATUS_PROPERTY.lower()).value = customer.status.value
    return str(card.serialize())


def vcards(customers: Iterable[e.Customer]) -> str:
    return "".join(to_vcard(c) for c in customers)
