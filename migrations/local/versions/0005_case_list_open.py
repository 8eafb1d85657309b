"""indexes for opening the case list: households by name, the soonest 18th birthday

The list opens sorted by household name. It used to sort every live case to show the first
200; ix_huishouden_naam lets it walk the households in name order and ix_casus_huishouden_lijst
find each one's live cases from the index, stopping after one page (docs/decisions/0042).
Each line also shows when the household's oldest jeugdige under 18 turns 18: a
min(geboortedatum) per household. With only persoon.huishouden_id indexed every line read the
rows of all members of its household (each page decrypted on a fresh connection);
ix_persoon_jeugd answers it from its first matching entry.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_persoon_jeugd', 'persoon', ['huishouden_id', 'rol', 'deleted_at', 'geboortedatum']
    )
    op.create_index('ix_huishouden_naam', 'huishouden', ['naam', 'id'])
    op.create_index(
        'ix_casus_huishouden_lijst', 'casus', ['huishouden_id', 'status', 'deleted_at']
    )


def downgrade() -> None:
    op.drop_index('ix_casus_huishouden_lijst', table_name='casus')
    op.drop_index('ix_huishouden_naam', table_name='huishouden')
    op.drop_index('ix_persoon_jeugd', table_name='persoon')
