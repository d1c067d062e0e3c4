"""One SQLAlchemy dialect and one compiled-statement cache per kind of database in a test
process, instead of one per engine.

Most tests open a book of their own, so each gets a new engine, and SQLAlchemy keys its cache
of compiled statements by the dialect object: every test compiled the same few hundred
statements again (~15 % of a services test's CPU). Engines made after one of the same kind
has connected (its dialect then knows the server's version and features) take over that
dialect and a process-wide cache. Only the test process does this: the product opens one
book at a time. Installed by tests/conftest.py before any engine is made."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.util import LRUCache

import crmnote.storage.engine as storage_engine

# Enough for every statement the suite compiles (SQLAlchemy's default per engine is 500).
CACHE_SIZE = 20_000

_shared: dict[tuple[Any, ...], tuple[Any, LRUCache[Any, Any]]] = {}


def _key(engine: Engine) -> tuple[Any, ...]:
    url = engine.url
    return (type(engine.dialect), engine.dialect.dbapi, url.host, url.port)


def share(engine: Engine) -> Engine:
    """Give `engine` the shared dialect and cache of its kind, once one has connected."""
    key = _key(engine)
    found = _shared.get(key)
    if found is None or found[0].server_version_info is None:  # none, or never connected
        _shared[key] = (engine.dialect, LRUCache(CACHE_SIZE))
        engine._compiled_cache = _shared[key][1]
        return engine
    engine.dialect, engine._compiled_cache = found
    return engine


def install() -> None:
    real = storage_engine.create_engine

    def create_engine(*args: Any, **kwargs: Any) -> Engine:
        return share(real(*args, **kwargs))

    storage_engine.create_engine = create_engine  # type: ignore[assignment]
