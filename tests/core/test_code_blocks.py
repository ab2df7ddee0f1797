"""Code blocks: a program on a saved page, in a Markdown file or in an HTML file imported as it is
keeps its lines and indentation through cleaning, storage, the exports and back."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_html
from reader.core.code_text import code_text, reads_as_prose
from reader.core.export.epub_export import epub_bytes
from reader.core.export.html_export import article_html
from reader.core.export.markdown import article_markdown, fenced
from reader.core.importers import ImportedArticle, read_article
from reader.core.importers.epub_doc import read_epub
from reader.core.importers.html_doc import import_html
from reader.core.importers.markdown_doc import import_markdown
from reader.core.library import Library
from reader.core.models import Block, BlockKind, CleanedArticle

CODE = BlockKind.CODE
INTRO = (
    "Python opens a file as an object you can loop over, one line at a turn, so even a very large file "
    "never has to fit in memory at once, which matters for a log that grows every day."
)
AFTER = (
    "The function adds up the words of each line and gives back the total once the file has been read "
    "to its end, without keeping any earlier line in memory."
)
PROGRAM = (
    "def count_words(path):\n"
    "    total = 0\n"
    '    with open(path, encoding="utf-8") as handle:\n'
    "        for line in handle:\n"
    "            total += len(line.split())\n"
    "\n"
    "    return total"
)


def page(pre: str, *, after: str = AFTER, box: str = "highlight") -> str:
    return (
        '<html lang="en"><head><title>Counting words in a file</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>'
        f"<article><h1>Counting words in a file</h1><p>{INTRO}</p>"
        f'<div class="{box}">{pre}</div><p>{after}</p></article></body></html>'
    )


# -- the saved page's cleaning ------------------------------------------------------------------------


def test_a_saved_pages_code_keeps_its_lines_and_indentation() -> None:
    source = PROGRAM.replace("    ", "\t").replace("\n\n", "\n   \n\n\n")  # tabs, a line of spaces, blank lines
    article = clean_html(page(f"<pre><code>{source}</code></pre>"))
    assert [b.kind for b in article.body] == [BlockKind.PARAGRAPH, CODE, BlockKind.PARAGRAPH]
    assert article.body[1].text == PROGRAM
    assert article.text.index(PROGRAM) == len(INTRO) + 2  # offsets count each line break as one character
    # its lines are shown, so none of them is listed as left out of the article
    assert not {line.strip() for line in PROGRAM.split("\n")} & {r.text for r in article.removed}


def test_a_plain_pre_which_trafilatura_reads_as_a_quote_shows_as_code() -> None:
    article = clean_html(page(f"<pre>{PROGRAM}</pre>", box="listing"))  # no code class, no <code> inside
    assert [b.kind for b in article.body] == [BlockKind.PARAGRAPH, CODE, BlockKind.PARAGRAPH]
    assert article.body[1].text == PROGRAM
    command = clean_html(page("<pre>$ nginx -s reload</pre>", box="listing"))  # one line is code too
    assert Block(CODE, "$ nginx -s reload") in command.body
    lines = clean_html(page("<pre><b>$</b> make venv<br>$ make <i>test</i></pre>", box="listing"))
    assert Block(CODE, "$ make venv\n$ make test") in lines.body  # a <br> is a line break, markup is words


def test_a_plain_pre_of_prose_reads_as_its_paragraphs() -> None:
    notice = (
        "The harbour office will be closed on Monday for the bank holiday. Boats may still\n"
        "leave on the morning tide, and the ferry keeps its usual summer timetable.\n\n"
        "Questions about moorings can be left with the warden at the slipway until Friday."
    )
    texts = [(b.kind, b.text) for b in clean_html(page(f"<pre>{notice}</pre>", box="note")).body]
    assert (BlockKind.PARAGRAPH, " ".join(notice.split("\n\n")[0].split())) in texts
    assert (BlockKind.PARAGRAPH, notice.split("\n\n")[1]) in texts


def test_the_markups_indentation_before_the_first_line_is_not_the_programs() -> None:
    article = clean_html(page("<pre><code>            wifi_ssid: home\nwifi_password: secret\n  retry: 3</code></pre>"))
    [code] = [b.text for b in article.body if b.kind is CODE]
    assert code == "wifi_ssid: home\nwifi_password: secret\n  retry: 3"


def test_a_line_break_element_inside_the_code_is_a_line_break() -> None:
    article = clean_html(page("<pre><code>$ make venv<br>$ make test</code></pre>"))
    assert [b.text for b in article.body if b.kind is CODE] == ["$ make venv\n$ make test"]


def test_an_end_mark_rule_leaves_the_last_lines_of_code_alone() -> None:
    article = clean_html(page("<pre><code>matches = find(x)\nprint(g(matches)) (*)</code></pre>", after=""))
    assert article.body[-1] == Block(CODE, "matches = find(x)\nprint(g(matches)) (*)")


def test_prose_set_in_lines_inside_a_code_element_reads_as_paragraphs() -> None:
    note = (
        "The harbour office will be closed on Monday for the bank holiday. Boats may still\n"
        "leave on the morning tide, and the ferry keeps its usual summer timetable.\n\n"
        "Questions about moorings can be left with the warden at the slipway until Friday."
    )
    article = clean_html(page(f"<pre><code>{note}</code></pre>"))
    assert not [b for b in article.body if b.kind is CODE]
    texts = [b.text for b in article.body]
    assert " ".join(note.split("\n\n")[0].split()) in texts
    assert "Questions about moorings can be left with the warden at the slipway until Friday." in texts


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        (PROGRAM, False),
        ("$ pip install reader\n$ reader --help", False),
        ("SELECT title FROM articles\nWHERE added > '2024-01-01'\nORDER BY added;", False),
        ("One line of words that goes on for quite a while here. And then it stops.", False),  # one line
        ("We went down to the harbour at dawn. The boats were\nalready out and the gulls followed them.", True),
        ("total = sum(x for x in values) / len(values) if values else 0.0  # mean\nprint(total, end='')", False),
        ("Stop. Go on now.\nWait here. Then run.", False),  # sentences, but lines too short for prose
        ("Set x = f(a) [b] {c}. Then y = g(d) <e> * 2.\nAdd z = h(k) / m(n) % p. Print(z) and {y} and [x] now.", False),
        ("alpha beta gamma delta epsilon zeta eta\ntheta iota kappa lambda mu nu xi omicron", False),  # no sentence
    ],
)
def test_what_reads_as_prose(text: str, prose: bool) -> None:
    assert reads_as_prose(text) is prose


def test_code_text_tidies_only_what_nobody_sees() -> None:
    assert code_text("\r\n\n    a = 1  \r\n        b = 2\r\n\n\n\n    c\n\n") == "a = 1\n    b = 2\n\nc"
    assert code_text("x\n\ty") == "x\n    y"


# -- imported as it is, and from Markdown -------------------------------------------------------------


def test_an_html_file_imported_as_it_is_keeps_its_pre_as_code() -> None:
    article = import_html(
        f"<html><head><title>T</title></head><body><p>{INTRO}</p><pre>\n{PROGRAM}\n</pre></body></html>"
    )
    assert list(article.body) == [Block(BlockKind.PARAGRAPH, INTRO), Block(CODE, PROGRAM)]
    prose = "We went down to the harbour at dawn. The boats were\nalready out and the gulls followed them."
    article = import_html(f"<html><head><title>T</title></head><body><pre>{prose}</pre></body></html>")
    assert list(article.body) == [Block(BlockKind.PARAGRAPH, " ".join(prose.split()))]


def test_backticks_in_a_line_and_an_info_string_inside_a_fence_are_not_fences() -> None:
    article = import_markdown(
        "# Notes\n\n```npm install``` sets it up.\n\n```\n```python\n    indented = True\n```\n\nAfter."
    )
    assert list(article.body) == [
        Block(BlockKind.PARAGRAPH, "npm install sets it up."),
        Block(CODE, "```python\n    indented = True"),
        Block(BlockKind.PARAGRAPH, "After."),
    ]


def test_a_fences_first_line_is_indented_as_the_code_is() -> None:
    article = import_markdown("# Notes\n\n```\n        return x\n    return None\n```\n")
    assert list(article.body) == [Block(CODE, "    return x\nreturn None")]  # not a <pre>'s markup indent


def test_a_pre_setting_each_line_as_a_block_is_one_code_block() -> None:
    lines = "<div>def f():</div><div>    return 1</div>"
    article = import_html(f"<html><head><title>T</title></head><body><p>{INTRO}</p><pre>{lines}</pre></body></html>")
    assert list(article.body) == [Block(BlockKind.PARAGRAPH, INTRO), Block(CODE, "def f():\n    return 1")]


def test_aligned_code_is_not_listed_as_left_out() -> None:
    article = clean_html(page("<pre><code>width  = 80\nheight = 24</code></pre>"))
    assert Block(CODE, "width  = 80\nheight = 24") in article.body
    assert not {"width = 80", "height = 24"} & {r.text for r in article.removed}


def test_a_dropped_code_block_put_back_is_code_again(library: Library, guide: int) -> None:
    from reader.core.extraction import drop_block, restore_line

    content = library.get(guide).content
    dropped = drop_block(content, 1)
    back = restore_line(dropped, content.text, len(dropped.removed) - 1)
    assert back.body[1] == content.body[1] and back.body[1].kind is CODE


def test_markdown_fences_open_and_close_as_commonmark_says() -> None:
    article = import_markdown(
        "# Notes\n\nFirst.\n\n```python\n" + PROGRAM + "\n```\n\nBetween.\n\n"
        "~~~~\nthree ``` and ~~~ inside\n~~~\n`````\n~~~~\n\nLast.\n\n```\nnever closed\n  indented"
    )
    assert list(article.body) == [
        Block(BlockKind.PARAGRAPH, "First."),
        Block(CODE, PROGRAM),
        Block(BlockKind.PARAGRAPH, "Between."),
        Block(CODE, "three ``` and ~~~ inside\n~~~\n`````"),
        Block(BlockKind.PARAGRAPH, "Last."),
        Block(CODE, "never closed\n  indented"),
    ]


def _numbered(cells: str) -> str:
    """A highlighter's frame: a table of one row, the line numbers' cell and the code's."""
    return f'<table class="highlighttable"><tr>{cells}</tr></table>'


