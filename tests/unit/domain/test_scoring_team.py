"""Is it us, across customers: each staff member against the rest of the team."""

from __future__ import annotations

from datetime import datetime, timedelta

from crmnote.domain.scoring import (
    ScoreEvent,
    ScoreEventKind,
    Weights,
    team_masses,
    team_outliers,
)

AS_OF = datetime(2024, 10, 1)
W = Weights.default()


def calls(staff: int, n: int, mood: int, start: int = 0) -> list[ScoreEvent]:
    return [
        ScoreEvent(
            ScoreEventKind.INTERACTION,
            AS_OF - timedelta(days=30 - k % 30),
            "interaction",
            start + k,
            staff_id=staff,
            mood=mood,
        )
        for k in range(n)
    ]


def test_a_staff_member_alone_with_hostile_customers_is_flagged() -> None:
    # Dana alone serves three customers, four calls each, every one hostile; the rest of the
    # team has 30 calls with neutral customers. No customer has two staff members to compare.
    events = calls(3, 12, -2) + calls(1, 15, 0, 100) + calls(2, 15, 0, 200)
    lines = {line.staff_id: line for line in team_outliers(team_masses(events, AS_OF, W), W)}
    dana = lines[3]
    assert dana.flagged and dana.interactions == 12 and dana.rest_interactions == 30
    assert dana.excess >= W.staff_margin
    assert not lines[1].flagged and not lines[2].flagged


def test_too_few_interactions_on_either_side_are_not_enough_to_say() -> None:
    few = calls(3, 9, -2) + calls(1, 30, 0, 100)
    assert not any(line.flagged for line in team_outliers(team_masses(few, AS_OF, W), W))
    alone = calls(3, 30, -2) + calls(1, 9, 0, 100)
    assert not any(line.flagged for line in team_outliers(team_masses(alone, AS_OF, W), W))


def test_the_margin_is_the_stated_rule() -> None:
    # Frustrated customers everywhere: nobody stands out.
    events = calls(3, 20, -1) + calls(1, 20, -1, 100)
    lines = team_outliers(team_masses(events, AS_OF, W), W)
    assert all(not line.flagged and abs(line.excess) < 1e-9 for line in lines)
    strict = Weights(staff_margin=90.0)
    hostile = calls(3, 12, -2) + calls(1, 30, 0, 100)
    assert not any(
        line.flagged for line in team_outliers(team_masses(hostile, AS_OF, strict), strict)
    )
