"""PDF documents (ReportLab platypus): gezinsplan, family copy, toekomstplan 18+, a table's
agenda and verslag, and the AVG inzage export.

Renderers read the frozen dataclasses of ``casedesk.export.documents`` and never the database;
``casedesk.services.documents`` builds those inside a session.
"""
