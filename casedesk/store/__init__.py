"""Persistence: the encrypted SQLite store, its schema, outbox, audit log and search index."""
