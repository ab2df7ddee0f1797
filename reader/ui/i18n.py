"""Translations: Qt's translator with the project's compiled .qm files, chosen by the system
locale or the "ui/language" setting; dates follow the same locale."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from reader.core.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}


def choose_language(settings: QSettings | None = None) -> str:
    chosen = str(settings.value("ui/language", "") if settings is not None else "")
    if chosen in LANGUAGES:
        return chosen
    return QLocale.system().name().split("_")[0]


def install(app: QCoreApplication, language: str, folder: Path | None = None) -> list[QTranslator]:
    """Load Reader's translation (and Qt's own, for standard dialogs); returns the translators kept."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str((folder or resource("i18n")) / f"reader_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
        QLocale.setDefault(QLocale(language))
    else:
        log.info("no translation for %r (run `make translations`)", language)
        return translators
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
