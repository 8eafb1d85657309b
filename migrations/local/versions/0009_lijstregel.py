"""the case list's order per team (lijstregel); a user's own cases outside her team by index

The case list holds the user's scope (0097). Walking every household by name to find her
team's cases read ~500 cold index pages on a region-wide profile (the team holds 1 in 10
cases). lijstregel keeps, per live casus, its team, status and household name, indexed so that
her team's cases come in name order; ix_casus_regisseur_lijst and ix_casus_stand_in_lijst
answer her own cases outside the team from the index. store.search keeps lijstregel current
with the search index. See docs/decisions/0098-the-case-list-in-team-order.md.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lijstregel',
    sa.Column('casus_rowid', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=120), nullable=False),
    sa.Column('huishouden_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('casus_rowid', name=op.f('pk_lijstregel'))
    )
    op.create_index('ix_lijstregel_team', 'lijstregel',
                    ['team_id', 'naam', 'huishouden_id', 'casus_rowid', 'status'])
    op.create_index('ix_casus_regisseur_lijst', 'casus',
                    ['casusregisseur_id', 'team_id', 'status', 'deleted_at', 'huishouden_id'])
    op.create_index('ix_casus_stand_in_lijst', 'casus',
                    ['stand_in_id', 'team_id', 'status', 'deleted_at', 'huishouden_id'])
    op.execute(
        "INSERT INTO lijstregel(casus_rowid, team_id, naam, huishouden_id, status) "
        "SELECT c.rowid, c.team_id, h.naam, h.id, c.status "
        "FROM casus c JOIN huishouden h ON h.id = c.huishouden_id WHERE c.deleted_at IS NULL")
    op.execute('ANALYZE casus')
    op.execute('ANALYZE lijstregel')


def downgrade() -> None:
    op.drop_index('ix_casus_stand_in_lijst', table_name='casus')
    op.drop_index('ix_casus_regisseur_lijst', table_name='casus')
    op.drop_index('ix_lijstregel_team', table_name='lijstregel')
    op.drop_table('lijstregel')
