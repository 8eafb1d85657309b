"""index every foreign-key column

With foreign keys deferred to commit, a flush that inserts a child before its parent leaves a
pending violation; inserting the parent then makes SQLite look for its children, a full scan of
each child table whose key column has no index. A bulk load (demo data, a first pull) became
quadratic. SQLite's own advice is to index child key columns; this does so for the ones the
initial schema left out.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

FOREIGN_KEY_COLUMNS = (
    ('team', 'gemeente_id'),
    ('professional', 'team_id'),
    ('huishouden', 'gemeente_id'),
    ('casus', 'gemeente_id'),
    ('casus', 'stand_in_id'),
    ('observatie', 'persoon_id'),
    ('eigen_woorden', 'persoon_id'),
    ('doel', 'persoon_id'),
    ('middel', 'doel_id'),
    ('doel_toetsing', 'doel_id'),
    ('aanmelding', 'toestemming_id'),
)


def upgrade() -> None:
    for table, column in FOREIGN_KEY_COLUMNS:
        op.create_index(f'ix_{table}_{column}', table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(FOREIGN_KEY_COLUMNS):
        op.drop_index(f'ix_{table}_{column}', table_name=table)
