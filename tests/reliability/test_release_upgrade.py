"""A newer release installed over an older one: the user's book, made by the older release,
opens at the first start, migrated after a backup, with every row kept.

tests/data/releases.toml names the schema each release wrote; its golden book stands for the
book a user of that release has. `packaging/check_install.sh` does the same with the
installed packages (and an older .deb replaced by the new one).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from crmnote import __version__
from crmnote.bootstrap import open_database
from crmnote.paths import ENV_DB
from crmnote.storage.backup import integrity_ok, schema_revision
from crmnote.storage.migrate import head_revision
from tests.reliability.conftest import DATA, assert_sound, columns, connect_ro, table_digest, tables

ROOT = DATA.parents[1]
RELEASES = tomllib.loads((DATA / "releases.toml").read_text(encoding="utf-8"))["schemas"]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


NEWEST = max(RELEASES, key=_version_key)


def released_versions() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "crmnote_release_notes_upgrade", ROOT / "packaging" / "release_notes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [release.version for release in module.parse(text)]


def digests(path: Path, like: Path) -> dict[str, tuple[int, str]]:
    """Per table of `like`: row count and a hash of the rows, over the columns both have."""
    con, other = connect_ro(path), connect_ro(like)
    try:
        out = {}
        for table in tables(other):
            if table != "alembic_version":
                keep = [c for c in columns(other, table) if c in columns(con, table)]
                out[table] = table_digest(con, table, keep)
        return out
    finally:
        con.close()
        other.close()


def test_every_release_names_the_schema_of_its_books() -> None:
    assert sorted(RELEASES, key=_version_key) == sorted(released_versions(), key=_version_key)
    assert _version_key(NEWEST) <= _version_key(__version__)
    for version, revision in RELEASES.items():
        assert re.fullmatch(r"\d{4}", revision), version
        golden = DATA / f"schema-{revision}.sqlite3"
        assert golden.is_file(), f"release {version}: add {golden.name} (tests/data/make_schema_*)"
        assert schema_revision(golden) == revision


@pytest.mark.parametrize("version", sorted(RELEASES, key=_version_key))
def test_a_released_book_opens_at_first_start_migrated_after_a_backup(
    version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    revision = RELEASES[version]
    golden = DATA / f"schema-{revision}.sqlite3"
    # The user's own book, where that release kept it; the new release starts with no --db.
    book = tmp_path / "data" / "crmnote" / "crmnote.sqlite3"
    book.parent.mkdir(parents=True)
    shutil.copyfile(golden, book)
    monkeypatch.setenv(ENV_DB, str(book))
    before = digests(book, like=golden)

    opened = open_database(None)
    try:
        report = opened.migration
        assert (report.before, report.after) == (revision, head_revision())
        hits = opened.services.search.search("Ångström")
        assert any(hit.customer_name.startswith("Zoë") for hit in hits)
    finally:
        opened.close()

    assert schema_revision(book) == head_revision()
    assert_sound(book)
    after = digests(book, like=golden)
    # Opening adds the signed-in user as a staff member when they are not one yet, and migration
    # 0010 writes down the currency the book's money is kept in: nothing else.
    changed = ("staff", "settings")
    assert {t: d for t, d in after.items() if t not in changed} == {
        t: d for t, d in before.items() if t not in changed
    }
    assert after["settings"][0] in (before["settings"][0], before["settings"][0] + 1)
    assert after["staff"][0] >= before["staff"][0]
    backups = sorted((book.parent / "backups").glob("crmnote-*-pre-migration.sqlite3"))
    if revision == head_revision():
        # The newest release's schema is still the head: nothing to migrate, nothing backed up.
        assert report.backup is None and backups == []
    else:
        assert report.backup is not None and backups == [report.backup]
        assert integrity_ok(report.backup) and schema_revision(report.backup) == revision
        assert digests(report.backup, like=golden) == before  # the book as the user left it
