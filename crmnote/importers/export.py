"""`crmnote export`: the target's suffix picks the format (.json, .vcf, .csv, .zip, a directory)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import say
from crmnote.importers import csv_write, json_doc, vcard_write
from crmnote.importers.files import private_dir, write_private, write_private_parts
from crmnote.importers.formats import FORMATS
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import KIND_ORDER, Snapshot

__all__ = ["FORMATS", "ExportResult", "export_to"]


@dataclass(frozen=True)
class ExportResult:
    """What was written: the files and how many records of each kind."""

    files: tuple[Path, ...]
    counts: dict[str, int]


def _per_kind(snapshot: Snapshot) -> dict[str, bytes]:
    return {
        f"{kind}.csv": csv_write.kind_csv(kind, snapshot.records.get(kind, ())).encode(
            csv_write.ENCODING
        )
        for kind in KIND_ORDER
    }


def _counts(snapshot: Snapshot) -> dict[str, int]:
    return {kind: len(snapshot.records.get(kind, ())) for kind in KIND_ORDER}


def export_to(
    target: Path, transfer: TransferService, customer_ids: Sequence[int] | None = None
) -> ExportResult:
    """Write the whole notebook (or the records about some customers) to `target`."""
    suffix = target.suffix.lower()
    if suffix == ".json":
        snapshot = transfer.snapshot(customer_ids)
        write_private(target, json_doc.dumps(snapshot).encode("utf-8"))
        return ExportResult((target,), _counts(snapshot))
    if suffix == ".vcf":
        customers = transfer.customers(customer_ids)
        write_private(target, vcard_write.vcards(customers).encode("utf-8"))
        return ExportResult((target,), {"customer": len(customers)})
    if suffix == ".csv":
        names = {int(s.id): s.name for s in transfer.staff()}
        if customer_ids is None:  # the whole book: a chunk at a time, never all at once
            chunks: Iterable[list[e.Customer]] = transfer.every_customer()
        else:
            chunks = [transfer.customers(customer_ids)]
        written = [0]

        def counted() -> Iterator[list[e.Customer]]:
            for chunk in chunks:
                written[0] += len(chunk)
                yield chunk

        parts = csv_write.customers_csv_parts(counted(), names)
        # The byte-order mark once, at the start (csv_write.ENCODING), then plain UTF-8.
        encoded = (
            part.encode(csv_write.ENCODING if i == 0 else "utf-8") for i, part in enumerate(parts)
        )
        write_private_parts(target, encoded)
        return ExportResult((target,), {"customer": written[0]})
    if suffix == ".zip":
        snapshot = transfer.snapshot(customer_ids)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in _per_kind(snapshot).items():
                archive.writestr(name, data)
        write_private(target, buffer.getvalue())
        return ExportResult((target,), _counts(snapshot))
    if target.is_dir() or not suffix:
        snapshot = transfer.snapshot(customer_ids)
        private_dir(target)
        files = []
        for name, data in _per_kind(snapshot).items():
            write_private(target / name, data)
            files.append(target / name)
        return ExportResult(tuple(files), _counts(snapshot))
    raise ValidationError(
        "file",
        say(
            "import.not_export_format",
            "{suffix} is not an export format ({formats})",
            suffix=repr(suffix),
            formats=FORMATS,
        ),
    )
