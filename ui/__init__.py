"""The casedesk desktop client (PySide6). Thin: it calls services and shows DTOs."""
