"""A site's menu copied as one long line of entries is no paragraph, though some entries are
questions ("What Are Stock Splits?"); prose with many capitals (German's nouns) still is (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.language import stopwords
from reader.core.cleaning.lines import Tag, make_lines

MENU = (
    "How to Invest Money What to Invest In How to Invest in Stocks How to Invest in Funds Financial Dictionary "
    "Stock Market Basics Types of Stocks Market Sectors Market Indexes What Are Stock Splits? What Is Compound "
    "Interest? After Hours Trading How to Buy Stock Best Brokers for Beginners Best Brokerage Accounts Good Time "
    "to Buy Stocks How Many Shares to Buy? Portfolio Diversification How to Invest Small Sums Retirement "
    "Accounts Retirement Planning Social Security Guides Credit Cards Compare Credit Cards Savings Accounts"
)
ARTICLE = [
    "Spending on rented computing is expected to triple by the end of the decade, as companies move the work "
    "they used to run in their own server rooms to the data centres of a handful of large providers.",
    "The three largest providers earn most of their profit from it, and each reports its figures separately, "
    "which lets investors see how fast the business grows and how much it costs to build.",
    "Smaller companies sell the software that runs on top of it, and some of them have grown faster than the "
    "providers themselves, though their shares have swung far more widely over the past two years.",
]


def test_a_menu_flattened_into_a_line_is_not_the_articles_text() -> None:
    page = ["Cloud stocks explained | Money Pages", MENU, "Cloud stocks explained", "By Ada Brennan", *ARTICLE]
    article = clean_text("\n".join(page))
    assert [b.text for b in article.body] == ARTICLE
    assert article.title == "Cloud stocks explained"


def test_prose_with_many_capitals_is_still_prose() -> None:
    german = (
        "Die Ausgaben für gemietete Rechenleistung werden sich bis zum Ende des Jahrzehnts verdreifachen, weil "
        "Unternehmen die Arbeit aus ihren eigenen Serverräumen in die Rechenzentren weniger großer Anbieter "
        "verlagern, die dafür Milliarden in Gebäude, Leitungen und Kühlung investieren."
    )
    [line] = make_lines(german, stopwords("de"))
    assert line.tag is Tag.GOOD
    [line] = make_lines(MENU, stopwords("en"))
    assert line.tag is Tag.SHORT


def test_a_filters_options_in_one_line_do_not_draw_the_body_away() -> None:
    # A search form's drop-down copied as one line: hundreds of entries, most in small letters, no sentence's
    # end. It outweighs the article by its words alone; it is no prose, so the article stays the body.
    teams = ["the harbour study group", "the river survey team", "the coastal data unit", "the tide gauge project"]
    options = " ".join(f"{year} - {team} of the north" for year in range(1990, 2026) for team in teams)
    page = [
        "Cloud stocks explained | Money Pages",
        "Cloud stocks explained",
        "Updated on 09/10/2025",
        *ARTICLE,
        "Publications",
        "Search the archive",
        "Any - " + options,
    ]
    article = clean_text("\n".join(page))
    assert [b.text for b in article.body] == ARTICLE


def test_a_long_paragraph_in_a_script_without_stops_is_still_prose() -> None:
    # Thai ends a sentence with a space, not a full stop: a long paragraph has no stop and is the body.
    sentence = "การประชุมสภาเมืองในวันนี้ได้อนุมัติงบประมาณสำหรับการซ่อมแซมสะพานข้ามแม่น้ำที่ชำรุดมานานหลายปี "
    paragraph = (sentence * 6).strip()
    page = ["ข่าวท้องถิ่น", "เมนู", "งบซ่อมสะพาน", paragraph, "ลิขสิทธิ์"]
    body = [b.text for b in clean_text("\n".join(page)).body]
    assert paragraph in body
    assert "เมนู" not in body  # the menu's word: the paragraph is the body, not all the page's text


@pytest.mark.parametrize(
    "sentence",
    [
        "नगर परिषद ने आज नदी पर बने पुराने पुल की मरम्मत के लिए बजट को मंजूरी दे दी। ",  # Hindi's danda
        "The council approved the budget for the old river bridge today after a long debate.[3] ",  # a citation
    ],
)
def test_a_long_paragraph_whose_sentences_end_in_a_danda_or_a_citation_is_prose(sentence: str) -> None:
    paragraph = (sentence * 12).strip()
    # a box further down, prose too: it would be the body if the paragraph counted for nothing
    box = " ".join([sentence.strip()] * 3)
    page = ["Bridge budget | Town News", "Bridge budget", paragraph, "Contact us", "Privacy policy", box]
    article = clean_text("\n".join(page))
    assert paragraph in [b.text for b in article.body]
