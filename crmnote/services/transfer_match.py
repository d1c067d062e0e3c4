"""Finding the existing customer an imported one duplicates, and merging the two."""

from __future__ import annotations

import dataclasses

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.phones import PhoneIndex, phone_key
from crmnote.domain.types import ContactKind
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_setting
from crmnote.storage.transfer_queries import contact_values, customer_names

# Where a customer is: ("db", id) in the database, ("new", n) the n-th one to be created.
Ref = tuple[str, int]


def phone_region(session: Session) -> str | None:
    """The country a number without its country code is read in (Settings), or None."""
    return str(read_setting(session, declared.PHONE_REGION) or "") or None


class DuplicateIndex:
    """Customers by lowercased email, phone number (domain/phones.py) and lowercased name.

    A match by email wins over one by phone, which wins over one by name, so two people of the
    same name with different addresses still match on the address they share.

    Held for every customer of the book and of the file while an import runs (100,000s), so
    kept compact: a customer is a number inside (`_code`: its id, or -(n + 1) for the n-th
    new one), emails and names are keys of a dict each, new customers' names a list.
    """

    def __init__(self, region: str | None = None) -> None:
        self._emails: dict[str, int] = {}
        self._lowered: dict[str, int] = {}
        self._db_names: dict[int, str] = {}
        self._new_names: list[str] = []
        self.phones: PhoneIndex[int] = PhoneIndex(region)

    @staticmethod
    def load(session: Session) -> DuplicateIndex:
        """Every customer of the database, read as column tuples (fast on 100k customers)."""
        index = DuplicateIndex(phone_region(session))
        for cid, name in customer_names(session):
            index._lowered.setdefault(name.strip().lower(), cid)
            index._db_names[cid] = name
        for cid, kind, value in contact_values(session):
            if kind == ContactKind.EMAIL:
                index._emails.setdefault(value.strip().lower(), cid)
            else:
                index.phones.add(value, cid)
        return index

    def find(self, customer: e.Customer) -> Ref | None:
        for cp in customer.emails:
            found = self._emails.get(cp.value.strip().lower())
            if found is not None:
                return _ref(found)
        for cp in customer.phones:
            owners = self.phones.find(cp.value)
            if owners:
                return _ref(owners[0])
        found = self._lowered.get(customer.name.strip().lower())
        return None if found is None else _ref(found)

    def name(self, ref: Ref) -> str:
        where, key = ref
        if where == "new":
            return self._new_names[key] if key < len(self._new_names) else ""
        return self._db_names.get(key, "")

    def add(self, ref: Ref, customer: e.Customer) -> None:
        where, key = ref
        code = _code(ref)
        if where == "new":
            if key == len(self._new_names):
                self._new_names.append(customer.name)
        else:
            self._db_names.setdefault(key, customer.name)
        for cp in customer.emails:
            self._emails.setdefault(cp.value.strip().lower(), code)
        for cp in customer.phones:
            self.phones.add(cp.value, code)
        self._lowered.setdefault(customer.name.strip().lower(), code)


def _code(ref: Ref) -> int:
    where, key = ref
    return -(key + 1) if where == "new" else key


def _ref(code: int) -> Ref:
    return ("new", -code - 1) if code < 0 else ("db", code)


def _phone_identity(value: str, region: str | None) -> str:
    """The number's key, or the text itself when it is no number (kept, compared as text)."""
    return phone_key(value, region) or " ".join(value.split()).lower()


def merge(base: e.Customer, extra: e.Customer, region: str | None = None) -> e.Customer | None:
    """`base` with what `extra` adds (emails, phones, tags, notes; company and address when
    `base` has none), or None when `extra` adds nothing. A phone number already there in
    another writing is not added again."""
    emails = {cp.value.strip().lower() for cp in base.emails}
    phones = {_phone_identity(cp.value, region) for cp in base.phones}
    tags = {t.lower() for t in base.tags}
    new_emails = tuple(cp for cp in extra.emails if cp.value.strip().lower() not in emails)
    new_phones = tuple(cp for cp in extra.phones if _phone_identity(cp.value, region) not in phones)
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
