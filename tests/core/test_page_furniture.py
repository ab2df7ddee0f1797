"""A tab's title without the site's name, and a consent dialog copied with the page (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.language import stopwords
from reader.core.cleaning.lines import Tag, make_lines
from reader.core.cleaning.titles import without_site
from reader.core.models import BlockKind


def tag_of(line: str) -> Tag:
    """The tag a line of English gets on its own."""
    return make_lines(line, stopwords("en"))[0].tag


@pytest.mark.parametrize(
    ("title", "lines", "site", "expected"),
    [
        # the page prints the headline alone (its <h1>)
        ("Healthy Eating Plate | The Nutrition Source", ["Healthy Eating Plate", "Body"], "", "Healthy Eating Plate"),
        ("Ferry fares rise again - Harbour Gazette - News", ["Ferry fares rise again"], "", "Ferry fares rise again"),
        # the end part names the site: its name, its domain, or a brand the page names again
        ("Top Fitness Equipment Trends in 2025 - advantagefitness.co", [], "", "Top Fitness Equipment Trends in 2025"),
        ("Best Cloud Stocks of 2025 | The Motley Fool", [], "The Motley Fool", "Best Cloud Stocks of 2025"),
        ("51 Must-Have Electrician Tools - FieldEdge", ["© 2025 FieldEdge"], "", "51 Must-Have Electrician Tools"),
        # part of the headline: kept
        (
            "Storm hits coast - thousands without power",
            ["thousands without power"],
            "",
            "Storm hits coast - thousands without power",
        ),
        ("Russia - Ukraine talks resume", ["Ukraine talks resume"], "", "Russia - Ukraine talks resume"),
        ("A headline with no separator", ["Other"], "", "A headline with no separator"),
        ("Well-known half-truths", [], "", "Well-known half-truths"),
    ],
)
def test_the_site_is_taken_off_a_tab_title(title: str, lines: list[str], site: str, expected: str) -> None:
    assert without_site(title, [title, *lines], site) == expected


CONSENT = """Harbour Gazette
We Care About Your Privacy
We and our 840 partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used, or at any time in the privacy policy page.
Accept All
Manage Preferences
Ferry fares rise for the third time this year
By Imogen Tarrant
The harbour board raised ferry fares by a tenth on Monday, the third rise this year, citing the price of fuel and the cost of repairs to the north pier.
Commuters who cross twice a day said the rise would cost them more than two hundred pounds a year and that the board had not asked them before deciding.
The board said the fares would be reviewed again in the autumn, once the repairs to the pier were finished and the new timetable had been tried.
"""

ARTICLE_ON_CONSENT = """Regulator fines app over tracking
The regulator said on Tuesday that the company had shared personal data with advertising partners without consent, and fined it four million euros.
Privacy campaigners said the fine was small for a company of its size and that users' consent had been assumed rather than asked for.
The company said it would appeal, and that it had changed the way it asks for consent since the complaint was made last year.
"""


def test_a_consent_dialog_is_neither_the_body_nor_the_title() -> None:
    article = clean_text(CONSENT)
    body = " ".join(b.text for b in article.body)
    assert article.title == "Ferry fares rise for the third time this year"
    assert "partners" not in body and "Accept All" not in body and body.startswith("The harbour board")
    assert any(r.reason == "cookie notice" and "legitimate interest" in r.text for r in article.removed)


def test_an_article_about_consent_keeps_its_paragraphs() -> None:
    article = clean_text(ARTICLE_ON_CONSENT)
    assert len(article.body) == 3 and "advertising partners without consent" in article.body[0].text


CONSENT_SETTINGS = """Functional Cookies
These cookies let the website remember the choices you make and offer enhanced features. They may be set by us or by third party providers whose services we use on our pages.
Use limited data to select advertising 62 partners can use this purpose
Switch Label
Advertising shown to you on this service can be based on limited data, such as the website or app you are using, your rough location, your device type or the content you have been reading.
Measure content performance 41 partners can use this purpose
Switch Label
Information about which content is presented to you and how you interact with it can be used to work out whether the content reached you and whether it was read or watched.
Understand audiences through statistics or combinations of data from different sources
Switch Label
Reports can be generated from your interactions and those of other people with the advertising or content, to tell apart the kinds of people who read it and the topics they follow.
Confirm My Choices
"""


def test_a_consent_managers_settings_are_not_the_body() -> None:
    """The prose between a consent manager's labels describes what each purpose does with your data:
    it is the dialog, not the article, even when it outweighs the article's own paragraphs."""
    article = clean_text(CONSENT + CONSENT_SETTINGS)
    body = " ".join(b.text for b in article.body)
    assert body.startswith("The harbour board") and body.endswith("the new timetable had been tried.")
    dialog = [r.text for r in article.removed if r.reason == "cookie notice"]
    assert any(text.startswith("Advertising shown to you") for text in dialog)
    assert any(text.startswith("Reports can be generated") for text in dialog)


# A consent manager of another make: each category's label printed twice over what its cookies do
CATEGORIES = [
    ("Analytics/Performance Cookies and Pixel Tracking", "help us understand how our site is used or performs"),
    ("Functional Cookies", "enable our site to provide enhanced functionality and personalization"),
    ("Targeting Cookies", "are used on our site by or on behalf of our advertising partners"),
    ("Social Media Cookies", "are used by or on behalf of third party social media platforms"),
]


def _categories(opener: str, labels: list[str]) -> str:
    return "\n".join(
        f"{label}\n{label}\n{opener} {does}, and the partners we work with may combine what they collect with "
        "other information you gave them or that they gathered from your use of their services on this site."
        for label, (_label, does) in zip(labels, CATEGORIES, strict=True)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Home > Settings > Display turns on dark mode.",
        "Home | Away: the derby in numbers",
        "Home/office workers face new tax rules",
        "These technologies let a small website serve millions of visitors without a data centre.",
    ],
)
def test_a_line_starting_like_a_breadcrumb_or_a_consent_dialog_stays_in_the_text(line: str) -> None:
    paragraphs = CONSENT.split("\n")[7:10]
    article = clean_text(
        "\n".join(["Ferry fares rise for the third time this year", paragraphs[0], line, *paragraphs[1:]])
    )
    assert line in [b.text for b in article.body]


def test_a_consent_managers_categories_are_not_the_body() -> None:
    labels = [label for label, _does in CATEGORIES]
    dialog = "Strictly Necessary Cookies\nAlways Active\n" + _categories("These technologies", labels) + "\nCookie List"
    article = clean_text(CONSENT + dialog)
    body = " ".join(b.text for b in article.body)
    assert body.startswith("The harbour board") and body.endswith("the new timetable had been tried.")


@pytest.mark.parametrize(
    "heading",
    ["Chocolate Chip Cookies", "Marketing Cookies and Bake Sales", "Tracking Cookies and How to Block Them"],
)
def test_a_heading_naming_cookies_stays(heading: str) -> None:
    recipe = (
        "Cream the butter and sugar until pale, then beat in the egg and fold in the flour, the oats and a "
        "pinch of salt until the dough just comes together in the bowl."
    )
    article = clean_text(f"Weekend baking\n{recipe}\n{heading}\n{recipe.replace('butter', 'soft butter')}")
    assert heading in [b.text for b in article.body]


