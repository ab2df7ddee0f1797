"""A forum thread copied as text: each post under its poster's name, its date and its number. The
thread is the body, all of its posts, not the one stretch of longer posts between two dates; a blog's
comments under its article and a list of dated teasers stay out."""

from __future__ import annotations

from reader.core.cleaning import clean_text

HEADER = ["Ladder gardens: a thread | Balcony Growers Forum", "Forums", "What's new", "Log in", "Register"]
FOOTER = ["Contact us", "Terms and rules", "Privacy policy", "© 2026 Balcony Growers Forum"]
POSTS = [
    (
        "Marta",
        "Has anyone grown tomatoes on a ladder shelf? Mine get four hours of sun and I wonder if "
        "the top step dries out too fast in July.",
    ),
    ("Jon Bell", "Mine did, so I water the top step twice a day in July and once a day for the rest of the summer."),
    (
        "Priya",
        "Put a saucer under each pot, it helps a lot, and move the thirstiest plant to the lowest "
        "step where the shade lasts longest.",
    ),
    (
        "Marta",
        "Thanks, both of you. I will try the saucers first and report back here at the end of the month with photos.",
    ),
    (
        "Ahmed",
        "Cherry tomatoes did better than big ones for me on a ladder, and they ripened two weeks "
        "earlier than the ones in the bed.",
    ),
]


def thread(posts: list[tuple[str, str]]) -> list[str]:
    lines = []
    for number, (name, text) in enumerate(posts, 1):
        lines += [name, "Member", f"Mar {number + 2}, 2026", f"#{number}", text, "Reply", "Reactions: 3 others"]
    return lines


def test_every_post_of_a_thread_of_short_posts_is_the_body() -> None:
    article = clean_text("\n".join([*HEADER, *thread(POSTS), *FOOTER]))
    for _name, text in POSTS:
        assert text in article.text


ARTICLE = [
    "We grew tomatoes on a ladder shelf for a whole summer, and the results surprised us: the lowest step, "
    "in shade for most of the afternoon, gave almost as much fruit as the top one, which baked in the sun.",
] * 14


def test_dated_comments_under_a_long_article_are_not_its_body() -> None:
    page = [*HEADER, "Tomatoes on a ladder shelf", *ARTICLE, *thread(POSTS[1:]), *FOOTER]
    article = clean_text("\n".join(page))
    assert ARTICLE[0] in article.text
    assert not any(text in article.text for _name, text in POSTS[1:])


def test_a_list_of_dated_teasers_cut_short_is_not_joined_to_the_article() -> None:
    teasers = []
    for day in range(1, 7):
        teasers += [f"Dec {day}, 2025", f"Garden news number {day} from the council", "The town opened a new..."]
    page = [*HEADER, "Tomatoes on a ladder shelf", *ARTICLE[:3], "Latest news", *teasers, *FOOTER]
    article = clean_text("\n".join(page))
    assert ARTICLE[0] in article.text
    assert "The town opened a new..." not in article.text


def test_a_thread_whose_post_headers_show_two_dates_under_forum_buttons_is_the_body() -> None:
    # Each header: the post's date, the poster's "Author stats" button, the date again; over the
    # thread the forum's buttons, "Start new topic" beside "Reply to this topic".
    lines = ["Start new topic", "Reply to this topic"]
    for number, (name, text) in enumerate(POSTS, 1):
        lines += [name, "Members", f"Mar {number + 2}, 2026", "Author stats", f"Mar {number + 2}, 2026", text, "Quote"]
    article = clean_text("\n".join([*HEADER, *lines, "Join the conversation", *FOOTER]))
    for _name, text in POSTS:
        assert text in article.text


def test_a_ranked_list_of_dated_items_is_no_thread() -> None:
    jobs = []
    for n in range(1, 16):
        jobs += [
            f"{n}. Harbour Robotics (YC W{n:02d}) is hiring engineers in Lisbon (harbour.example)",
            f"{n} days ago",
        ]
    lines = clean_text("\n".join([*HEADER, "Jobs", *jobs, *FOOTER])).text
    assert "1. Harbour Robotics (YC W01) is hiring engineers in Lisbon (harbour.example)" in lines
