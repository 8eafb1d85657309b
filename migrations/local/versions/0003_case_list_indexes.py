"""covering indexes for the case list

Opening the client counts the live cases and sorts the first page by household name. With only
an index on casus.status, both read every casus row (to check deleted_at) and every household
row (for its name): on a fresh connection each of those pages is decrypted first. These two
indexes hold what the list needs, so it reads the indexes instead; ix_casus_status is covered
by ix_casus_lijst.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_casus_lijst', 'casus', ['status', 'deleted_at', 'huishouden_id'])
    op.create_index('ix_huishouden_id_naam', 'huishouden', ['id', 'naam'])
    op.drop_index('ix_casus_status', table_name='casus')


def downgrade() -> None:
    op.create_index('ix_casus_status', 'casus', ['status'])
    op.drop_index('ix_huishouden_id_naam', table_name='huishouden')
    op.drop_index('ix_casus_lijst', table_name='casus')
