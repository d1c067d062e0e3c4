"""`crmnote attach`, `attachments` and `extract`: evidence files kept in the book."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from crmnote.cli import language
from crmnote.cli.values import RECORD_ID
from crmnote.domain.entities import ATTACHABLE
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import plain
from crmnote.domain.reasons import Typed, say

COMMANDS = frozenset({"attach", "attachments", "extract"})


def add_evidence_commands(sub: Any) -> None:
    attach = sub.add_parser(
        "attach", help="keep a file (scan, photo, PDF, e-mail) as evidence on a record"
    )
    attach.add_argument("kind", choices=ATTACHABLE)
    attach.add_argument("id", type=RECORD_ID, help="the record's id")
    attach.add_argument("file", help="the file to keep (read once; the book holds a copy)")
    attach.add_argument("--note", default="", help="what it shows")

    listing = sub.add_parser("attachments", help="list evidence files of a record or customer")
    listing.add_argument("kind", nargs="?", choices=ATTACHABLE, help="the record's kind")
    listing.add_argument("id", nargs="?", type=RECORD_ID, help="the record's id")
    listing.add_argument("--customer", help="every file of this customer (id or name)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    extract = sub.add_parser("extract", help="write an evidence file out of the book")
    extract.add_argument("attachment", type=RECORD_ID, help="the attachment's id")
    extract.add_argument(
        "-o", "--output", default=".", help="a file, or a folder to write it into (default .)"
    )


def attachment_json(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "customer_id": a.customer_id,
        "record_kind": a.record_kind,
        "record_id": a.record_id,
        "name": a.name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "note": a.note,
        "added_by": a.added_by,
        "added_at": plain(a.created_at),
    }


def run_evidence_command(services: Any, args: argparse.Namespace) -> int:
    files = services.attachments
    if args.command == "attach":
        made, _ = files.attach_file(args.kind, args.id, Path(args.file), args.note)
        print(made.id)
        return 0
    if args.command == "extract":
        print(files.extract(args.attachment, Path(args.output)))
        return 0
    if args.customer:
        if args.kind is not None:
            raise ValidationError(
                "customer",
                say(
                    "cli.record_or_customer_not_both",
                    "give a record (KIND ID) or {option}, not both",
                    option=Typed("--customer"),
                ),
            )
        found = files.of_customer(services.customers.find(args.customer))
    elif args.kind is not None and args.id is not None:
        found = files.of_record(args.kind, args.id)
    else:
        raise ValidationError(
            "arguments",
            say(
                "cli.record_or_customer",
                "give a record (KIND ID) or {option} C",
                option=Typed("--customer"),
            ),
        )
    if args.json:
        print(json.dumps([attachment_json(a) for a in found], ensure_ascii=False, indent=2))
        return 0
    for a in found:
        note = f"  ({a.note})" if a.note else ""
        size = language.sentence(say("cli.evidence.bytes", "%n byte(s)", n=a.size))
        print(
            f"{a.id:>6}  {a.record_kind} {a.record_id}  {a.name}  {a.media_type}  "
            f"{size}  sha256 {a.sha256}{note}"
        )
    return 0
