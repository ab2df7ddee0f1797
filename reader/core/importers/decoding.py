"""Bytes to text: BOMs, UTF-8, legacy encodings (charset-normalizer), and a clear no for binaries."""

from __future__ import annotations

import codecs
import logging
import re

from reader.core.errors import UnreadableInput

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")
# Control characters that never occur in real text (tab, newlines and form feed excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def check_size(data: bytes) -> None:
    if len(data) > MAX_INPUT_BYTES:
        size_mb = len(data) / (1024 * 1024)
        raise UnreadableInput(
            "the file is too large ({size_mb:.0f} MB); Reader imports articles up to {value} MB",
            size_mb=size_mb,
            value=MAX_INPUT_BYTES // (1024 * 1024),
        )


def decode_text(data: bytes) -> str:
    """Decode bytes of a text document, whatever its encoding; raise UnreadableInput if it is not text."""
    check_size(data)
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableInput("the file is empty: there is no text to import")
    control = len(_CONTROL.findall(text[:100_000]))
    if control > max(2, len(text[:100_000]) // 200):
        raise UnreadableInput(
            "this looks like a binary file, not text; Reader imports text, HTML, Markdown, PDF and EPUB"
        )
    return text


def decode_html(data: bytes) -> str:
    """Like decode_text, but a charset that the document declares wins over guessing."""
    check_size(data)
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        match = _META_CHARSET.search(data[:8192])
        if match:
            name = match.group(1).decode("ascii", "replace").lower()
            try:
                codecs.lookup(name)
            except LookupError:
                log.info("ignoring unknown declared charset %r", name)
            else:
                if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
                    name = "cp1252"  # as browsers do: the superset, so curly quotes survive
                return decode_text(data.decode(name, errors="replace").encode("utf-8"))
    return decode_text(data)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableInput("the file is empty: there is no text to import")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data[:65536]:
        raise UnreadableInput(
            "this looks like a binary file, not text; Reader imports text, HTML, Markdown, PDF and EPUB"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: it is only needed for legacy files

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise UnreadableInput("this file's bytes are not text in any known encoding")
    # Where candidates fit equally well (cp1250 and cp1252 often tie on Western text), prefer
    # the encodings that most legacy documents were really written in.
    ties = [m for m in results if m.chaos <= best.chaos + 0.001 and m.coherence >= best.coherence - 0.001]
    for preferred in _PREFERRED:
        match = next((m for m in ties if m.encoding == preferred), None)
        if match is not None:
            best = match
            break
    log.info("decoded input as %s", best.encoding)
    return str(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 text without a byte-order mark by where its zero bytes fall."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None
