"""The window on a team library's replica: kept in step in the background, and saying so.

While the window is open on a replica, a thread with its own connection to the library file runs
`Team.watch`: others' changes arrive within seconds (the server's NOTIFY) and the list, the open
article and its highlights are refreshed; what is done here is pushed within two seconds. Offline,
the status bar says how many changes wait, and the thread tries again every 30 seconds. File ▸
Connect to a Team Library… (team_connect.py) joins one."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from reader.core.errors import ReaderError
from reader.ui.changes import What
from reader.ui.failures import said

if TYPE_CHECKING:
    from reader.core.team.sync import SyncReport
    from reader.ui.main_window import MainWindow

RETRY_S = 30.0


class TeamLink(QObject):
    _synced = Signal(object)  # a SyncReport, from the thread
    _offline = Signal(str)  # why, in words

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("teamStatus")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._synced.connect(self._show_synced, Qt.ConnectionType.QueuedConnection)
        self._offline.connect(self._show_offline, Qt.ConnectionType.QueuedConnection)
        window.actions.connect_team.triggered.connect(self.connect_team)
        window.installEventFilter(self)
        self.in_step = False

    @property
    def is_team(self) -> bool:
        return self.window.library.team.is_replica

    def start(self) -> None:
        """Keep the open replica in step (nothing for a personal library)."""
        if not self.window.isVisible() or not self.is_team or self._thread is not None:
            return  # a personal library, one kept in step already, or a window closed meanwhile
        team = self.window.library.team
        self.label.setText(self.tr("Team: %1 — connecting…").replace("%1", team.user))
        self.label.setToolTip(team.url)
        self.label.setVisible(True)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="team-sync", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        from reader.core.library import Library

        with Library.open(self.window.library.path) as own:  # this thread's own connection
            while not self._stop.is_set():
                try:
                    own.team.watch(self._stop.is_set, self._synced.emit)
                except ReaderError as exc:
                    self._offline.emit(said(exc))
                    self._stop.wait(RETRY_S)

    def _show_synced(self, report: SyncReport) -> None:
        if self._stop.is_set():
            return
        self.in_step = True
        waiting = self.window.library.team.waiting()
        text = self.tr("Team: %1 — in step").replace("%1", self.window.library.team.user)
        if waiting:
            text = self.tr("Team: %1 — sending %n change(s)…", "", waiting).replace("%1", self.window.library.team.user)
        self.label.setText(text)
        if report.changed_by_others:  # not the echo of what was done here: the open article reopens only if touched
            self.window.changes.report(What.ARTICLES | What.TAGS)
            self.window.changes.report(What.TEXT | What.HIGHLIGHTS, sorted(report.changed_by_others))

    def _show_offline(self, why: str) -> None:
        if self._stop.is_set():
            return
        self.in_step = False
        waiting = self.window.library.team.waiting()
        self.label.setText(self.tr("Team: offline — %n change(s) wait here; trying again in 30 s", "", waiting))
        self.label.setToolTip(why)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def connect_team(self) -> None:
        from reader.ui.team_connect import TeamConnectDialog

        dialog = TeamConnectDialog(self.window)
        try:
            dialog.exec()
            if dialog.made is not None:  # listed in the left pane from now on, wherever it was put
                self.window.libraries.add(dialog.made)
        finally:
            dialog.deleteLater()
