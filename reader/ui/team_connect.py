"""File ▸ Connect to a Team Library…: the server's address, the name the team sees, a password (kept
in the system keyring or ~/.pgpass when the user says so, never in Reader's files), and where the
local replica goes; the first pull runs off the window's thread,
and the replica then opens in a window of its own."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.team import replica_path
from reader.ui.failures import said
from reader.ui.libraries import launch

if TYPE_CHECKING:
    from reader.core.team.sync import SyncReport


class TeamConnectDialog(QDialog):
    _done = Signal(object, str, str)  # the SyncReport (None on failure), the path or the error, where the password went

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamConnect")
        self.setWindowTitle(self.tr("Connect to a Team Library"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team library is kept in a PostgreSQL database that your newsroom's or university's IT runs. "
                "Reader keeps a copy of it on this computer that works offline, and keeps it in step."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://you@db.example.org/newsdesk?sslmode=verify-full")
        form.addRow(self.tr("&Address:"), self.url)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("as your colleagues know you"))
        form.addRow(self.tr("Your &name:"), self.name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("if the server asks for one"))
        form.addRow(self.tr("Pass&word:"), self.password)
        self.keep_password = QCheckBox(self.tr("&Remember it on this computer (system keyring, or ~/.pgpass)"))
        self.keep_password.setChecked(True)
        self.keep_password.setToolTip(
            self.tr("So that Reader can keep the team library in step without asking. Never kept in Reader's files.")
        )
        form.addRow("", self.keep_password)
        where = QHBoxLayout()
        self.replica = QLineEdit()
        where.addWidget(self.replica, 1)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        where.addWidget(choose)
        kept_in = QLabel(self.tr("&Copy kept in:"))
        kept_in.setBuddy(self.replica)
        form.addRow(kept_in, where)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("teamConnectStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = self.buttons.addButton(self.tr("C&onnect"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = self.buttons.addButton(self.tr("Open &Team Library"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.connect_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_replica)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._suggest_place)
        self.url.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._suggested = ""
        self.made: Path | None = None  # the copy made, once connected
        self._thread: threading.Thread | None = None
        self._update()

    def _suggest_place(self, url: str) -> None:
        if self.replica.text() in ("", self._suggested):
            self._suggested = str(replica_path(url.strip()))
            self.replica.setText(self._suggested)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Keep the Team Library's Copy in"), self.replica.text(), self.tr("Reader library (*.sqlite3)")
        )
        if chosen:
            self.replica.setText(chosen)

    def _update(self) -> None:
        busy = self._thread is not None
        self.connect_button.setEnabled(not busy and bool(self.url.text().strip()) and bool(self.name.text().strip()))

    def start(self) -> None:
        url, name, password = self.url.text().strip(), self.name.text().strip(), self.password.text()
        path = Path(self.replica.text().strip() or replica_path(url))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connecting, and fetching the team's library…"))
        self.progress.setVisible(True)
        self.open_button.setVisible(False)

        keep = self.keep_password.isChecked() and bool(password)

        def work() -> None:
            from reader.core.team import passwords
            from reader.core.team.sync import join_team

            try:
                report = join_team(path, url, name, password or None)
            except (ReaderError, OSError) as exc:
                self._done.emit(None, said(exc) if isinstance(exc, ReaderError) else str(exc), "")
                return
            try:
                where = passwords.keep(url, password) if keep else ""
            except ReaderError as exc:  # connected all the same: say why the password was not kept
                where = "!" + said(exc)
            self._done.emit(report, str(path), where)

        self._thread = threading.Thread(target=work, name="team-connect", daemon=True)
        self._thread.start()
        self._update()

    def _finished(self, report: SyncReport | None, said_or_path: str, password_went: str) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.progress.setVisible(False)
        self.password.clear()
        if report is None:
            self.status.setText(said_or_path)
            self.status.setStyleSheet("color: #b00020;")
        else:
            self.made = Path(said_or_path)
            text = self.tr("Connected: %n change(s) fetched into %1.", "", report.pulled).replace("%1", str(self.made))
            if password_went.startswith("!"):
                text += " " + self.tr("The password was not kept: %1").replace("%1", password_went[1:])
            elif password_went == "the system keyring":
                text += " " + self.tr("The password is kept in the system keyring.")
            elif password_went:
                text += " " + self.tr("The password is kept in %1.").replace("%1", password_went)
            self.status.setText(text)
            self.open_button.setVisible(True)
            self.open_button.setDefault(True)
        self._update()

    def open_replica(self) -> None:
        """The team library in a window of its own (this one stays on the library it shows)."""
        if self.made is None:
            return
        launch(self.made)
        self.accept()

    def reject(self) -> None:
        if self._thread is None:  # not while a connection is being made
            super().reject()
