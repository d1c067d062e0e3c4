"""`crmnote search` says when a very common word was ranked among its newest matches only, and
`--all` ranks every match."""

from __future__ import annotations

import argparse
from typing import Any

import pytest

from crmnote.cli.search import run_search_command
from crmnote.domain.search import SearchHit, SearchHits

HIT = SearchHit("interaction", 7, 3, "Ann Archer", "call", "the delivery", ((4, 12),), -1.5)


class _Search:
    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def search(self, text: str, limit: int = 50, *, whole: bool = False) -> SearchHits:
        self.asked.append({"text": text, "limit": limit, "whole": whole})
        return SearchHits([HIT], ranked_among=None if whole else 2000)


class _Services:
    def __init__(self) -> None:
        self.search = _Search()


def args(*extra: str) -> argparse.Namespace:
    return argparse.Namespace(
        text="delivery", limit=50, json="--json" in extra, all="--all" in extra
    )


def test_a_bounded_ranking_is_said_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    services = _Services()
    assert run_search_command(services, args("--json")) == 0
    out = capsys.readouterr()
    assert '"record_id"' not in out.out and '"id": 7' in out.out  # the JSON is untouched
    assert out.err == "ranked among the 2000 newest matches; --all ranks every match\n"
    assert services.search.asked == [{"text": "delivery", "limit": 50, "whole": False}]


def test_all_ranks_every_match(capsys: pytest.CaptureFixture[str]) -> None:
    services = _Services()
    assert run_search_command(services, args("--all")) == 0
    out = capsys.readouterr()
    assert out.err == "" and "interaction 7  Ann Archer: the delivery" in out.out
    assert services.search.asked[0]["whole"] is True
