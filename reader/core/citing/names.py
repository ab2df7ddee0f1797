"""Names from a byline, split the way citation styles need them.

"Rachel Ingleby" is given "Rachel", family "Ingleby"; "Jane van der Berg" keeps "van der" as a
particle before the family name; "Martin Luther King Jr." has the suffix "Jr."; "Ingleby, Rachel"
is read as family first. A one-word name ("Reuters") and a name with a word that only an
organisation would have ("Herald Staff", "Associated Press") is a literal: written as it is, never
turned round or cut to initials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.models import Author

AUTHOR_ROLES = ("author", "reporter")
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
              "ter", "ten", "bin", "ibn", "al", "el", "zu", "vom", "zum", "zur"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Words that only an organisation's name has (not surnames such as Post, Service or Times).
_ORGANISATION_WORDS = {
    "staff", "press", "news", "newsroom", "agency", "desk", "team", "editors", "editorial", "bureau",
    "association", "council", "reporters", "correspondents", "inc", "ltd", "llc", "reuters", "afp", "ap",
    "dpa", "group", "society", "institute", "ministry", "department", "committee", "foundation", "university",
}


@dataclass(frozen=True)
class Name:
    given: str = ""
    family: str = ""
    particle: str = ""  # "van der", written before the family name
    suffix: str = ""  # "Jr."
    literal: str = ""  # an organisation or a single-word name: used as written

    @property
    def full_family(self) -> str:
        """The family name with its particle: "van der Berg"."""
        return f"{self.particle} {self.family}".strip()

    def natural(self) -> str:
        """"Jane van der Berg", "Martin Luther King Jr."."""
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.given, self.full_family, self.suffix) if p)

    def inverted(self) -> str:
        """"van der Berg, Jane", "King, Martin Luther, Jr."."""
        if self.literal:
            return self.literal
        return ", ".join(p for p in (self.full_family, self.given, self.suffix) if p)

    def initials(self) -> str:
        """"M. L." for "Martin Luther", "J.-P." for "Jean-Paul"."""
        parts = []
        for word in self.given.split():
            pieces = [p for p in word.split("-") if p]
            letters = [_initial(p) for p in pieces]
            if letters and all(letters):
                parts.append("-".join(letters))
        return " ".join(parts)

    def sort_key(self) -> str:
        return (self.literal or self.full_family + " " + self.given).casefold()


def _initial(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            return ch.upper() + "."
    return ""


def parse_name(raw: str) -> Name:
    name = " ".join(raw.split()).strip(" ,;")
    if not name:
        return Name(literal="")
    words = name.replace(",", " ").split()
    if len(words) == 1 or any(w.casefold().strip(".") in _ORGANISATION_WORDS for w in words):
        return Name(literal=name)
    if "," in name:
        family, _, rest = (p.strip() for p in name.partition(","))
        given, _, suffix = (p.strip() for p in rest.partition(","))
        if given.casefold() in _SUFFIXES:  # "King Jr., Martin" is not a form we guess at
            return Name(literal=name)
        return _with_particle(given, family, suffix)
    suffix = ""
    if words[-1].casefold() in _SUFFIXES and len(words) > 2:
        suffix = words.pop()
    family = words.pop()
    particle_words: list[str] = []
    while len(words) > 1 and words[-1] in _PARTICLES:  # lower-case particles only: "De Niro" is a name
        particle_words.insert(0, words.pop())
    return Name(given=" ".join(words), family=family, particle=" ".join(particle_words), suffix=suffix)


def _with_particle(given: str, family: str, suffix: str) -> Name:
    words = family.split()
    particle_words = []
    while len(words) > 1 and words[0] in _PARTICLES:
        particle_words.append(words.pop(0))
    return Name(given=given, family=" ".join(words), particle=" ".join(particle_words), suffix=suffix)


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        key = re.sub(r"\W+", " ", name).casefold().strip()
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return result


def writers(authors: tuple[Author, ...]) -> list[Name]:
    """The article's authors: only the roles 'author' and 'reporter', each once, in byline order."""
    return [parse_name(n) for n in _unique([a.name for a in authors if a.role in AUTHOR_ROLES])]


def editors(authors: tuple[Author, ...]) -> list[Name]:
    return [parse_name(n) for n in _unique([a.name for a in authors if a.role == "editor"])]
