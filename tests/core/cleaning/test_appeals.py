"""What a site asks of its reader under an article — its emails, its community, money, feedback —
is not the article's text, however the box words it (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.language import stopwords
from reader.core.cleaning.lines import Tag, make_lines
from tests.core.cleaning.test_copied_bylines import BODY as BRIDGE_STORY

ARTICLE = [
    "River footbridge to close for a year | Riverside Gazette",
    "River footbridge to close for a year",
    *BRIDGE_STORY,
]
APPEALS = [
    "Become an email insider!",
    "Join 12,000+ subscribers to get the week's council news every Friday.",
    "Don't miss a thing!",
    "Join our growing community of readers who care about the river.",
    "Thank you for signing up. We'll send you an email to confirm your address.",
    "Help Keep the Riverside Gazette Free and Independent",
    "Enjoyed this story? We need your help to keep publishing.",
    "We rely on donations from readers like you.",
    "Got a minute? Your feedback will help us build a better site.",
    "Help us improve your reading experience",
    "How was this article?",
]


@pytest.mark.parametrize("line", APPEALS)
def test_an_appeal_to_the_reader_is_furniture(line: str) -> None:
    [read] = make_lines(line, stopwords("en"))
    assert (read.tag, read.reason) == (Tag.WIDGET, pt.NEWSLETTER)


def test_the_appeals_under_an_article_are_left_out_with_their_reason() -> None:
    article = clean_text("\n".join([*ARTICLE, *APPEALS, "About us"]))
    assert [b.text for b in article.body] == ARTICLE[2:]
    removed = {r.text: r.reason for r in article.removed}
    assert all(removed[line] == pt.NEWSLETTER for line in APPEALS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Be the first to try the new ferry when it starts in March.",
        "Members of the rowing club joined the protest on the bridge.",
        "The shop owners need your help to keep the ferry running.",
        "Residents gave feedback at two meetings in the parish hall.",
    ],
)
def test_an_articles_own_sentences_are_no_appeal(sentence: str) -> None:
    [read] = make_lines(sentence, stopwords("en"))
    assert read.tag is not Tag.WIDGET
