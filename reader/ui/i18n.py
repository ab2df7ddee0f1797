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
    """Load Reader's translation and Qt's own (for standard buttons, dialogs and context menus);
    returns the translators installed.

    English has a translation too, of the plurals only ("%n article(s)" reads "1 article"); a language
    Reader is not translated into gets it as well, since the window then speaks English. Qt's strings
    come from Qt's qtbase_<language>.qm where Qt ships one, and from Reader's own qt_<language>.qm
    (resources/i18n/qt_id.ts) for a language Qt does not translate, such as Indonesian."""
    folder = folder or resource("i18n")
    translators: list[QTranslator] = []
    if language != "en":
        ours = _load(app, folder / f"reader_{language}.qm")
        if ours is None:
            log.info("no translation for %r (run `make translations`)", language)
        else:
            translators.append(ours)
            QLocale.setDefault(QLocale(language))
            qt = QTranslator(app)
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                translators.append(qt)
            own_qt = _load(app, folder / f"qt_{language}.qm")  # installed last: looked up first
            if own_qt is not None:
                translators.append(own_qt)
            return translators
    plurals = _load(app, folder / "reader_en.qm")
    if plurals is not None:
        translators.append(plurals)
    return translators


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove translators that install() put in (the window's texts stay as they were made)."""
    for translator in translators:
        app.removeTranslator(translator)
