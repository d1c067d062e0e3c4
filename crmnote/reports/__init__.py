"""Exports of records to documents (PDF and others); Qt non-widget classes only."""

from crmnote.reports.dossier import layout_claim_dossier, render_claim_dossier
from crmnote.reports.history import layout_customer_history, render_customer_history
from crmnote.reports.options import ALL_SECTIONS, ReportOptions, Section, parse_sections
from crmnote.reports.pages import PagedReport, Progress, ReportCancelled
from crmnote.reports.printing import prepare_printer, print_report

__all__ = [
    "ALL_SECTIONS",
    "PagedReport",
    "Progress",
    "ReportCancelled",
    "ReportOptions",
    "Section",
    "layout_claim_dossier",
    "layout_customer_history",
    "parse_sections",
    "prepare_printer",
    "print_report",
    "render_claim_dossier",
    "render_customer_history",
]
