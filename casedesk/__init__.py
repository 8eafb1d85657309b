"""casedesk: casework for Dutch youth care (jeugdhulp), Qt-free core."""

__version__ = "0.1.0"
