"""Saved HTML: when trafilatura keeps only part of a page, the page's text as a person sees it
(the copied-text cleaner on its lines) is read instead, if that finds an article twice as long."""

from reader.core.cleaning.shown_reading import or_as_shown
from reader.core.models import Block, BlockKind

INTRO = [
    "Harbourline Joinery builds fitted kitchens, staircases and window frames for old houses along the north coast, and has done so from the same workshop by the quay since the spring of 1994.",
    "Every job starts with a visit: one of our joiners measures the room, looks at what the old work was made of and how it has moved over the years, and talks through what you want the new work to do.",
    "We then draw the piece at full size on a board in the workshop, so that you can come and see the proportions before any timber is cut, and change them while a change still costs nothing.",
    "Most of our timber is oak and larch grown within forty miles of the workshop, air dried in our own yard for at least two summers, and planed by hand where a machine would tear the grain.",
    "We fit what we make ourselves, with the same two people who made it, and we come back after the first winter to ease any door or drawer that the damp has swollen, at no charge to you.",
    "The questions below are the ones people ask us most often before they decide; if yours is not among them, ring the workshop on a weekday morning and one of us will answer it.",
]
FAQ = [
    (
        "How long does a kitchen take?",
        "A kitchen of ordinary size takes us about nine weeks from the day you approve the drawing: three weeks to select and season the boards, four weeks at the bench making the carcasses, doors and drawers, and two weeks on site fitting, scribing to the walls and oiling. Larger rooms or painted finishes add a week or two, and we tell you the date before we start.",
    ),
    (
        "Do you work on listed buildings?",
        "Yes, and about a third of our work is in listed houses. We prepare the drawings and the notes on materials that the conservation officer asks for, we match mouldings by taking a profile from the surviving work with a template gauge, and we repair old frames wherever a repair will last, replacing only the parts that have truly rotted through.",
    ),
    (
        "Can I supply my own timber?",
        "You can, if it is dry enough to work. We check every board with a moisture meter when it arrives, and anything above fourteen per cent goes into our drying shed until it comes down, which can take a season. Reclaimed timber is welcome too, though we charge for the time it takes to find and pull the old nails and screws.",
    ),
    (
        "What finishes do you offer?",
        "We oil most oak with a hard wax oil that can be touched up without sanding the whole surface, and we paint softwood with a linseed paint that breathes and does not peel in damp rooms. Lacquer we avoid, because it cracks as the wood moves with the seasons and cannot be mended in place without stripping the piece back.",
    ),
    (
        "How do you price a job?",
        "After the first visit we send a written price for the whole job, broken down into materials, workshop time and fitting, and that price holds for three months. We ask for a third when you approve the drawing, a third when the work leaves the workshop and the last third a fortnight after fitting, once you have lived with it.",
    ),
    (
        "Do you guarantee your work?",
        "Everything we make carries a ten year guarantee against faults in the joints and the timber. Doors and drawers that stick because of seasonal movement are not faults, but we ease them free for the first two years, and after that for the cost of the visit, however far along the coast you live from the quay.",
    ),
]

MENU = ["Harbourline Joinery", "Home", "Kitchens", "Staircases", "Windows", "Visit the workshop", "Contact"]
FOOTER = ["© Harbourline Joinery", "Privacy", "Terms", "Follow us"]


def _lines(*middle: str) -> list[str]:
    return MENU + ["Harbourline Joinery: furniture made by the quay", *middle] + FOOTER


def _kept(paragraphs: list[str]) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in paragraphs]


def _faq_lines() -> list[str]:
    return [line for question, answer in FAQ for line in (question, answer)]


def test_an_article_twice_as_long_as_trafilaturas_reading_is_read_from_the_page() -> None:
    """trafilatura read the introduction (a few hundred words) and left out the answers of a
    collapsed list of questions, which the page shows: the page's own reading keeps them too."""
    kept = _kept(INTRO)
    body, _removed = or_as_shown(kept, [], _lines(*INTRO, "Questions people ask", *_faq_lines()), "", "")
    text = " ".join(b.text for b in body)
    assert INTRO[0] in text
    assert FAQ[0][1] in text and FAQ[-1][1] in text
    assert "Privacy" not in text


