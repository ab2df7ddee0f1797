"""What an import or a new version did, in the user's words. The core's reports (ImportReport,
FolderImport, ReanchorReport) hold numbers; their English `str()` is the command line's, and the
window words them here, translated, with the plural each number needs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.core.annotation_import.store import ImportReport
from reader.core.bulk_import import Stored
from reader.core.export.library_folder import FolderImport
from reader.core.models import ReanchorReport


class Reports(QObject):
    """The words (a QObject for its `tr`, which lupdate reads plurals from). Each count is named
    before its plural: lupdate reads a plural's count only when it is a plain name."""

    def highlights(self, report: ReanchorReport) -> str:
        """What a new text did to the article's highlights: "3 kept, 1 moved, 0 orphaned"."""
        return (
            self.tr("%1 kept, %2 moved, %3 orphaned")
            .replace("%1", str(report.kept))
            .replace("%2", str(report.moved))
            .replace("%3", str(report.orphaned))
        )

    def update(self, stored: Stored) -> str:
        """What importing a source that was in the library already did."""
        if stored.report is None:
            return self.tr("unchanged")
        return self.tr("new version: %1").replace("%1", self.highlights(stored.report))

    def annotations(self, report: ImportReport) -> str:
        """An annotation import in one line: "12 imported, 3 already there, ..."."""
        notes = report.article_notes
        parts = [
            self.tr("%1 imported").replace("%1", str(report.imported)),
            self.tr("%1 already there").replace("%1", str(report.duplicates)),
        ]
        if report.moved or report.orphaned:
            parts.append(
                self.tr("%1 moved (check them), %2 orphaned")
                .replace("%1", str(report.moved))
                .replace("%2", str(report.orphaned))
            )
        if notes:
            parts.append(self.tr("%n article note(s)", "", notes))
        if report.unmatched:
            unmatched = len(report.unmatched)
            articles = self.tr("%n article(s) not in this library", "", unmatched)
            parts.append(
                self.tr("%1 for %2").replace("%1", str(sum(report.unmatched.values()))).replace("%2", articles)
            )
        if report.skipped:
            parts.append(self.tr("%1 skipped").replace("%1", str(len(report.skipped))))
        return self.tr(", ").join(parts)

    def library_folder(self, report: FolderImport) -> str:
        """A library folder imported: its articles, then its annotations."""
        added = report.added
        return (
            self.tr("%1 added, %2 already there; annotations: %3")
            .replace("%1", self.tr("%n article(s)", "", added))
            .replace("%2", str(report.matched))
            .replace("%3", self.annotations(report.annotations))
        )


_reports = Reports()
highlights, update, annotations, library_folder = (
    _reports.highlights,
    _reports.update,
    _reports.annotations,
    _reports.library_folder,
)
