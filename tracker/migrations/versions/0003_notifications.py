"""notifications: digests, reminders, delivery leases, manage tokens, known productions

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "known_productions",
        sa.Column("production_id", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("production_id", name="pk_known_productions"),
    )
    # Productions already in the history are known: they need no backfill.
    op.execute(
        "INSERT INTO known_productions (production_id, added_at) "
        "SELECT DISTINCT production_id, CURRENT_TIMESTAMP FROM observations"
    )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("production_id", sa.String(length=100), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
        sa.UniqueConstraint("production_id", "date", "offset_days", name="uq_reminders"),
    )
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscribers.id"],
            name="fk_digests_subscriber",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_digests"),
    )
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("digest", sa.String(length=10), nullable=False, server_default="instant")
        )
        batch_op.add_column(
            sa.Column("timezone", sa.String(length=64), nullable=False, server_default="UTC")
        )
        batch_op.add_column(sa.Column("last_digest_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("manage_token_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_subscribers_manage_token", ["manage_token_hash"])

    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("remind_days", sa.JSON(), nullable=True))

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("digest_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("in_digest_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sending_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("lease_token", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint("uq_deliveries_reminder", ["reminder_id", "target_id"])
        batch_op.create_unique_constraint("uq_deliveries_digest", ["digest_id", "target_id"])
        batch_op.create_index("ix_deliveries_in_digest", ["in_digest_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_deliveries_reminder", "reminders", ["reminder_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_foreign_key(
            "fk_deliveries_digest", "digests", ["digest_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_foreign_key(
            "fk_deliveries_in_digest", "digests", ["in_digest_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint("fk_deliveries_in_digest", type_="foreignkey")
        batch_op.drop_constraint("fk_deliveries_digest", type_="foreignkey")
        batch_op.drop_constraint("fk_deliveries_reminder", type_="foreignkey")
        batch_op.drop_index("ix_deliveries_in_digest")
        batch_op.drop_constraint("uq_deliveries_digest", type_="unique")
        batch_op.drop_constraint("uq_deliveries_reminder", type_="unique")
        batch_op.drop_column("lease_token")
        batch_op.drop_column("sending_until")
        batch_op.drop_column("in_digest_id")
        batch_op.drop_column("digest_id")
        batch_op.drop_column("reminder_id")

    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_column("remind_days")

    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_constraint("uq_subscribers_manage_token", type_="unique")
        batch_op.drop_column("manage_token_hash")
        batch_op.drop_column("last_digest_at")
        batch_op.drop_column("timezone")
        batch_op.drop_column("digest")

    op.drop_table("digests")
    op.drop_table("reminders")
    op.drop_table("known_productions")
