"""Articles in and out of the library: import, list, show, search, tag, and clean (without storing)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.args import article_id, count
from reader.cli.output import Progress, fail
from reader.core.app_import.records import APPS
from reader.core.errors import ReaderError
from reader.core.library import SORTS, Library
from reader.core.serialize import article_to_dict, cleaned_to_dict

if TYPE_CHECKING:
    from reader.cli import LibraryOption
    from reader.core.models import CleanedArticle


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001
    p = sub.add_parser(
        "import", help="import text, HTML, Markdown, PDF or EPUB files, web pages by URL, or another app's export"
    )
    library_option(p, argparse.SUPPRESS)
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--into", type=article_id, metavar="ID", help="add the input as a new text version of article ID")
    p.add_argument("--raw", action="store_true", help="keep every line: do not clean the page")
    p.add_argument(
        "--from",
        dest="app",
        choices=APPS,
        help="read the files as this app's export (otherwise told by their content)",
    )

    p = sub.add_parser("list", help="list the library's articles")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--sort", choices=sorted(SORTS), default="added")

    p = sub.add_parser("show", help="show one article")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="the article as one JSON object")

    p = sub.add_parser("search", help="search articles, highlights and notes")
    library_option(p, argparse.SUPPRESS)
    p.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words, "phrases", prefix*, -exclude, tag: site: author: label: in:notes is:unread ...',
    )
    p.add_argument("--json", action="store_true", help="one JSON object per result line")
    p.add_argument("--limit", type=count("--limit", 1, 100_000), default=50)

    p = sub.add_parser("tag", help="add tags to an article (and remove others with --remove); prints its tags")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("id", type=article_id, metavar="ID")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.add_argument("--remove", action="append", default=[], metavar="TAG", help="a tag to take off (repeatable)")

    p = sub.add_parser("clean", help="clean pages without storing them (one JSON object per input with --json)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("inputs", nargs="+", metavar="FILE|URL|-")
    p.add_argument("--json", action="store_true", help="one JSON object per input, one per line")


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    from reader.core.app_import import is_export
    from reader.core.export.library_folder import import_library_folder, is_library_folder
    from reader.core.fetch import is_url
    from reader.core.importers.sources import expand_sources

    apps = [name for name in args.files if not is_url(name) and (args.app or is_export(Path(name)))]
    if apps:  # another app's export: its articles, links, tags, states and highlights
        from reader.cli.apps import import_exports

        code = import_exports(library, apps, args.app)
        if len(apps) == len(args.files):
            return code
    exported = [name for name in args.files if name not in apps and is_library_folder(name)]
    for folder in exported:  # a whole library exported by Reader comes back with its annotations
        print(f"{folder}: {import_library_folder(library, folder)}", flush=True)
    sources = expand_sources([name for name in args.files if name not in exported and name not in apps])
    if exported and not sources:
        return 0  # folders become the articles inside them
    if args.into is not None and len(sources) != 1:
        return fail("--into takes exactly one file or URL")
    if not sources:
        return fail("no text, HTML, Markdown, PDF or EPUB files found")
    from reader.core.bulk_import import Stored, import_sources

    progress = Progress(len(sources))

    def problem(line: str) -> None:
        progress.close()
        fail(line)

    def committed(stored: list[Stored]) -> None:  # each article once it is on disk
        if not progress.active:
            for s in stored:
                print(f"{s.article_id}\t{s.title}" + (f"\t({s.change})" if s.change else ""), flush=True)

    summary = import_sources(
        library,
        sources,
        raw=args.raw,
        into=args.into,
        name=str,  # named as given
        progress=lambda done, total, name: progress.at(done + 1, total, name),
        on_problem=problem,
        on_commit=committed,
    )
    progress.close()
    failed = len(sources) - len(summary.stored)
    if progress.active:
        print(f"imported {len(summary.stored)} of {len(sources)}" + (f"; {failed} failed" if failed else ""))
    return 1 if failed else 0


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    rows = library.list_articles(sort=args.sort)
    for row in rows:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": row.id,
                        "title": row.title,
                        "site": row.site_name,
                        "added_at": row.added_at,
                        "published": row.published,
                    },
                    ensure_ascii=False,
                )
            )
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


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    from reader.core.search.engine import MARK_END, MARK_START

    for r in library.search(" ".join(args.query), limit=max(1, args.limit)):
        snippet = r.snippet.replace(MARK_START, "**").replace(MARK_END, "**")
        if args.json:
            row = {
                "id": r.article_id,
                "title": r.title,
                "site": r.site,
                "score": round(r.score, 4),
                "matched_in": r.matched_in,
                "snippet": snippet,
            }
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
                fail(f"{source}: {exc}")
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


COMMANDS = {"import": cmd_import, "list": cmd_list, "show": cmd_show, "search": cmd_search, "tag": cmd_tag}
