"""`crmnote` as a user or a script runs it: one helper for every end-to-end test.

A call runs the command line's `main` in this test process, with the environment, standard
input (empty, not a terminal), output and error output a child process would have: what a
command prints, its exit code and what it leaves in the database are the same, without the
half second of start-up a `python -m crmnote` child costs. `Cli(..., process=True)` (and any
call in a language other than English, whose translations stay installed in a process) starts
the real child process instead: the tests of exit codes at the process boundary, of LANG, of
two processes at once use it.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from crmnote.cli import language


class Cli:
    """The command line on `database`: a SQLite file (`db` is its path) or a PostgreSQL URL
    (`url`), with a private HOME and no passphrase in the environment."""

    def __init__(self, tmp_path: Path, database: str | Path, *, process: bool = False) -> None:
        self.url = str(database)
        self.db = Path(database)
        self.env = {**os.environ, "CRMNOTE_DB": self.url, "HOME": str(tmp_path)}
        self.env.pop("CRMNOTE_PASSPHRASE", None)
        self.process = process

    def run(
        self,
        *args: str | Path,
        ok: bool = True,
        code: int | None = None,
        passphrase: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Runs `crmnote ARGS`; checks the exit code is `code` (0 unless `ok=False`, which
        checks nothing). Standard input is not a terminal, so nothing prompts."""
        env = self.env if passphrase is None else {**self.env, "CRMNOTE_PASSPHRASE": passphrase}
        result = crmnote(env, *args, process=self.process)
        expected = code if code is not None else (0 if ok else None)
        if expected is not None:
            assert result.returncode == expected, (result.returncode, result.stderr)
        return result


def crmnote(
    env: Mapping[str, str], *args: str | Path, process: bool = False
) -> subprocess.CompletedProcess[str]:
    """`crmnote ARGS` with `env` as the whole environment: in this process (`run_here`), or
    with `process=True` in a child."""
    words = list(map(str, args))
    if process:
        return run_process(words, env)
    return run_here(words, env)


def run_process(words: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """`python -m crmnote WORDS` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "crmnote", *words],
        capture_output=True,
        text=True,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


_keep: list[object] = []


class _Output(io.StringIO):
    """Standard output or error of one command; `guarded` closes stderr after a broken
    pipe, which must not lose what was written."""

    def close(self) -> None:
        pass


def run_here(words: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """`crmnote WORDS` through `crmnote.cli.main` in this process, as a child would see it:
    `env` as the whole environment, an empty standard input that is no terminal, and the
    exit code argparse's `SystemExit` carries; in English again afterwards."""
    from PySide6.QtWidgets import QApplication

    from crmnote.cli import main

    if QApplication.instance() is None:  # else `export-pdf` would make a QGuiApplication,
        _keep.append(QApplication([]))  # and the widget tests in this process fail
    out, err = _Output(), _Output()
    english = _english(env)
    with (
        _environment(env),
        _stdin(),
        _language(),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            returncode = main(words)
        except SystemExit as stop:  # argparse: --help, --version, usage errors
            returncode = _exit_code(stop.code, err)
        assert not english or not language._state["installed"], (
            "an English command installed translations"
        )
    return subprocess.CompletedProcess(
        [sys.executable, "-m", "crmnote", *words], returncode, out.getvalue(), err.getvalue()
    )


def _english(env: Mapping[str, str]) -> bool:
    names = language.languages(dict(env))
    return not names or names[0].split("_")[0] == "en"


@contextlib.contextmanager
def _language() -> Iterator[None]:
    """Whatever language the command spoke, this process is English again afterwards: the
    translators it installed removed, the default locale and `crmnote.cli.language`'s state
    as they were."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    locale = QLocale()
    saved = dict(language._state, keep=list(language._state["keep"]))
    try:
        yield
    finally:
        app = QCoreApplication.instance()
        for made in language._state["keep"][len(saved["keep"]) :]:
            if isinstance(made, QTranslator) and app is not None:
                app.removeTranslator(made)
                made.deleteLater()
        QLocale.setDefault(locale)
        language._state.clear()
        language._state.update(saved)


def _exit_code(code: object, err: io.StringIO) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)  # as the interpreter does with a message
    return 1


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _stdin() -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        yield
    finally:
        sys.stdin = saved
