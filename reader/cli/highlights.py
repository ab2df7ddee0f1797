"""Highlights and notes: highlight words, list an article's highlights, import annotation files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.args import article_id, count
from reader.cli.output import Progress
from reader.core.library import Library
from reader.core.models import HighlightStatus

if TYPE_CHECKING:
    from reader.cli import LibraryOption


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001
    p = sub.add_parser("highlight", help="highlight words of an article; prints the highlight's id")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("exact", metavar="WORDS")
    p.add_argument(
        "--occurrence",
        type=count("--occurrence", 1, 1_000_000),
        default=1,
        metavar="N",
        help="which occurrence (from 1)",
    )
    p.add_argument("--label", default="yellow", help="a colour or its meaning, e.g. red or 'Claim to check'")
    p.add_argument("--note", default="", help="a Markdown note on the highlight")

    p = sub.add_parser("highlights", help="list an article's highlights in reading order")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = sub.add_parser("import-annotations", help="import W3C Web Annotation JSON (as exported)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("file", metavar="FILE.json")


def cmd_highlight(library: Library, args: argparse.Namespace) -> int:
    highlight = library.annotations.add_quote(args.id, args.exact, args.occurrence, args.label, args.note)
    print(highlight.id)
    return 0


def cmd_highlights(library: Library, args: argparse.Namespace) -> int:
    library.get(args.id)
    labels = {label.color: label.name for label in library.annotations.labels()}
    for h in library.annotations.for_article(args.id):
        if args.json:
            print(
                json.dumps(
                    {
                        "id": h.id,
                        "exact": h.exact,
                        "prefix": h.prefix,
                        "suffix": h.suffix,
                        "start": h.start,
                        "end": h.end,
                        "label": labels.get(h.color, h.color),
                        "color": h.color,
                        "note": h.note,
                        "status": h.status,
                        "created_at": h.created_at,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            flag = "" if h.status == HighlightStatus.ANCHORED else f" [{h.status}]"
            note = f"  — {h.note.splitlines()[0][:60]}" if h.note else ""
            print(f"{h.id}\t{labels.get(h.color, h.color)}{flag}\t“{h.exact}”{note}")
    return 0


def cmd_import_annotations(library: Library, args: argparse.Namespace) -> int:
    from reader.core.annotation_import import import_annotations_file

    # A file of any size is read one annotation at a time (annotation_import/stream.py), checked whole first: too
    # deep, too long a number, not UTF-8 and not JSON are all one clear line, nothing stored; a FIFO
    # or a device is refused before it is read.
    progress = Progress(2)

    def show(phase: str, done: int, total: int) -> None:
        progress.at(
            done, total, "checking the file" if phase == "checking" else "importing", counted=phase != "checking"
        )

    try:
        report = import_annotations_file(library, Path(args.file), show)
    finally:
        progress.close()
    print(report)
    for line in report.details():  # each skipped annotation (number, id, why) and each article not found
        print(f"  {line}")
    return 0


COMMANDS = {"highlight": cmd_highlight, "highlights": cmd_highlights, "import-annotations": cmd_import_annotations}
