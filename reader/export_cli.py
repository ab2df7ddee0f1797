"""The command line's export, import-annotations and cite commands (over reader.core.export and
reader.core.citation)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from reader.cli_args import article_id as article_id_type
from reader.core.errors import ArticleNotFound, ReaderError
from reader.core.library import Library

from reader.core.citation import STYLES
from reader.core.export.formats import CLI_FORMATS as FORMATS


def add_parsers(sub: argparse._SubParsersAction, library_option) -> None:  # noqa: SLF001 - argparse's type
    p = sub.add_parser("export", help=f"export annotations or articles: {', '.join(FORMATS)}")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("ids", nargs="*", type=article_id_type, metavar="ID")
    p.add_argument("--all", action="store_true", help="every article in the library")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--article", action="store_true",
                   help="with --format markdown: the article's text with its highlights marked, not the notes")
    p.add_argument("-o", "--output", metavar="PATH", help="a file, or a folder for several articles (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")

    p = sub.add_parser("import-annotations", help="import W3C Web Annotation JSON (as exported)")
    library_option(p, argparse.SUPPRESS)
    p.add_argument("file", metavar="FILE.json")

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
            text = (markdown.annotations_markdown(library, ids[0]) if len(ids) == 1
                    else markdown.annotations_markdown_combined(library, ids))
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


def cmd_import_annotations(library: Library, args: argparse.Namespace) -> int:
    from reader.cli import Progress
    from reader.core.export.w3c import import_annotations_file

    # A file of any size is read one annotation at a time (w3c_stream.py), checked whole first: too
    # deep, too long a number, not UTF-8 and not JSON are all one clear line, nothing stored; a FIFO
    # or a device is refused before it is read.
    progress = Progress(2)

    def show(phase: str, done: int, total: int) -> None:
        progress.at(done, total, "checking the file" if phase == "checking" else "importing",
                    counted=phase != "checking")

    try:
        report = import_annotations_file(library, Path(args.file), show)
    finally:
        progress.close()
    print(report)
    for line in report.details():  # each skipped annotation (number, id, why) and each article not found
        print(f"  {line}")
    return 0


def cmd_cite(library: Library, args: argparse.Namespace) -> int:
    from reader.core.citation import bibliography, cite

    articles = [library.get(i) for i in args.ids]
    text = cite(articles[0], args.style, date.today()) if len(articles) == 1 else \
        bibliography(articles, args.style, date.today())
    print(text)
    return 0


COMMANDS = {"export": cmd_export, "import-annotations": cmd_import_annotations, "cite": cmd_cite}
