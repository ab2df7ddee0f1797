"""Code in a copied page: a program, a shell session or a configuration file, as one code block.

A browser copies a page's <pre> as it shows it: one line per line, indentation kept, a blank line
only where the code has one. The cleaner reads a copied page line by line, and a program's lines
read as nothing it knows: short lines without sentences, taken for headings, list items or menu
words, some of them left out. So before the cleaner reads the page, each run of lines that plainly
is code is set on one line of its words (as a copy that lost its line breaks gives it, which the
cleaner judges as it judges any paragraph), and a body block of exactly those words is given back
as the code it was (`gathered`, then `restored`). A line ending in a colon over the code ("Run
this:") introduces the code, not a list of it and the sentences after it.

"Plainly code", from the lines alone and never from their words' language:
- a line that opens a block (it ends in ":", "{", "(", "[", "=", ",", "\\", "=>" or "->") with
  the next line indented deeper, in a run half of whose lines read as statements (a call, an
  assignment, a bracket, an attribute, a keyword of a program, a key of a configuration file):
  Python, C, JavaScript, YAML; not a list, a letter or a verse indented under its first line;
- a line that opens a brace and a later one that closes it ("}", "});"): C-like code, even set
  flat (a list whose items end in ";" is prose);
- a shell's or an interpreter's prompt ("$ ", ">>> ", "PS C:\\> ") opening the run: a command and
  what it printed.
A run is the lines between two blank lines; runs of code parted by one blank line or two are one
block (two functions). A line of prose (twelve words or more, ending as a sentence ends) is never
code, nor is a run holding one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from reader.core.code_text import TAB, code_text, indent
from reader.core.models import Block, BlockKind, CleanedArticle

_OPENS = (":", "{", "(", "[", "=", ",", "\\", "=>", "->")
# a prompt, then a command: not a price ("$ 99. 99" as a copy may space it) nor a share ("% off")
_PROMPT = re.compile(r"^[$%]\s+[a-z./~]|^(?:PS )?[A-Z]:\\[^>]*>\s*[A-Za-z./]|^>>>\s+\S")
# a statement: a call, an assignment or an operator, a bracket, an attribute, a keyword opening a
# line of a program or a shell script, a configuration file's key; "2 cups flour (sifted)" none
_STATEMENT = re.compile(
    r"\w\(|[=\[\]{}<>]|[+*/%]\s*\w|\b[a-z_]\w+\.[a-z_]\w*|^\s*-?\s*[\w.-]+:(?:\s|$)"
    r"|^\s*(?:def|return|import|from|class|if|elif|else|for|while|try|except|const|let|var|function|export|echo)\b"
)
_SENTENCE = re.compile(r"[.!?][\"'”’)]?$")
_MARK = 12  # characters: an end mark's longest ("(ant/rdk)")
_AHEAD = 400  # lines: where a body block is looked for after the last one's (a long paste stays linear)
SENTENCE_WORDS = 12  # a line this long that ends as a sentence: prose, and its run is no code


class Gathered(NamedTuple):
    """A copied page with each run of code set on one line of its words, and the code of those lines."""

    text: str
    code: dict[str, str]


def gathered(text: str) -> Gathered:
    """`text` with each run of code set on one line of its words, and the code of each such line."""
    lines = text.split("\n")
    if not any(line[:1] in (" ", "\t") or _PROMPT.match(line) or line.rstrip().endswith("{") for line in lines):
        return Gathered(text, {})  # (most pages: nothing indented, no prompt, no brace)
    code: dict[str, str] = {}
    out: list[str] = []
    at = 0
    for start, end in _code_runs(lines, _runs(lines)):
        out += lines[at:start]
        block = code_text("\n".join(lines[start:end]))
        code[one_line := " ".join(block.split())] = block
        out.append(one_line)
        at = end
    return Gathered("\n".join(out + lines[at:]), code) if code else Gathered(text, {})


def restored(article: CleanedArticle, pasted: Gathered) -> CleanedArticle:
    """The article with each gathered run given back as its code: where the body holds its line,
    and where the cleaner left that line out between two of the body's blocks or right after the
    last (a short command reads to it as a stray line; it is the article's), with the line ending
    in a colon that introduces it there ("The whole program:")."""
    if not pasted.code:
        return article
    lines = [line for line in pasted.text.split("\n") if line.strip()]
    body, placed, at = list(article.body), [], 0  # placed: the line each body block stands at
    for block in body:
        at = next((i for i in range(at, min(len(lines), at + _AHEAD)) if block.text in lines[i]), at)
        placed.append(at)
    shown = {b.text for b in body}
    back: set[str] = set()  # the lines put back
    stood = set(placed)  # (a block whose words the cleaner changed stands at its line: not put back)
    for i in reversed([i for i, line in enumerate(lines) if line in pasted.code and line not in shown]):
        if placed and placed[0] < i < placed[-1] + 3 and i not in stood:
            put = [lines[i - 1], lines[i]] if i > placed[-1] + 1 and lines[i - 1].endswith(":") else [lines[i]]
            if i > placed[-1] + len(put):  # not right after the body: another part of the page
                continue
            where = bisect_right(placed, i)
            body[where:where] = [Block(BlockKind.PARAGRAPH, text) for text in put]
            back.update(put)
    last = body[-1] if body else None
    body = [Block(BlockKind.CODE, code) if (code := _code_of(b.text, pasted.code, b is last)) else b for b in body]
    if not any(b.kind is BlockKind.CODE for b in body):
        return article
    removed = tuple(r for r in article.removed if r.text not in back)
    return replace(article, body=tuple(_not_listed(body)), removed=removed)


def _code_of(text: str, code: dict[str, str], last: bool) -> str:
    """The code of a gathered run's line; for the body's last block, also of the line less an end
    mark the cleaner took off it ("})(window)": its "(window)" read as an agency's mark)."""
    if text in code:
        return code[text]
    if last:
        return next((code[key] for key in code if key.startswith(text) and len(key) - len(text) <= _MARK), "")
    return ""


def _not_listed(body: list[Block]) -> list[Block]:
    """The body without the list a line ending in a colon seemed to introduce when what it
    introduced was code: the cleaner counts the code's line as a short list item, and the
    sentences after it as more ("Run this:", the command, "Then open the file." as a bullet)."""
    out: list[Block] = []
    introduced = False  # under code that a line ending in a colon introduced
    for block in body:
        if block.kind is BlockKind.CODE:
            introduced = bool(out) and out[-1].text.endswith(":")
        elif block.kind is BlockKind.LIST_ITEM and introduced and _SENTENCE.search(block.text):
            block = Block(BlockKind.PARAGRAPH, block.text)
        else:
            introduced = introduced and block.kind is BlockKind.LIST_ITEM
        out.append(block)
    return out


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of lines between blank lines, as (first, past the last) indices."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _code_runs(lines: list[str], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs that are code, those parted by a blank line or two joined (`lines[first:past]`)."""
    found: list[tuple[int, int]] = []
    for start, end in runs:
        if not _is_code(lines[start:end]):
            continue
        if found and start - found[-1][1] <= 2:  # a blank line or two between: the same program
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def _is_code(run: list[str]) -> bool:
    stripped = [line.strip() for line in run]
    if any(len(line.split()) >= SENTENCE_WORDS and _SENTENCE.search(line) for line in stripped):
        return False
    if _PROMPT.match(stripped[0]):
        return True
    opened = next((i for i, line in enumerate(stripped) if line.endswith("{")), len(stripped))
    if any(line.startswith("}") for line in stripped[opened + 1 :]):
        return True
    if 2 * sum(bool(_STATEMENT.search(line)) for line in run) < len(run):
        return False
    depth = [indent(line.expandtabs(TAB)) for line in run]
    return any(line.rstrip().endswith(_OPENS) and depth[i + 1] > depth[i] for i, line in enumerate(run[:-1]))