def test_trafilaturas_reading_stays_when_the_page_shows_little_more_prose() -> None:
    kept = _kept(INTRO)
    body, _removed = or_as_shown(kept, [], _lines(*INTRO, "Questions people ask", *[q for q, _a in FAQ]), "", "")
    assert body is kept


def test_trafilaturas_reading_stays_when_the_other_sweeps_up_eight_times_as_much() -> None:
    """Over eight times as many words as trafilatura kept is the whole page swept up (its
    comments, its other articles), not the article."""
    kept = _kept(INTRO)
    more = [f"{answer} That was answer {n} of the long list." for n in range(12) for _q, answer in FAQ]
    body, _removed = or_as_shown(kept, [], _lines(*INTRO, *more), "", "")
    assert body is kept


def test_trafilaturas_reading_stays_when_the_page_reads_as_a_list_of_items() -> None:
    """Over a few hundred words, a page of items read from its lines (a shop's products under a
    few paragraphs about the shop) is no surer than trafilatura's reading: only an article read so
    takes its place."""
    woods = ["Oak", "Larch", "Ash", "Elm", "Cherry", "Walnut", "Beech", "Yew", "Sycamore", "Hazel", "Alder", "Birch"]
    things = ["Dresser", "Bench", "Bookcase", "Table", "Cabinet"]
    parts = ["Three Drawers", "a Plate Rack", "Turned Legs", "Brass Handles"]
    items = [
        line
        for n, (wood, thing) in enumerate((w, t) for w in woods for t in things)
        for line in (f"Harbourline {wood} {thing} with {parts[n % 4]}, No. {n + 1}", "In stock", f"£{420 + 15 * n}")
    ]
    shop = ["Shop", "Kitchens", "Staircases", "Windows", "Doors", "Gifts", "Sale", "Sort by price"]
    about = [answer for _q, answer in FAQ[:3]]
    kept = _kept(INTRO)
    body, _removed = or_as_shown(kept, [], MENU + about + shop + items + FOOTER, "", "")
    assert body is kept


# A job board: its header's menu lists the jobs of every harbour, a line of links for each coast;
# its own listing shows three jobs and a list of lifeboat crews wanted, which trafilatura leaves out.
_PLACES = ["Whitby", "Scarborough", "Filey", "Bridlington", "Hornsea", "Withernsea", "Redcar", "Saltburn"]
_COASTS = ["North", "East", "South", "West", "Upper", "Lower"]
_JOBS = [
    ("Deckhand, summer season", "Whitby. Crew the harbour ferry on its summer timetable; two seasons at sea wanted."),
    ("Harbour master's assistant", "Filey. Keep the mooring book and help boats in and out at high water."),
    ("Boat builder", "Staithes. Repair wooden cobles in the yard; a joiner's training is welcome."),
]


def _job_board(menu_in_header: bool = True, coasts: int = len(_COASTS)) -> str:
    menu = "".join(
        f"<h3>{coast} coast</h3><p>"
        + " ".join(f"<a href='/jobs/{coast}/{place}'>Harbour jobs in {coast} {place}</a>" for place in _PLACES)
        + "</p>"
        for coast in _COASTS[:coasts]
    )
    jobs = "".join(
        f"<div class='job'><h2><a href='/j/{n}'>{job}</a></h2><p>{text}</p></div>"
        for n, (job, text) in enumerate(_JOBS)
    )
    crews = "".join(
        f"<li><a href='/k/{p}'>Crew wanted on the {p} lifeboat, weekends through the winter</a></li>" for p in _PLACES
    )
    header = f"<header><nav>{menu}</nav></header>" if menu_in_header else ""
    return (
        f"<html><head><title>Harbour jobs</title></head><body>{header}<main><h1>Harbour jobs</h1>"
        f"<p>Three jobs open on the coast this week.</p>{jobs}<ul>{crews}</ul></main>"
        "<footer><p>Harbour Jobs Board, Quay Street</p></footer></body></html>"
    )


