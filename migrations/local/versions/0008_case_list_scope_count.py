"""the search's list index narrow again; the scope's count gets its own index

0007 widened ix_casus_lijst with the scope's four ids. A search with many matches scans that
index whole (0045): at 100,000 households the wide index no longer fit the page cache and the
search's p95 went from ~70 to ~130 ms. ix_casus_lijst is narrow again; ix_casus_bereik holds
what counting the scoped list reads (status, deleted_at and the scope's columns), so the count
stays index-only without the search paying for it. See docs/decisions/0097.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

SCOPE = ['team_id', 'casusregisseur_id', 'stand_in_id', 'id']


def upgrade() -> None:
    op.drop_index('ix_casus_lijst', table_name='casus')
    op.create_index('ix_casus_lijst', 'casus', ['status', 'deleted_at', 'huishouden_id'])
    op.create_index('ix_casus_bereik', 'casus', ['status', 'deleted_at', *SCOPE])
    op.execute('ANALYZE casus')


def downgrade() -> None:
    op.drop_index('ix_casus_bereik', table_name='casus')
    op.drop_index('ix_casus_lijst', table_name='casus')
    op.create_index('ix_casus_lijst', 'casus', ['status', 'deleted_at', 'huishouden_id', *SCOPE])
