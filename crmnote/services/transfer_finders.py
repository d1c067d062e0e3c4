"""Finding the customer and the staff member an imported row names, as people write them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crmnote.domain import entities as e
from crmnote.domain.bounds import as_id
from crmnote.domain.errors import ValidationError
from crmnote.domain.phones import PhoneIndex
from crmnote.domain.reasons import say
from crmnote.domain.types import ContactKind, StaffId
from crmnote.services.references import no_staff_id, no_staff_named, several_staff
from crmnote.services.transfer_match import Ref, phone_region
from crmnote.storage.sessions import Session
from crmnote.storage.team import author
from crmnote.storage.transfer_queries import (
    contact_values,
    customer_names_and_companies,
    staff_names,
)


@dataclass(frozen=True)
class CustomerKeys:
    """How a row names its customer: any of an id, an email, a phone, a name, a company."""

    id: int | None = None
    email: str = ""
    phone: str = ""
    name: str = ""
    company: str = ""

    def label(self) -> str:
        fallback = "" if self.id is None else f"customer {self.id}"
        return self.name or self.company or self.email or self.phone or fallback


def lookups(keys: CustomerKeys) -> list[tuple[str, tuple[str, str]]]:
    """(what the row gave, index key) in the order they are trusted; a phone's key is the
    number as written (the finder's PhoneIndex reads it)."""
    out = []
    if keys.email.strip():
        out.append(("email", ("email", keys.email.strip().lower())))
    if keys.phone.strip():
        out.append(("phone", ("phone", keys.phone.strip())))
    if keys.name.strip():
        out.append(("name", ("name", keys.name.strip().lower())))
    if keys.company.strip():
        out.append(("company", ("company", keys.company.strip().lower())))
    return out


class CustomerFinder:
    """Customers by email, phone number (the same number however written, domain/phones.py),
    name and company, every match kept so that a name shared by two customers is found
    ambiguous instead of picking one."""

    def __init__(self, region: str | None = None) -> None:
        self._by_key: dict[tuple[str, str], set[Ref]] = defaultdict(set)
        self.phones: PhoneIndex[Ref] = PhoneIndex(region)
        self.names: dict[Ref, str] = {}

    @staticmethod
    def load(session: Session) -> CustomerFinder:
        finder = CustomerFinder(phone_region(session))
        for cid, name, company in customer_names_and_companies(session):
            finder._index(("db", cid), name, company, (), ())
        for cid, kind, value in contact_values(session):
            emails, phones = ((value,), ()) if kind == ContactKind.EMAIL else ((), (value,))
            finder._index(("db", cid), None, "", emails, phones)
        return finder

    def add(self, ref: Ref, c: e.Customer) -> None:
        emails = tuple(p.value for p in c.emails)
        self._index(ref, c.name, c.company, emails, tuple(p.value for p in c.phones))

    def _index(
        self, ref: Ref, name: str | None, company: str, emails: Sequence[str], phones: Sequence[str]
    ) -> None:
        if name is not None:
            self.names[ref] = name
            for key in (("name", name), ("company", name), ("company", company)):
                if key[1].strip():
                    self._by_key[key[0], key[1].strip().lower()].add(ref)
        for value in emails:
            self._by_key["email", value.strip().lower()].add(ref)
        for value in phones:
            self.phones.add(value, ref)

    def _owners(self, key: tuple[str, str]) -> set[Ref]:
        if key[0] == "phone":
            return set(self.phones.find(key[1]))
        return self._by_key.get(key, set())

    def find(self, keys: CustomerKeys) -> tuple[Ref | None, str, tuple[str, ...]]:
        """(the customer, why none can be chosen, warnings); (None, "", ()) when unknown.

        The first key that finds anyone decides; later keys only narrow several matches down.
        """
        if keys.id is not None:
            if ("db", keys.id) not in self.names:
                return (
                    None,
                    say("svc.no_customer_id", "there is no customer with id {id}", id=keys.id),
                    (),
                )
            chosen, how = {("db", keys.id)}, "id"
        else:
            chosen, how = set(), ""
        given = lookups(keys)
        for what, key in given:
            found = self._owners(key)
            if found and not chosen:
                chosen, how = set(found), what
            elif found & chosen:
                chosen &= found
        if not chosen:
            return None, "", ()
        if len(chosen) > 1:
            some = "; ".join(f"{r[1]} {self.names[r]}" for r in sorted(chosen)[:5])
            return (
                None,
                say(
                    "svc.row_ambiguous",
                    "'{name}' matches {count} customers ({some}); "
                    "add an email or phone column, or give the customer id",
                    name=keys.label(),
                    count=len(chosen),
                    some=some,
                ),
                (),
            )
        (ref,) = chosen
        warnings = []
        for what, key in given:
            others = self._owners(key)
            if what in ("email", "phone", "name") and others and ref not in others:
                other, given = self.names[min(others)], getattr(keys, what).strip()
                warnings.append(
                    f"{what} {given!r} is {other}'s; matched {self.names[ref]} by {how}"
                )
        return ref, "", tuple(dict.fromkeys(warnings))


class StaffFinder:
    """Staff members by id or name (case-insensitive), read once."""

    def __init__(self, session: Session) -> None:
        self.ids: set[int] = set()
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for sid, name in staff_names(session):
            self.ids.add(sid)
            self.by_name[name.strip().lower()].append(sid)
        self.current = author(session)

    def find(self, text: str) -> StaffId | None:
        ref = text.strip()
        if not ref:
            return self.current
        if ref.isdecimal():
            ident = as_id(ref)
            if ident is not None and ident in self.ids:
                return StaffId(ident)
            raise ValidationError("staff", no_staff_id(ref[:30]))
        ids = self.by_name.get(ref.lower(), [])
        if len(ids) == 1:
            return StaffId(ids[0])
        if not ids:
            raise ValidationError("staff", no_staff_named(ref))
        raise ValidationError("staff", several_staff(ref))
