"""A code block's text, set as its page sets it: one line per line, indentation kept.

A program, a shell session or a configuration file means nothing with its lines run together, so
a code block (`BlockKind.CODE`) keeps its line breaks and its indentation, where every other block
is one run of words. What is tidied is only what no reader sees: tabs (as four spaces), spaces at
a line's end, indentation common to every line (the page's own nesting, or the markup's before
the first line only), blank lines above and below, and more than one blank line in a row.

Not every <pre> holds code: a mailing list's message or a plain-text notice is prose set in lines.
Such text reads as paragraphs, its lines joined, like any other page's text (`reads_as_prose`;
`as_set` gives either).
"""

from __future__ import annotations

import re
import textwrap

from reader.core.models import Block, BlockKind

TAB = 4  # spaces
_BLANK_RUN = re.compile(r"\n{3,}")
_SYMBOLS = frozenset("{}[]()<>=;:/\\|_$#@*&^~`%+")
_SENTENCE_GAP = re.compile(r"[a-z][.!?] +[A-Z]")
WORDS_A_LINE = 6  # a line of prose holds this many words, on average; a line of code, fewer
PROSE_SYMBOLS = 0.02  # prose sets under this share of its characters as brackets, operators and the like


def code_text(raw: str, *, markup: bool = False) -> str:
    """`raw` (a code block's text as the page holds it) tidied: see the module's note. `markup`:
    the text is a <pre>'s, whose first line the page's markup may indent (not a Markdown fence's
    or a paste's, whose first line is indented as the code is)."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").expandtabs(TAB).split("\n")]
    lines = textwrap.dedent("\n".join(lines)).strip("\n").split("\n")
    below = [indent(line) for line in lines[1:] if line]
    if markup and below and indent(lines[0]) > below[0]:  # the markup indents the <pre>'s first line
        lines[0] = lines[0].lstrip()
        lines[1:] = textwrap.dedent("\n".join(lines[1:])).split("\n")
    return _BLANK_RUN.sub("\n\n", "\n".join(lines))


def indent(line: str) -> int:
    """How many characters of white space open the line."""
    return len(line) - len(line.lstrip())


def as_set(raw: str, *, markup: bool = False) -> tuple[Block, ...]:
    """A <pre>'s or a code element's text as it shows: one code block, or the paragraphs of prose
    set in lines; nothing for white space alone."""
    text = code_text(raw, markup=markup)
    if reads_as_prose(text):
        return tuple(Block(BlockKind.PARAGRAPH, piece) for piece in paragraphs(text))
    return (Block(BlockKind.CODE, text),) if text.strip() else ()


def reads_as_prose(text: str) -> bool:
    """Whether a <pre>'s tidied text is prose set in lines rather than code: long lines of words,
    sentences running on from one to the next, and hardly a bracket or an operator among them."""
    lines = [line for line in text.split("\n") if line.strip()]
    chars = "".join(text.split())
    if len(lines) < 2 or not chars:
        return False
    words = sum(len(line.split()) for line in lines)
    symbols = sum(char in _SYMBOLS for char in chars)
    return (
        words >= WORDS_A_LINE * len(lines)
        and symbols < PROSE_SYMBOLS * len(chars)
        and bool(_SENTENCE_GAP.search(" ".join(text.split())))
    )


def paragraphs(text: str) -> list[str]:
    """Prose set in lines as its paragraphs: parted at blank lines, each one's lines joined."""
    return [joined for part in re.split(r"\n\s*\n", text) if (joined := " ".join(part.split()))]
