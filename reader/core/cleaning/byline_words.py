"""The words of bylines in the languages Reader reads: role words ("By", "Penulis", "Edited by"),
the labels a byline's parts start with, job titles written beside a name, a name on a line alone."""

from __future__ import annotations

import re

# Bylines: a role word, then the names.
BYLINE_RX = re.compile(
    r"^(?:(?P<role>by|oleh|penulis|writer|written\s+by|posted\s+by|words\s+by|reporter|reporters|wartawan|teks|"
    r"laporan\s+wartawan\s+[^,]+,|kontributor\s+[^,:]+,|kontributor|contributor|editor|editors|penyunting|"
    r"redaktur|disunting\s+oleh|edição|edición|edicion|collaboration(?:\s+spéciale)?|colaboración|colaboração|"
    r"mitarbeit|with\s+reports?\s+from|bilder|pewarta\s+foto|pewarta|ditulis\s+oleh|foto\s+oleh|"
    r"por|escrito\s+por|texto|redacción|reportagem|par|texte|von|text\s+by|text(?=\s*[:|])|autor|autora|auteur|author|"
    r"(?:authors|writers|contributors)(?=\s*[:|])|author\(s\)|"
    r"photo(?:s|graph|graphs)?\s+by|photography\s+by|pictures\s+by|foto(?:grafer)?|fotos|fotografía|fotógrafo|"
    r"photographe|bild|"
    r"interview\s+by|edited\s+by|editado\s+por|édité\s+par|redaktion|redação)(?:\s*[:|]\s*|\s+))"
    r"(?P<names>.+)$",
    re.IGNORECASE,
)
# "by" and a capital after a date: "May 3, 2017 By Erin Spain", "Published August 7, 2023 by Nicole Burke"
DOTS = "·•⋅∙●"  # the dots a byline's parts are set apart with ("By A ⋅ Senior Analyst ⋅ Updated May 6")
_BY_AFTER_DATE = re.compile(rf"(?:^|(?<=[\s|{DOTS},]))(?i:by)\s+(?=[A-Z])")


# The particles of people's names: "Nick van Mead", "Ana de la Cruz"
PARTICLE_WORDS = "van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bin|binti|ibn|al|el|zu"
# A byline written as a sentence: "This post was written by A, ...", "The article was authored by A"
SENTENCE_BYLINE = re.compile(
    r"^(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide|review|column)\s+(?:was\s+)?"
    r"(?:written|authored|contributed)\s+by\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def sentence_byline(text: str) -> bool:
    """A byline written as a sentence, and only that: a name after "by", then perhaps a comma and a
    job ("This post was written by A B, Head of Marketing"); not prose ("The article was written by
    Einstein in 1905.")."""
    found = SENTENCE_BYLINE.match(text)
    return found is not None and bool(_NAME_THEN_JOB.match(text, found.end()))


_CAPITALISED = r"[A-Z][\w.'’-]*"
_NAME_THEN_JOB = re.compile(rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|(?i:{PARTICLE_WORDS}))){{0,4}}(?:,.*)?\.?$")


def by_after(text: str, date_start: int) -> re.Match[str] | None:
    """The "by" naming writers after the date that starts at `date_start`; not one in brackets, a
    post's edit stamp ("(This post was last modified: 2024-01-05 by A.)")."""
    found = _BY_AFTER_DATE.search(text, date_start)
    if found is None or text.count("(", 0, found.start()) > text.count(")", 0, found.start()):
        return None
    return found


ROLE_WORDS = {
    "editor": "editor",
    "editors": "editor",
    "penyunting": "editor",
    "redaktur": "editor",
    "edited by": "editor",
    "editado por": "editor",
    "édité par": "editor",
    "disunting oleh": "editor",
    "edição": "editor",
    "edición": "editor",
    "edicion": "editor",
    "bilder": "photographer",
    "collaboration": "contributor",
    "collaboration spéciale": "contributor",
    "colaboración": "contributor",
    "colaboração": "contributor",
    "mitarbeit": "contributor",
    "with reports from": "contributor",
    "reporter": "reporter",
    "reporters": "reporter",
    "wartawan": "reporter",
    "kontributor": "contributor",
    "contributor": "contributor",
    "foto": "photographer",
    "fotografer": "photographer",
    "fotos": "photographer",
    "fotografía": "photographer",
    "fotógrafo": "photographer",
    "photographe": "photographer",
    "bild": "photographer",
    "photo by": "photographer",
    "photos by": "photographer",
    "photograph by": "photographer",
    "photographs by": "photographer",
    "photography by": "photographer",
    "pictures by": "photographer",
    "pewarta foto": "photographer",
    "foto oleh": "photographer",
    "pewarta": "reporter",
}

