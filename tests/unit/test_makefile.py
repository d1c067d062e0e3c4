"""`make run` installs only what running needs; the test tool chain comes with `make test`
(issue 17, item 13). Checked with make's own dry run, so the rules are read as make reads them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dry_run(tmp_path: Path, target: str) -> str:
    """The commands `make TARGET` would run in a checkout with no virtual environment yet."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = subprocess.run(
        ["make", "-n", target, "VENV=venv-missing"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_run_installs_the_app_without_the_test_tools(tmp_path: Path) -> None:
    commands = dry_run(tmp_path, "run")
    installs = [line for line in commands.splitlines() if "pip install" in line]
    assert any(line.rstrip().endswith("-e .") for line in installs), installs
    assert not any("[test]" in line for line in installs), installs


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_test_installs_the_test_extra(tmp_path: Path) -> None:
    commands = dry_run(tmp_path, "test")
    assert any('-e ".[test]"' in line for line in commands.splitlines()), commands
