"""What a page's template or script left in its text is never the article (issue 14): a template's
"Lorem ipsum" placeholder, and a script's data printed as text (minified JSON, as a copy takes it
from a page whose script never ran). A JSON example written for people stays, and so does an
article about the placeholder."""

from __future__ import annotations

import json

from reader.core.cleaning import clean_html, clean_text

_PLACEHOLDER = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip."
)
_ARTICLE = [
    "Each spring the county ranks its forty bus routes by how often the buses arrive on time, and this year "
    "the harbour line came last for the third year running.",
    "Drivers blame the roadworks on Quay Street, which have narrowed the road to one lane since October and "
    "added up to twelve minutes to every trip at the morning peak.",
    "The council says the works will end in May, when the timetable will be rewritten around the new junction.",
]


def _page(*promos: str) -> str:
    lines = ["Bus punctuality rankings | County News", "Home", "Transport"]
    for promo in promos:
        lines += ["Featured", promo, "Learn More"]
    return "\n".join([*lines, "Bus punctuality rankings", *_ARTICLE, "© 2025 County News"])


def test_a_templates_placeholder_text_is_left_out_and_does_not_make_the_page_latin() -> None:
    article = clean_text(_page(*[_PLACEHOLDER] * 5, "• " + _PLACEHOLDER.title(), "Lorem Ipsum"))

    assert "Lorem" not in article.text
    assert "the harbour line came last" in article.text and "rewritten around the new junction" in article.text
    assert article.language == "en"  # six placeholders do not outweigh the article's English
    assert any(r.text == _PLACEHOLDER and r.reason == "boilerplate" for r in article.removed)


def test_an_article_about_the_placeholder_keeps_its_sentences() -> None:
    about = (
        "Lorem ipsum, the dummy text printers have set since the sixteenth century, comes from a passage of "
        "Cicero that a typesetter scrambled, and designers still use it to show a layout before the words exist."
    )
    article = clean_text("\n".join(["Where Lorem ipsum comes from", about, *_ARTICLE]))

    assert "comes from a passage of Cicero" in article.text


_DATA = json.dumps(
    [["Easy to understand", "easyToUnderstand", "thumb-up"], ["Solved my problem", "solvedMyProblem", "thumb-up"]]
    + [
        ["Other", "otherUp", "thumb-up"],
        ["Missing the information I need", "missingTheInformationINeed", "thumb-down"],
    ],
    separators=(",", ":"),
)
_EXAMPLE = json.dumps({"Logging": {"LogLevel": {"Default": "Warning", "System.Net.Http": "Information"}}})


def test_a_scripts_data_printed_as_text_is_left_out_but_a_json_example_stays() -> None:
    text = "\n".join(["Configuring the logger", _ARTICLE[0], _EXAMPLE, *_ARTICLE[1:], _DATA, "Was this helpful?"])
    article = clean_text(text)

    assert _EXAMPLE in article.text  # spaces after its commas and colons: written for people
    assert "easyToUnderstand" not in article.text
    assert any(r.text == _DATA and r.reason == "boilerplate" for r in article.removed)


def test_a_saved_page_leaves_out_a_scripts_data_and_placeholder_blocks() -> None:
    html = (
        "<html><head><title>Bus punctuality rankings</title></head><body><article><h1>Bus punctuality rankings</h1>"
        + "".join(f"<p>{p}</p>" for p in _ARTICLE)
        + f"<p>{_PLACEHOLDER}</p><p>{_DATA}</p></article></body></html>"
    )
    article = clean_html(html)

    assert "the harbour line came last" in article.text
    assert "Lorem" not in article.text and "easyToUnderstand" not in article.text
