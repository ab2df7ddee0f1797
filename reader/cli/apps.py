"""Coming from another app: `reader import EXPORT [--from APP]` (called by the import command) and
`reader fetch`, which fetches the pages of articles that came as a link only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.args import count
from reader.cli.output import Progress, fail
from reader.core.library import Library

if TYPE_CHECKING:
    from reader.cli import LibraryOption


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001
    p = sub.add_parser("fetch", help="fetch the pages of articles imported as a link only")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("--limit", type=count("--limit", 1, 10_000_000), metavar="N", help="fetch at most N pages")
    p.add_argument("--retry", action="store_true", help="try the pages that failed again")
    p.add_argument("--failed", action="store_true", help="list the pages that failed, with the reason, and stop")


def import_exports(library: Library, paths: list[str], app: str | None) -> int:
    """Import other apps' export files, one after the other; 1 if any was refused."""
    from reader.core.app_import import read_export_file, summary
    from reader.core.app_import.store import import_export
    from reader.core.errors import ReaderError

    code = 0
    for name in paths:
        try:
            export = read_export_file(Path(name), app)
        except ReaderError as exc:
            code = fail(f"{name}: {exc}")
            continue
        print(summary(export), flush=True)
        progress = Progress(len(export.entries))
        try:
            report = import_export(library, export, lambda done, total, what: progress.at(done, total, what))
        finally:
            progress.close()
        print(f"{name}: {report}", flush=True)
        for line in report.problems:
            print(f"  {line}", file=sys.stderr)
        if report.queued:
            print(f"run `reader fetch` to fetch {report.queued:,} pages (the articles are listed meanwhile)")
    return code


def cmd_fetch(library: Library, args: argparse.Namespace) -> int:
    from reader.core.fetcher import fetch_waiting

    queue = library.queue
    if args.failed:
        for failure in queue.failures():
            print(f"{failure.article_id}\t{failure.url}\t{failure.error}")
        return 0
    if args.retry:
        print(f"{queue.retry()} failed pages queued again", flush=True)
    waiting = queue.counts().waiting
    if not waiting:
        print("no pages are waiting to be fetched")
        return 0
    progress = Progress(min(waiting, args.limit or waiting))
    try:
        report = fetch_waiting(library, limit=args.limit, progress=lambda d, t, url: progress.at(d, t, url))
    finally:
        progress.close()
    for article_id, url, reason in report.failed:
        print(f"{article_id}\t{url}\t{reason}", file=sys.stderr)
    left = queue.counts()
    print(f"{report}; {left.waiting:,} waiting, {left.failed:,} failed (`reader fetch --retry` tries them again)")
    return 1 if report.failed else 0


COMMANDS = {"fetch": cmd_fetch}
