"""Names that came from the file system or the command line, made safe to store and print.

On Linux a file name is bytes; one that is not UTF-8 reaches Python with surrogate escapes, which
SQLite and a UTF-8 terminal refuse (UnicodeEncodeError). Such a name is kept readably instead: each
byte that is not UTF-8 written as \\xNN.
"""

from __future__ import annotations


def readable(text: str) -> str:
    """`text` with any undecodable bytes (surrogate escapes) written as \\xNN; other text unchanged."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_text(text: str) -> bool:
    """Whether `text` is real text (no undecodable bytes, no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