JAPANESE = (
    "ホーム\nニュース\n港の防波堤、費用が倍に　議会は採決を延期\n2024年3月12日\n"
    "市議会は火曜日、新しい防波堤の建設費用が当初の見込みの二倍になったとの報告を受け、採決を五月まで延期することを決めた。"
    "技術者によると、鋼材価格の上昇と工期の延長が主な原因だという。\n"
    "漁業関係者は、冬の嵐で古い防波堤の北端にすでにひびが入っており、採決が遅れるほど決壊の危険が高まると訴えている。\n"
    "市は四月二日に公民館で住民説明会を開き、技術者が質問に答える予定だ。独立した調査会社による二度目の見積もりも求めている。\n"
    "関連記事\nシェアする\n"
)
CHINESE = (
    "首页\n新闻\n港口防波堤造价翻倍 议会推迟表决\n2024年3月12日\n"
    "市议会周二决定将新防波堤的表决推迟到五月，因为工程师报告说，由于钢材价格上涨和工期延长，项目造价是当初估计的两倍。\n"
    "渔民表示，冬季风暴已经使旧防波堤北端出现裂缝，表决每推迟一个月，决堤的风险就增加一分。\n"
    "市政府将于四月二日在市政厅举行居民说明会，由工程师回答问题。\n相关文章\n分享\n"
)


@pytest.mark.parametrize(
    ("text", "title", "first"),
    [
        (JAPANESE, "港の防波堤、費用が倍に 議会は採決を延期", "市議会は火曜日"),
        (CHINESE, "港口防波堤造价翻倍 议会推迟表决", "市议会周二决定"),
    ],
)
def test_a_page_in_a_script_without_spaces_keeps_its_body(text: str, title: str, first: str) -> None:
    """A sentence of Japanese or Chinese is one \\w+ run: length rules count its characters."""
    article = clean_text(text)
    assert article.title == title
    assert len(article.body) == 3 and article.body[0].text.startswith(first)
    assert str(article.published) == "2024-03-12"
    assert not any(b.text in ("ホーム", "首页", "関連記事", "相关文章") for b in article.body)


FEATURES = """Harbour Notes app
Features
Shared notebooks
Everyone on the desk writes in the same notebook, and every change is kept with the name of the person who made it, so nothing is lost when two people edit at once.
Comments
Any paragraph can carry a thread of remarks from editors and reporters, kept beside the words they are about and resolved with one click once the question is settled.
Offline
The notebooks open without a connection and catch up with the desk's changes as soon as the laptop is back online, with no conflict to sort out by hand.
"""
BLOG = """My garden diary
The tomatoes finally ripened this week after a slow, cold start to the summer, and the first ones went straight into a salad with basil from the window box.
Next year I will start the seedlings indoors a month earlier and give them more room, because the crowded ones never caught up with the rest.
Comments
Mary Jones
12 March 2024 at 10:15
Lovely to hear! Ours were late too this year, the whole street complained about it.
Reply
"""


def test_a_heading_named_comments_is_not_a_comment_section() -> None:
    blocks = clean_text(FEATURES).body
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert (
        len(paragraphs) == 3 and paragraphs[1].startswith("Any paragraph") and paragraphs[2].startswith("The notebooks")
    )
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Comments", "Offline"]  # the features' names


def test_a_real_comment_section_is_still_left_out() -> None:
    body = [b.text for b in clean_text(BLOG).body]
    assert len(body) == 2 and not any("Lovely" in text for text in body)


BLOG_WITH_COUNTED_COMMENTS = """My garden diary
The tomatoes finally ripened this week after a slow, cold start to the summer, and the first ones went straight into a salad with basil from the window box.
Next year I will start the seedlings indoors a month earlier and give them more room, because the crowded ones never caught up with the rest.
Share:
Click to share on Mastodon (Opens in new window) Mastodon
Click to email a link to a friend (Opens in new window) Email
3 Comments on “My garden diary”
Mary Jones
12 March 2024, 10:15 am
Lovely to hear! Ours were late too this year, and the whole street complained about it for weeks on end.
Tom Reed
12 March 2024, 11:02 am
Starting them indoors made all the difference for us, though the cat kept digging in the trays by the radiator.
"""


def test_a_counted_comments_heading_ends_the_post_and_share_links_are_not_text() -> None:
    article = clean_text(BLOG_WITH_COUNTED_COMMENTS)
    body = [b.text for b in article.body]
    assert len(body) == 2 and body[1].startswith("Next year")
    assert not any("Lovely" in text or "Click to share" in text for text in body)
    assert {r.reason for r in article.removed if r.text.startswith("Click to")} == {"share/follow"}


FERRY_WITH_FORM_AND_NEXT = """Ferry fares rise for the third time this year
The harbour board raised ferry fares by a tenth on Monday, the third rise this year, citing the price of fuel and the cost of repairs to the north pier.
Commuters who cross twice a day said the rise would cost them more than two hundred pounds a year and that the board had not asked them before deciding.
The board said the fares would be reviewed again in the autumn, once the repairs to the pier were finished and the new timetable had been tried.
Get the week's harbour news and deals in your inbox!
This field is for validation purposes and should be left unchanged.
Read This Next
Lighthouse keeper's cottage opens as a museum for the summer season
New pontoon for the sailing club is delayed by the winter storms again
"""


def test_a_forms_robot_trap_and_a_read_next_list_are_not_the_article() -> None:
    article = clean_text(FERRY_WITH_FORM_AND_NEXT)
    body = [b.text for b in article.body]
    assert len(body) == 3 and body[-1].startswith("The board said")
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["This field is for validation purposes and should be left unchanged."] == "boilerplate"
    assert reasons["Get the week's harbour news and deals in your inbox!"] == "newsletter/subscription"
    assert reasons["Read This Next"] == "headline list"


NEWSLETTER_POST = """Why the ferry should run at night
The harbour board wants to stop the last ferry at eight, and the people who work late in town would lose their only way home across the water.
A night crossing costs the board little, because the crew is on duty for the morning run anyway, and the fares of the late workers cover the fuel.
The board meets again in March, and anyone who rides the late ferry should write to them before then and say what it would cost them.
Discussion about this post
Comments Restacks
Mary Jones
2d
I ride the late ferry three nights a week after my shift at the hospital, and without it I would have to sleep at the station until the first boat in the morning, which is what happened to two of my colleagues last winter when the boat was cancelled for a storm and nobody told them until they reached the quay.
Tom Reed
1d
The board should ask the late workers first, before the vote, and not after it when nothing can be changed any more; the last time they changed the timetable they held the meeting at two in the afternoon, when every one of us was at work and could not come to say a word about it.
"""


def test_a_newsletter_platforms_discussion_under_the_post_is_not_its_body() -> None:
    body = " ".join(b.text for b in clean_text(NEWSLETTER_POST).body)
    assert "The harbour board wants to stop the last ferry" in body and "write to them before then" in body
    assert "hospital" not in body and "ask the late workers" not in body


FORUM_POST_WITH_CONTROLS = """Which tide table do you use?
Table of contents
I sail out of the north harbour most weekends and the tide tables in the shop never agree with the ones online, sometimes by half an hour.
Mary Jones said:
The harbour office prints its own table every spring, and in my experience it is the only one that gets the neap tides right.
Click to expand...
That matches what I found last summer, so I will pick up the harbour office's table next time I am in town and compare the two.
Was this page helpful?
Thanks for signing up!
Sort by: Newest first
"""


