"""destroyed records: a row whose data was purged keeps only its ids, as a tombstone

A destroyed casus's records keep entity, id and scope columns (UUIDs) with an empty data object
and ``vernietigd_op`` set; pulls send them to devices as purges. See
docs/decisions/0095-retention-and-destruction.md.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vernietigd_op', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_column('vernietigd_op')