# Reading a byline (cleaning/bylines.parse_byline). Each label, at the start of a part of a byline
# and followed by a space or a colon, gives the names after it their role; longer labels first.
BYLINE_LABELS: tuple[tuple[str, str], ...] = (
    (r"(?:with\s+)?additional\s+(?:reporting|writing|research)\s+(?:by|from)", "contributor"),
    (r"with\s+(?:reporting\s+(?:by|from)|reports?\s+from)|reports?\s+from|contributions?\s+(?:by|from)", "contributor"),
    (r"reporting\s+by|reported\s+by", "reporter"),
    (r"(?:sub-?|copy-?\s?)?edit(?:ed|ing)\s+by|editado\s+por|édité\s+par|disunting\s+oleh", "editor"),
    (
        r"photo(?:s|graph|graphs)?\s+by|photography\s+by|pictures\s+by|images?\s+by|foto\s+oleh|pewarta\s+foto",
        "photographer",
    ),
    (r"(?:illustrations?|graphics|video)\s+by", "contributor"),
    (r"written\s+by|posted\s+by|words\s+by|story\s+by|text\s+by|interview\s+by|ditulis\s+oleh|escrito\s+por", "author"),
    (r"laporan\s+(?:wartawan|reporter|koresponden)\s+[^,:|]{1,60},", "reporter"),
    (r"kontributor\s+[^,:|]{1,40},", "contributor"),
    (r"editors?|penyunting|redaktur|edição|edición|edicion", "editor"),
    (
        r"fotografer|fotos?|photo(?:s|graph|graphs|grapher|graphers)?|fotografía|fotógrafo|photographe|bilder|bild",
        "photographer",
    ),
    (r"reporters?|wartawan|pewarta|koresponden|correspondents?|jurnalis", "reporter"),
    (r"kontributor|contributors?|collaboration(?:\s+spéciale)?|colaboración|colaboração|mitarbeit", "contributor"),
    (
        r"by|oleh|penulis|teks|writers?|author\(s\)|authors?|autora?|auteur|por|texto|redacción|reportagem|par|texte|"
        r"von|text|"
        r"redaktion|redação",
        "author",
    ),
)
BYLINE_LABEL = re.compile(
    r"^(?:"
    + "|".join(f"(?P<l{i}>{rx})" for i, (rx, _) in enumerate(BYLINE_LABELS))
    + r")(?:\s*[:|]\s*|\s+)(?P<names>\S.*)$",
    re.IGNORECASE,
)
# Where one part of a byline ends and the next, with its own role, begins: before a label with a
# colon ("Penulis: A Editor: B", "Reporter: A / Editor: B", "Pewarta: A. Editor: B") and before a
# "... by" phrase after a full stop, a comma or "and" ("By A and B. Edited by C", "Words by A,
# pictures by B", "By A, with additional reporting by B").
_COLON_LABELS = (
    r"(?:editor|editors|penyunting|redaktur|foto|fotos|fotografer|photo|photos|photographer|bilder|"
    r"edição|edición|disunting\s+oleh|reporter|reporters|teks|texto|text|penulis|pewarta|wartawan|"
    r"kontributor|writer|author)\s*:"
)
_BY_PHRASES = (
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing|research)\s+by\b|(?:with\s+)?reports?\s+"
    r"from\b|(?:sub-?|copy-?\s?)?edited\s+by\b|photo(?:s|graph|graphs)?\s+by\b|photography\s+by\b|"
    r"pictures\s+by\b|images?\s+by\b|(?:illustrations?|graphics|video)\s+by\b|words\s+by\b|"
    r"written\s+by\b|story\s+by\b|disunting\s+oleh\b|ditulis\s+oleh\b|foto\s+oleh\b"
)
ROLE_INSIDE = re.compile(r"(?<=\S)(?:\s*[,/.]\s*|\s+)(?=" + _COLON_LABELS + ")", re.IGNORECASE)
BY_PHRASE_INSIDE = re.compile(
    r"(?<=[\w.)’'])(?<!additional)(?<!with)(?:\s*[.,;]\s*|\s+)(?:(?:and|dan|&)\s+)?(?=" + _BY_PHRASES + ")",
    re.IGNORECASE,
)
# A byline written as sentences ("By A and B. Edited by C."): a full stop, then another labelled part.
NEXT_BYLINE_SENTENCE = re.compile(r"(?<=\w)\.\s+(?=" + _BY_PHRASES + "|" + _COLON_LABELS + ")", re.IGNORECASE)
# A title written beside a name in a byline ("Alice Ingleby, Local Democracy Reporter"): kept with
# the name, never an author itself. A plural one ("Political Correspondents") goes with every name before it.
JOB_TITLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|photographer|producer|"
    r"contributor|analyst|critic|presenter|reviewer|expert|wartawan|koresponden|kontributor|redaktur|jurnalis|"
    r"pewarta|fotografer|redakteur|redakteurin|redacteur|rédacteur|rédactrice|redactor|redactora|"
    r"jornalista|periodista|journalistin|corresponsal|correspondant|correspondente)"
    r"(?P<plural>e?s)?\b",
    re.IGNORECASE,
)
# A profession written after a name in a byline ("A, Trial Attorney at B"): the name's job there, not a
# second writer; a menu's word elsewhere ("Lawn Care" over "Attorney"), so not in JOB_TITLE.
PROFESSION = re.compile(
    r"\b(?:attorney|lawyer|dietitian|nutritionist|therapist|pharmacist|paralegal)(?P<plural>s)?\b", re.IGNORECASE
)
# Letters after a name that are a degree or a licence, not a second name ("A, Ph.D.", "A RN, BSN"),
# as a page or trafilatura writes them (without their dots: "Ph D", "M D")
CREDENTIAL = re.compile(
    r"(?:Ph\.?\s?D|M\.?\s?D|D\.?\s?O|R\.?\s?N|BSN|MSN|MBA|MPH|MS|MSc|BSc|RD|RDN|LD|CDCES|CPA|EA|JD|Esq|"
    r"DDS|DMD|DVM|VMD|LVT|FACLM|FAND|FACP|DACVB|NP|PA-C|LCSW|LPC|CFP|CFA)\.?"
)
# A line of two to five capitalised words, perhaps with a particle ("Nick van Mead"): a person's name standing alone.
_PARTICLE = rf"(?:{PARTICLE_WORDS})\s+"
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)
# A reading time at a line's end: "By A 2–3 minutes", "8 min read", "5 menit baca"
READING_TIME = re.compile(
    rf"\s*[|{DOTS}–—-]?\s*\d+(?:\s*[–-]\s*\d+)?\s*(?:min(?:ute)?s?|menit|minutos)\.?(?:\s+(?:read|baca|de\s+lectura))?\s*$",
    re.IGNORECASE,
)
# What joins names in a list of them: "and" in any case ("BY A AND B"); the other languages' joiners
# in lower case only, as they are written between names: "Dan Davies" and "John Y Smith" are one name
# each, not two.
NAME_JOINERS = re.compile(r"\s*(,|;|&|\b(?i:and)\b|\bdan\b|\by\b|\be\b|\bet\b|\bund\b)\s*")
NAME_LINE = re.compile(rf"^(?:[A-ZÀ-ÝŁŚŻ][\w'’.-]*\.?\s+(?:{_PARTICLE})?){{1,4}}[A-ZÀ-ÝŁŚŻ][\w'’-]+$")
# Where a job written after a name without a comma starts: "Rasmus Barslund Founder & Lead Reviewer",
# "Mateusz Haberny Founder at Oakywood", "Jane Roe Senior Writer".
_JOB_WORD = (
    r"(?:Co-?)?(?:Founder|Cofounder|CEO|CTO|COO|CMO|President|Vice|Chief|Head|Lead|Senior|Sr\.?|Junior|Staff|"
    r"Principal|Managing|Executive|Associate|Deputy|Assistant|Contributing|Editor|Writer|Reporter|Journalist|"
    r"Correspondent|Contributor|Columnist|Analyst|Director|Manager|Engineer|Consultant|Specialist|Strategist|"
    r"Researcher|Professor|Owner|Partner|Expert|Reviewer)\b"
)
JOB_AFTER_NAME = re.compile(rf"\s+(?={_JOB_WORD})")
HAS_JOB = re.compile(rf"\b{_JOB_WORD}")  # "Marketing Director", "Senior Editor": a job, capitalised, anywhere in a line
# A part of a byline that is a job, not a second name: "By A, Senior Director, Content & Marketing"
JOB_START = re.compile(rf"^{_JOB_WORD}")