def test_a_pages_controls_and_a_forms_message_are_left_out_with_their_reason() -> None:
    article = clean_text(FORUM_POST_WITH_CONTROLS)
    body = [b.text for b in article.body]
    assert (
        "The harbour office prints its own table every spring, and in my experience it is the only one that gets the neap tides right."
        in body
    )
    assert body[-1].startswith("That matches what I found")
    reasons = {r.text: r.reason for r in article.removed}
    for control in ("Table of contents", "Click to expand...", "Was this page helpful?", "Sort by: Newest first"):
        assert reasons[control] == "navigation", control
    assert reasons["Thanks for signing up!"] == "newsletter/subscription"


def _long_thread() -> str:
    post = (
        "I finally built the raised beds I had been planning since the spring, three of them along the fence "
        "where the afternoon sun reaches longest, each filled with compost from our own heap.\n"
        "The timber came from an old shed a neighbour was taking down, which kept the cost to a few boxes of "
        "screws and one long weekend of sawing and swearing in the garage.\n"
        "Next month the garlic goes in, and I will write about how the beds drain once the autumn rain arrives."
    )
    names = ["Rosa Delgado", "Tomasz Brandt", "Ines Farrow", "Colm Reddy", "Hana Ito", "Peter Vance"]
    reply = (
        "What a lovely project, and what a good use of that old timber from the shed next door. We did the "
        "same two years ago and the only thing I would change is to line the bottom with cardboard first, "
        "because the grass came back through the compost within a few weeks and we had to dig it all out again."
    )
    thread = "\n".join(f"{name} says\nJuly {n + 3}, 2023 at 4:{n}5 pm\n{reply}\nReply" for n, name in enumerate(names))
    return f"Our small garden\nHome\nAbout\nRecipes\nRaised beds from an old shed\n{post}\n6 Comments\n{thread}\n"


def test_a_comment_thread_longer_than_the_post_is_not_its_body() -> None:
    body = " ".join(b.text for b in clean_text(_long_thread()).body)
    assert "three of them along the fence" in body and "how the beds drain" in body
    assert "line the bottom with cardboard" not in body


def test_a_storys_long_comment_thread_under_its_related_stories_is_neither_its_body_nor_a_listing() -> None:
    """A news site's short story, then its related stories, then a button loading the comments and
    a thread many times the story's length: the story is the body, and the thread's titled comments
    are no page of items."""
    story = [
        "The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six "
        "years, after a meeting in the town hall that ran past midnight and drew more boat owners than seats.",
        "Boat owners said the rise came without warning and that many of them had already paid for the season "
        "at the old rate, which the board said it would honour for every berth until the end of March.",
        "The chair said the money would repair the north pier, closed since the winter storms, and that the "
        "work would start in May if the contractor could bring its barge round the headland by then.",
    ]
    related = ["Ferry timetable changes for the summer season", "Council delays the vote on the harbour wall"]
    reply = (
        "I have kept a boat in this harbour for twenty years and the fees were never the problem, the problem is "
        "that the pier has been falling apart for a decade and nobody on the board wanted to spend a penny on it."
    )
    thread = [
        f"Re: Mooring fees, part {n} (Score: {n % 5})\nby sailor{n} ( {1000 + n} ) writes:\n{reply}\n{reply}\n"
        f"And the ferry timetable for the island is just as bad, with boat number {n} always late.\nReply to This"
        for n in range(14)
    ]
    page = ["Harbour board raises mooring fees", "Posted by Editor on Tuesday March 3, 2026", *story]
    page += ["You may like to read:", *related, "Post Load All Comments", *thread, "About us", "Privacy policy"]
    article = clean_text("\n".join(page))
    assert [b.text for b in article.body] == story


def test_a_comment_count_over_the_post_does_not_end_the_page_above_it() -> None:
    """ "2 Comments" is a count in the post's header, under the blog's list of other posts: the post
    below it is the body, not the blog's introduction above."""
    intro = (
        "This blog is where I write about boats, harbours and the people who keep them running, mostly from "
        "the north coast, with the occasional trip south when the weather is kind and the ferries are on time "
        "and someone else is paying for the diesel."
    )
    post = _long_thread().split("\n")[5:8]
    post += [paragraph.replace("I", "we").replace(" the ", " our ") for paragraph in post]
    post += [paragraph.replace(" the ", " this ") for paragraph in post[:3]]
    more = "I write when the tide allows, mostly about the harbour board, its fees and its pier."
    page = ["Harbour notes", intro, more, "More from Jane Roe", "Ferry timetable changes", "Council delays the vote"]
    page += ["Raised beds from an old shed", "2 Comments", *post, "About us", "Privacy policy"]
    assert [b.text for b in clean_text("\n".join(page)).body] == post


def test_a_comment_link_under_every_item_does_not_end_the_list() -> None:
    items = [
        (
            "Harbour board raises mooring fees after the pier repairs",
            "The board says the repairs cost twice what was planned and that fees have not risen for a decade.",
        ),
        (
            "Ferry timetable changes for the summer season",
            "Two extra sailings a day will run from June, with the last boat leaving the island an hour later.",
        ),
        (
            "Council delays the vote on the new harbour wall",
            "Councillors want a second estimate after the first came in at almost double the budget set last year.",
        ),
        (
            "Library extends its opening hours for exams",
            "The reading room will stay open until ten on weekdays through May and June for students revising.",
        ),
    ]
    page = "Harbour Gazette\nHome\nNews\n" + "\n".join(
        f"{t}\nMay {n + 1}, 2024\n{s}\nComment\nShare" for n, (t, s) in enumerate(items)
    )
    body = " ".join(b.text for b in clean_text(page).body)
    assert all(summary in body for _title, summary in items[1:])  # the first may be read as the headline


def _front_page() -> str:
    stories = [
        ("Harbour board raises mooring fees by a fifth after pier repairs", "Imogen Tarrant"),
        ("Ferry timetable changes for the summer season announced on Monday", "Bernard Okafor"),
        ("Council delays vote on the new harbour wall as costs double", "Carla Mendes"),
        ("Fishermen warn that winter storms have cracked the old wall", "Dana Whitfield"),
        ("Library extends its opening hours for the exam season this spring", "Imogen Tarrant"),
        ("Town hall meeting on flood defences draws hundreds of residents", "Bernard Okafor"),
        ("New bus route links the quay with the railway station from May", "Carla Mendes"),
        ("Rowing club celebrates a century on the estuary with a regatta", "Dana Whitfield"),
        ("School pupils plant two hundred trees along the river path", "Imogen Tarrant"),
    ]
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Opinion"])
    items = "\n".join(f"Local\n{title}\n{name}\n{n + 2} hours ago" for n, (title, name) in enumerate(stories))
    return (
        f"Harbour Gazette | Local news\n{menu}\nLatest stories\n{items}\n"
        "We use cookies to improve your experience. Accept all cookies\n© 2024 Harbour Gazette. All rights reserved.\n"
    )


def test_a_front_page_of_headlines_keeps_its_items() -> None:
    article = clean_text(_front_page())
    body = [b.text for b in article.body]
    assert "Harbour board raises mooring fees by a fifth after pier repairs" in body
    assert "School pupils plant two hundred trees along the river path" in body
    assert "Dana Whitfield" in body  # an item's author stands with it
    assert not any(t in body for t in ("Home", "Weather")) and not any("cookies" in t for t in body)


def test_a_comment_count_under_an_item_does_not_end_a_front_page() -> None:
    """ "27 comments" under a post's card counts its comments: the cards below it are still items."""
    page = _front_page().replace("3 hours ago", "27 comments").replace("5 hours ago", "9 comments")
    body = [b.text for b in clean_text(page).body]
    assert "Harbour board raises mooring fees by a fifth after pier repairs" in body
    assert "School pupils plant two hundred trees along the river path" in body


