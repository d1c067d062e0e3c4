"""Finding records by what a person types: an id or an unambiguous name."""

from __future__ import annotations

from crmnote.domain.bounds import as_id
from crmnote.domain.errors import AmbiguousError, NotFoundError, ValidationError
from crmnote.domain.reasons import Reason, say
from crmnote.domain.types import CustomerId, StaffId
from crmnote.storage.lookup_queries import customers_named, staff_named
from crmnote.storage.repository import Repository


def no_staff_id(text: str) -> Reason:
    return say("svc.no_staff_id", "there is no staff member with id {id}", id=text)


def no_staff_named(name: str) -> Reason:
    return say("svc.no_staff_named", "there is no staff member named '{name}'", name=name)


def several_staff(name: str) -> Reason:
    return say(
        "svc.several_staff", "several staff members are named '{name}'; give the id", name=name
    )


def customer_ref(repo: Repository, ref: str) -> CustomerId:
    """A customer by id or by a name that matches exactly one customer."""
    text = ref.strip()
    if text.isdecimal():  # what int() reads: "²" is a digit, not a number
        ident = as_id(text)
        if ident is not None and repo.exists("customer", ident):
            return CustomerId(ident)
        raise NotFoundError(
            say("svc.no_customer_id", "there is no customer with id {id}", id=text[:30])
        )
    if not text:
        raise NotFoundError(say("svc.no_customer_named", "no customer named"))
    matches = customers_named(repo.session, text)
    if not matches:
        raise NotFoundError(say("svc.no_customer", "no customer matches '{name}'", name=ref))
    if len(matches) > 1:
        names = "; ".join(f"{cid} {name}" for cid, name in matches[:5])
        raise AmbiguousError(
            say(
                "svc.several_customers",
                "'{name}' matches several customers ({names}); give the id",
                name=ref,
                names=names,
            )
        )
    return CustomerId(matches[0][0])


def staff_ref(repo: Repository, ref: str, field: str = "staff") -> StaffId:
    """A staff member by id or by exact name (case-insensitive)."""
    text = ref.strip()
    if text.isdecimal():  # what int() reads: "²" is a digit, not a number
        ident = as_id(text)
        if ident is not None and repo.exists("staff", ident):
            return StaffId(ident)
        raise ValidationError(field, no_staff_id(text[:30]))
    ids = staff_named(repo.session, text)
    if len(ids) == 1:
        return StaffId(ids[0])
    if not ids:
        raise ValidationError(field, no_staff_named(ref))
    raise ValidationError(field, several_staff(ref))
