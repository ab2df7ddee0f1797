"""Names from a byline, split the way citation styles need them.

"Rachel Ingleby" is given "Rachel", family "Ingleby"; "Jane van der Berg" keeps "van der" as a
particle before the family name; "Martin Luther King Jr." has the suffix "Jr."; "Ingleby, Rachel"
is read as family first; a lone letter among the given names is an initial and gets its full stop
("M Nur Pakar" is "M. Nur" Pakar). An organisation ("World Meteorological Organization",
"Kementerian Kesehatan", "Reuters") and a one-word name are literals: written as they are, never
turned round or cut to initials. Whether a name is an organisation's is what the byline's Author
says (its `kind`, from the page's JSON-LD or the article's details); when it says nothing, the
name tells: a word that only an organisation's name has, or an agency's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.models import ORGANIZATION, PERSON, Author

AUTHOR_ROLES = ("author", "reporter")
# Lower-case particles of people's names ("van", "bin", "al"), also read by the cleaners' byline reader.
PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le ter ten bin binti ibn al el zu vom zum zur".split()
)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Words that only an organisation's name has (not surnames such as Post, Service or Times), in the
# languages the cleaner reads; news agencies by their names.
_ORGANISATION_WORDS = {
    # English
    "staff",
    "press",
    "news",
    "newsroom",
    "agency",
    "desk",
    "team",
    "editors",
    "editorial",
    "bureau",
    "association",
    "council",
    "reporters",
    "correspondents",
    "inc",
    "ltd",
    "llc",
    "plc",
    "group",
    "society",
    "institute",
    "ministry",
    "department",
    "committee",
    "foundation",
    "university",
    "organization",
    "organisation",
    "commission",
    "authority",
    "administration",
    "agencies",
    "corporation",
    "federation",
    "secretariat",
    "parliament",
    "government",
    "directorate",
    "centre",
    "center",
    "office",
    "board",
    "coalition",
    "alliance",
    "consortium",
    "observatory",
    "laboratory",
    "laboratories",
    "college",
    "academy",
    "police",
    "army",
    "navy",
    "ngo",
    "unicef",
    "unesco",
    # Indonesian and Malay
    "kementerian",
    "badan",
    "dinas",
    "pemerintah",
    "pemkot",
    "pemkab",
    "pemprov",
    "lembaga",
    "komisi",
    "pers",
    "universitas",
    "institut",
    "yayasan",
    "kepolisian",
    "polri",
    "polda",
    "polres",
    "sekretariat",
    "direktorat",
    "biro",
    "humas",
    "redaksi",
    "perusahaan",
    "asosiasi",
    "persatuan",
    "perhimpunan",
    "majelis",
    "mahkamah",
    "kejaksaan",
    "kerajaan",
    "jabatan",
    "pusat",
    "balai",
    # Spanish, Portuguese, French, German
    "ministerio",
    "ministério",
    "ministère",
    "ministerium",
    "agencia",
    "agência",
    "agence",
    "universidad",
    "universidade",
    "université",
    "universität",
    "instituto",
    "fundación",
    "fundação",
    "fondation",
    "stiftung",
    "comisión",
    "comissão",
    "kommission",
    "consejo",
    "conselho",
    "conseil",
    "asociación",
    "associação",
    "verband",
    "verein",
    "gobierno",
    "governo",
    "gouvernement",
    "regierung",
    "redacción",
    "redação",
    "rédaction",
    "redaktion",
    # news agencies whose names are no one's name
    "reuters",
    "antara",
    "xinhua",
    "bernama",
    "kyodo",
    "yonhap",
}
# Agencies known by letters that are also parts of people's names ("ap Gwilym", "Efe"): as written.
_AGENCY_LETTERS = {"AP", "AFP", "DPA", "dpa", "EFE", "UPI", "ANSA", "TASS", "AAP", "ANP", "APA", "KNA", "PA"}
_ORGANISATION_PHRASES = re.compile(
    r"\b(associated\s+press|press\s+association|pa\s+media|agence\s+france|tim\s+(redaksi|liputan|humas)|"
    r"(news|weather|reporting|health|civil|public|wire|information|fire|ambulance|postal|forest|park|"
    r"geological|meteorological|statistical|statistics)\s+service)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")  # WHO, BMKG, UNICEF, AT&T


def looks_like_organization(name: str) -> bool:
    """Whether the name is plainly an organisation's: a word or phrase only such names have, or a
    lone acronym (WHO, BMKG). A person's name with such a word in it needs the kind said outright."""
    words = [w.strip(".,;:()\"'’“”") for w in name.split()]
    if any(w.casefold() in _ORGANISATION_WORDS or w in _AGENCY_LETTERS for w in words) or _ORGANISATION_PHRASES.search(
        name
    ):
        return True
    return len(words) == 1 and bool(_ACRONYM.fullmatch(name.strip()))


