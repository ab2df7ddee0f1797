"""The library file itself: backup, restore, and repair of its search index."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.args import count
from reader.cli.output import fail
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.paths import library_path

if TYPE_CHECKING:
    from reader.cli import LibraryOption


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001
    p = sub.add_parser("backup", help="back the library up now (checked, the last 7 kept); prints the file")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("--keep", type=count("--keep", 1, 1000), default=7, help="how many backups to keep (7)")

    p = sub.add_parser("restore", help="put a backup in place of the library (the current file is kept aside)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("file", metavar="FILE", nargs="?", help="the backup (default: the newest good one)")

    p = sub.add_parser("repair", help="rebuild the search index from the stored articles, highlights and notes")
    library_option(p, argparse.SUPPRESS)


def cmd_backup(library: Library, args: argparse.Namespace) -> int:
    from reader.core.backup import backup_now

    print(backup_now(library.path, keep=max(1, args.keep)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from reader.core.backup import latest_good_backup, restore

    path = library_path(args.library)
    try:
        backup = Path(args.file) if args.file else latest_good_backup(path)
        if backup is None:
            return fail(f"there is no good backup of {path}")
        kept = restore(path, backup)
    except ReaderError as exc:
        return fail(str(exc))
    print(f"restored {path} from {backup}" + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0


def cmd_repair(library: Library, args: argparse.Namespace) -> int:
    counts = library.repair_search()
    print(
        f"rebuilt the search index: {counts['article']} articles, {counts['highlight']} highlights, "
        f"{counts['note']} notes"
    )
    return 0


COMMANDS = {"backup": cmd_backup, "repair": cmd_repair}
