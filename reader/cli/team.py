"""Team libraries: `reader connect postgresql://USER@HOST/DB --name NAME` joins one (making a local
replica, by default beside the personal library), `reader sync [--watch]` keeps a replica in step."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.output import fail
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.team import replica_path

if TYPE_CHECKING:
    from reader.cli import LibraryOption
    from reader.core.team.sync import SyncReport


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001
    p = sub.add_parser("connect", help="join a team library on PostgreSQL (a local replica works offline)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]")
    p.add_argument("--name", required=True, help="the name the team sees on your highlights and notes")

    p = sub.add_parser("sync", help="push this replica's changes to its team library and pull the others'")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("--watch", action="store_true", help="stay in step until interrupted (Ctrl+C)")


def cmd_connect(args: argparse.Namespace) -> int:
    from reader.core.team import server  # psycopg loads only for the team's commands

    try:
        kept = server.without_password(args.url)  # a URL that is not one is refused before any file is made
    except ReaderError as exc:
        return fail(str(exc))
    from reader.core.team.sync import join_team

    path = Path(args.library) if getattr(args, "library", None) else replica_path(args.url)
    try:
        report = join_team(path, args.url, args.name)
    except (ReaderError, OSError) as exc:
        return fail(str(exc))
    print(f"connected {path} to {kept} as {args.name.strip()}: {report}")
    password = server.password_in(args.url)
    if password:  # kept where the next sync finds it, never in the library or Reader's settings
        from reader.core.team import passwords

        try:
            print(f"the password is kept in {passwords.keep(args.url, password)}")
        except ReaderError as exc:
            print(f"the password was not kept ({exc}): put it in ~/.pgpass for the next sync", file=sys.stderr)
    print(f"use it with `reader --library {path}`, and `reader --library {path} sync` to stay in step")
    return 0


def cmd_sync(library: Library, args: argparse.Namespace) -> int:
    team = library.team
    if not args.watch:
        print(team.sync())
        return 0
    print(f"watching {team.url} (Ctrl+C stops)", flush=True)

    def heard(report: SyncReport) -> None:
        if report.pushed or report.pulled:
            print(time.strftime("%H:%M:%S"), report, flush=True)

    try:
        team.watch(lambda: False, heard)
    except KeyboardInterrupt:
        pass
    return 0


COMMANDS = {"sync": cmd_sync}