NUMBERS = "\n".join(str(n) for n in range(1, PROGRAM.count("\n") + 2))


@pytest.mark.parametrize(
    "pre",
    [
        # Pygments' table: the numbers' <pre> in one cell, the code's in the other
        _numbered(
            f'<td class="linenos"><div class="linenodiv"><pre>{NUMBERS}</pre></div></td>'
            f'<td class="code"><div class="highlight"><pre>{PROGRAM}</pre></div></td>'
        ),
        # a table whose numbers' cell has no class: numbers only
        _numbered(f"<td><pre>{NUMBERS}</pre></td><td><pre>{PROGRAM}</pre></td>"),
        # Rouge's: the table inside a <pre>
        f'<pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl">'
        f'<pre class="lineno">{NUMBERS}</pre></td><td class="rouge-code"><pre>{PROGRAM}</pre></td></tr></tbody>'
        "</table></code></pre>",
        # Pygments inline: a number before each line, inside the <pre>
        "<pre>"
        + "\n".join(f'<span class="linenos">{n}</span>{line}' for n, line in enumerate(PROGRAM.split("\n"), 1))
        + "</pre>",
    ],
    ids=["pygments-table", "bare-table", "rouge", "pygments-inline"],
)
def test_line_numbers_beside_a_saved_pages_code_are_not_its_text(pre: str) -> None:
    article = clean_html(page(pre))
    assert [(b.kind, b.text) for b in article.body] == [
        (BlockKind.PARAGRAPH, INTRO),
        (CODE, PROGRAM),
        (BlockKind.PARAGRAPH, AFTER),
    ]


