"""Every benchmark runs end to end on a tiny data set, so `make bench` cannot rot.

Checks what the benchmarks print and return, never how fast anything was.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
if str(ROOT) not in sys.path:  # `bench` sits beside the package, not inside it
    sys.path.insert(0, str(ROOT))

from bench import __main__ as bench_main  # noqa: E402
from bench import dataset, pdf_bench  # noqa: E402
from bench.common import Config, Result  # noqa: E402

RESULT_LINE = re.compile(
    r"^  (?P<name>\S.*?)\s+ours\s+\S+ \S+.*\btarget .+\s(OK|MISSED|info)$", re.MULTILINE
)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Config:
    cfg = Config(data=tmp_path_factory.mktemp("bench"), customers=12, heavy=60, runs=1, quick=True)
    dataset.database(cfg)
    return cfg


def run(name: str, cfg: Config, capsys: pytest.CaptureFixture[str]) -> tuple[list[Result], str]:
    results = bench_main.run_module(name, cfg)
    return results, capsys.readouterr().out


def check(results: list[Result], out: str, header: str, count: int) -> None:
    assert out.startswith(f"== {header}")
    assert len(results) == count
    printed = RESULT_LINE.findall(out)
    assert [m[0] for m in printed] == [r.name for r in results]
    for r in results:
        assert r.ours >= 0 and r.target
        assert r.baseline is None or r.baseline > 0


def test_the_data_set_has_the_bench_customers(tiny: Config) -> None:
    db = dataset.database(tiny)
    assert db.name == "demo-12-seed1-heavy60.sqlite3"
    assert dataset.customer_id(db, dataset.HEAVY_NAME) != dataset.customer_id(
        db, dataset.LIGHT_NAME
    )


def test_every_benchmark_module_is_run_in_order() -> None:
    names = bench_main.modules([])
    assert names[: len(bench_main.ORDER)] == list(bench_main.ORDER)
    assert bench_main.modules(["search_bench"]) == ["search_bench"]


def test_startup(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("startup_bench", tiny, capsys)
    check(results, out, "startup_bench", 2)
    assert results[0].ratio is not None and results[1].ratio is not None
    assert results[1].name == "usable window (list + Today)" and not results[1].info


def test_cli(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("cli_bench", tiny, capsys)
    check(results, out, "cli_bench", 3)
    assert [r.baseline_name for r in results] == [
        "python -c pass",
        "python -c pass",
        "import sqlalchemy.orm",
    ]
    assert not (tiny.data / "cli.sqlite3").exists()


def test_filter(tiny: Config, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("filter_bench", tiny, capsys)
    check(results, out, "filter_bench", 3)
    assert "typed: " in out and "slowest service keystroke" in out
    assert results[2].name == "filter: GUI stall per keystroke" and results[2].unit == "ms"
    assert results[2].baseline_name == "read on the GUI thread"


def test_search(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("search_bench", tiny, capsys)
    check(results, out, "search_bench", 2)
    assert results[1].name == "full-text search, slowest query"
    assert "'delivery'" in out


def test_open_customer(tiny: Config, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("open_customer_bench", tiny, capsys)
    check(results, out, "open_customer_bench", 3)
    assert results[0].name == "scores explained, 10k customer (worker)"
    assert "heavy: 60 interactions" in out and "light: 10 interactions" in out


def test_log(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("log_bench", tiny, capsys)
    check(results, out, "log_bench", 5)
    assert results[2].name == "log: of which sync's change capture" and results[2].info
    assert results[3].name == "log: CPU time of this process per log" and results[3].info
    assert results[3].ours > 0
    assert not (tiny.data / "work.sqlite3").exists()


def test_rescore(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("rescore_bench", tiny, capsys)
    check(results, out, "rescore_bench", 1)
    assert results[0].name == "rescore 14 customers" and "scaled to 14 customers" in out
    assert "3 progress calls" not in out and "1 progress calls" in out
    assert not (tiny.data / "rescore.sqlite3").exists()


def test_memory(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("memory_bench", tiny, capsys)
    check(results, out, "memory_bench", 1)
    assert results[0].unit == "MB"


def test_sync(tiny: Config, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("sync_bench", tiny, capsys)
    check(results, out, "sync_bench", 6)
    assert "pushed 60 changes, pulled 60" in out
    assert [r.name for r in results] == [
        "sync: push 60 offline changes",
        "sync: pull 60 changes",
        "sync: push 60, CPU",
        "sync: pull 60, CPU",
        "sync: a round with nothing to do",
        "sync: longest GUI stall in a round",
    ]
    cpu = results[2:4]
    assert all(r.info and r.ours > 0 and r.unit == "s" for r in cpu)
    # a book in a file: the client's CPU only, said so
    assert all("server not measured" in r.detail for r in cpu)
    assert results[5].baseline_name.startswith("a Python worker of plain arithmetic as long")
    assert not (tiny.data / "sync").exists()


def test_join(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("join_bench", tiny, capsys)
    check(results, out, "join_bench", 1)
    (fill,) = results
    assert fill.name == "join: fill a field copy" and fill.baseline_name.startswith("sqlite3")
    assert "scaled to 100,000 customers" in fill.detail
    assert "rows copied; the progress bar was told" in out
    assert not (tiny.data / "join" / "laptop.sqlite3").exists()


def test_pdf(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    full = pdf_bench.history
    monkeypatch.setattr(pdf_bench, "history", lambda: full(count=20))
    monkeypatch.setattr(pdf_bench, "RUNS", 1)
    results, out = run("pdf_bench", Config(quick=True), capsys)
    assert out.startswith("== pdf_bench") and "bare QTextDocument print" in out
    assert len(results) == 1 and results[0].ratio is not None


def test_import(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    results, out = run("import_bench", tiny, capsys)
    check(results, out, "import_bench", 4)
    assert [r.name for r in results[:2]] == [
        "import CSV, 200 customers",
        "import CSV, 200 customers, peak",
    ]
    assert not results[0].info and results[0].ratio is not None and results[1].unit == "MB"
    assert all(r.info and r.ratio is not None for r in results[2:])


@pytest.fixture(scope="module")
def on_server(tiny: Config) -> Any:
    """The tiny data set moved to the test server, in databases of this run's own."""
    from tests.pg.databases import SKIP_REASON, setup_url

    url = setup_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    from bench import server

    saved = server.PREFIX
    server.PREFIX = f"crmnote_test_{os.getpid()}_bench"
    cfg = dataclasses.replace(tiny, server=url.render_as_string(hide_password=False))
    try:
        yield cfg
    finally:
        server.drop_all(cfg)
        server.PREFIX = saved


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("filter_bench", 3),
        ("search_bench", 2),
        ("open_customer_bench", 3),
        ("log_bench", 5),
        ("sync_bench", 6),
        ("join_bench", 1),
    ],
)
def test_the_team_book_benchmarks_run_on_a_server(
    on_server: Config, qapp: Any, capsys: pytest.CaptureFixture[str], name: str, count: int
) -> None:
    results, out = run(name, on_server, capsys)
    check(results, out, name, count)
    assert out.splitlines()[0].endswith("(PostgreSQL)")
    assert all("PostgreSQL" in r.baseline_name for r in results if r.baseline is not None)


@pytest.mark.postgres
def test_other_benchmarks_say_they_are_not_for_a_server(
    on_server: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_main.run_module("pdf_bench", on_server) == []
    assert "not a team-book benchmark" in capsys.readouterr().out


def test_screens(tiny: Config, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.screens_bench import STEPS

    results, out = run("screens_bench", tiny, capsys)
    check(results, out, "screens_bench", len(STEPS) + 1)
    assert [r.name for r in results[:-1]] == [f"stall: {step}" for step in STEPS]
    assert all(r.unit == "ms" and r.ours > 0 for r in results[:-1])
    assert results[-1].name == "resident memory after the tour" and results[-1].unit == "MB"
    assert (tiny.data / "screens-export" / "customers.csv").stat().st_size > 0
    assert not (tiny.data / "screens.sqlite3").exists()
