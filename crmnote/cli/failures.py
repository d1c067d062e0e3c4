"""Every way a command can fail, as one line on stderr and a documented exit code.

Bad input, unknown records and files that cannot be read or written exit 1; a database from
a newer crmnote 3; a database that cannot be used (damaged, locked, read-only, disk full, a
server refusing the sign-in) 4; a database server that does not answer 5; something the
signed-in role may not do (a viewer writing, staff erasing) 6; a record changed by someone
else since it was read (`set --expect-version`) 7. An
error nobody foresaw is a bug: one line saying so, exit 70, and the traceback written to a
crash report file for the bug report, never onto the terminal.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crmnote import paths
from crmnote.bootstrap import EXIT_DATABASE, EXIT_TOO_NEW, EXIT_UNREACHABLE
from crmnote.cli import language
from crmnote.domain.errors import (
    CrmError,
    DatabaseError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    NotAllowedError,
    StaleRecordError,
    StorageError,
    ValidationError,
)
from crmnote.domain.reasons import say

EXIT_ERROR = 1
EXIT_NOT_ALLOWED = 6
EXIT_CHANGED_MEANWHILE = 7
EXIT_BUG = 70  # EX_SOFTWARE of sysexits.h
_DATABASE_MODULES = ("sqlite3", "sqlcipher3", "sqlalchemy")


def guarded(action: Callable[[], int]) -> int:
    """Run a command; whatever it raises becomes one line on stderr and an exit code."""
    try:
        return int(action())
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stderr.close()
        return 0
    except DatabaseTooNewError as exc:
        return fail(_said(exc), EXIT_TOO_NEW)
    except DatabaseUnreachableError as exc:
        return fail(_said(exc), EXIT_UNREACHABLE)
    except NotAllowedError as exc:
        return fail(_said(exc), EXIT_NOT_ALLOWED)
    except StaleRecordError as exc:
        return fail(_said(exc), EXIT_CHANGED_MEANWHILE)
    except (DatabaseError, StorageError) as exc:  # a Reason in the user's language
        return fail(_said(exc), EXIT_DATABASE)
    except ValidationError as exc:
        said = language.sentence(exc.message)
        return fail(f"{exc.field.replace('_', '-')}: {said}", EXIT_ERROR)
    except CrmError as exc:  # a Reason (a service's sentence) in the user's language
        return fail(_said(exc), EXIT_ERROR)
    except OSError as exc:
        from crmnote.storage.sqlite_errors import os_message

        return fail(language.sentence(os_message(exc)), EXIT_ERROR)
    except Exception as exc:
        if type(exc).__module__.split(".")[0] in _DATABASE_MODULES:
            from crmnote.storage.sqlite_errors import explain

            orig = getattr(exc, "orig", None)
            refused = say(
                "cli.database_refused", "the database refused: {why}", why=explain(orig or exc)
            )
            return fail(language.sentence(refused), EXIT_DATABASE)
        return _bug(exc)


def _said(exc: CrmError) -> str:
    """The error's sentence in the user's language (a `Reason`), or its text as it is."""
    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    return language.sentence(said)


def fail(message: str, code: int) -> int:
    """`crmnote: error: MESSAGE` on stderr: the frame stays as it is in every language (scripts
    and `grep` look for it), the message is in the user's (docs/cli.md)."""
    print(f"crmnote: error: {' '.join(message.splitlines())}", file=sys.stderr)
    return code


def warn(message: str) -> None:
    """`crmnote: warning: MESSAGE` on stderr, framed as `fail` frames an error."""
    print(f"crmnote: warning: {' '.join(message.splitlines())}", file=sys.stderr)


def _bug(exc: BaseException) -> int:
    where = crash_report(exc)
    error = f"{type(exc).__name__}: {exc}"  # as Python says it: for the bug report
    if where:
        said = say(
            "cli.bug_saved",
            "internal error: {error} (a bug in crmnote, please report "
            "it; the details are in {path})",
            error=error,
            path=str(where),
        )
    else:
        said = say(
            "cli.bug", "internal error: {error} (a bug in crmnote, please report it)", error=error
        )
    return fail(language.sentence(said), EXIT_BUG)


def crash_report(exc: BaseException) -> Path | None:
    """Write the traceback to a private file in the data folder; None when that fails."""
    try:
        folder = paths.data_dir() / "crash-reports"
        from crmnote.storage.private_files import private_dirs

        private_dirs(folder)
        path = folder / f"cli-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as f:
            f.write(f"crmnote {' '.join(sys.argv[1:])}\n\n")
            f.write("".join(traceback.format_exception(exc)))
        return path
    except Exception:
        return None