def test_a_shops_customer_reviews_filter_above_its_products_does_not_hide_them() -> None:
    """ "Customer Reviews" with stars around it is a filter over a shop's results here, not a comment
    thread's heading: the products under it are the page's items."""
    products = [
        "Harbour Wireless Over-Ear Headphones with Noise Cancelling and Long Battery Life",
        "Quay Sport Earbuds with Open Ring Design for Running and Cycling in the Rain",
        "Estuary Studio Monitor Headphones with Detachable Cable and Carry Case Included",
        "Lighthouse Kids Headphones with Volume Limit and Soft Cushions for Small Ears",
        "Marina Bluetooth Neckband Earphones with Magnetic Buds and Quick Charge Support",
        "Promenade Bone Conduction Headphones for Swimming and Outdoor Sports in All Weather",
        "Saltmarsh Gaming Headset with Boom Microphone and Surround Sound for Consoles",
        "Westgate Foldable On-Ear Headphones with Built-In Microphone for Calls and Travel",
        "Northgate True Wireless Earbuds with Charging Case and Touch Controls for Music",
    ]
    cards = [
        f"{p}\n4.{n}4.{n} out of 5 stars{100 + n * 37}\nEUR {40 + n * 11}.99\nDelivery Wed, Mar 18"
        for n, p in enumerate(products)
    ]
    page = [
        *["Shop: Headphones", "Skip to main content", "Deliver to Germany", "All", "Hello, sign in", "Results"],
        "Check each product page for other buying options. Price and other details may vary based on product "
        "size and colour.",
        *["Customer Reviews", "4 Stars & Up & Up", "Brands", "Harbour", "Quay", "Estuary", "Price", "Up to EUR 50"],
        "EUR 50 to EUR 100",
        *cards,
        *["Back to top", "Conditions of Use", "Privacy Notice", "© 1996-2026, Shop Inc. or its affiliates"],
    ]
    body = [b.text for b in clean_text("\n".join(page)).body]
    assert all(product in body for product in products)


def test_a_menu_flattened_into_one_line_inside_a_front_page_is_left_out() -> None:
    places = "Quay Harbour Marina Estuary Lighthouse Promenade Riverside Oldtown Westgate Northgate Eastcliff Saltmarsh"
    flattened = " ".join(f"{place} {section}" for place in places.split() for section in ("News", "Sport", "Events"))
    lines = _front_page().splitlines()
    page = "\n".join(lines[:20] + [flattened] + lines[20:])
    body = [b.text for b in clean_text(page).body]
    assert "School pupils plant two hundred trees along the river path" in body
    assert flattened not in body


def test_an_article_with_a_list_of_headlines_below_stays_an_article() -> None:
    story = "Council delays vote on harbour wall\nBy Imogen Tarrant\n" + "\n".join(
        f"Paragraph {n}: the council's finance officer told members that the estimate for the harbour wall had risen "
        "from four million pounds to just over eight million, largely because of the price of steel."
        for n in range(6)
    )
    page = story + "\nMost read\n" + "\n".join(t for t in _front_page().splitlines()[8:40])
    body = [b.text for b in clean_text(page).body]
    assert len(body) == 6 and all(t.startswith("Paragraph") for t in body)


POST = """Garden Notes
Home
Blog
Why our tomatoes were late this year
A cold spring and crowded seedlings held the whole crop back by a month, and the fix is simple enough.
By Mary Jones Published: Jan 29, 2025
The tomatoes finally ripened this week after a slow, cold start to the summer, and the first ones went straight into a salad with basil from the window box.
Next year I will start the seedlings indoors a month earlier and give them more room, because the crowded ones never caught up with the rest of the plants.
The late ones still tasted good, which is some comfort, and the neighbours say theirs were no better.
"""
DATED_BELOW = """Why our tomatoes were late this year
The tomatoes finally ripened this week after a slow, cold start to the summer, and the first ones went straight into a salad with basil from the window box.
Next year I will start the seedlings indoors a month earlier and give them more room, because the crowded ones never caught up with the rest of the plants.
Posted on February 10, 2025
Share this post
"""


def test_a_byline_under_the_standfirst_names_the_author_and_dates_the_post() -> None:
    article = clean_text(POST)
    assert [a.name for a in article.authors] == ["Mary Jones"] and str(article.published) == "2025-01-29"


def test_a_date_just_below_the_body_is_the_posts_date() -> None:
    assert str(clean_text(DATED_BELOW).published) == "2025-02-10"


QUESTION = """How do I keep a ferry timetable offline?
Asked 3 years ago
I travel to the islands every week and the signal drops halfway across, so the timetable page never loads when I need it most.
Is there a way to keep the whole timetable on my phone, including the changes the operator posts during the winter season?
Share
Add a comment |
2 Answers
Sorted by: Highest score
12
Save the page for offline reading in your browser before you leave; most browsers keep the whole page, with the winter changes, until you delete it.
answered Mar 2, 2021 at 9:10
Add a comment |
4
The operator also sends the timetable by e-mail as a PDF if you sign up on its website, and the e-mail stays on your phone.
answered Mar 3, 2021 at 10:00
Add a comment |
Hot Network Questions
"""


def test_a_question_keeps_its_answers() -> None:
    body = " ".join(b.text for b in clean_text(QUESTION).body)
    assert "signal drops halfway" in body and "Save the page for offline" in body and "sends the timetable" in body


def test_the_form_for_a_new_answer_ends_the_thread() -> None:
    """Under the last answer, "Your Answer" opens the form for a new one: its advice to the person
    writing it is not the thread's."""
    form = (
        "Your Answer\n"
        "Thanks for contributing an answer to the ferry travellers' forum, and please be sure to answer the question asked.\n"
        "Provide details and share your research, and back up what you write with references or with your own experience.\n"
    )
    body = " ".join(b.text for b in clean_text(QUESTION.replace("Hot Network Questions\n", form)).body)
    assert "sends the timetable" in body and "Thanks for contributing" not in body and "Provide details" not in body


QUESTION_WITH_CARDS = r"""How do I keep a ferry timetable offline?
Asked 3 years, 2 months ago
Viewed 1k times
I travel to the islands every week and the signal drops halfway across, so the timetable page never loads when I need it most.
Is there a way to keep the whole timetable on my phone, including the changes the operator posts during the winter season?
Mary Jones 1,204 3 3 silver badges 12 12 bronze badges
2021-03-02 09:10:42 +00:00
\$\begingroup\$ Which operator is it? Some of them have an app that keeps the whole timetable for a week or more without any signal, and the ferry company on the north route has one. \$\endgroup\$
Tom Reed
2 Answers
Sorted by: Highest score
Save the page for offline reading in your browser before you leave; most browsers keep the whole page, with the winter changes, until you delete it.
answered Mar 2, 2021 at 9:10
Tom Reed 12.3k 4 40 75 gold badges 90 bronze badges
The operator also sends the timetable by e-mail as a PDF if you sign up on its website, and the e-mail stays on your phone.
"""


