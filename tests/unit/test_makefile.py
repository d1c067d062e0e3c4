"""`make run` installs only what running needs; the test tool chain comes with `make test`
(issue 17, item 13). Checked with make's own dry run, so the rules are read as make reads them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


GROUPED = """
import pytest


@pytest.mark.xdist_group("together")
@pytest.mark.parametrize("n", range(6))
def test_grouped(n):
    pass


@pytest.mark.parametrize("n", range(6))
def test_free(n):
    pass
"""


def test_tests_of_one_xdist_group_run_on_one_worker(tmp_path: Path) -> None:
    """make test's `--dist loadgroup` keeps a group on one worker: the team-book tests share
    the server's roles, and the books a module fills once are filled once. (With pytest 9.2
    and pytest-xdist 3.8 the groups were silently ignored: pyproject.toml pins pytest.)"""
    (tmp_path / "test_grouped.py").write_text(GROUPED, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v"]
    command += ["-p", "no:cacheprovider", "test_grouped.py"]
    run = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    ran = re.findall(r"\[(gw\d+)\].* PASSED test_grouped\.py::(test_\w+)\[\d\](@\w+)?", run.stdout)
    grouped = [(worker, suffix) for worker, name, suffix in ran if name == "test_grouped"]
    assert len(grouped) == 6 and {suffix for _, suffix in grouped} == {"@together"}
    assert len({worker for worker, _ in grouped}) == 1
    assert len([name for _, name, _ in ran if name == "test_free"]) == 6
