"""`crmnote export-pdf` and `crmnote claim-pdf` end to end: the PDFs made by a child process
without a display; the records before them and the refusals through the in-process runner."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from pypdf import PdfReader

from tests.e2e import cli_runner


def _run(tmp_path: Path, *args: str, process: bool = False) -> subprocess.CompletedProcess[str]:
    """`crmnote ARGS`; `process=True`: in a child process without a display, which must find
    Qt's offscreen platform itself."""
    env = {**os.environ, "CRMNOTE_DB": str(tmp_path / "cli.sqlite3"), "HOME": str(tmp_path)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if process:
        env.pop("QT_QPA_PLATFORM", None)  # the command must find the offscreen platform itself
    return cli_runner.crmnote(env, *args, process=process)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_export_and_claim_pdfs(tmp_path: Path) -> None:
    assert _run(tmp_path, "add", "customer", "Zoë Ångström 张伟").returncode == 0
    for n in range(3):
        note = f"Call {n}: <b>not bold</b> שלום"
        done = _run(
            tmp_path, "log", "1", "--minutes", "5", "--note", note, "--at", f"2026-03-0{n + 1}"
        )
        assert done.returncode == 0, done.stderr
    claim = _run(tmp_path, "add", "claim", "1", "--text", "Too slow", "--raised-at", "2026-03-02")
    assert claim.returncode == 0, claim.stderr
    out = tmp_path / "history.pdf"
    done = _run(tmp_path, "export-pdf", "Zoë", "-o", str(out), "--from", "2026-03-02", process=True)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out)
    assert "Zoë Ångström 张伟" in text and "<b>not bold</b>" in text and "Page 1 of" in text
    assert "Call 0" not in text and "Call 2" in text
    dossier = tmp_path / "claim.pdf"
    done = _run(tmp_path, "claim-pdf", claim.stdout.strip(), "-o", str(dossier), process=True)
    assert done.returncode == 0, done.stderr
    assert "Too slow" in _text(dossier)


def test_errors_are_one_line(tmp_path: Path) -> None:
    assert _run(tmp_path, "add", "customer", "Ann").returncode == 0
    done = _run(tmp_path, "export-pdf", "Ann", "-o", str(tmp_path / "x.pdf"), "--sections", "x")
    assert done.returncode == 1 and done.stderr.startswith("crmnote: error: sections:")
    done = _run(tmp_path, "claim-pdf", "99", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and "no claim with id 99" in done.stderr
    done = _run(tmp_path, "export-pdf", "Ann", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert done.returncode == 1 and "cannot write" in done.stderr