def test_a_threads_cards_stamps_and_comments_between_posts_are_left_out() -> None:
    article = clean_text(QUESTION_WITH_CARDS)
    body = [b.text for b in article.body]
    assert any("signal drops halfway" in t for t in body) and any("sends the timetable" in t for t in body)
    assert any(t.startswith("Save the page for offline") for t in body)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Mary Jones 1,204 3 3 silver badges 12 12 bronze badges"] == "byline"
    assert reasons["2021-03-02 09:10:42 +00:00"] == "date"
    assert reasons["answered Mar 2, 2021 at 9:10"] == "date"
    assert [r.reason for r in article.removed if "Which operator is it" in r.text] == ["comment widget"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You must log in or register to reply here.", "newsletter/subscription"),
        ("You should upgrade or use an alternative browser.", "navigation"),
        ("Go to page", "navigation"),
        ("Sort by oldest first", "navigation"),
        ("Open Bedding & Bath Menu Dropdown", "navigation"),
        ("Expand user menu Open settings menu", "navigation"),
        ("Open the menu and choose Settings to change the font.", ""),
        ("Joined: Mar 2019", "byline"),
        ("Posts: 1,204", "byline"),
        ("1.2k posts · Joined 2019", "byline"),
        ("17 minutes ago", "date"),
        ("Yesterday at 9:10 PM", "date"),
        ("Mar 2, 2021", "date"),
        ("commented Oct 3, 2024 at 10:15", "date"),
        ("Add Aragon Climbing Shoes - Men's to Compare", "navigation"),
        ("Filter by Water Bottle Material", "navigation"),  # a shop's filters over its shelf
        ("Refine by Price", "navigation"),
        ("Best Match Brand: A - Z Price: Low - High Price: High - Low Newest", "navigation"),  # its sort menu
        ("Featured Price: High to Low Price: Low to High Newest Arrivals", "navigation"),
        ("Filter by date, then read the minutes of each meeting.", ""),  # a sentence about filtering
        ("Filter by the column you want, then press Enter", ""),  # a tutorial's step
        ("Refine results in the council's archive by year.", ""),
        ("The price: low to high tides change what the ferry charges.", ""),
        ("Price: Low to High Is Not Always Best", ""),  # a heading
        ("Free Standard Delivery on orders over $75", "boilerplate"),  # a shop's terms beside each product
        ("Express Shipping - $15 USD", "boilerplate"),
        ("Estimated delivery 3 working days. *Order by 2pm for same-day processing.", "boilerplate"),
        ("Free 30-Day Returns", "boilerplate"),
        ("Free delivery on orders was a policy the bakery dropped in March.", ""),
        ("Standard delivery times are slower in winter.", ""),
        ("Expected delivery 2027 is now in doubt after the shipyard closed its doors.", ""),
        ("Estimated arrival 10 minutes after the ferry leaves, weather permitting.", ""),
        ("message 2 of 3.", "navigation"),
        ("Picture 1 of 1", "navigation"),
        ("01 / 02", "navigation"),
        ("1 of 24", "navigation"),
        ("1 of 3 people found this review helpful", ""),
        ("Page 1 of the report lists the fares.", ""),
        ("Add the stock to a pan and bring it to compare the two.", ""),
        ("Joined the council in 2019 after the floods.", ""),
        ("Posts on the harbour wall list the new fares.", ""),
        ("The ferry runs again on Monday.", ""),
    ],
)
def test_a_threads_furniture_between_posts_is_named(line: str, reason: str) -> None:
    from reader.core.cleaning.kept_out import kept_out

    assert kept_out(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Rated 4.0 out of 5 stars",
        "Helpful? 21 1 Report as inappropriate",
        "Verified Purchase",
        "Yes, I recommend this product",
        "Was this review helpful?",
    ],
)
def test_a_reviews_furniture_is_not_text(line: str) -> None:
    assert tag_of(line) is Tag.WIDGET


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Reading Time: 8 minutes", True),
        ("Estimated reading time: 5 min", True),
        ("Read time: 4 mins", True),
        ("Lesezeit: 3 Minuten", True),
        ("Reading time is what we save for the weekend", False),
    ],
)
def test_a_reading_time_is_not_text(line: str, widget: bool) -> None:
    assert (tag_of(line) is Tag.WIDGET) is widget


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Related content", True),
        ("Related Blog Posts", True),
        ("Related articles from the Trash Talk blog:", True),
        ("Related articles that link to this one:", True),
        ("More Articles", True),
        ("Other articles you may find interesting", True),
        ("Other posts you’ll love:", True),
        ("You may also like...", True),
        ("You’ll Also Love...", True),
        ("If you liked this post you might also like:", True),
        ("You may like to read:", True),
        ("You may be interested in the following topics as well:", True),
        ("Keep Exploring This Topic.", True),
        ("Explore related articles", True),
        ("Other related articles...", True),
        ("Most popular posts", True),
        ("Related articles that may interest you", True),
        ("Related questions", True),
        ("Similar threads", True),
        ("More like this", True),
        ("More you might like", True),
        ("More articles are coming next week.", False),
        ("More like this will follow in the spring.", False),
        ("Related questions were asked in parliament on Monday.", False),
        ("Other resources include the town library and its archive.", False),
        ("You will love the view from the top of the hill.", False),
    ],
)
def test_the_header_of_a_list_of_related_posts_is_known(line: str, header: bool) -> None:
    """The heading over a list of teasers, in its many wordings, opens a list of links; sentences
    that begin with the same words do not."""
    assert (tag_of(line) is Tag.LIST_HEADER) is header


CAPTIONS_WITH_CREDITS = """Testing electric scooters on the hills above the city
We rode every scooter up the same three hills, with the same rider and a full battery each time, and measured how fast each one reached the top.
The heaviest models climbed best, but two of the light ones surprised us on the steepest stretch of the course.
The test riders at the foot of the first hill before the morning run. Credit: Jane Roe
Range was the other big difference: the best scooter went twice as far as the worst on one charge, over the same route.
A folded scooter in the boot of a small car, ready for the weekend. Photo by Sam Lee on Unsplash
Our advice is to buy for the hills you ride and not for the top speed printed on the box, which few riders ever reach.
"""


def test_a_caption_with_its_credit_after_it_is_a_figure() -> None:
    article = clean_text(CAPTIONS_WITH_CREDITS)
    body = " ".join(b.text for b in article.body)
    assert "Credit: Jane Roe" not in body and "Unsplash" not in body
    assert "Range was the other big difference" in body and body.endswith("ever reach.")
    captions = [figure.caption for figure in article.figures]
    assert any(caption.startswith("The test riders at the foot") for caption in captions)
    assert any(caption.startswith("A folded scooter in the boot") for caption in captions)


DROP_CAPS = """How planarians remember
T he planarian is a small flatworm that can grow a new head, and the new head seems to remember what the old one learned.
M ath is part of the story too: the researchers modelled how the signals spread through the body of the worm.
R is the language they used for the models, and the code is published with the paper for anyone to run.
A broad range of other animals can regrow parts of their bodies, but none does it quite like the planarian.
The work is still young, and the math behind it will take years to settle.
"""


def test_a_drop_cap_copied_apart_from_its_word_is_joined_again() -> None:
    """The large first letter of a paragraph, copied apart ("T he planarian"), is joined to its word
    when that makes a word the article writes; a letter that is a word stays ("R is", "A broad")."""
    body = [b.text for b in clean_text(DROP_CAPS).body]
    assert body[0].startswith("The planarian is a small flatworm")
    assert body[1].startswith("Math is part of the story")
    assert body[2].startswith("R is the language") and body[3].startswith("A broad range")


