"""The words of Markdown without its syntax: for one-line previews and search snippets of notes."""

from __future__ import annotations

import re

_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")  # [words](address) and ![alt](image): the words
_MD_LINE_START = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+", re.MULTILINE)
_MD_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.MULTILINE)
_MD_STRONG = re.compile(r"\*\*|__|~~")
_MD_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")


def plain_markdown(text: str) -> str:
    """The words of a piece of Markdown (a note, or a snippet cut out of one) without its syntax:
    emphasis and code marks, heading, quote and list markers, fences, and links reduced to their
    words. The snippet marks around matched words are kept."""
    text = _MD_FENCE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_START.sub("", text)
    text = _MD_STRONG.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return text.replace("`", "")
