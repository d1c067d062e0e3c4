"""`crmnote team join` and `crmnote sync`, against a team book on SQLite and on
PostgreSQL: a laptop joins, works offline, syncs; a book with records of its own sees the dry
run first; what cannot join or sync is one line on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from tests.e2e.cli_runner import Cli
from tests.pg.team import TeamBook


def laptop(tmp_path: Path, name: str) -> Cli:
    return Cli(tmp_path, tmp_path / f"{name}.sqlite3")


def one_line(done: object) -> str:
    stderr = str(getattr(done, "stderr", ""))
    assert stderr.count("\n") == 1, stderr
    return stderr


def customers(cli: Cli) -> list[dict[str, object]]:
    return list(json.loads(cli.run("customers", "--json").stdout))


def test_a_laptop_joins_works_offline_and_syncs(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Fjord Bikes AS")
    a = laptop(tmp_path, "a")
    out = a.run("team", "join", cli.url).stdout
    assert "is a field copy of" in out and "crmnote sync" in out
    a.run("log", "Fjord Bikes AS", "--note", "call on the train")
    cli.run("set", "customer", "1", "--company", "Fjord AS")
    assert "pushed 1 change, pulled 1" in a.run("sync").stdout
    assert "pushed 0 changes, pulled 0" in a.run("sync").stdout
    shown = json.loads(cli.run("show", "customer", "1", "--json").stdout)
    assert shown["company"] == "Fjord AS"
    hub_calls = json.loads(cli.run("list", "interaction", "--json").stdout)
    assert [i["summary"] for i in hub_calls] == ["call on the train"]
    assert [c["company"] for c in customers(a)] == ["Fjord AS"]
    again = a.run("team", "join", cli.url, code=1)
    assert "field copy of that team book already" in one_line(again)


def test_a_book_with_its_own_records_sees_the_dry_run_then_offers_them(
    cli: Cli, tmp_path: Path
) -> None:
    cli.run("add", "customer", "Fjord Bikes AS")
    mine = laptop(tmp_path, "mine")
    mine.run("add", "customer", "fjord bikes as")
    mine.run("add", "customer", "Sykkel Ost")
    dry = mine.run("team", "join", cli.url, code=1)
    assert "customer 1 would be matched with the team's 'Fjord Bikes AS'" in dry.stdout
    assert "customer: 1 created, 1 matched" in dry.stdout
    assert "run again with --offer" in one_line(dry)
    assert len(customers(cli)) == 1
    done = mine.run("team", "join", cli.url, "--offer")
    assert "is a field copy of" in done.stdout and "kept in" in done.stdout
    names = sorted(str(c["name"]) for c in customers(cli))
    assert names == ["Fjord Bikes AS", "Sykkel Ost"]
    assert sorted(str(c["name"]) for c in customers(mine)) == names


def test_what_cannot_sync_is_one_line(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Fjord Bikes AS")
    alone = laptop(tmp_path, "alone")
    alone.run("add", "customer", "Someone")
    done = alone.run("sync", code=1)
    assert "no field copy of a team book" in one_line(done)
    missing = alone.run("sync", "--with", tmp_path / "typo.sqlite3", code=4)
    assert "there is no crmnote book at" in one_line(missing)
    assert not (tmp_path / "typo.sqlite3").exists()
    stranger = alone.run("sync", "--with", cli.url, code=1)
    assert "share no past" in one_line(stranger)
    assert [c["name"] for c in customers(alone)] == ["Someone"]
    fresh = laptop(tmp_path, "fresh")
    mine = fresh.run("team", "join", cli.url, "--mine", code=1)
    assert "knows no staff member of yours" in one_line(mine)
    assert customers(fresh) == []


@pytest.mark.postgres
def test_a_customer_handed_on_to_someone_else_leaves_a_copy_of_ones_own(
    team_book: TeamBook, tmp_path: Path
) -> None:
    office = open_database(team_book.text("owner"))
    try:
        records = office.services.records
        staff = {s.name: s.id for s in records.list("staff")}
        fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": staff["Bob"]})[0]
        records.add("customer", {"name": "Helmets Ltd", "owner_id": staff["Bob"]})
        bob = laptop(tmp_path, "bob")
        pgpass = tmp_path / "pgpass"  # Bob's password where libpq looks, never in the URL
        pgpass.write_text(team_book.pgpass_line("staff"))
        pgpass.chmod(0o600)
        bob.env["PGPASSFILE"] = str(pgpass)
        bob.run("team", "join", team_book.bare("staff"), "--mine")
        records.update("customer", fjord.id, {"owner_id": staff["Anna"]})
    finally:
        office.close()
    out = bob.run("sync").stdout
    assert "Fjord Bikes AS is someone else's customer now: left this copy" in out
    assert [c["name"] for c in customers(bob)] == ["Helmets Ltd"]
