"""`crmnote export-pdf` and `crmnote claim-pdf`: customer history and claim dossier PDFs."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from crmnote.cli import language
from crmnote.domain.bounds import as_id
from crmnote.domain.errors import CrmError, ValidationError
from crmnote.domain.parsing import parse_date
from crmnote.domain.reasons import say
from crmnote.domain.types import ClaimId
from crmnote.storage.sqlite_errors import os_reason

# The QGuiApplication made for a command must outlive every Qt object of the command.
_keep_alive: list[object] = []


def add_pdf_commands(sub: Any) -> None:
    history = sub.add_parser("export-pdf", help="a customer's history as a PDF")
    history.add_argument("customer", help="customer id or unambiguous name")
    history.add_argument("-o", "--output", required=True, help="the PDF file to write")
    history.add_argument("--from", dest="start", help="first date to include (YYYY-MM-DD)")
    history.add_argument("--to", dest="end", help="last date to include (YYYY-MM-DD)")
    history.add_argument(
        "--sections",
        help="comma-separated: details, scores, promises, claims, requests, money, timeline "
        "(default: all)",
    )
    history.add_argument("--logo", help="an image printed above the customer's name")
    history.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    dossier = sub.add_parser("claim-pdf", help="one claim's dossier as a PDF")
    dossier.add_argument("claim", help="claim id")
    dossier.add_argument("-o", "--output", required=True, help="the PDF file to write")
    dossier.add_argument("--paper", choices=("A4", "Letter"), default="A4")


def run_pdf_command(services: Any, args: argparse.Namespace) -> int:
    """Write the PDF the arguments ask for; prints the file name and page count."""
    _gui_application()
    from crmnote.reports import (
        ReportOptions,
        parse_sections,
        render_claim_dossier,
        render_customer_history,
    )
    from crmnote.services.history import HistoryService, Period

    history = getattr(services, "history", None) or HistoryService.beside(services.records)
    output = Path(args.output)
    if output.is_dir():
        raise ValidationError(
            "output",
            say("cli.folder_pdf", "{path} is a folder; name the PDF file", path=str(output)),
        )
    try:
        if args.command == "claim-pdf":
            claim_id = as_id(str(args.claim))
            if not claim_id:
                raise ValidationError(
                    "claim",
                    say(
                        "cli.not_claim_id", "{value} is not a claim id", value=repr(str(args.claim))
                    ),
                )
            data = history.claim_dossier(ClaimId(claim_id))
            pages = render_claim_dossier(data, output, paper=args.paper)
        else:
            start = parse_date("from", args.start) if args.start else None
            end = parse_date("to", args.end) if args.end else None
            customer_id = services.customers.find(args.customer)
            options = ReportOptions(
                sections=parse_sections(args.sections)
                if args.sections
                else ReportOptions().sections,
                logo=Path(args.logo) if args.logo else None,
                paper=args.paper,
            )
            data = history.customer_history(customer_id, Period(start, end))
            pages = render_customer_history(data, output, options)
    except OSError as exc:
        raise CrmError(
            say(
                "cli.cannot_write",
                "cannot write {path}: {why}",
                path=str(output),
                why=os_reason(exc),
            )
        ) from None
    said = say("cli.pdf.written", "{path} (%n page(s))", path=str(output), n=pages)
    print(language.sentence(said))
    return 0


def _gui_application() -> None:
    """Qt's fonts need a QGuiApplication; without a display, use the offscreen platform. The
    PDF's words then follow the user's language (cli/language.py)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        on_desktop = sys.platform in ("win32", "darwin")
        if not on_desktop and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_alive.append(QGuiApplication(["crmnote"]))
    language.activate(gui=True)