@pytest.mark.parametrize(
    ("line", "appeal"),
    [
        ("Please Consider Supporting Us.", True),
        ("Support our journalism with a gift of any size, once or every month.", True),
        ("Become a Member", True),
        ("Donate Today", True),
        ("To support me, you can also donate via PayPal or Buy me a coffee! Enjoy!", True),
        ("The unions asked the council to support us, and in the end it did.", False),
        ("She became a member of the board in 2019.", False),
    ],
)
def test_an_appeal_for_readers_money_is_not_text(line: str, appeal: bool) -> None:
    assert (tag_of(line) is Tag.WIDGET) is appeal


@pytest.mark.parametrize(
    ("line", "dialog"),
    [
        (
            "I agree to receive recurring automated marketing text messages (e.g. cart reminders) at the phone "
            "number provided. Consent is not a condition to purchase. Msg & data rates may apply. Msg frequency "
            "varies. Reply HELP for help and STOP to cancel. View our Terms of Service and Privacy Policy.",
            True,
        ),
        (
            "Join our mailing list. You'll get $100 OFF your first order of $1,000+ as well as design tips and "
            "deals in your inbox, and first word of our seasonal sales and new collections.",
            True,
        ),
        ("Get 10% off your first order when you sign up to our emails", True),
        (
            "By opting in, you agree to subscribe to our newsletter and stay updated on news and offers about the "
            "shop and its repair service. Don't worry, if you change your mind, you can unsubscribe at any time by "
            "clicking the link at the bottom of any of our emails, and we will never share your address.",
            True,
        ),
        ("By opting in to the scheme, the council's tenants gained a say in how their estate is run.", False),
        ("Already have an account? Sign in here.", True),
        ("We'll email you instructions to reset your password", True),
        ("The shop took 10% off the first order of every member of the club, the owner said.", False),
        ("By submitting the report, the inspectors closed the case against the market's traders.", False),
    ],
)
def test_a_shops_sign_up_and_sign_in_dialogs_are_not_text(line: str, dialog: bool) -> None:
    assert (tag_of(line) is Tag.WIDGET) is dialog


def test_a_page_that_starts_with_its_tabs_title_is_titled_by_its_headline() -> None:
    page = (
        "Ferry fares rise for the third time this year | Harbour Gazette\nHome\nNews\nSport\n"
        "Latest from the quay\n" + CONSENT.split("By Imogen Tarrant\n", 1)[1]
    )
    assert clean_text(page).title == "Ferry fares rise for the third time this year"


def test_a_saved_pages_title_loses_the_sites_name() -> None:
    from reader.core.cleaning import clean_html

    paragraphs = "".join(f"<p>{line}</p>" for line in CONSENT.splitlines()[7:10])
    html = (
        "<html><head><title>Ferry fares rise for the third time this year | Harbour Gazette</title>"
        '<meta property="og:site_name" content="Harbour Gazette"></head><body><article>'
        f"<h1>Ferry fares rise for the third time this year</h1>{paragraphs}</article>"
        "<footer>© 2024 Harbour Gazette</footer></body></html>"
    )
    article = clean_html(html)
    assert article.title == "Ferry fares rise for the third time this year"
    assert article.body[0].text.startswith("The harbour board")  # the headline is not body twice


FLIGHTS = """<html><head><title>Flight changes</title></head><body><article><h1>Flight changes for the winter</h1>
<p>The airline said the following flights change from Monday, and passengers will be told by e-mail before then.</p>
<p>Flight WI<br>829 now leaves at nine<br/>Flight WI<br>830 now leaves at ten in the morning from the north terminal.</p>
<ul><li>Morning flights<ul><li>WI 829 to the islands, daily</li><li>WI 830 to the coast, weekdays</li></ul></li>
<li>Evening flights move to the north terminal from December</li></ul>
<p>Passengers with questions can call the airline's desk at the harbour, which is open every day of the week.</p>
</article></body></html>"""


def test_line_breaks_part_words_and_nested_list_items_come_once() -> None:
    from reader.core.cleaning import clean_html

    body = [b.text for b in clean_html(FLIGHTS).body]
    assert (
        "Flight WI 829 now leaves at nine Flight WI 830 now leaves at ten in the morning from the north terminal."
        in body
    )
    assert [t for t in body if "WI 829 to the islands" in t] == ["WI 829 to the islands, daily"]
    assert "Morning flights" in body


TILES = (
    "<html><head><title>Bike helmets</title></head><body><main><h1>Bike helmets</h1><p>Every helmet below has "
    "been tested by our staff on the road and on the trail, and each one passes the safety standard.</p>"
    + "".join(
        f'<p><span class="tile"><div class="name">{name}</div><div class="price">${price}</div></span>'
        f" Helmet style: {style}</p>"
        for n, (name, price, style) in enumerate(
            [
                ("Heritage Road Helmet", "99.95", "Road"),
                ("Canyon Trail Helmet", "67.93", "Mountain"),
                ("City Commuter Helmet", "54.00", "Urban"),
            ]
        )
    )
    + "<p>Our fitting guide explains how to measure your head and how a helmet should sit, so that it "
    "protects you when it matters.</p></main></body></html>"
)


def test_blocks_inside_a_run_of_text_keep_their_words_apart() -> None:
    """A shop's tile set in <div>s inside a paragraph, with no space between them, reads as the page
    shows it: each part a word apart from the next, not glued ("Helmet$99.95Helmet")."""
    from reader.core.cleaning import clean_html

    text = clean_html(TILES).text
    assert "Heritage Road Helmet $99.95 Helmet style: Road" in text
    assert "Helmet$" not in text and "99.95Helmet" not in text


ABOUT_AT_THE_END = """Saving water in a small garden
Most of the water a garden loses in summer goes into the air, not into the roots, so the first job is to keep the soil covered with mulch.
A drip line on a timer uses a third of what a sprinkler does and puts the water where the plants can use it, early in the morning.
Rain barrels under every downpipe fill faster than people expect: a single summer storm can fill two of them from a shed roof.
This post contains affiliate links, and we may earn a small commission if you buy through them, at no extra cost to you.
By checking this box, I agree to receive the garden newsletter and occasional offers by email from Greenleaf Media.
The technical storage or access that is used exclusively for statistical purposes helps us count our visitors.
Dr. Amara Quist, RHS, is a horticulturist who has written about dry gardens for twenty years and tends an allotment in Leeds.
Greenleaf Media has been publishing practical guides for home gardeners since 2009, with a team of twelve writers.
"""


def test_a_disclosure_and_the_blurbs_about_writer_and_publisher_are_not_the_article() -> None:
    article = clean_text(ABOUT_AT_THE_END)
    body = [b.text for b in article.body]
    assert body[0].startswith("Most of the water") and body[-1].startswith("Rain barrels")
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["This post contains a"] == "boilerplate"
    assert reasons["By checking this box"] == "newsletter/subscription"  # its consent to a newsletter
    assert reasons["The technical storag"] == "cookie notice"
    assert reasons["Dr. Amara Quist, RHS"] == reasons["Greenleaf Media has "] == "author bio"


WRITERS_BIO_THEN_THE_SITE = """Why the river footbridge is closing for a year
By Marta Ruiz
The council voted on Tuesday evening to close the old river footbridge for a year, after an inspection found that two of its four supports had rusted through below the waterline.
Engineers told the meeting that the bridge was safe for now but could not carry crowds, and that the repair would cost about twice what the town had set aside for all its bridges this year.
Shop owners on the east bank said the closure would cut them off from the market square, and asked the council to run a free ferry for as long as the work lasts; the council agreed to consider it.
About Marta Ruiz
Marta is a reporter who has covered the town council and its budgets for the Valley Courier since 2019.
Get the morning briefing delivered to your inbox every weekday, with the stories our reporters are following today.
Our newsroom depends on readers like you, and every contribution, large or small, keeps local reporting free for everyone.
"""


