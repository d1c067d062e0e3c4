"""`crmnote check [--repair]`: the file's soundness, logical problems and the change log."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crmnote.cli import language
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say

if TYPE_CHECKING:  # the services load only when the command runs
    from crmnote.services.audit_verify import Finding as LogFinding
    from crmnote.services.consistency import Finding
    from crmnote.services.maintenance import MaintenanceService


def add_check_command(sub: Any) -> None:
    check = sub.add_parser(
        "check", help="check the database and report problems; --repair mends logical ones"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="back up, then repair orphans, impossible states and stale derived data",
    )


def run_check(
    args: argparse.Namespace, care: MaintenanceService | None, passphrase: str | None = None
) -> int:
    """Exit 0 when nothing is wrong (after the repair, with --repair), 1 otherwise; an
    encrypted database is checked and opened with its `passphrase` (`care` holds it too).
    A book on a server (`care` None) has no file to check: its logical checks and change log
    are, and a repair backs it up with pg_dump first."""
    language.activate()  # the report's own lines in the user's language (Qt only if needed)
    if care is not None:
        refused = _file_refused(care)
        if refused is not None:
            return refused
    from crmnote.bootstrap import open_database  # migrates an older database, after backing it up

    opened = open_database(args.db, passphrase)
    where = str(care.db) if care is not None else opened.name
    try:
        services = opened.services
        if args.repair and opened.read_only:
            raise DatabaseError(
                say(
                    "check.read_only",
                    "{path} is read-only: it can be checked, not repaired",
                    path=where,
                )
            )
        if args.repair:
            _report(services.consistency.find(), services.audit.verify().findings)
            report = services.consistency.repair()
            if report.backup is not None:
                print(language.tr("check", "backed up to {0}").format(report.backup))
            for done in report.repaired:
                print(language.tr("check", "repaired: {0}").format(language.sentence(done.message)))
            if not report.repaired:
                print(language.tr("check", "nothing to repair"))
        findings = services.consistency.find()
        audit = services.audit.verify()
    finally:
        opened.close()
    problems = _report(findings, audit.findings)
    unlogged = sum(audit.unlogged.values())
    if unlogged:
        print(
            language.tr(
                "check",
                "note: %n record(s) without a change-log entry yet (from before the log, or "
                "written around crmnote; crmnote log-baseline records them)",
                unlogged,
            )
        )
    if problems:
        print(language.tr("check", "{0}: %n problem(s) found", problems).format(where))
        if findings and not args.repair:
            print(
                language.tr(
                    "check", "crmnote check --repair mends the logical ones, after a backup"
                )
            )
        if audit.findings:
            print(
                language.tr(
                    "check",
                    "change-log findings are changes made behind the app's back; --repair logs "
                    "the records it mends (as found, then as mended) but does not undo other "
                    "changes",
                )
            )
        return 1
    print(language.tr("check", "{0}: no problems found").format(where))
    return 0


def _file_refused(care: MaintenanceService) -> int | None:
    """Exit code 1 when the file is missing or damaged (said why), else None."""
    if not care.db.exists():
        print(language.tr("check", "there is no database at {0}").format(care.db))
        return 1
    damage = care.damage()
    if damage:
        for problem in damage:
            print(language.sentence(problem))
        good = care.newest_good_backup()
        where = (
            language.tr("check", "the newest good backup is {0}").format(good)
            if good
            else language.tr("check", "there is no good backup")
        )
        print(
            language.tr(
                "check",
                "{0}: the file itself is damaged; --repair mends logical problems, not this. "
                "Restore a backup with `crmnote restore FILE` ({1}).",
            ).format(care.db, where)
        )
        return 1
    return None


def _report(findings: Sequence[Finding], log: Sequence[LogFinding]) -> int:
    """Print the logical findings and the change log's; returns how many there were."""
    for finding in findings:
        print(language.sentence(finding.message))
    for entry in log:
        print(language.tr("check", "change log: {0}").format(language.sentence(entry.message)))
    return len(findings) + len(log)
