"""Getting things out: export (the formats of reader.core.export.formats) and cite (reader.core.citing.cite)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.args import article_id as article_id_type
from reader.core.errors import ArticleNotFound, ReaderError
from reader.core.library import Library

if TYPE_CHECKING:
    from reader.cli import LibraryOption

from reader.core.citing import STYLES
from reader.core.export.formats import CLI_FORMATS as FORMATS


def add_parsers(sub: argparse._SubParsersAction, library_option: LibraryOption) -> None:  # noqa: SLF001 - argparse's type
    p = sub.add_parser("export", help=f"export annotations or articles: {', '.join(FORMATS)}")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("ids", nargs="*", type=article_id_type, metavar="ID")
    p.add_argument("--all", action="store_true", help="every article in the library")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument(
        "--article",
        action="store_true",
        help="with --format markdown: the article's text with its highlights marked, not the notes",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="a file, or a folder for several articles (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")

    p = sub.add_parser("cite", help="cite articles (a bibliography when several)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("ids", nargs="+", type=article_id_type, metavar="ID")
    p.add_argument("--style", default="apa", choices=STYLES)


def _ids(library: Library, args: argparse.Namespace) -> list[int]:
    if args.all == bool(args.ids):
        raise ReaderError("name the articles (IDs) or --all, not both or neither")
    if args.all:
        return library.article_ids()
    found = library.summaries(args.ids)  # a clear error for a wrong id, before anything is written
    for article_id in args.ids:
        if article_id not in found:
            raise ArticleNotFound(article_id)
    return args.ids


def _out(text: str, args: argparse.Namespace) -> str | None:
    from reader.core.export.safe_write import write_text

    if args.output:
        write_text(Path(args.output), text, force=args.force)
        return args.output
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return None


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    from reader.core.export import csv_export, epub_export, html_export, library_folder, markdown, w3c
    from reader.core.export.safe_write import safe_filename

    fmt = args.format
    if fmt == "library":
        if not args.output:
            raise ReaderError("--format library writes a folder: give it with -o FOLDER")
        print(library_folder.export_library_folder(library, Path(args.output), force=args.force))
        return 0
    ids = _ids(library, args)
    output = Path(args.output) if args.output else None
    if output is not None and output.suffix and not output.parent.exists():
        try:
            output.parent.mkdir(parents=True)  # -o some/new/folder/file.json: make the folder
        except OSError as exc:
            raise ReaderError(f"cannot make the folder {output.parent}: {exc.strerror or exc}") from None
    folder = output is not None and (output.is_dir() or (len(ids) > 1 and not output.suffix))
    if fmt == "markdown":
        if folder:
            written = markdown.write_markdown_files(library, ids, output, force=args.force)
            print(f"wrote {len(written)} files to {output}", file=sys.stderr)
        elif args.article:
            _out("\n\n".join(markdown.article_markdown(library, i) for i in ids), args)
        else:
            text = (
                markdown.annotations_markdown(library, ids[0])
                if len(ids) == 1
                else markdown.annotations_markdown_combined(library, ids)
            )
            _out(text, args)
    elif fmt == "w3c":
        _out(w3c.dumps(w3c.export_annotations(library, ids)), args)
    elif fmt == "csv":
        if output is not None:
            csv_export.write_highlights_csv(library, output, ids, force=args.force)
        else:
            sys.stdout.write(csv_export.highlights_csv(library, ids))
    elif fmt == "html":
        if folder:
            output.mkdir(parents=True, exist_ok=True)
            titles = library.summaries(ids)  # the file names, without loading every article twice
            for article_id in ids:
                name = safe_filename(titles[article_id].title, ".html")
                html_export.write_article_html(library, article_id, output / name, force=args.force)
            print(f"wrote {len(ids)} files to {output}", file=sys.stderr)
        elif len(ids) == 1:
            _out(html_export.article_html(library, ids[0]), args)
        else:
            raise ReaderError("several articles as HTML need a folder: -o FOLDER")
    elif fmt == "epub":
        if output is None:
            raise ReaderError("an EPUB is a binary file: give it with -o FILE.epub")
        epub_export.write_epub(library, ids, output, force=args.force)
    if output is not None and not folder:
        print(f"wrote {output}", file=sys.stderr)
    return 0


def cmd_cite(library: Library, args: argparse.Namespace) -> int:
    from reader.core.citing.cite import bibliography, cite

    articles = [library.get(i) for i in args.ids]
    text = (
        cite(articles[0], args.style, date.today())
        if len(articles) == 1
        else bibliography(articles, args.style, date.today())
    )
    print(text)
    return 0


COMMANDS = {"export": cmd_export, "cite": cmd_cite}
