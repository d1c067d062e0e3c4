"""The book's tables as a person names them: in a report's heading ("promises:") and counted
("1 promise", "3 promises") — message ids, so a translation says "Zusagen", "1 Zusage"."""

from __future__ import annotations

from crmnote.domain.reasons import Reason, message, say

# table → (its heading, its rows counted: a plural, crmnote/domain/reasons.py)
_WORDS = {
    "attachment_data": (
        message("table.attachment_data", "evidence file contents"),
        message("rows.attachment_data", "%n evidence file content(s)"),
    ),
    "attachments": (
        message("table.attachments", "evidence files"),
        message("rows.attachments", "%n evidence file(s)"),
    ),
    "change_log": (
        message("table.change_log", "change log"),
        message("rows.change_log", "%n change log entry(ies)"),
    ),
    "claims": (message("table.claims", "claims"), message("rows.claims", "%n claim(s)")),
    "customer_contacts": (
        message("table.customer_contacts", "contact details"),
        message("rows.customer_contacts", "%n contact detail(s)"),
    ),
    "customer_tags": (
        message("table.customer_tags", "customer tags"),
        message("rows.customer_tags", "%n customer tag(s)"),
    ),
    "customer_text": (
        message("table.customer_text", "customer texts"),
        message("rows.customer_text", "%n customer text(s)"),
    ),
    "customer_text_index": (
        message("table.customer_text_index", "customer filter index"),
        message("rows.customer_text_index", "%n customer filter index entry(ies)"),
    ),
    "customers": (
        message("table.customers", "customers"),
        message("rows.customers", "%n customer(s)"),
    ),
    "decisions": (
        message("table.decisions", "decisions"),
        message("rows.decisions", "%n decision(s)"),
    ),
    "effort": (message("table.effort", "effort"), message("rows.effort", "%n effort row(s)")),
    "feedback": (
        message("table.feedback", "feedback"),
        message("rows.feedback", "%n feedback record(s)"),
    ),
    "insights": (
        message("table.insights", "insights"),
        message("rows.insights", "%n insight(s)"),
    ),
    "interactions": (
        message("table.interactions", "interactions"),
        message("rows.interactions", "%n interaction(s)"),
    ),
    "money": (message("table.money", "money"), message("rows.money", "%n money entry(ies)")),
    "promises": (
        message("table.promises", "promises"),
        message("rows.promises", "%n promise(s)"),
    ),
    "requests": (
        message("table.requests", "requests"),
        message("rows.requests", "%n request(s)"),
    ),
    "score_history": (
        message("table.score_history", "score history"),
        message("rows.score_history", "%n score history point(s)"),
    ),
    "search_index": (
        message("table.search_index", "search index"),
        message("rows.search_index", "%n search index entry(ies)"),
    ),
    "staff": (message("table.staff", "staff"), message("rows.staff", "%n staff member(s)")),
    "standards": (
        message("table.standards", "standards"),
        message("rows.standards", "%n standard(s)"),
    ),
    "sync_conflicts": (
        message("table.sync_conflicts", "sync conflicts"),
        message("rows.sync_conflicts", "%n sync conflict(s)"),
    ),
    "team_members": (
        message("table.team_members", "team members"),
        message("rows.team_members", "%n team member(s)"),
    ),
}


def heading(table: str) -> str:
    """A table as a report names it ("promises"); a table without a word by its name."""
    words = _WORDS.get(table)
    return Reason(words[0]) if words else table


def rows(table: str, n: int) -> Reason:
    """`n` rows of a table in words: "1 promise", "3 promises", else "2 rows in sync_state"."""
    words = _WORDS.get(table)
    if words:
        return Reason(words[1], n=n)
    return say("rows.other", "%n row(s) in {table}", n=n, table=table)