def name_before_job(text: str, *, initial: bool = False) -> str:
    """The name of a name with its job after it and no comma between ("Rasmus Barslund Founder &
    Lead Reviewer" gives "Rasmus Barslund"); "" when the text is no such line. With `initial`, a
    surname's initial will do ("Shivkumar M Head of Product"): asked of a byline's names only, as
    a headline starts so too ("Gen Z Managing Money")."""
    words = text.split(maxsplit=2)
    if len(words) < 3 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return ""  # most lines, answered before the regexes: a name starts with two capitalised words
    job = JOB_AFTER_NAME.search(text)
    if job is None:
        return ""
    name = text[: job.start()]
    return name if NAME_LINE.match(name) or (initial and _INITIAL_LAST.match(name)) else ""


_INITIAL_LAST = re.compile(r"^[A-ZÀ-Ý][\w'’-]+\s+[A-Z]\.?$")  # "Shivkumar M": a surname's initial


# What a shop's or a directory's "Shop by" / "Browse by" / "Sort by" menu sorts by, copied as a line of
# its own: "By Gender & Age", "BY COMPANY SIZE", "By Use Case", "By Relevance". No person is named
# with these words alone.
_FACET = frozenset(
    "by and & of age gender size company team industry industries use case cases role roles domain domains topic "
    "topics category categories type types price brand brands colour color material location region country "
    "state city department function product products solution solutions platform need needs occasion style "
    "season sport activity level skill format language date relevance popularity rating ratings newest oldest "
    "audience interest interests subject program programs service services stage goal goals budget manufacturer "
    "school schools sector sectors year years collection collections numbers "
    "weight weights par matière matières forme formes couleur couleurs taille tailles prix marque marques "
    "catégorie catégories review reviews countries states regions".split()
)


