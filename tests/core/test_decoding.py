from __future__ import annotations

import codecs

import pytest

from reader.core.errors import UnreadableInput
from reader.core.importers import decoding
from reader.core.importers.decoding import decode_html, decode_text

TEXT = "Café society: “naïve” rôles — Zürich, São Paulo, Ærø, œuvre, 5 €"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_unicode_encodings_round_trip(data: bytes) -> None:
    assert decode_text(data) == TEXT


def test_cp1252_with_curly_quotes_and_euro() -> None:
    text = ("“Smart quotes” cost 5 € at the café — said the naïve maître d’hôtel. " * 8).strip()
    assert decode_text(text.encode("cp1252")) == text


def test_latin1_french_and_german() -> None:
    text = (
        "Le comité a décidé à l'unanimité que l'été serait très chaud. "
        "Die Bürger in München äußerten große Sorgen über die Straßen. "
    ) * 5
    assert decode_text(text.encode("latin-1")) == text


def test_windows_newlines_are_normalised() -> None:
    assert decode_text(b"one\r\ntwo\rthree") == "one\ntwo\nthree"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n", codecs.BOM_UTF8])
def test_empty_input_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(UnreadableInput, match="empty"):
        decode_text(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(200),
        bytes(range(1, 32)) * 50,
    ],
    ids=["png", "zip", "control-chars"],
)
def test_binary_input_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(UnreadableInput, match="binary|not text"):
        decode_text(data)


def test_oversized_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(UnreadableInput, match="too large"):
        decode_text(b"a" * 1001)


def test_html_declared_charset_wins() -> None:
    html = "<html><head><meta charset='windows-1252'></head><body><p>“Déjà vu”, she said.</p></body></html>"
    assert "“Déjà vu”" in decode_html(html.encode("cp1252"))


def test_html_latin1_declared_is_read_as_windows_1252() -> None:
    html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>It’s “here”.</p>'
    assert "It’s “here”." in decode_html(html.encode("cp1252"))


def test_html_unknown_declared_charset_falls_back_to_detection() -> None:
    html = "<meta charset='no-such-charset'><p>Grüße aus Köln</p>"
    assert "Grüße aus Köln" in decode_html(html.encode("utf-8"))
