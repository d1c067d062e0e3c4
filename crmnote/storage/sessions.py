"""The database types a service names: services import no SQLAlchemy, they name these.

A service holds a session factory, passes a session on, or asks an engine which database it
is on; the queries themselves live in the storage modules (docs/architecture.md, "Where SQL
lives"). Re-exported here so that the import-linter contract "Services and the demo hold no
SQL" can forbid `sqlalchemy` in `crmnote.services` but for the plumbing it names.
"""

from __future__ import annotations

from sqlalchemy import URL, Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

# A factory of sessions over one database: what every service is built with.
Sessions = sessionmaker[Session]

__all__ = ["URL", "Connection", "Engine", "Session", "Sessions", "sessionmaker"]
