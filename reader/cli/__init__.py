"""The command line: `reader [--library PATH] [COMMAND ...]`, over the same library service as the window.

With no command it starts the window. Errors print one line to stderr and exit non-zero. The
commands live by topic: articles.py (import, list, show, search, tag, clean), apps.py (another
app's export, fetch), highlights.py (highlight, highlights, import-annotations), export.py (export,
cite), maintenance.py (backup, restore, repair), team.py (connect, sync); args.py checks what they
are given, output.py prints errors and progress.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from reader import __version__
from reader.cli import apps, articles, export, highlights, maintenance, team
from reader.cli.args import files_to_open, not_text
from reader.cli.output import fail
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.paths import ENV_LIBRARY, library_path

# Fetching, cleaning and search load inside the commands that use them: `reader` with no command
# starts the window, which should not pay for them.

log = logging.getLogger(__name__)

LibraryOption = Callable[[argparse.ArgumentParser, object], None]
COMMANDS = {
    **apps.COMMANDS,
    **articles.COMMANDS,
    **highlights.COMMANDS,
    **export.COMMANDS,
    **maintenance.COMMANDS,
    **team.COMMANDS,
}


def _library_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=default,
        help=f"the library file (default: ${ENV_LIBRARY} or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description="Read, highlight and annotate saved articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _library_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Subcommands take --library too; SUPPRESS keeps a value given before the command.
    for topic in (articles, apps, highlights, export, maintenance, team):
        topic.add_parsers(sub, _library_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed as \xNN
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:  # `reader list | head`: the reader of our output has gone; so do we, quietly
        _quiet_stdout()
        return 141
    except KeyboardInterrupt:
        return fail("interrupted", code=130)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's last flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _main(raw: list[str]) -> int:
    link = next((a for a in raw if a.lower().startswith("reader://")), None)
    if link is not None:  # `reader reader://article/ID#highlight-ID`: open the window there
        rest = [a for a in raw if a != link]
        args = build_parser().parse_args(rest)
        from reader.core.links import is_open_link
        from reader.ui.app import run_gui

        return run_gui(library_path(args.library), link=None if is_open_link(link) else link)
    opened = _files_to_open(raw)
    if opened is not None:  # `reader page.html`, `reader file:///…/page.html` (a file manager's "Open With")
        library_args, sources = opened
        args = build_parser().parse_args(library_args)
        from reader.ui.app import run_gui

        return run_gui(library_path(args.library), sources=sources)
    args = build_parser().parse_args(raw)
    bad = not_text(args)
    if bad is not None:
        return fail(f"{bad} is not valid text (it holds bytes that are not UTF-8)", code=2)
    logging.basicConfig(level=logging.WARNING, format="reader: %(levelname)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)  # the terminal hears of problems; the log file keeps the rest
    if args.command is None:
        from reader.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(library_path(args.library))
    if args.command == "clean":  # needs no library
        return articles.cmd_clean(args)
    if args.command == "restore":  # the library must not be open while it is replaced
        return maintenance.cmd_restore(args)
    if args.command == "connect":  # opens the replica, not the personal library
        return team.cmd_connect(args)
    try:
        with Library.open(library_path(args.library)) as library:
            return COMMANDS[args.command](library, args)
    except ReaderError as exc:
        return fail(str(exc))


def _files_to_open(raw: list[str]) -> tuple[list[str], list[str]] | None:
    return files_to_open(raw, {*COMMANDS, "clean", "restore", "connect"})
