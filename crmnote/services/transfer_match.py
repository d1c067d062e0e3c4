"""Finding the existing customer an imported one duplicates, and merging the two."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.types import ContactKind
from crmnote.storage.rows import ContactRow, CustomerRow

# Fewer digits than this ("12", an extension) would match unrelated customers.
MIN_PHONE_DIGITS = 6

# Where a customer is: ("db", id) in the database, ("new", n) the n-th one to be created.
Ref = tuple[str, int]


def phone_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _keys(customer: e.Customer) -> list[tuple[str, str]]:
    keys = [("email", cp.value.strip().lower()) for cp in customer.emails]
    for cp in customer.phones:
        if len(d := phone_digits(cp.value)) >= MIN_PHONE_DIGITS:
            keys.append(("phone", d))
    keys.append(("name", customer.name.strip().lower()))
    return keys


class DuplicateIndex:
    """Customers by lowercased email, phone digits and lowercased name.

    A match by email wins over one by phone, which wins over one by name, so two people of the
    same name with different addresses still match on the address they share.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], Ref] = {}
        self._names: dict[Ref, str] = {}

    @staticmethod
    def load(session: Session) -> DuplicateIndex:
        """Every customer of the database, read as column tuples (fast on 100k customers)."""
        index = DuplicateIndex()
        for cid, name in session.execute(select(CustomerRow.id, CustomerRow.name)):
            index._by_key.setdefault(("name", name.strip().lower()), ("db", cid))
            index._names[("db", cid)] = name
        contacts = select(ContactRow.customer_id, ContactRow.kind, ContactRow.value)
        for cid, kind, value in session.execute(contacts):
            if kind == ContactKind.EMAIL:
                index._by_key.setdefault(("email", value.strip().lower()), ("db", cid))
            elif len(d := phone_digits(value)) >= MIN_PHONE_DIGITS:
                index._by_key.setdefault(("phone", d), ("db", cid))
        return index

    def find(self, customer: e.Customer) -> Ref | None:
        for key in _keys(customer):
            found = self._by_key.get(key)
            if found is not None:
                return found
        return None

    def name(self, ref: Ref) -> str:
        return self._names.get(ref, "")

    def add(self, ref: Ref, customer: e.Customer) -> None:
        self._names.setdefault(ref, customer.name)
        for key in _keys(customer):
            self._by_key.setdefault(key, ref)


def merge(base: e.Customer, extra: e.Customer) -> e.Customer | None:
    """`base` with what `extra` adds (emails, phones, tags, notes; company and address when
    `base` has none), or None when `extra` adds nothing."""
    emails = {cp.value.strip().lower() for cp in base.emails}
    phones = {phone_digits(cp.value) for cp in base.phones}
    tags = {t.lower() for t in base.tags}
    new_emails = tuple(cp for cp in extra.emails if cp.value.strip().lower() not in emails)
    new_phones = tuple(cp for cp in extra.phones if phone_digits(cp.value) not in phones)
    new_tags = tuple(t for t in extra.tags if t.lower() not in tags)
    notes = base.notes
    if extra.notes.strip() and extra.notes.strip() not in base.notes:
        notes = f"{base.notes.rstrip()}\n\n{extra.notes.strip()}" if base.notes else extra.notes
    merged = dataclasses.replace(
        base,
        emails=base.emails + new_emails,
        phones=base.phones + new_phones,
        tags=base.tags + new_tags,
        notes=notes,
        company=base.company or extra.company,
        address=base.address or extra.address,
    )
    return None if merged == base else merged
