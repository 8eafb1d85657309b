"""The client side of sync with the regional store: login, push, pull, conflicts, status.

The desktop client calls ``casedesk.sync.client`` from a background thread; nothing here
imports Qt.
"""
