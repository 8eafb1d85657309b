"""The UI's language: Dutch source texts, an English translation (Qt Linguist .ts/.qm).

Which language (docs/decisions/0062-ui-language.md): ``CASEDESK_LANG`` (``nl`` or ``en``) wins;
else the user setting ``taal`` (QSettings: ``nl``, ``en`` or ``systeem``); else Dutch.
``systeem`` follows the OS: English unless the system locale is Dutch.

Texts in a class use ``self.tr`` (context: the class name). Texts outside a class use ``tr``
from here (the empty context, which is where lupdate files a bare ``tr("…")`` call); texts kept
in tables are marked with ``QT_TR_NOOP`` and passed through ``tr`` when shown.

Enum labels come from the Qt-free core (``casedesk.labels``, Dutch, shared with the PDFs); the UI
shows them through ``label``/``label_of`` here, which translate them in the context ``labels``.
``scripts/update-translations.sh`` feeds every core label to lupdate in that context.
"""

from __future__ import annotations

import os
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from casedesk import labels
from ui import formatting

E = TypeVar("E", bound=StrEnum)

LANGUAGES = ("nl", "en")
SETTING = "taal"
# Dates in words ("12 maart 2026") follow the language; numeric dates stay dd-mm-jjjj.
DATE_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def chosen_language() -> str:
    wanted = os.environ.get("CASEDESK_LANG", "").strip().lower()
    if not wanted:
        value = QSettings("casedesk", "casedesk").value(SETTING, "nl")
        wanted = str(value).strip().lower() if value else "nl"
    if wanted == "systeem":
        wanted = "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"
    return wanted if wanted in LANGUAGES else "nl"


def translations_dir() -> Path:
    return Path(str(files("resources") / "translations"))


def install_translation(language: str) -> bool:
    """Install the translators for ``language`` on the running application (replacing any
    earlier ones). Returns False when the translation file is missing (the UI stays Dutch)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    remove_translation()
    formatting.LOCALE = DATE_LOCALES.get(language, "nl_NL")
    loaded = True
    if language == "en":
        ours = QTranslator(app)
        loaded = ours.load(str(translations_dir() / "casedesk_en.qm"))
        if loaded:
            _installed.append(ours)
    else:
        # Qt's own texts (dialog buttons, context menus) in Dutch too. qtbase_nl, not the
        # qt_nl meta catalog: that one also names modules PySide6-Essentials does not ship,
        # and then fails to load at all ("Cancel" stayed English).
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return loaded


def remove_translation() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    formatting.LOCALE = DATE_LOCALES["nl"]


def tr(text: str) -> str:
    """Translate a text outside a class. lupdate files a bare ``tr("…")`` (and ``QT_TR_NOOP``
    at module level) under the empty context, so that is where this looks it up."""
    return QCoreApplication.translate("", text)


def translate_in(context: str, text: str) -> str:
    """Translate in a module's own ``context``, falling back to the empty one.

    For module-level ``tr`` wrappers: lupdate files their literal ``tr("…")`` calls under the
    empty context whatever context the wrapper names, while texts kept in tables can be listed
    under the wrapper's context by ``scripts/translation_sources.py``; either way they are
    found (docs/decisions/0062-ui-language.md)."""
    translated = QCoreApplication.translate(context, text)
    if translated == text and context:
        return QCoreApplication.translate("", text)
    return translated


def label(value: StrEnum) -> str:
    return QCoreApplication.translate("labels", labels.label(value))


def label_of(enum: type[E], code: str) -> str:
    return QCoreApplication.translate("labels", labels.label_of(enum, code))
