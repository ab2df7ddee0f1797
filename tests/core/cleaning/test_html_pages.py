"""Saved HTML (issue 14): the page parsed once and read once, its metadata as trafilatura's without its
costly parts, its date, and discussions (a forum thread, a question's answers) keeping their replies
while a news story's comment thread stays out."""

from __future__ import annotations

import json

import pytest

from reader.core.cleaning import clean_html
from reader.core.cleaning.discussion import comments_are_content, declared_discussion
from reader.core.cleaning.htmlmeta import head_metadata, page_metadata
from reader.core.cleaning.page import load_page, parse, walk
from reader.core.cleaning.pagedate import date_near
from reader.core.importers.html_doc import import_html, page_lines

PROSE = (
    "The council met on Tuesday evening to discuss the state of the harbour wall, which has been "
    "crumbling since the storms of last winter and now needs urgent repair before the tourist season."
)


def _words(n: int, word: str) -> str:
    return " ".join(f"{word}{i}" for i in range(n))


def _json_ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# -- one walk over the tree reads the page as the standard-library extractor does ---------------

PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Judul di tab | Situs</title>
<meta property="og:title" content="Judul Artikel">
<meta name="author" content="Siti Aminah">
<meta property="og:site_name" content="Kabar Kita">
<meta property="article:published_time" content="2023-04-05T08:00:00+07:00">
<link rel="canonical" href="https://kabar.example/judul">
<script>document.write("<p>injected</p>")</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li>Beranda</li><li>Nasional</li></ul></nav>
<header><p>Masuk</p></header>
<article>
<h1>Judul Artikel</h1>
<p>Paragraf <b>pertama</b> &amp; <a href="https://x.test">tautan</a>.</p>
<figure><img src="a.png"><figcaption>Keterangan <b>foto</b></figcaption></figure>
<h2>Subjudul</h2>
<blockquote><p>Kutipan penting.</p></blockquote>
<ul><li>Butir satu</li><li>Butir dua</li></ul>
<p>Baris satu<br>baris dua</p>
<noscript><p>Aktifkan JavaScript</p></noscript>
</article>
<aside><p>Terpopuler</p></aside>
<footer><p>© 2023 Kabar Kita</p></footer>
</body></html>"""


def test_the_walk_reads_the_page_as_the_fallback_extractor_does() -> None:
    page = load_page(PAGE)
    assert page is not None
    expected = import_html(PAGE)
    assert page.body[1:] == list(expected.body)  # the same blocks (the headline is the page's first)
    assert page.lines == page_lines(PAGE)
    assert page.meta["title"] == "Judul Artikel" and page.meta["url"] == "https://kabar.example/judul"
    assert page.lang == "id" and page.title == "Judul di tab | Situs"
    assert page.captions == ["Keterangan foto"]


def test_furniture_inside_a_line_does_not_cut_it() -> None:
    """A byline whose name is a button is one line of the page; the button's text is no body text."""
    page = load_page(f"<html><body><p>By <button>Chase Bernath</button></p><p>{PROSE}</p></body></html>")
    assert "By Chase Bernath" in page.lines
    assert "By" in [b.text for b in page.body] and "Chase Bernath" not in [b.text for b in page.body]


