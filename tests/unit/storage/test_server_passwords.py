"""A team member's PostgreSQL password in the OS keyring: kept per role, server and database,
used only where nothing else gives one, and a keyring that fails is as if none were there."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url

from crmnote.storage import keyring_store as ks

URL = make_url("postgresql+psycopg://anna@db.example.lan:5433/crm")


def test_an_entry_names_the_role_server_and_database_with_libpq_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ks.server_account(URL) == "anna@db.example.lan:5433/crm"
    monkeypatch.setattr(ks.getpass, "getuser", lambda: "bo")
    assert ks.server_account(make_url("postgresql+psycopg:///")) == "bo@localhost:5432/bo"


def test_a_kept_password_signs_in_where_nothing_else_gives_one(
    file_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert ks.with_server_password(URL) == URL  # nothing kept: ~/.pgpass is libpq's to read
    assert ks.remember_server(URL, "s3cret")
    entries = json.loads(file_keyring.read_text())
    assert entries == {"crmnote-postgresql\tanna@db.example.lan:5433/crm": "s3cret"}
    assert ks.with_server_password(URL).password == "s3cret"
    # Another database, role or server is another entry.
    for other in (URL.set(database="crm2"), URL.set(username="bo"), URL.set(port=5432)):
        assert ks.with_server_password(other).password is None
    # A password given otherwise wins: in the URL, libpq's setting, PGPASSWORD.
    assert ks.with_server_password(URL.set(password="given")).password == "given"
    in_query = URL.update_query_dict({"password": "given"})
    assert ks.with_server_password(in_query).password is None
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert ks.with_server_password(URL).password is None
    assert ks.forget_server(URL) and not ks.forget_server(URL)
    assert ks.recall_server(URL) is None


def test_without_a_working_keyring_nothing_is_kept_and_nothing_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tests' default: keyring installed with no usable backend.
    assert not ks.remember_server(URL, "s3cret")
    assert ks.recall_server(URL) is None and not ks.forget_server(URL)
    assert ks.with_server_password(URL) == URL
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: `import` raises
    assert not ks.remember_server(URL, "s3cret") and ks.recall_server(URL) is None
