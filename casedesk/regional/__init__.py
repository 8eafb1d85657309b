"""The regional store: the source of truth of a region, which laptops sync with.

It shares only the wire format (``casedesk.wire``) with the client, never its tables.
"""