def facet(name: str) -> bool:
    """Whether a byline's "name" is only what a menu sorts by ("Gender", "Age By Gender", "Company Size"),
    or the heading "By the Numbers"."""
    words = name.lower().replace("&", " ").split()
    return bool(words) and (all(word in _FACET for word in words) or words == ["by", "the", "numbers"])


# The verbs a button or a link opens with: "View Company Profile", "Book Now", "Get Started", "Find A
# Location". A name on a line of its own never starts so (given names that are also verbs, "Will",
# "Grant", "Hope", are not here).
_BUTTON_VERBS = frozenset(
    "view read visit see follow download explore discover browse shop watch learn contact join subscribe "
    "compare apply share get try start book find call email sign show open click check order buy save print "
    "listen play request schedule register login log upgrade talk hire become ask chat speak search".split()
)


def button(name: str) -> bool:
    """Whether a lone "name" is a button's or a link's words: it opens with a verb of one."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in _BUTTON_VERBS


# A link's or a button's words after a name of two words or more, to the end of the byline ("View In
# Digital Edition", "Follow", "Email"); not "Read", "See" or "Will", which are surnames and given names
# too, nor an organisation's own words ("Center for Contact Lens Research": see without_link)
LINK_AFTER = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?:(?:View|Follow|Share|Email|E-mail|Subscribe|Visit|Download|Print|Contact)\b"
    r"(?:\s+\S+){0,4}|(?:Watch|Listen)(?:\s+\S+){1,4})$"  # "Human Rights Watch" is a name
)
# A job in a field, which goes on after its "and": "Head of Marketing and Community Development"
OF_FIELD = re.compile(r"^(?:head|director|vice\s+president|vp|manager|professor|dean)\s+of\s+\S", re.IGNORECASE)
# the field's last word in what follows its "and" ("Community Development"), not a second writer ("Jon Bell")
FIELD_END = re.compile(
    r"\b(?:development|marketing|operations|affairs|communications|engagement|strategy|research|innovation|sales|"
    r"services|partnerships|growth|product|engineering|design|content|education|policy|relations|technology|"
    r"finance|programs|care|support|history|science|studies)$",
    re.IGNORECASE,
)
# A role's noun and one word, without a colon: a menu's entry or a heading ("Editor Setup", "Editor
# Support", "Editors Note", "Author Bio"), not a byline ("Editor: Ann", "Edited by Ann", "Editor Ann Lowe")
ROLE_AND_WORD = re.compile(
    r"^(?:editors?|writers?|reporters?|contributors?|authors?)['’]?\s+(?:setup|support|notes?|bio|profile|picks?|"
    r"choice|guide|tools|settings|login|page|info|resources|box|spotlight|archive|dashboard|guidelines|hub|desk|"
    r"website|program)\s*$",
    re.IGNORECASE,
)  # a menu's words after it: a one-word name stays ("Editor Sunardi")


def without_link(name: str) -> str:
    """A byline's name without a link's or a button's words after it (LINK_AFTER), unless they are an
    organisation's own ("Center for Contact Lens Research": a small word in it)."""
    link = LINK_AFTER.match(name)
    return link["name"] if link and not re.search(r"\s[a-z]", link["name"]) else name


def field_goes_on(job: str, piece: str) -> bool:
    """A job in a field going on after its "and": "Head of Marketing" and "Community Development"."""
    return bool(OF_FIELD.search(job) and FIELD_END.search(piece))