def test_a_page_laid_out_in_a_table_with_a_spacer_cell_keeps_its_text() -> None:
    layout = f'<table><tr><td class="gutter"></td><td><p>{AFTER}</p><pre>{PROGRAM}</pre></td></tr></table>'
    assert AFTER in clean_html(page(layout, after="")).text  # not the code alone in place of the table


def test_code_inside_an_element_named_for_line_numbers_is_kept() -> None:
    article = clean_html(page(f'<pre><code class="language-python line-numbers">{PROGRAM}</code></pre>'))
    assert (CODE, PROGRAM) in [(b.kind, b.text) for b in article.body]


def test_a_table_beside_code_that_is_no_highlighters_frame_stays_as_it_is() -> None:
    notes = "<td><p>Each line of the file is read once and then forgotten, so memory stays flat.</p></td>"
    frame = _numbered(f"{notes}<td><pre>{PROGRAM}</pre></td>")  # words, not numbers, beside the code
    rows = f"<table><tr><td>1</td><td><pre>{PROGRAM}</pre></td></tr><tr><td>2</td><td>x = 1</td></tr></table>"
    assert clean_html(page(frame)).body[1].text.startswith("Each line of the file is read once")
    assert [b.text for b in clean_html(page(rows)).body][1:3] == [
        "1 · " + " ".join(PROGRAM.split()),  # a table's row, as trafilatura reads one
        "2 · x = 1",
    ]


