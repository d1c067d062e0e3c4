"""Evidence files: attach a file to a promise, claim, interaction or request, read it back, remove
it; each one user action in one transaction, with its SHA-256 in the change log."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.attachments import Limits, check_file, clean_name
from crmnote.domain.audit import Action
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Typed, listing, say
from crmnote.domain.types import AttachmentId, StaffId
from crmnote.services.audit import log_change
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage import attachment_store as store
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting


def _kind(kind: str) -> str:
    if kind not in e.ATTACHABLE:
        raise ValidationError(
            "kind",
            say(
                "svc.not_attachable",
                "files attach to {kinds} records, not '{kind}'",
                kinds=listing(Typed(k) for k in e.ATTACHABLE),
                kind=kind,
            ),
        )
    return kind


def _changes(a: e.Attachment, *, new: bool = False) -> Changes:
    # The record's own views show how many files it has: they reload too.
    return Changes.of("attachment", a.id, a.customer_id, new=new) | Changes(
        kinds=frozenset({a.record_kind})
    )


def _limits(repo: Repository) -> Limits:
    return Limits.from_mb(
        float(read_setting(repo.session, declared.ATTACHMENT_MAX_MB)),
        float(read_setting(repo.session, declared.ATTACHMENTS_TOTAL_MB)),
    )


class AttachmentService(ServiceBase):
    """Evidence files kept inside the book."""

    def attach(
        self, kind: str, record_id: int, name: str, data: bytes, note: str = ""
    ) -> tuple[e.Attachment, Changes]:
        """Keep `data` (a file called `name`) as evidence on a record.

        Refused with a ValidationError naming `file` when it is empty, too large, would take
        the book past its total, or is not a type that is accepted (domain/attachments.py).
        """
        _kind(kind)
        now = self.now()
        with self.transaction() as repo:
            record = repo.get(kind, record_id)
            checked = check_file(name, data, store.total_size(repo.session), _limits(repo))
            current = read_setting(repo.session, declared.CURRENT_STAFF)
            made = store.add(
                repo.session,
                e.Attachment(
                    customer_id=record.customer_id,
                    record_kind=kind,
                    record_id=record_id,
                    name=checked.name,
                    media_type=checked.media_type,
                    size=checked.size,
                    sha256=checked.sha256,
                    note=note.strip(),
                    added_by=None if current is None else StaffId(int(current)),
                    created_at=now,
                    updated_at=now,
                ),
                data,
            )
            log_change(repo.session, now, Action.ADD, None, made)
        return made, _changes(made, new=True)

    def attach_file(
        self, kind: str, record_id: int, path: Path, note: str = ""
    ) -> tuple[e.Attachment, Changes]:
        """Attach the file at `path` (read whole; the limits bound its size)."""
        try:
            if path.is_dir():
                raise ValidationError(
                    "file", say("svc.folder", "{path} is a folder, not a file", path=str(path))
                )
            with self.reading() as repo:
                limit = _limits(repo).per_file
            size = path.stat().st_size
            if size > limit:  # refused before reading a huge file into memory
                raise ValidationError(
                    "file",
                    say(
                        "svc.too_big",
                        "{name} is {size:.1f} MB; files of at most {limit:.1f} MB are kept",
                        name=clean_name(path.name),
                        size=size / 2**20,
                        limit=limit / 2**20,
                    ),
                )
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                "file",
                say(
                    "svc.unreadable",
                    "{path} cannot be read: {why}",
                    path=str(path),
                    why=str(exc.strerror or exc),
                ),
            ) from None
        return self.attach(kind, record_id, path.name, data, note)

    def get(self, attachment_id: int) -> e.Attachment:
        with self.reading() as repo:
            return store.get(repo.session, attachment_id)

    def data(self, attachment_id: int) -> bytes:
        with self.reading() as repo:
            return store.data(repo.session, attachment_id)

    def of_record(self, kind: str, record_id: int) -> list[e.Attachment]:
        _kind(kind)
        with self.reading() as repo:
            repo.get(kind, record_id)
            return store.of_record(repo.session, kind, record_id)

    def of_customer(self, customer_id: int) -> list[e.Attachment]:
        with self.reading() as repo:
            repo.require("customer", customer_id)
            return store.of_customer(repo.session, customer_id)

    def counts(self, kind: str, record_ids: Sequence[int]) -> dict[int, int]:
        """Files per record, for lists that show a paper clip."""
        _kind(kind)
        with self.reading() as repo:
            return store.counts(repo.session, kind, list(record_ids))

    def remove(self, attachment_id: int) -> Changes:
        with self.transaction() as repo:
            old = store.get(repo.session, attachment_id)
            store.remove(repo.session, attachment_id)
            log_change(repo.session, self.now(), Action.DELETE, old, None)
        return _changes(old)

    def restore(self, attachment: e.Attachment, data: bytes) -> Changes:
        """Put a removed file back with its id (undo); its bytes must still match its hash."""
        if hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise ValidationError(
                "file",
                say("svc.hash_differs", "{name} does not match its SHA-256", name=attachment.name),
            )
        with self.transaction() as repo:
            repo.get(attachment.record_kind, attachment.record_id)
            made = store.add(repo.session, attachment, data)
            log_change(repo.session, self.now(), Action.RESTORE, None, made)
        return _changes(made, new=True)

    def extract(self, attachment_id: int, destination: Path) -> Path:
        """Write a file out: to `destination`, or into it under its own name when it is a
        folder. Never overwrites: an existing file is refused."""
        attachment = self.get(attachment_id)
        target = destination / attachment.name if destination.is_dir() else destination
        if target.exists():
            raise ValidationError(
                "output",
                say("svc.exists", "{path} exists already; nothing was written", path=str(target)),
            )
        try:
            target.write_bytes(self.data(AttachmentId(attachment_id)))
        except OSError as exc:
            raise ValidationError(
                "output",
                say(
                    "svc.unwritable",
                    "{path} cannot be written: {why}",
                    path=str(target),
                    why=str(exc.strerror),
                ),
            ) from None
        return target