def name_key(name: str) -> str:
    """A name as its words only: "q_admin" and "Q Admin", "andrew.keaveney" and "Andrew Keaveney",
    ", USA TODAY" and "USA TODAY" are one name written two ways."""
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())


def same_person(a: str, b: str) -> bool:
    """Whether two of a page's names are one person's: written alike (`name_key`), one with a
    credential after a comma, or the same first and last names with a middle name only in one
    ("Tina Flint Huffman", "Tina Huffman")."""
    ka, kb = name_key(a).split(), name_key(b).split()
    if ka == kb or (name_key(a.split(",")[0]) == name_key(b.split(",")[0]) and "," in a + b):
        return bool(ka)  # (after a comma, a credential: "Rebecca Lake, CEPF®")
    short, long = sorted((ka, kb), key=len)
    return len(short) == 2 and len(long) > 2 and short == [long[0], long[-1]]


def kind_of(author: Author) -> str:
    """PERSON or ORGANIZATION: what the author says, else what the name plainly is."""
    if author.kind in (PERSON, ORGANIZATION):
        return author.kind
    return ORGANIZATION if looks_like_organization(author.name) else PERSON


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
        """ "Jane van der Berg", "Martin Luther King Jr."."""
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.given, self.full_family, self.suffix) if p)

    def inverted(self) -> str:
        """ "van der Berg, Jane", "King, Martin Luther, Jr."."""
        if self.literal:
            return self.literal
        return ", ".join(p for p in (self.full_family, self.given, self.suffix) if p)

    def initials(self) -> str:
        """ "M. L." for "Martin Luther", "J.-P." for "Jean-Paul"."""
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


def parse_name(raw: str, organization: bool | None = None) -> Name:
    """A byline name split for the styles; `organization` says whether it is an organisation's
    (None: the name tells, see `looks_like_organization`)."""
    name = " ".join(raw.split()).strip(" ,;")
    if not name:
        return Name(literal="")
    if organization is None:
        organization = looks_like_organization(name)
    words = _with_initials(name.replace(",", " ").split())
    if organization or len(words) == 1:
        return Name(literal=name)
    if "," in name:
        family, _, rest = (p.strip() for p in name.partition(","))
        given, _, suffix = (p.strip() for p in rest.partition(","))
        if given.casefold() in _SUFFIXES:  # "King Jr., Martin" is not a form we guess at
            return Name(literal=name)
        return _with_particle(" ".join(_with_initials(given.split())), family, suffix)
    suffix = ""
    if words[-1].casefold() in _SUFFIXES and len(words) > 2:
        suffix = words.pop()
    family = words.pop()
    particle_words: list[str] = []
    while len(words) > 1 and words[-1] in PARTICLES:  # lower-case particles only: "De Niro" is a name
        particle_words.insert(0, words.pop())
    return Name(given=" ".join(words), family=family, particle=" ".join(particle_words), suffix=suffix)


_BARE_INITIAL = re.compile(r"([^\W\d_])\.?")  # "M" or "M."
_JOINED_INITIAL = re.compile(r"([^\W\d_])\.([^\W\d_]{2,})")  # "M.Nur"


def _with_initials(words: list[str]) -> list[str]:
    """Every lone capital letter gets its full stop ("M Nur" -> "M. Nur"), and an initial written
    against the next name is set apart ("M.Nur" -> "M. Nur"); the last word (the family name) is
    left as it is."""
    out: list[str] = []
    for index, word in enumerate(words):
        joined = _JOINED_INITIAL.fullmatch(word)
        if joined and joined.group(1).isupper() and index < len(words) - 1:
            out += [joined.group(1) + ".", joined.group(2)]
        elif _BARE_INITIAL.fullmatch(word) and word[0].isupper() and index < len(words) - 1:
            out.append(word[0] + ".")
        else:
            out.append(word)
    return out


def _with_particle(given: str, family: str, suffix: str) -> Name:
    words = family.split()
    particle_words = []
    while len(words) > 1 and words[0] in PARTICLES:
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


def _names(authors: list[Author]) -> list[Name]:
    by_name = {a.name: a for a in reversed(authors)}  # the first of a name says its kind
    return [parse_name(n, kind_of(by_name[n]) == ORGANIZATION) for n in _unique([a.name for a in authors])]


def writers(authors: tuple[Author, ...]) -> list[Name]:
    """The article's authors: only the roles 'author' and 'reporter', each once, in byline order."""
    return _names([a for a in authors if a.role in AUTHOR_ROLES])


def editors(authors: tuple[Author, ...]) -> list[Name]:
    return _names([a for a in authors if a.role == "editor"])
