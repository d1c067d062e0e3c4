"""Alembic environment: always runs on the connection crmnote hands over (see storage.migrate)."""

from alembic import context

import crmnote.storage.audit_rows  # noqa: F401  (change log and insights tables)
from crmnote.storage import rows  # noqa: F401  (registers every table on the metadata)
from crmnote.storage.base import Base, Cents, DecimalText, EnumText
from crmnote.storage.search_queries import in_models


def include_name(name, type_, parent_names):
    """The search and filter indexes are made by hand-written SQL, not by the models."""
    return in_models(name, type_)


def render_item(type_, obj, autogen_context):
    """Write plain column types into migrations so they never import application code."""
    if type_ == "type" and isinstance(obj, EnumText):
        return "sa.String(length=32)"
    if type_ == "type" and isinstance(obj, Cents):
        return "sa.Integer()"
    if type_ == "type" and isinstance(obj, DecimalText):
        return "sa.String(length=40)"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "crmnote migrations run through crmnote.storage.migrate, not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    render_item=render_item,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