def test_a_writers_bio_near_the_end_ends_the_article() -> None:
    """Under the last paragraph, the writer's bio (a heading with the name, then the bio calling the
    writer by the first name) and the site's boxes below it are not the article."""
    article = clean_text(WRITERS_BIO_THEN_THE_SITE)
    assert [a.name for a in article.authors] == ["Marta Ruiz"]
    assert article.body[-1].text.startswith("Shop owners on the east bank")
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["About Marta Ruiz"] == reasons["Marta is a reporter "] == "author bio"
    assert reasons["Our newsroom depends"] == "outside the article"


def test_a_writer_named_early_in_the_article_does_not_end_it() -> None:
    text = WRITERS_BIO_THEN_THE_SITE.replace("About Marta Ruiz\nMarta has", "Marta Ruiz\nMarta has").replace(
        "Engineers told", "Marta Ruiz is a reporter who watched the vote, and she says engineers told"
    )
    body = [b.text for b in clean_text(text).body]
    assert body[1].startswith("Marta Ruiz is a reporter who watched the vote")  # in the first two thirds: text
    assert body[-1].startswith("Shop owners on the east bank")


def test_a_last_paragraph_that_explains_a_thing_stays() -> None:
    text = ABOUT_AT_THE_END.split("This post")[0] + (
        "What is a drip line? It is a hose with small holes at even spaces that lets water out a drop at a time.\n"
    )
    assert clean_text(text).body[-1].text.startswith("What is a drip line?")


LISTS_IN_TEXT = """Packing for a week of hiking
A week on the trail asks for less than most people pack, and every gram you leave at home is one you do not carry up the hills.
Before you leave, lay everything out on the floor and check it against this list:
A tent that pitches in under five minutes
A sleeping bag rated for the coldest night forecast
Two pairs of wool socks and one spare shirt
The rest comes down to habits that are easy to learn on the first day and hard to forget afterwards.
Water: carry two litres and refill at every stream you trust
Food: plan one hot meal a day and snacks for the climbs
Maps: paper ones, because phones run out of battery in the cold
With that, the only thing left to bring is the patience to walk slowly up the first long hill of the morning.
More from the blog
Ten lakes to swim in before the summer ends
Why our editors switched to trail runners this year
The best campsites within an hour of the city
"""


def test_the_items_of_lists_in_the_text_stay_and_a_list_of_links_goes() -> None:
    body = [b.text for b in clean_text(LISTS_IN_TEXT).body]
    assert "A sleeping bag rated for the coldest night forecast" in body  # led by a line ending in a colon
    assert "Maps: paper ones, because phones run out of battery in the cold" in body  # "Label: meaning"
    assert not any("lakes to swim" in text or "campsites" in text for text in body)


CHECKLIST = """Planning a garden for the first spring
A new garden rewards a little planning in the cold months, when there is time to think about what grows where and why.
Start with the ground itself, because everything else depends on what the soil can hold through a dry summer.
Test the soil before you buy a single plant
Draw the beds on paper with the sun's path marked
Order seed potatoes and onion sets in good time
Clean the pots and tools you kept from last year
Once the list is done, the rest of the winter is for reading catalogues and waiting for the first warm week.
Popular on the blog
Best Raised Bed Kits for Small Gardens
Our Favourite Heirloom Tomato Varieties
Ten Tools Every Allotment Needs
"""


def test_a_checklist_written_as_sentences_stays_and_capitalised_headlines_go() -> None:
    """Steps of a checklist read like headlines (no full stop, a few words each); written in
    sentence case with paragraphs around them they are the article's, while a list of links under
    it capitalises its words."""
    body = [b.text for b in clean_text(CHECKLIST).body]
    assert "Draw the beds on paper with the sun's path marked" in body
    assert body[-1].startswith("Once the list is done")
    assert not any("Raised Bed" in text or "Heirloom" in text for text in body)


def test_a_table_row_or_a_line_of_code_inside_the_article_stays() -> None:
    row = "Model Weight Range Speed Price Ninebot G30 41 lbs 25 mi 18 mph $799 Apollo City 65 lbs 38 mi 32 mph $1,999"
    text = (
        "Home\nReviews\nGuides\nComparing two scooters with a few lines of pandas\n"
        "Most reviews quote the same four numbers for every scooter, and a short script can put them side by side for you.\n"
        "The file we used has one row per scooter and a column for each figure, exactly as the makers publish them.\n"
        'df = pd.read_csv(path, sep=";", dtype=str).dropna(subset=["name"])\n'
        f"{row}\n"
        "The heavier scooter goes further on a charge, which matters more than top speed on a long commute to work.\n"
        "Newsletter\nPrivacy\n"
    )
    body = [b.text for b in clean_text(text).body]
    assert row in body and any(b.startswith("df = pd.read_csv(") for b in body)
    assert body[-1].startswith("The heavier scooter")


SHOP_BLOG = """How Much Does Office Cleaning Cost? | Brightway Cleaning
Home
Meal Prep
Get Started
Services
Office Cleaning
Deep Cleaning
Window Cleaning
Locations
Resources
We clean offices, clinics and shops across the county, evenings and weekends, with our own trained staff.
Pricing
How Much Does Office Cleaning Cost?
May 31, 2024
Written By
Rosalind Achterberg
Most offices pay by the visit or by the square foot, and the right choice depends on how often the cleaners come and how much floor there is.
A small office of two thousand square feet usually pays between one and two hundred dollars a visit for the basics: floors, desks, kitchens and bathrooms.
Deep cleans, windows and carpets are priced on their own, and a contract for a year usually brings the price of each visit down by a tenth.
Contact Us
"""


def test_the_date_and_writer_under_the_printed_headline_are_found_and_menus_are_not_writers() -> None:
    article = clean_text(SHOP_BLOG)
    assert article.title == "How Much Does Office Cleaning Cost?"
    assert article.published == "2024-05-31"  # "may" is a stop word: the line is still a date
    assert [a.name for a in article.authors] == ["Rosalind Achterberg"]


def test_a_menu_flattened_into_one_long_line_is_not_the_article() -> None:
    topics = "Any - Culture Society Digital Education Digital History Energy Environment Health Biology Oceans Climate "
    menu = (topics * 8).strip()  # a filter's choices, copied as one line of about ninety names
    article = (
        "Sensor networks now measure the water of the bay every ten minutes, and the readings go straight to the harbour office.\n"
        "The engineers chose cheap sensors and many of them, so that one broken unit never leaves a gap in the record.\n"
        "Next year the network will reach the two river mouths, where the floods of last winter did the most damage.\n"
    )
    body = [b.text for b in clean_text(f"Ocean sensors\n{menu}\n{menu}\nOcean sensors\n{article}").body]
    assert body[0].startswith("Sensor networks") and not any(b.startswith("Any - Culture") for b in body)


BLOG_POST = [
    "The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six"
    " years, after a long meeting in the town hall that ran past midnight.",
    "Boat owners said the rise came without warning and that many of them had already paid for the season"
    " at the old rate, which the board said would be honoured until the end of March.",
    "The chair of the board said the money would pay for repairs to the north pier, which was damaged in the"
    " winter storms and has been closed to visitors since January.",
]


