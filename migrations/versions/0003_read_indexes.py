"""Indexes for the reads made most often: new events since a moment, open rows by deadline, a
message decided by another classifier.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

The daemon asks on every change which events are new (``events.at >= since``) and which rows
still wait for an objection, soonest deadline first (``status_rows.deadline``); every command
asks on start whether any message was decided by another classifier (``messages.classifier``).
Without an index each of these reads the whole table, and the ledger only grows.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_at", "events", ["at"])
    op.create_index("ix_status_rows_deadline", "status_rows", ["deadline"])
    op.create_index("ix_messages_classifier", "messages", ["classifier"])


def downgrade() -> None:
    op.drop_index("ix_messages_classifier", table_name="messages")
    op.drop_index("ix_status_rows_deadline", table_name="status_rows")
    op.drop_index("ix_events_at", table_name="events")
