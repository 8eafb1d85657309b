"""Sync in the desktop client: background rounds, the status bar, login, the conflict inbox."""
