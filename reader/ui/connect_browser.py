"""Library ▸ Connect a Browser…: the pairing code for the extension, whether Reader is listening
(and on which port), the browsers paired so far, and the port and on/off setting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.browser_link import HOST

if TYPE_CHECKING:
    from reader.ui.browser_link import BrowserLink

ORIGIN_ROLE = 256  # Qt.ItemDataRole.UserRole


class ConnectBrowserDialog(QDialog):
    def __init__(self, link: BrowserLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(self.tr("Connect a Browser"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Install the Reader extension in Chromium, Chrome, Edge or Firefox (the README says how), "
                "click its toolbar button, and type this code. Then the button saves the page you are "
                "reading, as you see it, and its context menu saves a selection as a highlight."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        code_row = QHBoxLayout()
        self.code = QLabel()
        self.code.setObjectName("pairingCode")
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(
            self.code.textInteractionFlags() | self.code.textInteractionFlags().TextSelectableByMouse
        )
        code_row.addWidget(self.code)
        code_row.addStretch(1)
        self.new_code = QPushButton(self.tr("&New Code"))
        self.new_code.clicked.connect(self._new_code)
        code_row.addWidget(self.new_code)
        layout.addLayout(code_row)
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        layout.addWidget(self.code_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("listenerStatus")
        layout.addWidget(self.status)

        paired = QGroupBox(self.tr("Paired browsers"))
        paired_layout = QHBoxLayout(paired)
        self.browsers = QListWidget()
        self.browsers.setMaximumHeight(110)
        paired_layout.addWidget(self.browsers, 1)
        self.forget = QPushButton(self.tr("&Forget"))
        self.forget.setToolTip(self.tr("This browser must pair again before it can save to Reader"))
        self.forget.clicked.connect(self._forget)
        paired_layout.addWidget(self.forget)
        layout.addWidget(paired)
        self.browsers.itemSelectionChanged.connect(self._update_buttons)

        listening = QGroupBox(self.tr("Listening"))
        listening_layout = QHBoxLayout(listening)
        self.enabled = QCheckBox(self.tr("&Receive pages from browsers"))
        listening_layout.addWidget(self.enabled)
        listening_layout.addStretch(1)
        listening_layout.addWidget(QLabel(self.tr("&Port:")))
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        listening_layout.itemAt(listening_layout.count() - 1).widget().setBuddy(self.port)  # type: ignore[union-attr]
        listening_layout.addWidget(self.port)
        self.apply = QPushButton(self.tr("&Apply"))
        self.apply.setToolTip(self.tr("Listen with these settings; set the same port in the extension's settings"))
        self.apply.clicked.connect(self._apply)
        listening_layout.addWidget(self.apply)
        layout.addWidget(listening)
        self.enabled.setChecked(link.enabled)
        self.port.setValue(link.port)
        self.enabled.toggled.connect(self._update_buttons)
        self.port.valueChanged.connect(self._update_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._known = {b.origin for b in link.pairing.browsers()}
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._watch)
        self._timer.start(500)
        self._new_code()
        self._fill_browsers()
        self._show_status()

    # -- the code ---------------------------------------------------------------------------

    def _new_code(self) -> None:
        code = self.link.pairing.new_code()
        self.code.setText(f"{code[:3]} {code[3:]}")
        self.code.setEnabled(True)
        self.code_note.setText(self.tr("The code is good for one browser, for 10 minutes."))

    def _watch(self) -> None:
        """A browser that pairs, or a code that runs out, shows here at once."""
        now = {b.origin for b in self.link.pairing.browsers()}
        if now - self._known:
            names = [b.name for b in self.link.pairing.browsers() if b.origin in now - self._known]
            self._known = now
            self._fill_browsers()
            self.code.setEnabled(False)
            self.code_note.setText(
                self.tr("Paired: %1. Choose New Code to pair another browser.").replace("%1", ", ".join(names))
            )
        elif self.code.isEnabled() and self.link.pairing.code is None:
            self.code.setEnabled(False)
            self.code_note.setText(self.tr("This code can no longer be used. Choose New Code for another."))

    # -- the browsers -----------------------------------------------------------------------

    def _fill_browsers(self) -> None:
        self.browsers.clear()
        for browser in self.link.pairing.browsers():
            day = browser.paired_at[:10]
            item = QListWidgetItem(self.tr("%1 — paired on %2").replace("%1", browser.name).replace("%2", day))
            item.setData(ORIGIN_ROLE, browser.origin)
            item.setToolTip(browser.origin)
            self.browsers.addItem(item)
        if not self.browsers.count():
            placeholder = QListWidgetItem(self.tr("No browser is paired yet."))
            placeholder.setFlags(placeholder.flags() & ~placeholder.flags().ItemIsSelectable)
            self.browsers.addItem(placeholder)
        self._update_buttons()

    def _forget(self) -> None:
        for item in self.browsers.selectedItems():
            self.link.pairing.forget(item.data(ORIGIN_ROLE))
        self._known = {b.origin for b in self.link.pairing.browsers()}
        self._fill_browsers()

    # -- listening --------------------------------------------------------------------------

    def _apply(self) -> None:
        self.link.configure(self.port.value(), self.enabled.isChecked())
        self._show_status()

    def _show_status(self) -> None:
        link = self.link
        if link.problem:
            text, colour = link.problem, "#b00020"
        elif link.listener is not None:
            text = (
                self.tr("Reader is listening for browsers on %1:%2.").replace("%1", HOST).replace("%2", str(link.port))
            )
            colour = ""
        elif link.elsewhere:
            text = self.tr(
                "Another Reader window receives pages from browsers, into its library. "
                "Close it to receive them in this one."
            )
            colour = ""
        elif not link.enabled:
            text, colour = self.tr("Reader is not receiving pages from browsers (switched off below)."), ""
        else:
            text, colour = self.tr("Reader is not listening for browsers yet."), ""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = [i for i in self.browsers.selectedItems() if i.data(ORIGIN_ROLE)]
        self.forget.setEnabled(bool(selected))
        link = self.link
        running = link.listener is not None
        changed = self.enabled.isChecked() != link.enabled or self.port.value() != link.port
        self.apply.setEnabled(changed or (self.enabled.isChecked() and not running))
        self.port.setEnabled(self.enabled.isChecked())
