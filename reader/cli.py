"""The command line: `reader [--library PATH] [COMMAND ...]`, over the same library service as the window.

With no command it starts the window. Errors print one line to stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__, export_cli
from reader.core.errors import ReaderError
from reader.cli_args import article_id, count, files_to_open, not_text
from reader.core.library import SORTS, Library
from reader.core.paths import ENV_LIBRARY, library_path
from reader.core.models import HighlightStatus
from reader.core.serialize import article_to_dict, cleaned_to_dict

if TYPE_CHECKING:
    from reader.core.models import CleanedArticle

# Fetching, cleaning and search load inside the commands that use them: `reader` with no command
# starts the window, which should not pay for them.

log = logging.getLogger(__name__)


def _library_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--library", metavar="PATH", default=default,
                        help=f"the library file (default: ${ENV_LIBRARY} or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description="Read, highlight and annotate saved articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _library_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # Subcommands take --library too; SUPPRESS keeps a value given before the command.
    p = sub.add_parser("import", help="import text, HTML or Markdown files, or web pages by URL")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--into", type=article_id, metavar="ID", help="add the input as a new text version of article ID")
    p.add_argument("--raw", action="store_true", help="keep every line: do not clean the page")

    p = sub.add_parser("backup", help="back the library up now (checked, the last 7 kept); prints the file")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("--keep", type=count("--keep", 1, 1000), default=7, help="how many backups to keep (7)")

    p = sub.add_parser("restore", help="put a backup in place of the library (the current file is kept aside)")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("file", metavar="FILE", nargs="?", help="the backup (default: the newest good one)")

    p = sub.add_parser("search", help="search articles, highlights and notes")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words, "phrases", prefix*, -exclude, tag: site: author: label: in:notes is:unread ...')
    p.add_argument("--json", action="store_true", help="one JSON object per result line")
    p.add_argument("--limit", type=count("--limit", 1, 100_000), default=50)

    p = sub.add_parser("tag", help="add tags to an article (and remove others with --remove); prints its tags")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.add_argument("--remove", action="append", default=[], metavar="TAG", help="a tag to take off (repeatable)")

    export_cli.add_parsers(sub, _library_option)

    p = sub.add_parser("highlight", help="highlight words of an article; prints the highlight's id")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("exact", metavar="WORDS")
    p.add_argument("--occurrence", type=count("--occurrence", 1, 1_000_000), default=1, metavar="N",
                   help="which occurrence (from 1)")
    p.add_argument("--label", default="yellow", help="a colour or its meaning, e.g. red or 'Claim to check'")
    p.add_argument("--note", default="", help="a Markdown note on the highlight")

    p = sub.add_parser("highlights", help="list an article's highlights in reading order")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = sub.add_parser("clean", help="clean pages without storing them (one JSON object per input with --json)")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("inputs", nargs="+", metavar="FILE|URL|-")
    p.add_argument("--json", action="store_true", help="one JSON object per input, one per line")

    p = sub.add_parser("list", help="list the library's articles")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--sort", choices=sorted(SORTS), default="added")

    p = sub.add_parser("repair", help="rebuild the search index from the stored articles, highlights and notes")
    _library_option(p, argparse.SUPPRESS)

    p = sub.add_parser("show", help="show one article")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="the article as one JSON object")
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
        return _fail("interrupted", code=130)


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
        from reader.ui.app import run_gui

        return run_gui(library_path(args.library), link=link)
    opened = _files_to_open(raw)
    if opened is not None:  # `reader page.html`, `reader file:///…/page.html` (a file manager's "Open With")
        library_args, sources = opened
        args = build_parser().parse_args(library_args)
        from reader.ui.app import run_gui

        return run_gui(library_path(args.library), sources=sources)
    args = build_parser().parse_args(raw)
    bad = not_text(args)
    if bad is not None:
        return _fail(f"{bad} is not valid text (it holds bytes that are not UTF-8)", code=2)
    logging.basicConfig(level=logging.WARNING, format="reader: %(levelname)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)  # the terminal hears of problems; the log file keeps the rest
    if args.command is None:
        from reader.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(library_path(args.library))
    if args.command == "clean":  # needs no library
        return cmd_clean(args)
    if args.command == "restore":  # the library must not be open while it is replaced
        return cmd_restore(args)
    try:
        with Library.open(library_path(args.library)) as library:
            return COMMANDS[args.command](library, args)
    except ReaderError as exc:
        return _fail(str(exc))


def _files_to_open(raw: list[str]) -> tuple[list[str], list[str]] | None:
    return files_to_open(raw, {*COMMANDS, "clean", "restore"})


def _fail(message: str, code: int = 1) -> int:
    print(f"reader: error: {message}", file=sys.stderr)
    return code


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.active = total > 1 and sys.stderr.isatty()

    def step(self, label: str) -> None:
        self.at(self.done + 1, self.total, label)

    def at(self, done: int, total: int, label: str, *, counted: bool = True) -> None:
        """`done` of `total`; `counted=False` shows a share (of bytes, say), not the numbers."""
        self.done, self.total = done, total
        if self.active and total > 0:
            width = 30
            filled = width * min(done, total) // total
            figures = f"{done:,}/{total:,}" if counted else f"{100 * done // total}%"
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {figures} {label[-40:]:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    from reader.core.export.library_folder import import_library_folder, is_library_folder
    from reader.core.importers.sources import expand_sources

    exported = [name for name in args.files if is_library_folder(name)]
    for folder in exported:  # a whole library exported by Reader comes back with its annotations
        print(f"{folder}: {import_library_folder(library, folder)}", flush=True)
    sources = expand_sources([name for name in args.files if name not in exported])
    if exported and not sources:
        return 0  # folders become the articles inside them
    if args.into is not None and len(sources) != 1:
        return _fail("--into takes exactly one file or URL")
    if not sources:
        return _fail("no text, HTML or Markdown files found")
    from reader.core.bulk_import import Stored, import_sources

    progress = Progress(len(sources))

    def problem(line: str) -> None:
        progress.close()
        _fail(line)

    def committed(stored: list[Stored]) -> None:  # each article once it is on disk
        if not progress.active:
            for s in stored:
                print(f"{s.article_id}\t{s.title}" + (f"\t({s.change})" if s.change else ""), flush=True)

    summary = import_sources(library, sources, raw=args.raw, into=args.into, name=str,  # named as given
                             progress=lambda done, total, name: progress.at(done + 1, total, name),
                             on_problem=problem, on_commit=committed)
    progress.close()
    failed = len(sources) - len(summary.stored)
    if progress.active:
        print(f"imported {len(summary.stored)} of {len(sources)}" + (f"; {failed} failed" if failed else ""))
    return 1 if failed else 0


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
            return _fail(f"there is no good backup of {path}")
        kept = restore(path, backup)
    except ReaderError as exc:
        return _fail(str(exc))
    print(f"restored {path} from {backup}" + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    from reader.core.search.engine import MARK_END, MARK_START

    for r in library.search(" ".join(args.query), limit=max(1, args.limit)):
        snippet = r.snippet.replace(MARK_START, "**").replace(MARK_END, "**")
        if args.json:
            row = {"id": r.article_id, "title": r.title, "site": r.site, "score": round(r.score, 4),
                   "matched_in": r.matched_in, "snippet": snippet}
            if r.highlight_id is not None:
                row["highlight_id"] = r.highlight_id
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{r.article_id}\t{r.title}\t[{r.matched_in}]\t{snippet}")
    return 0


def cmd_tag(library: Library, args: argparse.Namespace) -> int:
    add, remove = args.tags, args.remove
    if add:
        library.organize.add_tags([args.id], add)
    if remove:
        library.get(args.id)
        library.organize.remove_tags([args.id], remove)
    print(", ".join(library.organize.tags_of(args.id)))
    return 0


def cmd_highlight(library: Library, args: argparse.Namespace) -> int:
    highlight = library.annotations.add_quote(args.id, args.exact, args.occurrence, args.label, args.note)
    print(highlight.id)
    return 0


def cmd_highlights(library: Library, args: argparse.Namespace) -> int:
    library.get(args.id)
    labels = {label.color: label.name for label in library.annotations.labels()}
    for h in library.annotations.for_article(args.id):
        if args.json:
            print(json.dumps({"id": h.id, "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix,
                              "start": h.start, "end": h.end, "label": labels.get(h.color, h.color),
                              "color": h.color, "note": h.note, "status": h.status,
                              "created_at": h.created_at}, ensure_ascii=False))
        else:
            flag = "" if h.status == HighlightStatus.ANCHORED else f" [{h.status}]"
            note = f"  — {h.note.splitlines()[0][:60]}" if h.note else ""
            print(f"{h.id}\t{labels.get(h.color, h.color)}{flag}\t“{h.exact}”{note}")
    return 0


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    rows = library.list_articles(sort=args.sort)
    for row in rows:
        if args.json:
            print(json.dumps({"id": row.id, "title": row.title, "site": row.site_name,
                              "added_at": row.added_at, "published": row.published}, ensure_ascii=False))
        else:
            print(f"{row.id}\t{row.title}\t{row.site_name or '-'}\t{row.added_at[:10]}")
    return 0


def cmd_repair(library: Library, args: argparse.Namespace) -> int:
    counts = library.repair_search()
    print(f"rebuilt the search index: {counts['article']} articles, {counts['highlight']} highlights, "
          f"{counts['note']} notes")
    return 0


def cmd_show(library: Library, args: argparse.Namespace) -> int:
    article = library.get(args.id)
    if args.json:
        print(json.dumps(article_to_dict(article), ensure_ascii=False))
    else:
        _print_article(article.content)
    return 0


def _print_article(c: CleanedArticle) -> None:
    print(c.title)
    print("=" * min(len(c.title), 78))
    byline = ", ".join(f"{a.name} ({a.role})" if a.role != "author" else a.name for a in c.authors)
    facts = [part for part in (byline, c.site_name, c.published or "", c.url) if part]
    if facts:
        print(" · ".join(facts))
    if c.subtitle:
        print(f"\n{c.subtitle}")
    print()
    print(c.text)
    print(flush=True)


def cmd_clean(args: argparse.Namespace) -> int:
    failed = 0
    for source in args.inputs:
        try:
            cleaned = _clean_one(source)
        except ReaderError as exc:
            failed += 1
            if args.json:
                print(json.dumps({"source": source, "error": str(exc)}, ensure_ascii=False), flush=True)
            else:
                _fail(f"{source}: {exc}")
            continue
        if args.json:
            print(json.dumps({"source": source, **cleaned_to_dict(cleaned)}, ensure_ascii=False), flush=True)
        else:
            _print_article(cleaned)
    return 1 if failed else 0


def _clean_one(source: str) -> CleanedArticle:
    from reader.core.fetch import fetch, is_url
    from reader.core.importers import read_article
    from reader.core.importers.sources import read_file

    if source == "-":
        return read_article(sys.stdin.buffer.read(), "stdin").article
    if is_url(source):
        page = fetch(source)
        return read_article(page.data, "page", kind=page.kind, url=page.url).article
    path = Path(source)
    return read_article(read_file(path), path.name).article


COMMANDS = {**export_cli.COMMANDS, "import": cmd_import, "list": cmd_list, "show": cmd_show, "highlight": cmd_highlight,
            "highlights": cmd_highlights, "search": cmd_search, "tag": cmd_tag, "backup": cmd_backup,
            "repair": cmd_repair}
