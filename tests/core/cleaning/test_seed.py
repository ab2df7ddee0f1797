"""The real copied page in ../shared/seeds/ (someone else's article, so it is read from there, not copied)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.importers.decoding import decode_text
from tests.conftest import SEEDS

SEED = SEEDS / "000_f685df4b5ed3b768.txt"

pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"the seed page is not here ({SEED}); it lives in ../shared/seeds beside the checkout"
)


@pytest.fixture(scope="module")
def article():
    return clean_text(decode_text(SEED.read_bytes()))


def test_metadata(article) -> None:
    assert article.title == (
        "Rusia Sakit Kepala, Gandeng Aliansi Hadang Militan Taliban, Tentara AS Keluar dari Afghanistan"
    )
    assert article.subtitle.startswith("Rusia akan bekerja lebih erat dengan sesama anggota aliansi")
    assert article.section == "Internasional"
    assert [(a.name, a.role) for a in article.authors] == [("M Nur Pakar", "editor")]
    assert article.site_name.lower() == "serambinews.com"
    assert article.dateline == "MOSKOW"
    assert article.published == "2021-08-30"
    assert article.language == "id"


def test_body_is_every_paragraph_in_order(article) -> None:
    source = SEED.read_text(encoding="utf-8")
    start = source.index("SERAMBINEWS.COM, MOSKOW - ")
    end = source.index("akan terus berlanjut.") + len("akan terus berlanjut.")
    expected = [
        " ".join(line.split())
        for line in source[start:end].split("\n")
        if line.strip() and not line.startswith("Baca juga")
    ]
    assert [b.text for b in article.body] == expected
    assert article.body[0].text.startswith("SERAMBINEWS.COM, MOSKOW - Rusia akan bekerja lebih erat")
    assert article.body[-1].text.endswith("akan terus berlanjut.")
    assert "(*)" not in article.text


def test_photo_goes_to_figures(article) -> None:
    [figure] = article.figures
    assert figure.caption.startswith("Pasukan Amerika Serikat dan Inggris berpose")
    assert figure.credit == "Kementerian Pertahanan Inggris"
    assert "Pasukan Amerika Serikat dan Inggris berpose" not in article.text


@pytest.mark.parametrize(
    "start", ["Baca juga", "Ikuti kami di", "KOMENTAR", "BERITA TERKINI", "© 2022", "All Right Reserved"]
)
def test_clutter_is_removed_with_a_reason(article, start: str) -> None:
    hits = [r for r in article.removed if r.text.startswith(start)]
    assert hits, f"{start!r} should be in removed"
    assert all(r.reason for r in hits)
    assert start not in article.text
