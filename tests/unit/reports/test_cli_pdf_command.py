"""`export-pdf` and `claim-pdf` through `cli_pdf`, as cli.py dispatches them."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

import pytest

from crmnote.cli.pdf import add_pdf_commands, run_pdf_command
from crmnote.domain.errors import ValidationError
from tests.unit.reports.conftest import NAME, Made, pdf_text


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_pdf_commands(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_export_pdf_writes_the_history(
    made: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "h.pdf"
    args = _args(
        "export-pdf", NAME, "-o", str(out), "--from", "2026-01-10", "--sections", "timeline,claims"
    )
    assert run_pdf_command(made.services, args) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert capsys.readouterr().out.startswith(f"{out} (1 page)")
    text = pdf_text(out)
    assert "Timeline of interactions" in text and "Claims" in text and "Promises" not in text


def test_claim_pdf_writes_the_dossier(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    assert (
        run_pdf_command(made.services, _args("claim-pdf", str(made.claim_id), "-o", str(out))) == 0
    )
    assert "The promise as made" in pdf_text(out)


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("export-pdf", NAME, "-o", "x.pdf", "--from", "soon"), "from"),
        (("export-pdf", NAME, "-o", "x.pdf", "--sections", "gossip"), "sections"),
        (("export-pdf", NAME, "-o", "x.pdf", "--from", "2026-02-01", "--to", "2026-01-01"), "to"),
        (("claim-pdf", "first", "-o", "x.pdf"), "claim"),
    ],
)
def test_bad_arguments_name_the_field(made: Made, argv: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        run_pdf_command(made.services, _args(*argv))
    assert caught.value.field == field
