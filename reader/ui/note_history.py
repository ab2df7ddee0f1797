"""Under a note in a team library: what a conflict set aside (another member's text of the same
note, kept as an earlier version) and why a highlight was kept after someone deleted it. Hidden
when there is nothing to say, which is always so in a personal library."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.dates import from_iso_timestamp


class NoteHistory(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(self.textFormat().RichText)
        self.setVisible(False)

    def show_history(self, mark: str, history: list[dict[str, str]]) -> None:
        lines = []
        if mark:
            lines.append(
                "⚠ "
                + escape(
                    self.tr("%1 deleted this highlight while it was being changed; it was kept").replace("%1", mark)
                )
            )
        for item in history:
            when = from_iso_timestamp(item.get("at", "")) if item.get("at") else ""
            who = item.get("by") or self.tr("someone")
            head = self.tr("Earlier version by %1").replace("%1", who) + (f", {when}" if when else "")
            lines.append(f"<i>{escape(head)}:</i> “{escape(item.get('body', ''))}”")
        self.setText("<br>".join(lines))
        self.setToolTip(self.tr("Two people changed this note at once: both texts are kept") if history else "")
        self.setVisible(bool(lines))
