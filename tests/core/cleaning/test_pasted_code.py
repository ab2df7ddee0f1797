"""Code in a copied page (pasted_code.py): a program's lines, pasted from a browser with their
indentation, come out as one code block, not as headings, list items and lines left out."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.pasted_code import gathered
from reader.core.models import Block, BlockKind
from tests.core.test_code_blocks import AFTER, CODE, INTRO  # the guide's own paragraphs
from tests.core.test_code_blocks import PROGRAM as GUIDE

RUN = "To try it, save the file as count.py and run it from a shell with the name of a file:"
LAST = "The number printed is the count of words in the file, split wherever white space stands between them."
# the guide's program, and a second function two blank lines under it
PROGRAM = GUIDE.replace("\n\n    return", "\n    return") + '\n\n\ndef main():\n    print(count_words("notes.txt"))'
SESSION = "$ python3 count.py notes.txt\n1342"


def copied(*parts: str) -> str:
    """A page as a browser copies it: its menu, its headline, then the parts, then its footer."""
    return "\n\n".join(
        ["Counting words in a file | The Python Guide", "Docs\nBlog\nCommunity", "Counting words in a file", *parts]
        + ["Previous: Reading files\nNext: Writing files\n© 2026 The Python Guide"]
    )


def test_a_pasted_program_and_a_shell_session_are_code_blocks() -> None:
    article = clean_text(copied(INTRO, PROGRAM, AFTER, RUN, SESSION, LAST))
    assert article.title == "Counting words in a file"
    assert list(article.body) == [
        Block(BlockKind.PARAGRAPH, INTRO),
        Block(CODE, PROGRAM.replace("\n\n\n", "\n\n")),  # two functions, one blank line between them
        Block(BlockKind.PARAGRAPH, AFTER),
        Block(BlockKind.PARAGRAPH, RUN),
        Block(CODE, SESSION),
        Block(BlockKind.PARAGRAPH, LAST),
    ]
    assert not any("count_words" in r.text for r in article.removed)  # no line of it lost


@pytest.mark.parametrize(
    "code",
    [
        "datasets:\n  - from: s3://bucket/data/\n    name: analytics\n    params:\n      file_format: parquet",  # YAML
        "function greet(name) {\nreturn `Hello, ${name}!`;\n}",  # braces, set flat
        "PS C:\\> Get-ChildItem -Path .\\notes\n    Directory: C:\\notes\nMode  Name\n----  ----\nd---  drafts",  # a prompt, then its output
        ">>> sum([1, 2, 3])\n6",  # short: the cleaner leaves it out between paragraphs; it is put back
        "result = compute(\n    first=1,\n    second=2,\n)",  # a call over several lines
        "def add(a, b):\n    return a + b",  # an operator is code's
        "for line in handle:\n    self.count",  # ... and so is an attribute
        '{\n  "title": "Tide tables",\n  "pages": 12\n}',  # JSON
    ],
)
def test_kinds_of_code_read_as_code(code: str) -> None:
    article = clean_text(copied(INTRO, code, AFTER))
    assert Block(CODE, code) in article.body
    assert " ".join(code.split()) not in {r.text for r in article.removed}  # shown, so not listed as left out


@pytest.mark.parametrize(
    "lines",
    [
        "UPC (in North America; 12-digit number);\nEAN (in Europe; 13-digit number);\nJAN (in Japan);",
        "$ 99. 99 Price $ 99.99\n(2219)\nMore options",  # a price as a copy spaces it, not a prompt
        "Ingredients:\n    2 eggs\n    1 cup of flour\n    a pinch of salt",  # a list indented under its label
        "Opening hours:\n    Monday to Friday, the office says: we answer every call before noon and most after it.",
        "We met at the harbour.\n    It was cold, and the boats were already out by the time we got there.",
        "Because I could not stop for Death,\n  He kindly stopped for me;\nThe Carriage held but just Ourselves,",
        "Ingredients:\n    2 cups flour (sifted)\n    1 tsp salt (fine)",
        "Dear Sam,\n    I hope you're well; the boats are back in.",
        "Add this line to your shell profile:\n    export PATH=$HOME/bin:$PATH\nand then open a new shell window.",
    ],
)
def test_lists_prices_and_prose_are_not_code(lines: str) -> None:
    assert gathered(copied(INTRO, lines, AFTER)) == (copied(INTRO, lines, AFTER), {})


def test_a_page_without_code_is_read_as_it_was() -> None:
    text = copied(INTRO, AFTER, LAST)
    assert gathered(text) == (text, {})
    assert not [b for b in clean_text(text).body if b.kind is CODE]


def test_a_list_under_a_colon_stays_a_list_and_code_under_one_does_not_make_one() -> None:
    steps = "You will need three things before you start:\nPython 3.11\na text editor\na file of notes"
    article = clean_text(copied(INTRO, steps, AFTER, RUN, SESSION, LAST))
    assert [b.text for b in article.body if b.kind is BlockKind.LIST_ITEM] == [
        "Python 3.11",
        "a text editor",
        "a file of notes",
    ]
    assert Block(BlockKind.PARAGRAPH, LAST) in article.body  # the sentence after the command is no item


@pytest.mark.parametrize(
    ("parts", "items"),
    [
        # the words a command printed, one to a line, stay as the page shows them
        ((RUN, SESSION, "numpy\npandas\nmatplotlib", AFTER), ["numpy", "pandas", "matplotlib"]),
        # bullets under code that no colon introduced are the page's own list
        ((INTRO, SESSION, "• Open the notes file first.\n• Count the words again.", AFTER), None),
        # ... and so are bullets further down, past a paragraph
        ((RUN, SESSION, AFTER, "• Open the notes file first.\n• Count the words again.", LAST), None),
    ],
)
def test_lists_near_code_stay_lists(parts: tuple[str, ...], items: list[str] | None) -> None:
    listed = [b.text for b in clean_text(copied(INTRO, *parts)).body if b.kind is BlockKind.LIST_ITEM]
    assert listed == (items or ["Open the notes file first.", "Count the words again."])


def test_code_ending_a_paste_is_kept_with_the_line_that_introduces_it() -> None:
    article = clean_text(copied(INTRO, AFTER, "The whole program:", "def f(x):\n    return x + 1"))
    assert list(article.body[-2:]) == [
        Block(BlockKind.PARAGRAPH, "The whole program:"),
        Block(CODE, "def f(x):\n    return x + 1"),
    ]
    assert not {"The whole program:", "def f(x): return x + 1"} & {r.text for r in article.removed}


def test_code_ending_in_what_reads_as_an_agencys_mark_keeps_it() -> None:
    script = "(function (w) {\n    w.count = 1;\n})(window)"
    article = clean_text(copied(INTRO, AFTER, script))
    assert article.body[-1] == Block(CODE, script)
    assert sum("w.count" in b.text for b in article.body) == 1  # once, as code