def test_a_reading_of_the_pages_menus_does_not_replace_trafilaturas_listing() -> None:
    from reader.core.cleaning import clean_html

    article = clean_html(_job_board())
    assert "Harbour jobs in" not in article.text  # the header's menu stays out
    assert all(text in article.text for _, text in _JOBS)


def _shown(
    coasts: int = len(_COASTS), kept_words: bool = True, menu_only: bool = False
) -> tuple[list[Block], list[Block]]:
    """trafilatura's reading of the job board (its jobs, or nothing) and what or_as_shown makes
    of it; `menu_only`: the page's own jobs in a <nav> too, as a site map's entries are."""
    from reader.core.cleaning.page import parse, walk

    html = _job_board(coasts=coasts)
    if menu_only:
        html = html.replace("<main>", "<main><nav>").replace("</main>", "</nav></main>")
    page = walk(parse(html))
    kept = [Block(BlockKind.PARAGRAPH, "Three jobs open on the coast this week.")] if kept_words else []
    kept += [Block(BlockKind.PARAGRAPH, text) for _, text in _JOBS] if kept_words else []
    body, _ = or_as_shown(kept, [], page.lines, "Harbour jobs", "", menus=page.menus)
    return kept, body


def test_a_reading_mostly_of_menu_lines_is_not_taken_where_the_page_shows_enough_besides() -> None:
    kept, body = _shown()
    assert body == kept
    kept, body = _shown(coasts=2)  # the menu of two coasts: three fifths of the reading
    assert body == kept


def test_a_reading_under_half_of_menu_lines_is_taken() -> None:
    kept, body = _shown(coasts=1)  # the menu of one coast: a quarter of the reading
    assert body != kept and any("lifeboat" in b.text for b in body)


def test_a_reading_is_taken_where_the_page_shows_little_outside_its_menus() -> None:
    kept, body = _shown(menu_only=True)  # a site map: its entries are what it shows
    assert body != kept and any("Harbour jobs in" in b.text for b in body)


def test_a_reading_is_taken_where_trafilatura_kept_nothing() -> None:
    kept, body = _shown(kept_words=False)
    assert kept == [] and body


def test_a_reading_of_lines_outside_the_menus_is_taken() -> None:
    kept, body = _shown(coasts=0)  # no menu: the reading is the page's own lines
    assert body != kept and any("lifeboat" in b.text for b in body)


def test_the_walk_notes_the_lines_wholly_inside_a_menu() -> None:
    from reader.core.cleaning.page import parse, walk

    page = walk(
        parse(
            "<html><body><nav><ul><li>Home</li><li>Tides</li></ul></nav><p>Before <nav><a>Jobs</a></nav> after</p>"
            "<nav><a>Club</a></nav>and more<div><nav>Inner <b>menu</b></nav></div><p>Text <b>in bold</b> </p>"
            "<p>Lead <nav><a>Quay</a></nav></p></body></html>"
        )
    )
    assert page.lines == [
        "Home",
        "Tides",
        "Before Jobs after",
        "Cluband more",
        "Inner menu",
        "Text in bold",
        "Lead Quay",
    ]
    assert page.menus == ["Home", "Tides", "Inner menu"]  # not a line the menu shares with other text


