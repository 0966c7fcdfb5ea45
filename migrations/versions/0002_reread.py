"""Re-reading stored mail: which classifier decided each message, the message itself, and the
rows a newer classifier moved back from an outcome.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Rows built by an older classifier may be wrong (issue 13: notices read as acceptances). Each
message now records the classifier that decided it (``messages.classifier``) and keeps its raw
bytes (``messages.raw``, Meta and malformed mail only, as before: the rest of the mailbox is
never stored), so that a newer classifier reads it again on start; a row it moves back from
``accepted`` or ``refused`` is recorded in ``rereads`` and announced.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("classifier", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("raw", sa.LargeBinary(), nullable=True))
    op.create_table(
        "rereads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mailbox", sa.String(length=200), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("account", sa.String(length=320), nullable=False),
        sa.Column("round", sa.String(length=20), nullable=False),
        sa.Column("before", sa.String(length=40), nullable=False),
        sa.Column("after", sa.String(length=40), nullable=True),
        sa.Column("classifier", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rereads")),
    )


def downgrade() -> None:
    op.drop_table("rereads")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("raw")
        batch.drop_column("classifier")
