"""Citations checked against strings written out by hand from the APA 7, MLA 9 and Chicago 17 rules."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reader.core.citing import STYLES
from reader.core.citing.cite import bibliography, cite, in_text, quote_with_citation, style_name
from reader.core.citing.names import parse_name
from reader.core.citing.text import APA_MINOR, CHICAGO_MINOR, MLA_MINOR, title_case
from reader.core.errors import ReaderError
from reader.core.models import Article, Block, BlockKind, Highlight

from .conftest import cleaned

ACCESSED = date(2025, 1, 15)
URL = "https://herald.example/news/flood-wall"
INGLEBY = ("Rachel Ingleby", "author")
OKAFOR = ("Tom Okafor", "reporter")
LOPEZ = ("Ana María López", "author")


def article(article_id: int = 1, **kwargs: object) -> Article:
    return Article(
        id=article_id,
        source="/x.txt",
        kind="text",
        added_at="2024-03-04T00:00:00+00:00",
        version_id=1,
        content=cleaned(**kwargs),
    )  # type: ignore[arg-type]


CASES = {
    "one author": dict(authors=(INGLEBY,)),
    "two authors": dict(authors=(INGLEBY, OKAFOR)),
    "three authors": dict(authors=(INGLEBY, OKAFOR, LOPEZ)),
    "editor only": dict(authors=(("Jane Roe", "editor"),)),
    "no author": dict(authors=()),
    "no author, no site": dict(authors=(), site=""),
    "no date": dict(authors=(INGLEBY,), published=None),
}

EXPECTED = {
    "one author": (
        f"Ingleby, R. (2024, March 3). Flood wall holds as river peaks. The Herald. {URL}",
        "Ingleby, Rachel. “Flood Wall Holds as River Peaks.” The Herald, 3 Mar. 2024, herald.example/news/flood-wall.",
        f"Ingleby, Rachel. 2024. “Flood Wall Holds as River Peaks.” The Herald, March 3, 2024. {URL}.",
        ("(Ingleby, 2024)", "(Ingleby)", "(Ingleby 2024)"),
    ),
    "two authors": (
        f"Ingleby, R., & Okafor, T. (2024, March 3). Flood wall holds as river peaks. The Herald. {URL}",
        "Ingleby, Rachel, and Tom Okafor. “Flood Wall Holds as River Peaks.” The Herald, 3 Mar. 2024, "
        "herald.example/news/flood-wall.",
        f"Ingleby, Rachel, and Tom Okafor. 2024. “Flood Wall Holds as River Peaks.” The Herald, March 3, 2024. {URL}.",
        ("(Ingleby & Okafor, 2024)", "(Ingleby and Okafor)", "(Ingleby and Okafor 2024)"),
    ),
    "three authors": (
        f"Ingleby, R., Okafor, T., & López, A. M. (2024, March 3). Flood wall holds as river peaks. The Herald. {URL}",
        "Ingleby, Rachel, et al. “Flood Wall Holds as River Peaks.” The Herald, 3 Mar. 2024, "
        "herald.example/news/flood-wall.",
        "Ingleby, Rachel, Tom Okafor, and Ana María López. 2024. “Flood Wall Holds as River Peaks.” The Herald, "
        f"March 3, 2024. {URL}.",
        ("(Ingleby et al., 2024)", "(Ingleby et al.)", "(Ingleby, Okafor, and López 2024)"),
    ),
    "editor only": (
        f"Roe, J. (Ed.). (2024, March 3). Flood wall holds as river peaks. The Herald. {URL}",
        "“Flood Wall Holds as River Peaks.” The Herald, edited by Jane Roe, 3 Mar. 2024, "
        "herald.example/news/flood-wall.",
        f"Roe, Jane, ed. 2024. “Flood Wall Holds as River Peaks.” The Herald, March 3, 2024. {URL}.",
        ("(Roe, 2024)", "(“Flood Wall Holds as River Peaks”)", "(Roe 2024)"),
    ),
    "no author": (  # APA 9.12: the title in the author's place, the site after the date
        f"Flood wall holds as river peaks. (2024, March 3). The Herald. {URL}",
        "“Flood Wall Holds as River Peaks.” The Herald, 3 Mar. 2024, herald.example/news/flood-wall.",
        f"The Herald. 2024. “Flood Wall Holds as River Peaks.” March 3, 2024. {URL}.",
        ("(Flood Wall Holds as River Peaks, 2024)", "(“Flood Wall Holds as River Peaks”)", "(The Herald 2024)"),
    ),
    "no author, no site": (
        f"Flood wall holds as river peaks. (2024, March 3). {URL}",
        "“Flood Wall Holds as River Peaks.” 3 Mar. 2024, herald.example/news/flood-wall.",
        f"“Flood Wall Holds as River Peaks.” 2024. March 3, 2024. {URL}.",
        (
            "(Flood Wall Holds as River Peaks, 2024)",
            "(“Flood Wall Holds as River Peaks”)",
            "(“Flood Wall Holds as River Peaks” 2024)",
        ),
    ),
    "no date": (
        f"Ingleby, R. (n.d.). Flood wall holds as river peaks. The Herald. {URL}",
        "Ingleby, Rachel. “Flood Wall Holds as River Peaks.” The Herald, herald.example/news/flood-wall. "
        "Accessed 15 Jan. 2025.",
        f"Ingleby, Rachel. n.d. “Flood Wall Holds as River Peaks.” The Herald. Accessed January 15, 2025. {URL}.",
        ("(Ingleby, n.d.)", "(Ingleby)", "(Ingleby n.d.)"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_references_and_in_text_citations(case: str) -> None:
    a = article(**CASES[case])  # type: ignore[arg-type]
    apa, mla, chicago, short = EXPECTED[case]
    assert cite(a, "apa", ACCESSED) == apa
    assert cite(a, "mla", ACCESSED) == mla
    assert cite(a, "chicago", ACCESSED) == chicago
    assert (in_text(a, "apa"), in_text(a, "mla"), in_text(a, "chicago")) == short
    for style in ("apa", "mla", "chicago"):
        text = cite(a, style, ACCESSED)
        assert "  " not in text and ",," not in text and ", ." not in text and ".." not in text.replace(". . .", "")


def test_italics_in_markdown_and_html() -> None:
    a = article(authors=(INGLEBY,))
    assert (
        cite(a, "apa", ACCESSED, fmt="markdown")
        == f"Ingleby, R. (2024, March 3). *Flood wall holds as river peaks*. The Herald. <{URL}>"
    )
    assert cite(a, "mla", ACCESSED, fmt="html") == (
        "Ingleby, Rachel. “Flood Wall Holds as River Peaks.” <i>The Herald</i>, 3 Mar. 2024, "
        "herald.example/news/flood-wall."
    )
    assert cite(a, "chicago", ACCESSED, fmt="html").endswith(
        f'<i>The Herald</i>, March 3, 2024. <a href="{URL}">{URL}</a>.'
    )
    assert in_text(article(authors=(), site=""), "apa", fmt="markdown") == "(*Flood Wall Holds as River Peaks*, 2024)"
    with pytest.raises(ReaderError, match="written as"):
        cite(a, "apa", fmt="rtf")


def test_apa_lists_up_to_twenty_authors_then_elides() -> None:
    names = tuple((f"Ann Author{n:02d}", "author") for n in range(1, 23))
    text = cite(article(authors=names[:20]), "apa", ACCESSED)
    assert text.startswith("Author01, A., Author02, A.,") and ", & Author20, A. (2024" in text
    text = cite(article(authors=names), "apa", ACCESSED)
    assert "Author19, A., . . . Author22, A. (2024, March 3)." in text and "Author20" not in text


def test_chicago_lists_ten_authors_then_seven_and_et_al() -> None:
    names = tuple((f"Ann Author{n:02d}", "author") for n in range(1, 12))
    assert cite(article(authors=names[:10]), "chicago", ACCESSED).startswith(
        "Author01, Ann, Ann Author02, Ann Author03, Ann Author04, Ann Author05, Ann Author06, Ann Author07, "
        "Ann Author08, Ann Author09, and Ann Author10. 2024."
    )
    assert cite(article(authors=names), "chicago", ACCESSED).startswith(
        "Author01, Ann, Ann Author02, Ann Author03, Ann Author04, Ann Author05, Ann Author06, Ann Author07, et al. "
        "2024."
    )
    assert in_text(article(authors=names[:4]), "chicago") == "(Author01 et al. 2024)"


def test_only_authors_and_reporters_are_authors() -> None:
    a = article(
        authors=(("Pat Photo", "photographer"), INGLEBY, ("Jane Roe", "editor"), ("Rachel Ingleby", "reporter"))
    )
    assert cite(a, "apa", ACCESSED).startswith("Ingleby, R. (2024")
    assert cite(a, "chicago", ACCESSED).startswith("Ingleby, Rachel. 2024.")


def test_several_editors() -> None:
    a = article(authors=(("Jane Roe", "editor"), ("Sam Poe", "editor")))
    assert cite(a, "apa", ACCESSED).startswith("Roe, J., & Poe, S. (Eds.). (2024, March 3).")
    assert cite(a, "chicago", ACCESSED).startswith("Roe, Jane, and Sam Poe, eds. 2024.")
    assert "edited by Jane Roe and Sam Poe, 3 Mar. 2024" in cite(a, "mla", ACCESSED)


def test_names_with_particles_suffixes_hyphens_and_organisations() -> None:
    a = article(
        authors=(("Jean-Paul van der Berg", "author"), ("Martin Luther King Jr.", "author"), ("Herald Staff", "author"))
    )
    assert cite(a, "apa", ACCESSED).startswith("van der Berg, J.-P., King, M. L., Jr., & Herald Staff. (2024")
    assert cite(a, "chicago", ACCESSED).startswith(
        "van der Berg, Jean-Paul, Martin Luther King Jr., and Herald Staff. 2024."
    )
    assert parse_name("Ingleby, Rachel") == parse_name("Rachel Ingleby")
    assert parse_name("Madonna").literal == "Madonna"
    assert parse_name("Robert De Niro").family == "Niro" and parse_name("Robert De Niro").given == "Robert De"


def test_an_organisation_that_is_also_the_site_is_named_once() -> None:
    a = article(authors=(("Reuters", "author"),), site="Reuters")
    assert cite(a, "apa", ACCESSED) == f"Reuters. (2024, March 3). Flood wall holds as river peaks. {URL}"
    assert cite(a, "mla", ACCESSED).startswith("“Flood Wall Holds as River Peaks.” Reuters, 3 Mar. 2024")


def test_titles_ending_in_a_question_mark_and_missing_url() -> None:
    a = article(title="Will the wall hold?", url="", authors=(INGLEBY,))
    assert cite(a, "apa", ACCESSED) == "Ingleby, R. (2024, March 3). Will the wall hold? The Herald."
    assert cite(a, "mla", ACCESSED) == "Ingleby, Rachel. “Will the Wall Hold?” The Herald, 3 Mar. 2024."
    assert cite(a, "chicago", ACCESSED) == "Ingleby, Rachel. 2024. “Will the Wall Hold?” The Herald, March 3, 2024."


def test_a_title_in_another_language_keeps_its_capitals() -> None:
    a = article(title="Hochwasser: die Mauer hält", language="de", authors=(INGLEBY,))
    assert "“Hochwasser: die Mauer hält.”" in cite(a, "mla", ACCESSED)


@pytest.mark.parametrize(
    ("title", "minor", "expected"),
    [
        ("flood wall holds as river peaks", CHICAGO_MINOR, "Flood Wall Holds as River Peaks"),
        (
            "the state of the art: a look at iPhone sales in the U.S.",
            MLA_MINOR,
            "The State of the Art: A Look at iPhone Sales in the U.S.",
        ),
        ("what the council is fighting for", CHICAGO_MINOR, "What the Council Is Fighting For"),
        ("life with a self-driving car", CHICAGO_MINOR, "Life with a Self-Driving Car"),
        ("notes from the NHS on covid-19", MLA_MINOR, "Notes from the NHS on Covid-19"),
        ("the 1st of 5G masts", CHICAGO_MINOR, "The 1st of 5G Masts"),
        ("walking through the storm with them", APA_MINOR, "Walking Through the Storm With Them"),
        ("“quoted” words and more", APA_MINOR, "“Quoted” Words and More"),
    ],
)
def test_title_case(title: str, minor: set[str], expected: str) -> None:
    assert title_case(title, minor) == expected


def test_bibliography_sorting_and_year_letters() -> None:
    works = [
        article(1, title="Second story", authors=(INGLEBY,)),
        article(2, title="A first story", authors=(INGLEBY,)),
        article(3, title="Undated", authors=(INGLEBY,), published=None),
        article(4, title="By the pair", authors=(INGLEBY, OKAFOR)),
        article(5, title="Anonymous", authors=(), site="The Herald"),
        article(6, title="Älter", authors=(("Zoë Adams", "author"),), published="2023-05-01"),
    ]
    apa = bibliography(works, "apa", ACCESSED).splitlines()
    assert [line[: line.index(")") + 1] for line in apa] == [
        "Adams, Z. (2023, May 1)",
        "Anonymous. (2024, March 3)",
        "Ingleby, R. (n.d.)",
        "Ingleby, R. (2024a, March 3)",
        "Ingleby, R. (2024b, March 3)",
        "Ingleby, R., & Okafor, T. (2024, March 3)",
    ]  # no author: under its title
    assert "(2024a, March 3). A first story." in apa[3] and "(2024b, March 3). Second story." in apa[4]
    chicago = bibliography(works, "chicago", ACCESSED).splitlines()
    assert [line.split(". “")[0] for line in chicago] == [
        "Adams, Zoë. 2023",
        "The Herald. 2024",
        "Ingleby, Rachel. 2024a",
        "Ingleby, Rachel. 2024b",
        "Ingleby, Rachel. n.d",
        "Ingleby, Rachel, and Tom Okafor. 2024",
    ]
    mla = bibliography(works, "mla", ACCESSED).splitlines()
    assert [line.split("”")[0].split("“")[-1] for line in mla] == [
        "Älter.",
        "Anonymous.",
        "A First Story.",
        "Second Story.",
        "Undated.",
        "By the Pair.",
    ]


def test_bibtex() -> None:
    a = article(
        authors=(INGLEBY, ("Jean van der Berg", "author"), ("Herald Staff", "author"), ("Jane Roe", "editor")),
        title="Costs: 50% & {more} for #1_flood ~ $2m^2 \\ now",
    )
    assert cite(a, "bibtex", ACCESSED) == (
        "@article{ingleby2024costs,\n"
        "  author = {Ingleby, Rachel and van der Berg, Jean and {Herald Staff}},\n"
        "  editor = {Roe, Jane},\n"
        "  title = {{Costs: 50\\% \\& \\textbraceleft{}more\\textbraceright{} for \\#1\\_flood \\textasciitilde{}"
        " \\$2m\\textasciicircum{}2 \\textbackslash{} now}},\n"
        "  journal = {The Herald},\n"
        "  date = {2024-03-03},\n"
        "  year = {2024},\n"
        "  month = mar,\n"
        f"  url = {{{URL}}},\n"
        "  urldate = {2025-01-15}\n"
        "}"
    )
    bare = cite(article(authors=(), site="", published=None, url=""), "bibtex", ACCESSED)
    assert bare == "@online{anonndflood,\n  title = {{Flood wall holds as river peaks}}\n}"


def test_bibtex_braces_always_balance() -> None:
    for title in ("{", "}", "}{", "a\\", "\\{"):
        entry = cite(article(title=title), "bibtex", ACCESSED)
        depth = 0
        for ch in entry:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth >= 0
        assert depth == 0


def test_ris() -> None:
    a = article(authors=(INGLEBY, ("Jane Roe", "editor")), title="Line\nbreak")
    assert cite(a, "ris", ACCESSED) == "\n".join(
        [
            "TY  - NEWS",
            "AU  - Ingleby, Rachel",
            "ED  - Roe, Jane",
            "TI  - Line break",
            "T2  - The Herald",
            "PY  - 2024",
            "DA  - 2024/03/03/",
            f"UR  - {URL}",
            "Y2  - 2025/01/15/",
            "LA  - en",
            "ER  - ",
        ]
    )
    assert cite(article(site="", published="2024-05"), "ris", ACCESSED).splitlines()[0:1] == ["TY  - ELEC"]
    assert "DA  - 2024/05//" in cite(article(site="", published="2024-05"), "ris", ACCESSED)


def test_csl_json() -> None:
    a = article(authors=(("Jean van der Berg", "author"), ("Reuters", "author"), ("Jane Roe", "editor")))
    (item,) = json.loads(cite(a, "csl-json", ACCESSED))
    assert item == {
        "id": "berg2024flood",
        "type": "article-newspaper",
        "title": "Flood wall holds as river peaks",
        "author": [{"family": "Berg", "given": "Jean", "non-dropping-particle": "van der"}, {"literal": "Reuters"}],
        "editor": [{"family": "Roe", "given": "Jane"}],
        "container-title": "The Herald",
        "issued": {"date-parts": [[2024, 3, 3]]},
        "accessed": {"date-parts": [[2025, 1, 15]]},
        "URL": URL,
        "language": "en",
    }
    items = json.loads(bibliography([article(1), article(2)], "csl-json", ACCESSED))
    assert [i["id"] for i in items] == ["ingleby2024flooda", "ingleby2024floodb"]


def test_data_format_bibliographies_are_sorted_by_key() -> None:
    works = [article(1, authors=(("Zed Zulu", "author"),)), article(2, authors=(INGLEBY,))]
    assert bibliography(works, "bibtex", ACCESSED).index("@article{ingleby") < bibliography(
        works, "bibtex", ACCESSED
    ).index("@article{zulu")
    assert bibliography(works, "ris", ACCESSED).count("ER  - ") == 2


def highlight(a: Article, exact: str, status: str = "anchored") -> Highlight:
    start = a.content.text.index(exact) if exact in a.content.text else 0
    return Highlight(1, a.id, 1, exact, "", "", start, start + len(exact), "yellow", status, "", "")


def test_quote_with_citation() -> None:
    a = article(authors=(INGLEBY,))
    h = highlight(a, "the old flood wall had held better than expected")
    assert quote_with_citation(a, h) == "“the old flood wall had held better than expected” (Ingleby, 2024, para. 4)"
    assert quote_with_citation(a, h, "mla") == "“the old flood wall had held better than expected” (Ingleby, par. 4)"
    assert (
        quote_with_citation(a, h, "chicago")
        == "“the old flood wall had held better than expected” (Ingleby 2024, para. 4)"
    )
    inner = highlight(a, "“We were lucky this time,” the mayor said")
    assert quote_with_citation(a, inner) == "“‘We were lucky this time,’ the mayor said” (Ingleby, 2024, para. 5)"
    assert (
        quote_with_citation(a, inner, language="de")
        == "„‚We were lucky this time,‘ the mayor said“ (Ingleby, 2024, para. 5)"
    )
    assert quote_with_citation(a, h, language="fr").startswith("«\u202fthe old")
    both = highlight(a, "nobody was hurt.\n\nWhat the engineers found")
    assert quote_with_citation(a, both).endswith(
        "nobody was hurt. What the engineers found” (Ingleby, 2024, paras. 2–3)"
    )
    orphan = highlight(a, "words no longer there", status="orphaned")
    assert quote_with_citation(a, orphan) == "“words no longer there” (Ingleby, 2024)"
    untitled = article(authors=(), site="")
    assert (
        quote_with_citation(untitled, highlight(untitled, "Pumps at the station"), "mla")
        == "“Pumps at the station” (“Flood Wall Holds as River Peaks,” par. 7)"
    )
    assert (
        quote_with_citation(a, h, fmt="html")
        == "“the old flood wall had held better than expected” (Ingleby, 2024, para. 4)"
    )
    with pytest.raises(ReaderError, match="data format"):
        quote_with_citation(a, h, "bibtex")


def test_styles_by_name() -> None:
    assert [style_name(s) for s in ("APA", "mla9", "Chicago author-date", "bib", "CSL")] == [
        "apa",
        "mla",
        "chicago",
        "bibtex",
        "csl-json",
    ]
    with pytest.raises(ReaderError, match="choose one of"):
        cite(article(), "harvard")
    assert set(STYLES) == {"apa", "mla", "chicago", "bibtex", "ris", "csl-json"}


def test_accessed_defaults_to_today() -> None:
    a = article(published=None)
    assert f"Accessed {date.today().day} " in cite(a, "mla")


def test_every_style_survives_empty_and_odd_metadata() -> None:
    odd = article(
        title="",
        authors=(("", "author"), ("  ", "reporter")),
        site="",
        published="someday",
        url="",
        body=(Block(BlockKind.PARAGRAPH, "x"),),
    )
    for style in STYLES:
        assert cite(odd, style, ACCESSED)
    assert cite(odd, "apa", ACCESSED) == "Untitled. (n.d.)."


# -- issue 13: organisations, initials, no author; CSL-JSON checked against the CSL data schema ----------

WMO = "World Meteorological Organization"

# The name variables of CSL-JSON (csl-data.json) and the keys a name object may have.
CSL_NAME_VARIABLES = {
    "author",
    "editor",
    "collection-editor",
    "composer",
    "container-author",
    "director",
    "editorial-director",
    "interviewer",
    "illustrator",
    "original-author",
    "recipient",
    "reviewed-author",
    "translator",
    "contributor",
}
CSL_NAME_KEYS = {
    "family",
    "given",
    "dropping-particle",
    "non-dropping-particle",
    "suffix",
    "comma-suffix",
    "static-ordering",
    "literal",
    "parse-names",
}
CSL_TYPES = {
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "webpage",
    "post-weblog",
    "report",
    "document",
}


def csl_problems(items: object) -> list[str]:
    """What makes CSL-JSON invalid in the ways reference managers trip on: a name that is neither a
    literal nor a family name, both at once, keys the schema does not have, dates that are not
    date-parts of integers."""
    problems = []
    if not isinstance(items, list):
        return ["not an array of items"]
    for item in items:
        if not isinstance(item.get("id"), (str, int)) or item.get("type") not in CSL_TYPES:
            problems.append(f"id or type: {item}")
        for key, value in item.items():
            if key in CSL_NAME_VARIABLES:
                for name in value:
                    if set(name) - CSL_NAME_KEYS:
                        problems.append(f"unknown name keys {set(name) - CSL_NAME_KEYS}")
                    if "literal" in name and ({"family", "given"} & set(name)):
                        problems.append(f"a literal name with parts: {name}")
                    if "literal" not in name and not name.get("family"):
                        problems.append(f"a name with no family and no literal: {name}")
                    if not all(isinstance(v, str) and v.strip() for v in name.values()):
                        problems.append(f"an empty name part: {name}")
            elif key in ("issued", "accessed"):
                parts = value.get("date-parts")
                if not (
                    isinstance(parts, list)
                    and len(parts) == 1
                    and 1 <= len(parts[0]) <= 3
                    and all(isinstance(n, int) for n in parts[0])
                ):
                    problems.append(f"{key}: {value}")
            elif not isinstance(value, str):
                problems.append(f"{key} is not a string")
    return problems


def test_an_organisation_is_one_name_in_every_style() -> None:
    a = article(authors=((WMO, "author"),))
    assert cite(a, "apa", ACCESSED) == f"{WMO}. (2024, March 3). Flood wall holds as river peaks. The Herald. {URL}"
    assert cite(a, "mla", ACCESSED).startswith(f"{WMO}. “Flood Wall Holds as River Peaks.” The Herald,")
    assert cite(a, "chicago", ACCESSED).startswith(f"{WMO}. 2024. “Flood Wall Holds as River Peaks.”")
    assert (in_text(a, "apa"), in_text(a, "mla"), in_text(a, "chicago")) == (
        f"({WMO}, 2024)",
        f"({WMO})",
        f"({WMO} 2024)",
    )
    assert "  author = {{World Meteorological Organization}},\n" in cite(a, "bibtex", ACCESSED)
    assert f"AU  - {WMO}\n" in cite(a, "ris", ACCESSED)
    (item,) = json.loads(cite(a, "csl-json", ACCESSED))
    assert item["author"] == [{"literal": WMO}]
    for style in STYLES:
        assert "Organization, W" not in cite(a, style, ACCESSED)


@pytest.mark.parametrize(
    "name",
    [
        "Kementerian Kesehatan",
        "Badan Pusat Statistik",
        "Pemerintah Kota Bandung",
        "Dinas Perhubungan",
        "Environment Agency",
        "Bristol City Council",
        "AFP",
    ],
)
def test_organisation_names_are_never_inverted(name: str) -> None:
    a = article(authors=((name, "author"), INGLEBY))
    assert cite(a, "apa", ACCESSED).startswith(f"{name}, & Ingleby, R. (2024")
    assert cite(a, "chicago", ACCESSED).startswith(f"{name}, and Rachel Ingleby. 2024.")
    assert json.loads(cite(a, "csl-json", ACCESSED))[0]["author"][0] == {"literal": name}


def test_the_kind_said_in_the_article_details_decides() -> None:
    bmkg = "Badan Meteorologi, Klimatologi, dan Geofisika"  # a comma in it: read as "family, given" if a person
    a = article(authors=((bmkg, "author", "organization"), ("Tom Press", "author", "person")))
    assert cite(a, "apa", ACCESSED).startswith(f"{bmkg}, & Press, T. (2024")
    assert f"author = {{{{{bmkg}}} and Press, Tom}}" in cite(a, "bibtex", ACCESSED)
    assert json.loads(cite(a, "csl-json", ACCESSED))[0]["author"] == [
        {"literal": bmkg},
        {"family": "Press", "given": "Tom"},
    ]
    assert cite(a, "ris", ACCESSED).splitlines()[1:3] == [f"AU  - {bmkg}", "AU  - Press, Tom"]


@pytest.mark.parametrize("written", ["M Nur Pakar", "M. Nur Pakar", "M.Nur Pakar", "Pakar, M Nur"])
def test_a_lone_initial_gets_its_full_stop(written: str) -> None:
    a = article(authors=((written, "author"),))
    assert cite(a, "apa", ACCESSED).startswith("Pakar, M. N. (2024")
    assert cite(a, "mla", ACCESSED).startswith("Pakar, M. Nur. “Flood")
    assert cite(a, "chicago", ACCESSED).startswith("Pakar, M. Nur. 2024.")
    assert "author = {Pakar, M. Nur}" in cite(a, "bibtex", ACCESSED)
    assert "AU  - Pakar, M. Nur\n" in cite(a, "ris", ACCESSED)
    assert json.loads(cite(a, "csl-json", ACCESSED))[0]["author"] == [{"family": "Pakar", "given": "M. Nur"}]


def test_initials_in_the_middle_and_names_left_alone() -> None:
    a = article(authors=(("Alice B Ingleby", "author"), ("J. K. Rowling", "author")))
    assert cite(a, "apa", ACCESSED).startswith("Ingleby, A. B., & Rowling, J. K. (2024")
    assert cite(a, "chicago", ACCESSED).startswith("Ingleby, Alice B., and J. K. Rowling. 2024.")
    assert parse_name("Rachel Ingleby").given == "Rachel"  # only lone letters change


def test_no_author_apa_matches_what_a_csl_processor_makes_of_the_record() -> None:
    a = article(authors=())
    (item,) = json.loads(cite(a, "csl-json", ACCESSED))
    assert "author" not in item and "editor" not in item
    assert (item["title"], item["container-title"], item["issued"]) == (
        "Flood wall holds as river peaks",
        "The Herald",
        {"date-parts": [[2024, 3, 3]]},
    )
    # apa.csl substitutes the title for the missing author and keeps container-title after the date
    expected = f"{item['title']}. (2024, March 3). {item['container-title']}. {item['URL']}"
    assert cite(a, "apa", ACCESSED) == expected
    assert (
        cite(a, "apa", ACCESSED, fmt="markdown")
        == f"*Flood wall holds as river peaks*. (2024, March 3). The Herald. <{URL}>"
    )
    assert in_text(a, "apa", fmt="markdown") == "(*Flood Wall Holds as River Peaks*, 2024)"
    assert "@article{herald2024flood," in cite(a, "bibtex", ACCESSED)  # the key falls back on the site
    assert "AU  -" not in cite(a, "ris", ACCESSED) and "T2  - The Herald" in cite(a, "ris", ACCESSED)


def test_no_author_mla_and_chicago() -> None:
    # MLA 9: the title first, the site as the container. Chicago author-date (CMOS 15.49, and CSL's
    # chicago-author-date, which substitutes container-title): the site in the author's place;
    # with no site either, the title.
    a = article(authors=())
    assert cite(a, "mla", ACCESSED).startswith("“Flood Wall Holds as River Peaks.” The Herald, 3 Mar. 2024")
    assert cite(a, "chicago", ACCESSED).startswith("The Herald. 2024. “Flood Wall Holds as River Peaks.”")
    bare = article(authors=(), site="")
    assert cite(bare, "mla", ACCESSED).startswith("“Flood Wall Holds as River Peaks.” 3 Mar. 2024")
    assert cite(bare, "chicago", ACCESSED).startswith("“Flood Wall Holds as River Peaks.” 2024.")


def test_every_record_is_valid_csl_json() -> None:
    articles = [
        article(n, **kwargs)
        for n, kwargs in enumerate(
            [  # type: ignore[arg-type]
                dict(authors=((WMO, "author"), INGLEBY, OKAFOR, ("Jane Roe", "editor"))),
                dict(
                    authors=(
                        ("M Nur Pakar", "editor"),
                        ("Jean-Paul van der Berg", "author"),
                        ("Martin Luther King Jr.", "author"),
                    )
                ),
                dict(authors=(("Badan Meteorologi, Klimatologi, dan Geofisika", "author", "organization"),)),
                dict(authors=(), site=""),
                dict(authors=(), published="2024"),
                dict(authors=(("Madonna", "author"),)),
                dict(authors=(("", "author"), (" ", "editor")), published="someday", url=""),
            ],
            start=1,
        )
    ]
    items = json.loads(bibliography(articles, "csl-json", ACCESSED))
    assert len(items) == len(articles)
    assert csl_problems(items) == []
    assert csl_problems(
        [{"id": "x", "type": "webpage", "author": [{"family": "Organization", "literal": WMO}]}]
    )  # the check can fail
