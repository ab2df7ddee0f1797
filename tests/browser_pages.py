"""Pages for the browser-save tests: articles whose words are known, served by a local server."""

from __future__ import annotations

HARBOUR_TITLE = "Harbour Wall Repairs Finish Ahead of Winter Storms"
HARBOUR = [
    "Work on the old harbour wall ended on Friday, three weeks earlier than the council had planned, after "
    "a dry October let the crews pour concrete on every working day of the month.",
    "The wall, first built in 1842 from granite blocks cut on the headland, had lost a section near the "
    "lifeboat slip during the February gales, when waves carried away the capping stones.",
    "Engineers replaced the lost blocks with stone from the same quarry and tied the new section to the old "
    "one with stainless steel anchors, a method they say should last for another century of winters.",
    "Fishing crews who moor inside the wall said the quiet water behind it matters more to them than any "
    "new pontoon, because a boat that breaks loose in a storm is a boat that is lost.",
    "The harbour master will walk the length of the wall after each named storm this winter and report any "
    "movement of the new blocks to the council's engineers within a day.",
]


def article_html(title: str, paragraphs: list[str], *, author: str = "Mara Quinlan", date: str = "2026-10-14") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='windows-1252'>"
        f"<title>{title} | Coast Gazette</title>"
        f"<meta name='author' content='{author}'><meta property='article:published_time' content='{date}T08:00:00Z'>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1><p class='byline'>By {author}</p>{body}</article>"
        "<footer>© Coast Gazette. All rights reserved. Privacy policy. Contact us.</footer></body></html>"
    )
