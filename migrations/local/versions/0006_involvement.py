"""explicit involvements known on the device; an index for live break-the-glass grants

The cases the regional store explicitly involved this profile's account in; each pulled page
replaces the list. ix_audit_log_grant finds a user's recent break-the-glass entries without
reading every casus entry of the audit log (the sync writes one per casus per round), for
access.scope_condition. See docs/decisions/0093-involvements-on-the-device.md.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('involvement',
    sa.Column('casus_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('casus_id', name=op.f('pk_involvement'))
    )
    op.create_index('ix_audit_log_grant', 'audit_log', ['action', 'actor', 'at'])


def downgrade() -> None:
    op.drop_index('ix_audit_log_grant', table_name='audit_log')
    op.drop_table('involvement')
