"""``python -m casedesk``: the core commands without the desktop client."""

import sys

from casedesk.cli import main

sys.exit(main())