@pytest.mark.parametrize(
    "tab",
    [
        "Coast Notes: Mooring fees rise by a fifth",  # as blogs write their tabs' titles
        "Mooring fees rise by a fifth | Coast Notes",
        "Coast Notes - Mooring fees rise by a fifth",
    ],
)
def test_a_blog_posts_headline_labels_and_trackback_are_not_its_body(tab: str) -> None:
    comments = [
        f"Reader {i} said...\nI have kept a boat at the harbour for twenty years and this is the first time"
        f" the board has explained where the money goes, which I welcome.\nDecember {i + 2}, 2025 at 10:0{i} AM"
        for i in range(1, 7)
    ]
    page = [
        tab,
        "Coast Notes",
        "A blog about the harbour",
        "Friday, December 19, 2025",
        "Mooring fees rise by a fifth",
        *BLOG_POST,
        "Posted by Ann Lowe at 9:00 AM",
        "Labels: harbour, fees, council",
        "Trackback URL for this post: https://coastnotes.example/trackback/123",
        "6 comments:",
        *comments,
        "Post a Comment",
        "Newer Post Older Post Home",
    ]
    article = clean_text("\n".join(page))
    assert article.title == "Mooring fees rise by a fifth"
    assert [b.text for b in article.body] == BLOG_POST
    assert [a.name for a in article.authors] == ["Ann Lowe"]
    assert article.published == "2025-12-19"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Labels: harbour, fees, council"] == pt.TAGS
    assert reasons["Trackback URL for this post: https://coastnotes.example/trackback/123"] == pt.SHARE
    assert reasons["Posted by Ann Lowe at 9:00 AM"] == pt.BYLINE


def test_rows_of_a_menu_in_capitals_above_the_article_are_not_its_text() -> None:
    from reader.core.cleaning import clean_text

    rows = [
        "Apps & Software Artificial Intelligence Cybersecurity Cryptocurrency Mobile Smart Home Social Media Transport",
        "Family & Parenting Health & Wellness Sex, Dating & Relationships Sleep Careers Mental Health All Life",
        "Activism Gender LGBTQ Racial Justice Sustainability Politics All Social Good",
        "Games Movies Podcasts TV Shows Watch Guides All Entertainment",
    ]
    menu = [line for pair in zip(["Tech", "Life", "Social Good", "Entertainment"], rows, strict=True) for line in pair]
    body = [
        "The council voted on Tuesday evening to close the old river footbridge for a year, after an "
        "inspection found that two of its four supports had rusted through below the waterline.",
        "Engineers told the meeting that the bridge was safe for now but could not carry crowds, and that "
        "the repair would cost about twice what the town had set aside for all its bridges this year.",
    ]
    standfirst = "Get all the news on the footbridge before the council meets."
    text = "\n".join(["Footbridge to close | Town News", *menu, "Footbridge to close for a year", standfirst, *body])
    kept = [block.text for block in clean_text(text).body]
    assert not set(rows) & set(kept)
    assert kept[-2:] == body


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Games Movies Podcasts TV Shows Watch Guides All Entertainment", True),
        ("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros For Every Kitchen", False),
        ("How Much Should I Pay For A House Cleaner In San Diego?", False),
        ("東京都は月曜日、新しい防災計画を発表し、住民に避難経路の確認を呼びかけた", False),
    ],
)
def test_a_row_of_capitalised_words_is_a_menu_but_a_headline_in_capitals_is_not(line: str, menu: bool) -> None:
    from reader.core.cleaning.lines import _all_capitalised

    assert _all_capitalised(line) is menu


_PACK = [
    "The Harbour Trail 25 is a light daypack for long walks, with a padded back panel that lets air move and a "
    "hip belt that takes the weight off your shoulders when the pack is full of water and food.",
    "Two side pockets hold a litre bottle each, and a stretch pocket on the front takes a rain jacket or a map. "
    "Inside, a sleeve fits a hydration bladder and a small zipped pocket keeps your keys and phone apart.",
    "The fabric is recycled nylon with a water-resistant coating, and the zips are covered so that a short "
    "shower will not soak what you carry. It weighs 820 grams and holds 25 litres.",
]
_REVIEWS = [
    f"I have used this pack on {walk} and it has been comfortable from the first mile to the last, the hip belt "
    "really does carry the load and my shoulders were fine at the end of a long day, I would buy it again."
    for walk in [
        f"{n} walks this {season}"
        for n in ("two", "three", "four", "five")
        for season in ("spring", "summer", "autumn")
    ]
]  # twelve reviews, far longer than the description


def test_a_shops_customer_reviews_are_not_the_products_description() -> None:
    reviews = [line for review in _REVIEWS for line in (review, "Was this review helpful?")]
    page = ["Harbour Trail 25 Daypack", "$89.95", "Add to cart", *_PACK]
    page += ["Customer Reviews", "4.5 out of 5 stars", "128 ratings", *reviews, "About us", "Contact"]
    text = clean_text("\n".join(page)).text
    assert all(paragraph in text for paragraph in _PACK)
    assert not any(review in text for review in _REVIEWS)


def test_a_tab_named_customer_reviews_with_no_reviews_under_it_is_only_a_heading() -> None:
    care = "Wash the pack by hand in cold water with a mild soap and let it dry in the shade, never on a radiator or in a dryer."
    page = ["Harbour Trail 25 Daypack", "$89.95", *_PACK, "Customer Reviews", "Care", care, "About us", "Contact"]
    assert care in clean_text("\n".join(page)).text


@pytest.mark.parametrize(
    "button",
    [
        "Learn more",
        "Get started",
        "Shop now",
        "Start free trial",
        "Try for free Learn more",
        "Book a demo",
        "Give us feedback on this page.",
        "Was this page helpful to you?",
    ],
)
def test_a_call_to_actions_button_is_left_out_where_it_stands(button: str) -> None:
    lines = FORUM_POST_WITH_CONTROLS.strip().split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("That matches"))  # over a paragraph
    article = clean_text("\n".join([*lines[:at], button, *lines[at:]]))
    assert button not in [b.text for b in article.body]
    assert {r.text: r.reason for r in article.removed}[button] == "navigation"


def test_a_sentence_that_starts_like_a_button_stays() -> None:
    from reader.core.cleaning.kept_out import kept_out

    assert kept_out("Learn more about the harbour office's tide tables") == ""
    assert kept_out("Get started early: the neap tides come on Tuesday.") == ""


@pytest.mark.parametrize(
    "control",
    [
        "Quick view",
        "Quick Shop",
        "Choose options",
        "Select options",
        "Product variants",
        "Add to favorites. 0 people have favorited this",
        "Add to Wishlist",
        "Show 90 results per page",
        "Showing 30 results per page",
    ],
)
def test_a_shops_control_beside_a_product_is_left_out_where_it_stands(control: str) -> None:
    page = ["Harbour Trail 25 Daypack", "$89.95", *_PACK[:1], control, *_PACK[1:], "About us", "Contact"]
    article = clean_text("\n".join(page))
    assert all(paragraph in article.text for paragraph in _PACK)
    assert control not in [b.text for b in article.body]
    assert {r.text: r.reason for r in article.removed}[control] == "navigation"


def test_a_sentence_about_a_shops_options_stays() -> None:
    from reader.core.cleaning.kept_out import kept_out

    assert kept_out("Choose options that suit a wet climate: a rain cover and taped seams.") == ""
    assert kept_out("Quick view of the harbour from the top of the trail") == ""
