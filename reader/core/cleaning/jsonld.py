"""What a page's JSON-LD says about its authors: who wrote it, each a person or an organisation.

schema.org's @type tells a Person from an Organization (and its many kinds) where a name alone
cannot ("Reuters", "Alice Ingleby", "Kementerian Lingkungan Hidup dan Kehutanan"). The HTML
cleaner parses the page once and passes the scripts' objects in (`json_ld_objects`, `nodes=`);
given only the page's text, the scripts are found with a bounded search, no parser needed.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import replace
from typing import Any

from reader.core.citing.names import looks_like_organization, name_key, same_person
from reader.core.models import ORGANIZATION, PERSON, Author

_JSON_LD_OPEN = re.compile(
    r"<script\b[^>]{0,300}?\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]{0,300}>", re.IGNORECASE
)
_ORGANIZATION_TYPES = {
    "organization",
    "corporation",
    "ngo",
    "collegeoruniversity",
    "consortium",
    "project",
    "researchproject",
    "fundingscheme",
    "airline",
    "sportsteam",
    "workersunion",
    "performinggroup",
    "musicgroup",
    "theatergroup",
    "dancegroup",
    "librarysystem",
}
_MAX_JSON_LD = 1_000_000  # characters of one script; a bigger one is not the page's metadata
_MAX_NODES = 20_000


def _schema_kind(node: object) -> str:
    """PERSON or ORGANIZATION for a schema.org node by its @type ("Person", "NewsMediaOrganization",
    "https://schema.org/GovernmentOrganization"); "" for anything else."""
    if not isinstance(node, dict):
        return ""
    types = node.get("@type")
    for value in types if isinstance(types, list) else [types]:
        if not isinstance(value, str):
            continue
        name = re.split(r"[/:#]", value)[-1].casefold()
        if name == "person":
            return PERSON
        if name.endswith("organization") or name in _ORGANIZATION_TYPES:
            return ORGANIZATION
    return ""


def _json_ld_nodes(html: str) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD scripts (top level, @graph and nested), breadth first."""
    return json_ld_objects(_json_ld_scripts(html))


def _json_ld_scripts(html: str) -> list[str]:
    """The text of each JSON-LD script of the page's first 5 MB, found without parsing the page."""
    scripts: list[str] = []
    html = html[:5_000_000]
    lowered = html.lower()
    position = 0
    while (match := _JSON_LD_OPEN.search(html, position)) is not None:
        end = lowered.find("</script", match.end())
        if end < 0:
            break  # no script closes after this one: none to read
        scripts.append(html[match.end() : end])
        position = end
    return scripts


def json_ld_objects(scripts: list[str]) -> list[dict[str, Any]]:
    """Every object of these JSON-LD scripts' texts (top level, @graph and nested), breadth first.
    The HTML cleaner passes the scripts of the page it parsed: the page is not searched again."""
    nodes: list[dict[str, Any]] = []
    for raw in scripts:
        raw = raw.strip()
        if not raw or len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # broken or hostile JSON: the page's other metadata is enough
            continue
        queue = deque([data])
        while queue and len(nodes) < _MAX_NODES:
            item = queue.popleft()
            if isinstance(item, dict):
                nodes.append(item)
                queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                queue.extend(v for v in item if isinstance(v, (dict, list)))
    return nodes


# What others wrote under the page's object: an article's comments, a question's answers; and the
# reviews of a product or a place, which customers write (a critic's one review of a book or a film,
# nested the same way, is the page's own).
_COMMENT_KEYS = ("comment", "comments", "suggestedAnswer", "acceptedAnswer")
_REVIEW_KEYS = ("review", "reviews")


def _others_under(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = [v for key in _COMMENT_KEYS if key in node for v in _listed(node[key]) if isinstance(v, dict)]
    reviews = [v for key in _REVIEW_KEYS if key in node for v in _listed(node[key]) if isinstance(v, dict)]
    kind = " ".join(map(str, _listed(node.get("@type", ""))))
    if len(reviews) > 1 or "aggregateRating" in node or "Product" in kind or "Business" in kind:
        found += reviews
    return found


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def json_ld_authors(html: str, nodes: list[dict[str, Any]] | None = None) -> tuple[list[Author], dict[str, str]]:
    """The authors the page's JSON-LD gives its article (in order, each a person or an organisation
    by its @type; references by @id are followed; not its commenters' nor a product's reviewers),
    and the kind of every person or organisation it names, by name folded to lower case. `nodes`:
    the page's JSON-LD objects, when the caller has them."""
    nodes = _json_ld_nodes(html) if nodes is None else nodes
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and n.get("name")}
    kinds: dict[str, str] = {}
    for node in nodes:
        kind, name = _schema_kind(node), node.get("name")
        if kind and isinstance(name, str) and name.strip():
            kinds.setdefault(" ".join(name.split()).casefold(), kind)
    others = {id(v) for n in nodes for v in _others_under(n)}
    authors: list[Author] = []
    for node in nodes:
        if "author" not in node or _schema_kind(node) or id(node) in others:
            continue  # the article's author: not a person's or an organisation's page, nor a review's
        values = node["author"] if isinstance(node["author"], list) else [node["author"]]
        for value in values:
            if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
                value = by_id.get(value["@id"], value)
            name = value.get("name") if isinstance(value, dict) else value
            if not isinstance(name, str) or not name.strip() or len(name.split()) > 10 or "@" in name or "://" in name:
                continue
            name = " ".join(name.split())
            kind = _schema_kind(value) or kinds.get(name.casefold(), "")
            if kind != PERSON and looks_like_organization(name):
                kind = ORGANIZATION
            if all(a.name != name for a in authors):
                authors.append(Author(name, "author", kind))
        if authors:
            break  # the first article's authors
    return authors, kinds


def with_kinds(
    authors: list[Author] | tuple[Author, ...],
    html: str,
    site_name: str = "",
    *,
    nodes: list[dict[str, Any]] | None = None,
) -> list[Author]:
    """The cleaner's authors with what the page's JSON-LD says: each name's kind (a person or an
    organisation), and the article's authors that trafilatura leaves out (organisations, names it
    takes for boilerplate), but not the site itself beside a person: that is the publisher. A name
    the JSON-LD does not know is an organisation's when it plainly is one. `nodes`: the page's
    JSON-LD objects (json_ld_objects), when the caller has parsed the page already."""
    declared, kinds = json_ld_authors(html, nodes)
    result: list[Author] = []
    for author in authors:
        kind = author.kind or kinds.get(author.name.casefold(), "")
        if not kind and looks_like_organization(author.name):
            kind = ORGANIZATION
        result.append(replace(author, kind=kind))
    people = any(a.kind != ORGANIZATION for a in result)
    for author in declared:
        if any(same_person(a.name, author.name) for a in result):
            continue
        # the cleaner's name with more after it ("ServiceTitan November": a date the markup set beside
        # it) is the declared one
        start = name_key(author.name) + " "
        longer = next((i for i, a in enumerate(result) if name_key(a.name).startswith(start)), None)
        if longer is not None:
            result[longer] = replace(result[longer], name=author.name, kind=author.kind or result[longer].kind)
            continue
        if not (people and author.kind == ORGANIZATION and author.name.casefold() == site_name.casefold()):
            result.append(author)
    return result
