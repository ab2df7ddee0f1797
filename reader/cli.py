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

from reader import __version__
from reader.core.errors import ReaderError, UnreadableInput
from reader.core.fetch import fetch, is_url
from reader.core.importers import read_article
from reader.core.library import SORTS, Library
from reader.core.models import CleanedArticle
from reader.core.paths import ENV_LIBRARY, library_path
from reader.core.serialize import article_to_dict, cleaned_to_dict

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
    p.add_argument("--into", type=int, metavar="ID", help="add the input as a new text version of article ID")

    p = sub.add_parser("highlight", help="highlight words of an article; prints the highlight's id")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("exact", metavar="WORDS")
    p.add_argument("--occurrence", type=int, default=1, metavar="N", help="which occurrence (from 1)")
    p.add_argument("--label", default="yellow", help="a colour or its meaning, e.g. red or 'Claim to check'")
    p.add_argument("--note", default="", help="a Markdown note on the highlight")

    p = sub.add_parser("highlights", help="list an article's highlights in reading order")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = sub.add_parser("clean", help="clean pages without storing them (one JSON object per input with --json)")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("inputs", nargs="+", metavar="FILE|URL|-")
    p.add_argument("--json", action="store_true", help="one JSON object per input, one per line")

    p = sub.add_parser("list", help="list the library's articles")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--sort", choices=sorted(SORTS), default="added")

    p = sub.add_parser("show", help="show one article")
    _library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="the article as one JSON object")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="reader: %(levelname)s: %(message)s")
    if args.command is None:
        from reader.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(library_path(args.library))
    if args.command == "clean":  # needs no library
        return cmd_clean(args)
    try:
        with Library.open(library_path(args.library)) as library:
            return COMMANDS[args.command](library, args)
    except ReaderError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)


def _fail(message: str, code: int = 1) -> int:
    print(f"reader: error: {message}", file=sys.stderr)
    return code


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    if args.into is not None and len(args.files) != 1:
        return _fail("--into takes exactly one file or URL")
    failed = 0
    for name in args.files:
        try:
            result = library.ingest(name, into=args.into)
        except ReaderError as exc:
            failed += 1
            _fail(f"{name}: {exc}")
            continue
        suffix = "" if result.created else f"\t({result.describe()})"
        print(f"{result.article.id}\t{result.article.title}{suffix}", flush=True)
    return 1 if failed else 0


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
            flag = "" if h.status == "anchored" else f" [{h.status}]"
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
    if source == "-":
        return read_article(sys.stdin.buffer.read(), "stdin").article
    if is_url(source):
        page = fetch(source)
        return read_article(page.data, "page", kind=page.kind, url=page.url).article
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(f"no such file: {source}") from None
    except IsADirectoryError:
        raise UnreadableInput(f"{source} is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableInput(f"cannot read {source}: {exc.strerror or exc}") from None
    return read_article(data, path.name).article


COMMANDS = {"import": cmd_import, "list": cmd_list, "show": cmd_show, "highlight": cmd_highlight,
            "highlights": cmd_highlights}
