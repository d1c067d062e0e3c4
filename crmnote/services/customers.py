"""Customer use cases: find, list, archive, and the first-run staff member."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.types import CustomerId, CustomerStatus, StaffId
from crmnote.domain.views import CustomerSummary
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.references import customer_ref
from crmnote.storage.list_queries import customer_count, sorted_summaries
from crmnote.storage.lookup_queries import first_staff_id
from crmnote.storage.settings_store import read_setting, write_setting
from crmnote.storage.team import access, author, member_staff


class CustomerService(ServiceBase):
    def find(self, ref: str) -> CustomerId:
        """A customer by id or unambiguous name (NotFoundError / AmbiguousError otherwise)."""
        with self.reading() as repo:
            return customer_ref(repo, ref)

    def summaries(
        self,
        search: str = "",
        statuses: Sequence[CustomerStatus] = (),
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CustomerSummary]:
        with self.reading() as repo:
            return sorted_summaries(repo.session, search, statuses, tag, limit=limit, offset=offset)

    def count(self) -> int:
        with self.reading() as repo:
            return customer_count(repo.session)

    def set_status(self, customer_id: int, status: CustomerStatus) -> Changes:
        with self.transaction() as repo:
            old: e.Customer = repo.get("customer", customer_id)
            repo.update(dataclasses.replace(old, status=status, updated_at=self.now()))
            return Changes.of("customer", customer_id, customer_id)

    def archive(self, customer_id: int) -> Changes:
        return self.set_status(customer_id, CustomerStatus.ARCHIVED)

    def current_staff(self) -> StaffId | None:
        """Who records what this app writes: the signed-in member of a team book, else the
        book's current staff member."""
        with self.reading() as repo:
            return author(repo.session)

    def ensure_staff(self, name: str) -> tuple[StaffId | None, Changes]:
        """The staff member who records by default, created on first run (a sole proprietor).

        A team member records as their own staff member; anyone but the book's owner leaves
        the book as it is (the settings are the owner's)."""
        with self.transaction() as repo:
            member = member_staff(repo.session)
            if member is not None:
                return member, Changes()
            current = read_setting(repo.session, declared.CURRENT_STAFF)
            if current is not None and repo.exists("staff", int(current)):
                return StaffId(int(current)), Changes()
            if not access(repo.session).is_owner:
                return None, Changes()
            first = first_staff_id(repo.session)
            changes = Changes()
            if first is None:
                now = self.now()
                staff = repo.add(e.Staff(name=name or "Me", created_at=now, updated_at=now))
                first = staff.id
                changes = Changes.of("staff", staff.id, None, new=True)
            write_setting(repo.session, declared.CURRENT_STAFF, first)
            return StaffId(first), changes
