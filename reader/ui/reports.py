"""What an import or a new version did, in the user's words. The core's reports (ImportReport,
FolderImport, ReanchorReport) hold numbers; their English `str()` is the command line's, and the
window words them here, translated, with the plural each number needs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.core.annotation_import.store import ImportReport
from reader.core.app_import.records import Export
from reader.core.app_import.store import AppImportReport
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

    def app_export(self, export: Export) -> str:
        """What another app's export holds: "Pocket export: 4,812 items, 37 tags, 4,812 to fetch"."""
        items, tags, marks, fetch = len(export.entries), len(export.tags), export.marks, export.to_fetch
        parts = [self.tr("%n item(s)", "", items), self.tr("%n tag(s)", "", tags)]
        if marks:
            parts.append(self.tr("%n highlight(s)", "", marks))
        parts.append(self.tr("%1 to fetch").replace("%1", f"{fetch:,}"))
        if export.skipped:
            parts.append(self.tr("%1 left out").replace("%1", f"{len(export.skipped):,}"))
        return self.tr("%1 export: %2").replace("%1", export.name).replace("%2", self.tr(", ").join(parts))

    def app_import(self, report: AppImportReport) -> str:
        """What storing it did: "4,812 added (12 with their text), 0 updated, 4,800 queued to fetch"."""
        added = report.added
        parts = [
            self.tr("%1 added (%2 with their text)").replace("%1", f"{added:,}").replace("%2", f"{report.with_text:,}"),
            self.tr("%1 updated").replace("%1", f"{report.updated:,}"),
        ]
        if report.unchanged:
            parts.append(self.tr("%1 already there").replace("%1", f"{report.unchanged:,}"))
        if report.queued:
            parts.append(self.tr("%1 queued to fetch").replace("%1", f"{report.queued:,}"))
        if report.highlights:
            marks = report.highlights
            parts.append(
                self.tr("%n highlight(s)", "", marks)
                + self.tr(" (%1 moved: check them; %2 waiting for their text)")
                .replace("%1", f"{report.moved:,}")
                .replace("%2", f"{report.waiting:,}")
            )
        if report.problems:
            problems = len(report.problems)
            parts.append(self.tr("%n problem(s)", "", problems))
        return self.tr(", ").join(parts)


_reports = Reports()
highlights, update, annotations, library_folder = (
    _reports.highlights,
    _reports.update,
    _reports.annotations,
    _reports.library_folder,
)
app_export, app_import = _reports.app_export, _reports.app_import