# -- stored, highlighted, exported and read back -------------------------------------------------------


@pytest.fixture
def guide(library: Library) -> int:
    body = (
        Block(BlockKind.PARAGRAPH, INTRO),
        Block(CODE, PROGRAM + "\nprint(`x` ```y```)"),
        Block(BlockKind.PARAGRAPH, AFTER),
    )
    cleaned = CleanedArticle(title="Counting words in a file", body=body, language="en", site_name="Guides")
    article = library.add(ImportedArticle("html", cleaned.text, cleaned), source="/tmp/inputs/count.html")
    library.annotations.add_quote(article.id, "total += len(line.split())", color="yellow")
    return article.id


def test_a_code_block_is_stored_and_highlighted_on_its_words(library: Library, guide: int) -> None:
    article = library.get(guide)
    assert article.content.body[1].kind is CODE and article.content.body[1].text.startswith(PROGRAM)
    [mark] = library.annotations.for_article(guide)
    assert article.content.text[mark.start : mark.end] == "total += len(line.split())"


def test_markdown_export_fences_the_code_and_reads_back(library: Library, guide: int) -> None:
    out = article_markdown(library, guide)
    code = PROGRAM + "\nprint(`x` ```y```)"
    assert "\n````\n" + code + "\n````\n" in out  # a fence longer than the backticks inside
    assert "==" not in out.split("````")[1]  # no highlight mark inside the fence: it would read as code
    assert Block(CODE, code) in import_markdown(out.split("\n---\n", 1)[1]).body
    assert fenced("a") == "```\na\n```"


def test_html_and_epub_exports_keep_the_code_and_read_back(library: Library, guide: int) -> None:
    html = article_html(library, guide)
    assert "<pre><code>def count_words(path):\n    total = 0\n" in html
    assert "<mark" in html.split("<pre><code>")[1].split("</code></pre>")[0]  # the highlight, in place
    _, book = read_epub(epub_bytes(library, [guide]), "guide.epub")
    assert Block(CODE, PROGRAM + "\nprint(`x` ```y```)") in book.body


def test_a_saved_page_with_code_imports_through_the_importer() -> None:
    imported = read_article(page(f"<pre><code>{PROGRAM}</code></pre>").encode(), "count.html")
    assert Block(CODE, PROGRAM) in imported.article.body


def test_the_html_exports_list_of_highlights_quotes_code_line_by_line(library: Library, guide: int) -> None:
    lines = "for line in handle:\n            total += len(line.split())"
    library.annotations.add_quote(guide, lines, color="green")
    library.annotations.add_quote(guide, INTRO[-20:] + "\n\n" + "def count_words", color="blue")
    notes = article_html(library, guide).split("<ol>")[1]
    assert f"<blockquote><pre><code>{lines}</code></pre></blockquote>" in notes  # indented, line by line
    assert "<blockquote><pre><code>total += len(line.split())</code></pre></blockquote>" in notes  # one line too
    assert f"<p>{INTRO[-20:]}<br><br>def count_words</p>" in notes  # over two blocks: the break kept
