"""destruction requests and their stubs

A request to destroy a casus whose bewaartermijn has passed (or at the family's request), synced
to the regional store that executes it; once executed the row is the stub that outlives the
casus. See docs/decisions/0095-retention-and-destruction.md.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vernietigingsverzoek',
    sa.Column('casus_id', sa.String(length=36), nullable=False),
    sa.Column('reden', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('aangevraagd_door', sa.String(length=36), nullable=False),
    sa.Column('aangevraagd_op', sa.DateTime(), nullable=False),
    sa.Column('uitgevoerd_door', sa.String(length=36), nullable=True),
    sa.Column('uitgevoerd_op', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vernietigingsverzoek'))
    )
    with op.batch_alter_table('vernietigingsverzoek', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vernietigingsverzoek_casus_id'), ['casus_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('vernietigingsverzoek', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vernietigingsverzoek_casus_id'))
    op.drop_table('vernietigingsverzoek')