# A school's catalogue of courses: trafilatura reads each course's fields and leaves out the names
# and the sentences that say what each course teaches, which the page shows above the fields.
_COURSES = [
    ("Knots and Splices", "Learn the twelve knots a deckhand ties every day and how to splice a rope's eye by hand."),
    ("Reading the Tides", "Work out high and low water from the almanac and plan a passage around the tide's turn."),
    (
        "Coastal Navigation",
        "Plot a course on the chart with compass and dividers, and fix your place from two bearings.",
    ),
    (
        "Engine Care at Sea",
        "Keep a small diesel running: fuel, filters, impellers and the faults that stop boats most.",
    ),
    (
        "First Aid Afloat",
        "Treat cuts, burns, cold and seasickness with what a boat's first aid box holds, far from help.",
    ),
    (
        "Weather for Sailors",
        "Read the shipping forecast and the sky, and know when a fair morning will turn by afternoon.",
    ),
    (
        "Radio and Distress Calls",
        "Use the VHF radio, call the coastguard, and send a mayday that is heard and understood.",
    ),
    (
        "Sails and Rigging",
        "Set, reef and mend sails, and check the standing rigging of a small boat before each season.",
    ),
    (
        "Mooring and Anchoring",
        "Choose an anchorage, lay out enough chain, and come alongside a quay wall without a bump.",
    ),
    (
        "Boat Handling Under Power",
        "Turn a single engined boat in its own length and back it into a tight berth in a crosswind.",
    ),
    ("Night Passages", "Know a ship's lights, keep a watch through the dark, and find a harbour by its lighthouse."),
    (
        "Safety Gear and Drills",
        "Fit lifejackets and harnesses, launch a life raft, and drill the crew for a person overboard.",
    ),
]


def _fields(n: int) -> list[str]:
    return ["Online" if n % 2 else "On the quay", "Price", f"£{280 + 20 * n}", "Duration", f"{4 + n % 4} weeks long"]


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def _catalogue(described: int = len(_COURSES), terms: tuple[str, ...] = ("spring",)) -> list[str]:
    """The page's lines: each course's name, what it teaches and when (the first `described`
    courses), and its fields, for each term."""
    return _lines(
        "Courses at the sea school",
        *[
            line
            for term in terms
            for n, (name, says) in enumerate(_COURSES)
            for line in (f"{name}, {term}", *(_said(n, says, term) if n < described else []), *_fields(n))
        ],
    )


def _said(n: int, says: str, term: str) -> list[str]:
    day = _DAYS[n % len(_DAYS)]
    return [
        says,
        f"In the {term} the course meets on {day} evenings at the harbour school, with a skipper who teaches it.",
    ]


def _fields_kept(times: int) -> list[Block]:
    """trafilatura's reading: each course's fields, `times` over, without a sentence in them."""
    return _kept([line for n in range(len(_COURSES)) for line in _fields(n) * times])


def test_a_reading_with_the_items_described_replaces_trafilaturas_fields_alone() -> None:
    """trafilatura kept only the courses' fields, a few hundred words: the page's own reading, a
    page of items with what each course teaches, takes its place, though under twice as long."""
    kept = _fields_kept(3)
    body, _removed = or_as_shown(kept, [], _catalogue(), "", "")
    text = " ".join(b.text for b in body)
    assert body is not kept
    assert _COURSES[0][1] in text and _COURSES[-1][1] in text


def test_trafilaturas_fields_stay_where_the_page_describes_few_items() -> None:
    """The page's reading holds little prose (three courses described, about a hundred words): the
    fields stay; a page of items is no surer."""
    kept = _fields_kept(1)
    body, _removed = or_as_shown(kept, [], _catalogue(described=3), "", "")
    assert body is kept


def test_trafilaturas_fields_stay_where_the_pages_reading_is_shorter() -> None:
    """A reading of fewer words than trafilatura kept has lost some of what trafilatura read."""
    kept = _fields_kept(5)
    body, _removed = or_as_shown(kept, [], _catalogue(), "", "")
    assert body is kept


def test_a_reading_with_prose_of_its_own_stays_under_twice_as_long() -> None:
    """trafilatura read the school's introduction with the fields, a quarter of its words in prose:
    not bare, it gives way only to a reading twice as long, as any reading does."""
    kept = _kept(INTRO[:4]) + _fields_kept(4)
    body, _removed = or_as_shown(kept, [], _catalogue(terms=("spring", "summer", "autumn")), "", "")
    assert body is kept
