"""the case list's indexes carry the need-to-know scope

The case list holds the cases the user may open (access.scope_condition: her team, regie,
stand-in, an involvement, a break-the-glass grant). The opening list walks the households by
name (0005) and checks each one's cases in ix_casus_huishouden_lijst; with the scope's columns
in that index the check reads no casus row, and counting the list stays index-only in
ix_casus_lijst. See docs/decisions/0097-the-case-list-holds-the-scope.md.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SCOPE = ['team_id', 'casusregisseur_id', 'stand_in_id', 'id']


def upgrade() -> None:
    # IF EXISTS: a profile made by an early build of 0005 may lack the second index.
    op.execute('DROP INDEX IF EXISTS ix_casus_lijst')
    op.create_index('ix_casus_lijst', 'casus', ['status', 'deleted_at', 'huishouden_id', *SCOPE])
    op.execute('DROP INDEX IF EXISTS ix_casus_huishouden_lijst')
    op.create_index(
        'ix_casus_huishouden_lijst', 'casus', ['huishouden_id', 'status', 'deleted_at', *SCOPE]
    )
    # Statistics for the new indexes: without them the planner counts the list through the
    # scope's separate indexes, a casus row each (~10x slower at 10k households).
    op.execute('ANALYZE casus')


def downgrade() -> None:
    op.drop_index('ix_casus_huishouden_lijst', table_name='casus')
    op.create_index(
        'ix_casus_huishouden_lijst', 'casus', ['huishouden_id', 'status', 'deleted_at']
    )
    op.drop_index('ix_casus_lijst', table_name='casus')
    op.create_index('ix_casus_lijst', 'casus', ['status', 'deleted_at', 'huishouden_id'])
