"""feed health, tombstones, notices

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:14:32.386271
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tombstones",
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("pruned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("feed_id", "entry_hash"),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notice_id", sa.Integer(), nullable=True))
        batch_op.alter_column("event_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_unique_constraint("uq_deliveries_notice", ["notice_id", "target_id"])
        batch_op.create_foreign_key(
            "fk_deliveries_notice", "notices", ["notice_id"], ["id"], ondelete="CASCADE"
        )

    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("failure_alerted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("min_wait_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("entries_per_day", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("item_digests", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("item_digests")
        batch_op.drop_column("entries_per_day")
        batch_op.drop_column("min_wait_seconds")
        batch_op.drop_column("failure_alerted")
        batch_op.drop_column("failing_since")

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint("fk_deliveries_notice", type_="foreignkey")
        batch_op.drop_constraint("uq_deliveries_notice", type_="unique")
        batch_op.alter_column("event_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("notice_id")

    op.drop_table("tombstones")
    op.drop_table("notices")
