"""Dates as the user's locale writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def local_date(value: QDate) -> str:
    """A medium date in the user's language, e.g. "30 Aug 2021" or "30 Agu 2021"."""
    return QLocale().toString(value, "d MMM yyyy")


def from_iso_date(iso: str) -> str:
    """A stored YYYY-MM-DD date for display; the text as given when it is not one."""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return local_date(date) if date.isValid() else iso


def from_iso_timestamp(iso: str) -> str:
    """A stored UTC timestamp as the local calendar date."""
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:10]
    return local_date(QDateTime.fromSecsSinceEpoch(int(stamp.timestamp())).toLocalTime().date())
