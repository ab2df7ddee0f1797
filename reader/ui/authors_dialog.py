"""Article ▸ Edit Authors…: the byline as the reader corrects it, each name a person or an
organisation, with its role and any title written beside it. Citations and exports use it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.citing.names import kind_of
from reader.core.models import AUTHOR_ROLES, ORGANIZATION, PERSON, Author
from reader.ui.changes import What

ROLE_NAMES = {
    "author": QT_TRANSLATE_NOOP("AuthorsDialog", "Author"),
    "reporter": QT_TRANSLATE_NOOP("AuthorsDialog", "Reporter"),
    "editor": QT_TRANSLATE_NOOP("AuthorsDialog", "Editor"),
    "photographer": QT_TRANSLATE_NOOP("AuthorsDialog", "Photographer"),
    "contributor": QT_TRANSLATE_NOOP("AuthorsDialog", "Contributor"),
}
KIND_NAMES = {
    PERSON: QT_TRANSLATE_NOOP("AuthorsDialog", "Person"),
    ORGANIZATION: QT_TRANSLATE_NOOP("AuthorsDialog", "Organisation"),
}
NAME, ROLE, KIND, TITLE = range(4)


def _translated(text: str) -> str:
    return QCoreApplication.translate("AuthorsDialog", text)


class AuthorsDialog(QDialog):
    def __init__(self, authors: tuple[Author, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorsDialog")
        self.setWindowTitle(self.tr("Edit Authors"))
        self.resize(780, 340)
        intro = QLabel(
            self.tr(
                "Who made this article, as citations should name them. An organisation is "
                "never inverted or shortened to initials."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("authorsTable")
        self.table.setAccessibleName(self.tr("Authors"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Person or organisation"), self.tr("Title beside the name")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ROLE, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for author in authors:
            self.add_row(author)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(lambda: self.add_row(Author("")))
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def add_row(self, author: Author) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(author.name))
        role = QComboBox()
        for key in AUTHOR_ROLES:
            role.addItem(_translated(ROLE_NAMES.get(key, key)), key)
        role.setCurrentIndex(max(0, role.findData(author.role)))
        self.table.setCellWidget(row, ROLE, role)
        kind = QComboBox()
        for key, text in KIND_NAMES.items():
            kind.addItem(_translated(text), key)
        kind.setCurrentIndex(max(0, kind.findData(kind_of(author) if author.name else PERSON)))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setItem(row, TITLE, QTableWidgetItem(author.job_title))
        if not author.name:  # a new row: type its name at once
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def authors(self) -> list[Author]:
        """The rows as authors, in order; rows without a name are left out."""
        result = []
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, NAME).text() if self.table.item(row, NAME) else "").strip()
            if not name:
                continue
            role = self.table.cellWidget(row, ROLE).currentData()
            kind = self.table.cellWidget(row, KIND).currentData()
            title = self.table.item(row, TITLE).text().strip() if self.table.item(row, TITLE) else ""
            result.append(Author(name, str(role), str(kind), title))
        return result


def edit_authors(window) -> None:  # window: MainWindow
    """Article ▸ Edit Authors…: the open article's authors, changed in one transaction."""
    article = window.article_view.article
    if article is None:
        window.statusBar().showMessage(QCoreApplication.translate("AuthorsDialog", "Open an article first"), 5000)
        return
    dialog = AuthorsDialog(article.content.authors, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    authors = dialog.authors() if accepted else []
    dialog.deleteLater()  # made for this edit only
    if accepted and window.guarded(lambda: window.library.set_authors(article.id, authors)):
        window.changes.report(What.TEXT, [article.id])
        window.statusBar().showMessage(QCoreApplication.translate("AuthorsDialog", "Authors saved"), 5000)