def test_the_cleaner_parses_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The standard-library parser (two passes over the page, once) is only the fallback."""
    import reader.core.cleaning.saved_html as html_cleaner

    fallback = html_cleaner.import_html

    def refuse(*_args, **_kwargs):
        raise AssertionError("the page was parsed again")

    monkeypatch.setattr(html_cleaner, "import_html", refuse)
    article = clean_html(PAGE.replace("<p>Paragraf", f"<p>{PROSE}</p><p>Paragraf"), url="https://kabar.example/judul")
    assert article.title == "Judul Artikel" and article.site_name == "Kabar Kita"
    assert article.published == "2023-04-05"
    assert [a.name for a in article.authors] == ["Siti Aminah"]
    outside = {r.text for r in article.removed if r.reason == "outside the article"}
    assert outside and outside <= {b.text for b in fallback(PAGE).body}  # the page's lines, not the article's


# -- trafilatura's metadata, without copying and pruning the page for the author -------------------

AUTHOR_PAGE = (
    "<html><head><title>Harbour wall to be repaired - Harbour Gazette</title></head><body>"
    '<div class="sidebar"><span class="author">Sidebar Person</span></div>'
    '<div class="post-meta"><a href="/category/local/">Local</a></div>'
    '<p class="byline"><span class="author-name">Rachel <time>2 May</time>Ingleby</span></p>'
    f"<article><h1>Harbour wall to be repaired</h1><p>{PROSE}</p></article></body></html>"
)


def test_metadata_matches_trafilatura() -> None:
    from trafilatura.metadata import extract_metadata

    tree = parse(AUTHOR_PAGE)
    head = head_metadata(tree)
    page = walk(tree, authors=not head.author, categories=not head.categories)
    ours = page_metadata(
        tree, "https://gazette.example/a", head=head, marked=page.marked, category_links=page.category_links
    )
    theirs = extract_metadata(parse(AUTHOR_PAGE), "https://gazette.example/a")
    for field in ("title", "author", "url", "description", "sitename", "categories"):
        assert getattr(ours, field) == getattr(theirs, field), field
    assert ours.author == "Rachel Ingleby"  # not the sidebar's, and without the <time> inside


_JSON_LD = [
    # white space between and inside strings, escaped slashes and line breaks, \\u escapes
    '{ "@context" : "https:\\/\\/schema.org", "@type" : "NewsArticle",\n  "headline": "Harbour   wall\\nto be repaired",\n'
    '  "author": { "@type": "Person", "name": "Rachel\\u0020Ingleby" },\n'
    '  "url": "https:\\/\\/gazette.example\\/a", "articleSection": "Local" }',
    # a lone surrogate escape, an entity and a tag inside a value
    '{"@context": "https://schema.org", "@type": "Article", "headline": "Tide tables &amp; times \\ud800<b>now</b>",'
    ' "author": [{"@type": "Person", "name": "Jo Marsh"}, {"@type": "Person", "name": "Ana Ruiz"}]}',
    # not JSON at all: trafilatura's fallback reads it with regular expressions
    '{"@type": "NewsArticle", "headline": "Broken", "author": {"name": "Kai Berg"}, ',
]


@pytest.mark.parametrize("script", _JSON_LD)
def test_the_json_ld_step_reads_what_trafilaturas_reads(script: str) -> None:
    from trafilatura.metadata import extract_meta_json
    from trafilatura.settings import Document

    from reader.core.cleaning.htmlmeta import _meta_json

    page = f'<html><head><script type="application/ld+json">{script}</script></head><body><p>x</p></body></html>'
    ours, theirs = _meta_json(parse(page), Document()), extract_meta_json(parse(page), Document())
    for field in ("title", "author", "url", "sitename", "categories", "pagetype", "description"):
        assert getattr(ours, field) == getattr(theirs, field), field
    assert ours.author or ours.title  # the case reads something


# -- the date: stated, else shown beside the headline -------------------------------------------


def test_a_date_stated_in_the_head_wins() -> None:
    # (over a later one shown beside the headline; an earlier one is the first publication, below)
    page = PAGE.replace("<p>Paragraf", "<p>12 Maret 2024</p><p>Paragraf")
    assert clean_html(page).published == "2023-04-05"


@pytest.mark.parametrize(
    ("metas", "published"),
    [
        ('<meta name="published" content="July 17, 2025">', "2025-07-17"),
        ('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', "2025-05-27"),
        (
            '<meta name="last-modified" content="2025-09-01"><meta name="publish_date" content="2024-02-03">',
            "2024-02-03",
        ),
        ('<meta name="published-updated" content="2025-09-01">', None),  # an update's date is not the first
    ],
)
def test_a_date_the_head_names_in_the_sites_own_words(metas: str, published: str | None) -> None:
    page = (
        f"<html><head><title>Harbour wall to be repaired</title>{metas}</head><body>"
        f"<article><h1>Harbour wall to be repaired</h1><p>{PROSE}</p></article></body></html>"
    )
    assert clean_html(page).published == published


def test_the_date_beside_the_headline() -> None:
    lines = [
        "Home",
        "News",
        "Harbour wall to be repaired",
        "By Rachel Ingleby",
        "Updated March 4, 2025",
        "March 3, 2025",
        PROSE,
        "Related: June 1, 2020",
    ]
    assert date_near(lines, "Harbour wall to be repaired", PROSE) == "2025-03-03"
    assert date_near(lines[:5] + [PROSE], "Harbour wall to be repaired", PROSE) == "2025-03-04"  # only an update
    assert date_near(lines, "Not on the page", PROSE) == "2025-03-03"  # by the first paragraph instead
    assert date_near(["Harbour wall to be repaired", PROSE], "Harbour wall to be repaired", PROSE) is None


# -- discussions keep their replies; articles keep their comments out ----------------------------

REPLIES = [
    f"Reply {i}: I have seen the same problem with the harbour wall on my street, and the council "
    f"told me it would be fixed in spring, but nothing has happened yet, number {i}."
    for i in range(6)
]


def _thread(kind: str, heading: str, replies: str, paragraphs: int = 2) -> str:
    """A page of one kind (schema.org's @type): a text, a heading, then replies in `replies` markup:
    "posts" as forum software writes a thread (the first post and the replies alike), or
    "comments" in a comment section under the text."""
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Harbour wall",
        "author": {"@type": "Person", "name": "Rachel Ingleby"},
    }
    text = "".join(f"<p>{PROSE} ({i})</p>" for i in range(paragraphs))
    if replies == "posts":
        post = '<div class="message"><div class="message-body">{}</div></div>'
        body = (
            f"<div class='messages'>{post.format(text)}<h2>{heading}</h2>"
            + "".join(post.format(f"<p>{reply}</p>") for reply in REPLIES)
            + "</div>"
        )
    else:
        body = (
            f"<div class='post'>{text}</div><h2>{heading}</h2><div id='comments' class='comments'>"
            + "".join(f'<div class="comment"><p>{reply}</p></div>' for reply in REPLIES)
            + "</div>"
        )
    return (
        f"<html><head><title>Harbour wall</title>{_json_ld(data)}</head><body><main>"
        f"<h1>Harbour wall</h1>{body}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("kind", "replies"),
    [
        ("DiscussionForumPosting", "posts"),  # a forum's thread: its posts, under a "Comments" heading too
        ("QAPage", "comments"),
        ("SocialMediaPosting", "comments"),  # answers, replies in comment containers
    ],
)
def test_a_discussion_keeps_its_replies(kind: str, replies: str) -> None:
    text = clean_html(_thread(kind, "Comments", replies), url="https://forum.example/t/harbour-wall/1").text
    assert f"{PROSE} (0)" in text
    assert all(reply in text for reply in REPLIES)


@pytest.mark.parametrize("kind", ["NewsArticle", "BlogPosting", "FAQPage"])
@pytest.mark.parametrize("replies", ["posts", "comments"])
def test_an_article_keeps_its_comments_out(kind: str, replies: str) -> None:
    article = clean_html(_thread(kind, "Comments", replies, paragraphs=8), url="https://gazette.example/a")
    assert f"{PROSE} (7)" in article.text
    assert not any(reply in article.text for reply in REPLIES)


def test_what_says_a_page_is_a_discussion() -> None:
    def declared(html: str) -> tuple[bool, bool]:
        from reader.core.cleaning.jsonld import json_ld_objects

        tree = parse(html)
        scripts = [s.text for s in tree.iter("script") if s.text]
        return declared_discussion(tree, json_ld_objects(scripts))

    assert declared(_thread("DiscussionForumPosting", "", "posts")) == (True, False)  # trafilatura keeps its posts
    assert declared(_thread("QAPage", "", "comments")) == (True, True)  # answers are asked for as comments
    assert declared(_thread("https://schema.org/SocialMediaPosting", "", "comments")) == (True, True)
    microdata = f'<html><body><div itemscope itemtype="https://schema.org/QAPage"><p>{PROSE}</p></div></body></html>'
    assert declared(microdata) == (True, True)
    faq = {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "acceptedAnswer": {"@type": "Answer"}}]}
    assert declared(f"<html><head>{_json_ld(faq)}</head><body><p>{PROSE}</p></body></html>") == (False, False)


def _drawn_thread(kind: str, post_type: str, first: str) -> str:
    """A thread whose posts the page draws with scripts: its markup holds a cookie notice and a
    menu; its JSON-LD holds the posts."""
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Harbour wall",
        "text": first,
        "comment": [{"@type": post_type, "text": reply} for reply in REPLIES[:3]],
    }
    cookies = (
        "We use cookies to store or retrieve information on your browser, mostly to make the site work as "
        "you expect it to. You can choose not to allow some types of cookies; blocking them may change "
        "your experience of the site. Manage consent preferences at any time."
    )
    return (
        f"<html><head><title>Harbour wall</title>{_json_ld(data)}</head><body>"
        f"<div class='consent'><p>{cookies}</p></div><nav><a href='/'>Forums</a> <a href='/login'>Sign in</a></nav>"
        "<h1>Harbour wall</h1><div id='posts' data-loading='true'></div></body></html>"
    )


def test_a_thread_drawn_by_scripts_reads_its_posts_from_its_structured_data() -> None:
    first = "Has anyone asked the council about the harbour wall?<br>\nIt has been crumbling all winter &amp; spring."
    article = clean_html(
        _drawn_thread("DiscussionForumPosting", "Comment", first), url="https://forum.example/t/harbour-wall/1"
    )
    assert [b.text for b in article.body] == [
        "Has anyone asked the council about the harbour wall?",
        "It has been crumbling all winter & spring.",
        *REPLIES[:3],
    ]
    assert "cookies" not in article.text


def test_an_article_drawn_by_scripts_is_not_read_from_its_comments() -> None:
    article = clean_html(_drawn_thread("NewsArticle", "Comment", PROSE), url="https://gazette.example/a")
    assert not any(reply in article.text for reply in REPLIES)


def test_comments_are_the_content_of_a_short_page() -> None:
    short, thread = ["A link worth reading"], ["A link worth reading", _words(40, "w"), _words(40, "v")]
    assert comments_are_content(short, thread)
    assert not comments_are_content([_words(200, "w")], [_words(200, "w"), _words(900, "v")])  # an article
    assert not comments_are_content([_words(80, "w")], [_words(80, "w"), _words(100, "v")])  # a few reviews


def test_a_shared_link_whose_comments_are_the_content() -> None:
    comments = "".join(f'<li class="comment"><div class="comment_text"><p>{text}</p></div></li>' for text in REPLIES)
    html = (
        "<html><head><title>Rust project goals</title></head><body><main>"
        "<h1>Rust project goals for 2024</h1><p>via blog.rust-lang.org, 12 comments</p>"
        f'<ol class="comments">{comments}</ol></main></body></html>'
    )
    text = clean_html(html, url="https://links.example/s/abc").text
    assert sum(reply in text for reply in REPLIES) >= 5


# -- mojibake is still repaired, without ftfy reading the page's scripts --------------------------


def test_mojibake_is_repaired() -> None:
    broken = PROSE.replace("harbour", "harbour’s").encode("utf-8").decode("cp1252", errors="replace")
    script = "<script>var big = '" + "x" * 500_000 + "';</script>"  # a shop's page is mostly code
    html = (
        f"<html><head><title>T</title></head><body><article><p>{broken}</p><p>{broken}</p></article>{script}"
        "</body></html>"
    )
    assert "harbour’s" in clean_html(html).text


# -- the date search on the caller's tree ----------------------------------------------------------


def test_the_markup_date_search_can_use_the_callers_tree() -> None:
    """The cleaner's last use of the tree: htmldate cleans it in place instead of copying it."""
    from lxml import etree

    from reader.core.cleaning.pagedate import markup_date

    html = (
        "<html><head><title>T</title></head><body><video>clip</video>"
        f'<div class="post-date">5 April 2023</div><p>{PROSE}</p></body></html>'
    )
    tree = parse(html)
    before = etree.tostring(tree)
    assert markup_date(tree) == "2023-04-05" and etree.tostring(tree) == before  # a copy searched
    assert markup_date(tree, consume=True) == "2023-04-05"
    assert b"<video" not in etree.tostring(tree)  # cleaned in place


def test_a_link_post_whose_only_text_is_its_headline_keeps_it_as_its_body() -> None:
    """An aggregator's post of a link: its title is all the text there is, so the body is not left empty."""
    headline = "Council votes to rebuild the harbour wall after the winter storms, at twice the first estimate"
    html = (
        f"<html><head><title>{headline} : r/localnews</title><meta property='og:title' content='{headline}'></head>"
        f"<body><article><h1>{headline}</h1><p><a href='https://news.example/wall'>{headline}</a></p></article>"
        "</body></html>"
    )
    article = clean_html(html, url="https://social.example/r/localnews/comments/abc/council_votes")
    assert article.title == headline
    assert [b.text for b in article.body] == [headline]


def test_blocks_inside_a_list_item_are_words_apart_not_glued() -> None:
    """A job board's row: a heading and short paragraphs inside one item come out as separate words."""
    from lxml import etree

    from reader.core.cleaning.xml_blocks import read_xml

    body = etree.fromstring(
        "<body><list rend='ul'><item><head rend='h3'>Software Engineer</head><p>18d</p><p>Harbour Tools</p>"
        "<p>Remote</p></item><item>Plain <hi>item</hi></item></list></body>"
    )
    assert [b.text for b in read_xml(body)[0]] == ["Software Engineer 18d Harbour Tools Remote", "Plain item"]


def _dated_page(stated: str, shown: str) -> str:
    """A saved article stating its publication date in a meta tag and showing `shown` by its headline."""
    return (
        f"<html><head><title>Fees</title><meta property='article:published_time' content='{stated}'></head><body>"
        f"<article><h1>Harbour board raises mooring fees</h1><p>{shown}</p>"
        + "<p>The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years.</p>"
        * 3
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("stated", "shown", "expected"),
    [
        ("03-09-2026", "Published March 9, 2026", "2026-03-09"),  # an American page's meta: month first
        ("2026-08-01", "Published 08/01/2026", "2026-08-01"),  # shown in figures too: the stated date stands
        ("2026-03-09", "Published March 9, 2026", "2026-03-09"),
    ],
)
def test_a_stated_date_read_day_first_is_the_one_the_page_shows_in_words(
    stated: str, shown: str, expected: str
) -> None:
    assert clean_html(_dated_page(stated, shown)).published == expected


@pytest.mark.parametrize(
    ("stated", "shown", "expected"),
    [
        # the page prints an earlier date alone by its headline: the markup's is a later publication of it
        ("2024-05-03T10:00:00+00:00", "Published March 17, 2024", "2024-03-17"),
        ("2025-12-19T22:02:58Z", "On 18 Dec 2025", "2025-12-18"),
        ("2024-05-03T10:00:00+00:00", "March 17, 2024 • 3 min read", "2024-03-17"),
        ("2024-03-17T10:00:00+00:00", "Updated May 3, 2024", "2024-03-17"),  # a later one: the stated stands
        ("2026-08-01T10:00:00+00:00", "08/01/2026", "2026-08-01"),  # the stated date read the other way round
        # a date with other words before it is another thing's date
        ("2024-02-10T10:00:00+00:00", "Release date: February 2, 2024", "2024-02-10"),
        ("2024-02-10T10:00:00+00:00", "Sourdough · February 2, 2024", "2024-02-10"),
    ],
)
def test_an_earlier_date_the_page_prints_by_its_headline_is_the_publication_date(
    stated: str, shown: str, expected: str
) -> None:
    assert clean_html(_dated_page(stated, shown)).published == expected


@pytest.mark.parametrize(
    ("metas", "shown", "expected"),
    [
        # only a modification date in the meta tags: the publication date the JSON-LD declares
        ("<meta property='article:modified_time' content='2024-05-03T10:00:00+00:00'>", "", "2024-03-17"),
        # ... unless the page shows the modification date by its headline: the date its reader sees
        (
            "<meta property='article:modified_time' content='2024-05-03T10:00:00+00:00'>",
            "<p>Updated May 3, 2024</p>",
            "2024-05-03",
        ),
        # ... but not when the page shows the publication date too: that is the one it gives first
        (
            "<meta property='article:modified_time' content='2024-05-03T10:00:00+00:00'>",
            "<p>Published March 17, 2024</p><p>Updated May 3, 2024</p>",
            "2024-03-17",
        ),
        # a publication date in the meta tags stands, whatever the JSON-LD says
        ("<meta property='article:published_time' content='2024-04-01T08:00:00+00:00'>", "", "2024-04-01"),
    ],
)
def test_a_modification_date_gives_way_to_the_declared_publication_date(metas: str, shown: str, expected: str) -> None:
    ld = _json_ld({"@type": "Article", "datePublished": "2024-03-17T19:47:39+00:00", "dateModified": "2024-05-03"})
    html = (
        f"<html><head><title>Fees</title>{metas}{ld}</head><body>"
        f"<article><h1>Harbour board raises mooring fees</h1>{shown}"
        + "<p>The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years.</p>"
        * 3
        + "</article></body></html>"
    )
    assert clean_html(html).published == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("2024-09-10T16:07:00.000Z", "2024-09-10"),  # the JSON-LD has day and month the other way round
        ("2024-10-09T16:07:00.000Z", "2024-10-09"),  # it agrees with the day-first reading
        ("2024-03-17T16:07:00.000Z", "2024-10-09"),  # another date altogether: the shown one stands
    ],
)
def test_a_date_shown_in_figures_alone_is_read_as_the_json_ld_declares_it(declared: str, expected: str) -> None:
    """ "09.10.2024" could be either day: JSON-LD written with a space before each colon (as HubSpot's
    pages write it), which htmldate's own search of the scripts misses, says which."""
    ld = json.dumps({"@type": "BlogPosting", "headline": "Fees", "datePublished": declared}, indent=2)
    ld = ld.replace('": ', '" : ')
    html = (
        f"<html><head><title>Fees</title><script type='application/ld+json'>{ld}</script></head><body>"
        "<article><h1>Harbour board raises mooring fees</h1><p>09.10.2024</p>"
        + "<p>The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years.</p>"
        * 3
        + "</article></body></html>"
    )
    assert clean_html(html).published == expected


def test_a_stated_date_is_not_turned_round_by_the_json_ld() -> None:
    """Only a date read from figures on the page can be the wrong way round; the meta tags' exact
    date stands, whatever the JSON-LD says."""
    ld = json.dumps({"@type": "BlogPosting", "headline": "Fees", "datePublished": "2024-09-10T16:07:00Z"})
    ld = ld.replace('": ', '" : ')
    html = (
        "<html><head><title>Fees</title><meta property='article:published_time' content='2024-10-09T08:00:00Z'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        "<article><h1>Harbour board raises mooring fees</h1>"
        + "<p>The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years.</p>"
        * 3
        + "</article></body></html>"
    )
    assert clean_html(html).published == "2024-10-09"
