"""tests/future_run.sh, `make test-future`'s runner: a run that failed only because a test
worker died of a segmentation fault (libfaketime's, docs/testing.md) runs again, up to three
runs in all; a failed test, or a third crash, fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CRASH = (
    "Fatal Python error: Segmentation fault\n"
    "FAILED tests/unit/domain/test_x.py::test_y - worker 'gw0' crashed while running "
    "'tests/unit/domain/test_x.py::test_y'\n"
)
FAILED = "FAILED tests/unit/domain/test_x.py::test_z - assert 1 == 2\n"


def run(tmp_path: Path, *outcomes: tuple[str, int]) -> tuple[subprocess.CompletedProcess[str], int]:
    """The runner around a stand-in for pytest that gives these outcomes, one per run (the
    last again if asked more often); returns the runner's result and how often it ran."""
    count = tmp_path / "runs"
    count.write_text("0")
    script = tmp_path / "stand_in.py"
    script.write_text(
        "import sys\n"
        f"outcomes = {list(outcomes)!r}\n"
        f"count = open({str(count)!r}).read()\n"
        "n = int(count)\n"
        f"open({str(count)!r}, 'w').write(str(n + 1))\n"
        "text, status = outcomes[min(n, len(outcomes) - 1)]\n"
        "sys.stdout.write(text)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [str(ROOT / "tests" / "future_run.sh"), sys.executable, str(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    return result, int(count.read_text())


def test_a_run_that_passes_runs_once(tmp_path: Path) -> None:
    result, runs = run(tmp_path, ("2 passed\n", 0))
    assert (result.returncode, runs) == (0, 1)
    assert "2 passed" in result.stdout and result.stderr == ""


def test_a_worker_crash_alone_runs_the_suite_again(tmp_path: Path) -> None:
    result, runs = run(tmp_path, (CRASH, 1), ("2 passed\n", 0))
    assert (result.returncode, runs) == (0, 2)
    assert "segmentation fault (libfaketime)" in result.stderr and "run 2 of 3" in result.stderr
    result, runs = run(tmp_path, (CRASH, 1), (CRASH, 1), ("2 passed\n", 0))
    assert (result.returncode, runs) == (0, 3)


def test_a_third_crash_fails(tmp_path: Path) -> None:
    result, runs = run(tmp_path, (CRASH, 1))  # the same outcome every run
    assert (result.returncode, runs) == (1, 3)


def test_a_failed_test_fails_at_once_crash_or_not(tmp_path: Path) -> None:
    result, runs = run(tmp_path, (FAILED, 1))
    assert (result.returncode, runs) == (1, 1)
    result, runs = run(tmp_path, (CRASH + FAILED, 1), ("2 passed\n", 0))
    assert (result.returncode, runs) == (1, 1)
