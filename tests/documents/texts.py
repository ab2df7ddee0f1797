"""Invented text for the test documents: made-up studies and reports, written for these tests.

Body paragraphs come from `Prose`, which puts sentences together from a topic's phrases with a
seeded random generator, so a document of any length has distinct paragraphs and is the same on
every run. The phrases carry the markup of layout.py: "|" where a word may be hyphenated at a line
end, real hyphens in compounds ("long-term"), and the ligature characters "ﬁ" and "ﬂ".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

MONTHS = tuple(
    "Jan|u|ary Feb|ru|ary March April May June Ju|ly Au|gust Sep|tem|ber Oc|to|ber No|vem|ber De|cem|ber".split()
)
PERCENT = ("in|creased", "de|creased", "de|clined", "dropped", "slipped", "climbed")  # "... by 12 per cent"
ORDINALS = ("sec|ond", "third", "fourth", "ﬁfth", "sixth", "sev|enth", "ﬁnal")

TEMPLATES = (
    "{S} {D} by {pct} per cent be|tween {y1} and {y2}.",
    "At {P}, {s} {K} {O} {Q}.",
    "{C}, {s} {K} {O}.",
    "We {M} {n} {U} {T}.",
    "{S} {V} {Q}, prob|a|bly be|cause {R}.",
    "{C}, the ﬁg|ures from {P} sug|gest that {R}.",
    "The {nth} {W} at {P} found that {s} had {V} {Q}.",
    "Of the {n} {U} we {M} at {P}, {m} {K} {O}.",
    "We had ex|pect|ed that {s} would have {V} by {y2}, but {R}.",
)


@dataclass(frozen=True)
class Topic:
    """Phrases to build sentences from; each field is written as one string, its phrases split by " / "."""

    subjects: tuple[str, ...]  # noun phrases that can start a sentence
    changes: tuple[str, ...]  # past tense and participle alike: "increased"
    observes: tuple[str, ...]  # transitive, past: "tracked"
    objects: tuple[str, ...]
    places: tuple[str, ...]
    qualifiers: tuple[str, ...]
    connectors: tuple[str, ...]
    methods: tuple[str, ...]  # "we ... n units"
    units: tuple[str, ...]
    reasons: tuple[str, ...]  # clauses: "the gates were left open"
    times: tuple[str, ...]  # may hold {month}, {year}, {few}
    work: str  # "survey", "review"
    years: tuple[int, int]


def topic(work: str, years: tuple[int, int], **phrases: str) -> Topic:
    return Topic(work=work, years=years, **{slot: tuple(text.split(" / ")) for slot, text in phrases.items()})


RIVER = topic(
    "sur|vey",
    (2014, 2025),
    subjects="the sus|pend|ed sed|i|ment load / the ﬁne-grained frac|tion / the mean ﬂow ve|loc|i|ty / the dis|solved or|gan|ic car|bon / the tur|bid|i|ty of the main chan|nel / the rate of bank ero|sion / the depth of the ﬂood|plain de|posits / the well-known grav|el bar at the bend",
    changes="in|creased / de|clined / dou|bled / re|cov|ered / sta|bi|lised / peaked / dropped / ﬂuc|tu|at|ed",
    observes="tracked / ex|ceed|ed / fol|lowed / mir|rored / out|last|ed / masked",
    objects="the sea|son|al rain|fall pat|tern / the long-term av|er|age / the in|for|ma|tion from the tem|po|rary log|gers / the sig|niﬁ|cant storm of late March / the cross-section sur|veys / the rec|ords kept by the lo|cal an|gling club / the pre|dic|tions of the rout|ing mod|el / the read|ings at the up|stream ref|er|ence site",
    places="Kes|trel Ford / the Mill|brook weir / Han|ley Marsh / the Ar|low con|ﬂu|ence / the old ﬁsh pass / Cop|per Lane bridge",
    qualifiers="with re|mark|able con|sis|ten|cy / only dur|ing the win|ter months / more close|ly than we had ex|pect|ed / in al|most ev|ery ﬁeld cam|paign / af|ter a de|lay of about two days / in a well-deﬁned sea|son|al cy|cle",
    connectors="How|ev|er / In con|trast / As a re|sult / More|over / By the ﬁnal vis|it / Tak|en to|geth|er / Un|ex|pect|ed|ly / Even so",
    methods="col|lect|ed / an|a|lysed / sieved / weighed / pho|to|graphed / ﬁl|tered",
    units="wa|ter sam|ples / sed|i|ment cores / bank pro|ﬁles / tur|bid|i|ty read|ings / grab sam|ples",
    reasons="the sluice gates were left open for most of the spring / heavy rain fell on ground that was al|ready sat|u|rat|ed / cat|tle had tram|pled the low-lying banks up|stream / the weir pool ﬁlled with ﬁne silt af|ter each ﬂood / a new cul|vert changed the ﬂow be|low the bridge / the gauge was moved twen|ty me|tres down|stream in May",
    times="in {month} {year} / over {few} con|sec|u|tive weeks / be|fore and af|ter each storm / on {few} vis|its in {year} / at dawn on each sam|pling day",
)

CANOPY = topic(
    "tran|sect",
    (2016, 2025),
    subjects="the shade cast by street trees / the sur|face tem|per|a|ture of the pave|ment / the night|time air tem|per|a|ture / the share of ground un|der can|o|py / the wa|ter use of the young limes / the num|ber of heat com|plaints / the soil mois|ture un|der the ver|ges / the well-watered plane trees",
    changes="in|creased / de|creased / dou|bled / nar|rowed / widened / lev|elled off / peaked / ﬂat|tened",
    observes="tracked / off|set / matched / ex|ceed|ed / trailed / re|ﬂect|ed",
    objects="the pat|tern of build|ing heights / the long-term av|er|age for the dis|trict / the in|for|ma|tion from the roof sen|sors / the sig|niﬁ|cant heat wave of Ju|ly / the ﬁg|ures from the parks de|part|ment / the map of im|per|me|able sur|faces / the pre|dic|tions of the ur|ban cli|mate mod|el / the read|ings in the walled gar|den",
    places="Bell|field Road / the Tan|nery Square / Or|chard Rise / the rail|way cut|ting / Lark Street / the Up|per Common",
    qualifiers="by a clear mar|gin / on the hottest af|ter|noons on|ly / more than the plan|ners had as|sumed / in ev|ery tran|sect we walked / with a lag of about three hours / through|out the dry spell",
    connectors="How|ev|er / By com|par|i|son / As ex|pect|ed / Ad|di|tion|al|ly / In the ﬁnal week / On bal|ance / Sur|pris|ing|ly / Still",
    methods="logged / mapped / mea|sured / sur|veyed / count|ed / in|spect|ed",
    units="tree crowns / pave|ment pan|els / sen|sor sta|tions / soil cores / street seg|ments",
    reasons="the new plant|ing had not yet closed its can|o|py / wind from the es|tu|ary cooled the east|ern streets / the ver|ges were wa|tered by hand twice a week / dark roof|ing ﬁlled the gaps be|tween the trees / the road was re|sur|faced in a paler as|phalt / the old elms had been felled in the au|tumn",
    times="in {month} {year} / over {few} hot days / at noon and at mid|night / on {few} evenings in {year} / from late spring on|ward",
)

COUNCIL = topic(
    "re|view",
    (2019, 2025),
    subjects="spend|ing on street light|ing / the cost of waste col|lec|tion / in|come from park|ing per|mits / the gen|er|al re|serve / the grant from cen|tral gov|ern|ment / the li|brary bud|get / the bill for win|ter grit|ting / the well-used leisure cen|tre",
    changes="in|creased / de|creased / dou|bled / re|cov|ered / over|shot / stalled / peaked / ﬂat|tened",
    observes="out|paced / off|set / matched / ex|ceed|ed / trailed / ab|sorbed",
    objects="the ﬁg|ure agreed in the ﬁ|nan|cial plan / the long-term bor|row|ing lim|it / the in|for|ma|tion sup|plied by the con|trac|tors / the sig|niﬁ|cant rise in en|er|gy prices / the sav|ings promised in the last re|view / the ﬁnal ac|counts of the pre|vi|ous year / the fore|cast of the au|dit com|mit|tee / the charges set for the com|ing year",
    places="the Quay|side ward / the North Gate de|pot / the Old Mar|ket hall / Sal|ter's Green / the har|bour of|ﬁces / Ash|down Park",
    qualifiers="by a nar|row mar|gin / in the sec|ond quar|ter on|ly / more than the of|ﬁ|cers had ex|pect|ed / in ev|ery de|part|ment but one / af|ter the mid-year re|vi|sion / de|spite the hir|ing freeze",
    connectors="How|ev|er / In con|trast / As a re|sult / Fur|ther|more / By the year end / Over|all / Un|ex|pect|ed|ly / Even so",
    methods="re|viewed / au|dit|ed / com|pared / checked / priced / sam|pled",
    units="con|tracts / in|voic|es / ser|vice lines / staff rotas / sup|pli|er claims",
    reasons="sev|er|al con|tracts were rene|go|ti|at|ed in the sum|mer / the de|pot roof had to be re|placed af|ter the storm / de|mand for res|i|dents' per|mits fell when the ferry stopped / the coun|cil joined a re|gion|al buy|ing group / two ve|hi|cles were leased in|stead of bought / the pay award was set|tled lat|er than planned",
    times="in {month} {year} / over {few} months / for each ward in turn / at {few} ser|vice points in {year} / be|fore the bud|get meet|ing",
)

ORCHARD = topic(
    "sur|vey",
    (2017, 2025),
    subjects="the soil mois|ture at thirty cen|time|tres / the yield of the old ap|ple trees / the wa|ter ta|ble un|der the low rows / the cov|er of clo|ver in the al|leys / the ni|trate in the drain wa|ter / the sug|ar con|tent of the fruit / the depth of the root|ing zone / the well-drained up|per ter|race",
    changes="in|creased / de|clined / dou|bled / re|cov|ered / sta|bi|lised / peaked / dropped / ﬂuc|tu|at|ed",
    observes="tracked / ex|ceed|ed / fol|lowed / mir|rored / lagged / masked",
    objects="the pat|tern of ir|ri|ga|tion / the long-term mean for the val|ley / the in|for|ma|tion from the ten|si|om|e|ters / the sig|niﬁ|cant drought of the third sum|mer / the yields of the neigh|bour|ing farm / the ﬁeld notes of the grow|ers / the pre|dic|tions of the wa|ter bal|ance mod|el / the read|ings un|der the mown grass",
    places="the Lower Or|chard / Pear Tree Lane / the north ter|race / the old cider house / Fen|ton's Field / the shel|ter belt",
    qualifiers="with lit|tle year-to-year change / on|ly in the dri|est months / more strong|ly than the grow|ers be|lieved / in ev|ery block we test|ed / af|ter a lag of about a week / once the blos|som had set",
    connectors="How|ev|er / In con|trast / As a re|sult / More|over / By the ﬁnal har|vest / Tak|en to|geth|er / Un|ex|pect|ed|ly / Even so",
    methods="sam|pled / weighed / aug|ered / la|belled / mea|sured / test|ed",
    units="trees / soil cores / fruit sam|ples / drain ﬂows / leaf sam|ples",
    reasons="the drip lines were blocked for much of Ju|ly / a wet spring re|plen|ished the deep|er lay|ers / the grass in the al|leys was cut less of|ten / the old trees had been pruned hard in win|ter / a new pond held back the runoff from the hill / frost in April thinned the crop on the low rows",
    times="in {month} {year} / over {few} sea|sons / be|fore and af|ter each har|vest / on {few} vis|its in {year} / at ﬁrst light",
)

TRANSIT = topic(
    "count",
    (2018, 2025),
    subjects="the av|er|age de|lay on route 7 / the num|ber of board|ings / the re|li|a|bil|i|ty of the night ser|vices / the ﬂeet's fuel use / the share of trips paid by card / the wait at the in|ter|change / the run|ning cost per kilo|me|tre / the well-loved cir|cu|lar route",
    changes="in|creased / de|creased / dou|bled / re|cov|ered / sta|bi|lised / peaked / dropped / ﬂat|tened",
    observes="out|paced / off|set / matched / ex|ceed|ed / trailed / fol|lowed",
    objects="the time|table pub|lished in spring / the long-term tar|get of the op|er|a|tor / the in|for|ma|tion from the tick|et ma|chines / the sig|niﬁ|cant road works on the ring road / the ﬁg|ures from the pas|sen|ger sur|vey / the de|mand fore|cast for the new es|tate / the pre|dic|tions of the traf|ﬁc mod|el / the counts at the rail|way sta|tion",
    places="the Market Street stop / the Ris|ing Sun in|ter|change / the hos|pi|tal loop / Wharf Road de|pot / the uni|ver|si|ty cam|pus / Mill End",
    qualifiers="by a wide mar|gin / on week|day morn|ings on|ly / more than the plan|ners had fore|cast / on ev|ery route but two / af|ter the time|table change / through|out the school hol|i|days",
    connectors="How|ev|er / In con|trast / As a re|sult / More|over / By the year end / Over|all / Sur|pris|ing|ly / Even so",
    methods="count|ed / timed / logged / checked / tracked / sur|veyed",
    units="jour|neys / buses / stops / driv|er shifts / tick|et sales",
    reasons="the bus lane on the bridge opened in March / two routes were merged to save a ve|hi|cle / fares were frozen for young peo|ple / the new es|tate opened its ﬁrst school / elec|tric buses re|placed the old|est die|sel ones / road works closed the high street for six weeks",
    times="in {month} {year} / over {few} weeks / at peak and off-peak times / on {few} days in {year} / af|ter each time|table change",
)


class Prose:
    """Paragraphs about `topic`, the same sequence for the same seed."""

    def __init__(self, topic: Topic, seed: int) -> None:
        self.topic, self.random = topic, random.Random(seed)
        self.last = -1

    def sentence(self) -> str:
        t, r = self.topic, self.random
        choice = r.choice([i for i in range(len(TEMPLATES)) if i != self.last])
        self.last = choice
        y1 = r.randint(t.years[0], t.years[1] - 2)
        n = r.randint(12, 96)
        values = {
            "s": r.choice(t.subjects),
            "V": r.choice(t.changes),
            "K": r.choice(t.observes),
            "O": r.choice(t.objects),
            "P": r.choice(t.places),
            "Q": r.choice(t.qualifiers),
            "C": r.choice(t.connectors),
            "M": r.choice(t.methods),
            "U": r.choice(t.units),
            "D": r.choice(PERCENT),
            "R": r.choice(t.reasons),
            "W": t.work,
            "nth": r.choice(ORDINALS),
            "pct": str(r.randint(3, 64)),
            "y1": str(y1),
            "y2": str(r.randint(y1 + 1, t.years[1])),
            "n": str(n),
            "m": str(r.randint(2, n - 3)),
        }
        values["T"] = r.choice(t.times).format(month=r.choice(MONTHS), year=r.randint(*t.years), few=r.randint(3, 14))
        values["S"] = values["s"][:1].upper() + values["s"][1:]
        return TEMPLATES[choice].format(**values)

    def paragraph(self, least: int = 4, most: int = 7, marker: str = "") -> str:
        """`least` to `most` sentences; a footnote marker, if any, after the second one's full stop."""
        sentences = [self.sentence() for _ in range(self.random.randint(least, most))]
        if marker:
            sentences[1] += "^" + marker
        return " ".join(sentences)


# Everything else a document prints, written out.

RIVER_TITLE = "Fine Sediment in the Arlow: Three Years of Measurements Below the Millbrook Weir"
RIVER_AUTHORS = ("Mara Lindqvist", "Tomasz Okafor", "Priya Venkataraman")
RIVER_SECTIONS = (
    "1. In|tro|duc|tion",
    "2. Sam|pling the low|er reach",
    "3. What the ﬂoods left be|hind",
    "4. Dis|cus|sion",
)

CANOPY_TITLE = "Street Trees and Summer Heat in a Small Coastal Town"
CANOPY_SHORT = "Street trees and summer heat"
CANOPY_JOURNAL = "Journal of Applied Urban Climate"
CANOPY_AUTHORS = ("Ines Albrecht", "Kwame Mensah")
CANOPY_ABSTRACT = (
    "We walked the same eigh|teen street tran|sects on ev|ery hot af|ter|noon of three sum|mers and "
    "com|pared the tem|per|a|ture of pave|ments un|der young lime trees with that of open as|phalt. "
    "The shad|ed sur|faces were cool|er by a mar|gin that grew as the trees ma|tured, while the air "
    "at head height dif|fered much less. We ar|gue that the ﬁrst ben|e|ﬁt of new plant|ing is felt "
    "un|der|foot, and that coun|cils should judge it there be|fore they count the de|grees of air cool|ing."
)
CANOPY_SECTIONS = (
    "1. In|tro|duc|tion",
    "2. Study area and tran|sects",
    "3. Pave|ments and air",
    "4. Wa|ter|ing and growth",
    "5. Dis|cus|sion",
    "6. Con|clu|sions",
)
CANOPY_CAPTION = (
    "Fig|ure 1. Mean af|ter|noon sur|face tem|per|a|ture of shad|ed and open pave|ment on the eigh|teen "
    "tran|sects, one pair of bars for each sum|mer month of the study."
)

COUNCIL_TITLE = "Harbour Ward Council: Review of the Revenue Budget for 2025"
COUNCIL_HEADER = "Harbour Ward Council \u2013 Budget Review 2025"
COUNCIL_AUTHORS = ("Harriet Osei",)
COUNCIL_SECTIONS = ("Sum|ma|ry of the year", "Where the mon|ey went", "Re|serves and risks")
COUNCIL_NOTES = (
    "All ﬁg|ures are in cur|rent prices and ex|clude the hous|ing ac|count, which is re|port|ed sep|a|rate|ly to the ten|ants' pan|el.",
    "The en|er|gy con|tract was re|newed in Oc|to|ber for two years at a ﬁxed unit price.",
    "Of|ﬁ|cers count a claim as late when it reach|es the ﬁ|nance team more than sixty days af|ter the work was done.",
    "The har|bour dues are set by the port com|mit|tee and on|ly col|lect|ed by the coun|cil on its be|half.",
    "This fore|cast as|sumes that the ferry ser|vice re|sumes in the spring, as the op|er|a|tor has said it will.",
    "The re|serve pol|i|cy was last re|vised by the full coun|cil in Feb|ru|ary 2023.",
    "A de|tailed sched|ule of the grit|ting routes is kept at the North Gate de|pot.",
    "Ward mem|bers may ask for the un|der|ly|ing ﬁg|ures at any meet|ing of the au|dit com|mit|tee.",
)

ORCHARD_TITLE = "Soil Water Under an Old Cider Orchard"
ORCHARD_SHORT = "Soil water under an old orchard"
ORCHARD_AUTHORS = ("Elin Rhys", "Joaquim Ferreira", "Dana Whitcombe")
ORCHARD_SECTIONS = ("1. In|tro|duc|tion", "2. The or|chard and its soils", "3. Re|sults")
ORCHARD_REFERENCES = (
    "Abbott, R. and Lowe, C. (2014). Drip ir|ri|ga|tion of old stan|dard ap|ple trees on heavy clay. Jour|nal of Or|chard Soils 9(2), 113\u2013129.",
    "Carver, T. (2019). Clo|ver in the al|leys: ground cov|er and the wa|ter bud|get of tra|di|tion|al or|chards. Wes|sex Ag|ri|cul|tur|al Re|view 31, 44\u201361.",
    "Dunmore, H., Pike, S. and Quayle, B. (2011). A ten|si|om|e|ter net|work for small farms, with notes on cal|i|bra|tion in stony ground. Field In|stru|ments 5(1), 7\u201322.",
    "Fenwick, A. (2020). The Cider Coun|try: or|chards, small farms and land use in three river val|leys since 1900. Long Acre Press, Bris|tol, 312 pp.",
    "Hale, M. and Obi, N. (2017). Ni|trate leach|ing un|der mown and grazed or|chard swards over four win|ters. Soil and Land 22(4), 301\u2013318.",
    "Iverson, K. (2022). Root|ing depth of veteran fruit trees es|ti|mat|ed from ground-pen|e|trat|ing radar. Tree Roots Quar|ter|ly 3(3), 88\u201397.",
    "Marsh, L., Tanaka, Y. and Voss, E. (2018). A sim|ple wa|ter bal|ance mod|el for per|en|ni|al crops on slop|ing ground. Hy|drol|o|gy for Farm|ers 14, 201\u2013226.",
)

TRANSIT_TITLE = "Annual Performance Report of the Estuary Bus Network"
TRANSIT_SHORT = "Bus network performance"
TRANSIT_JOURNAL = "Estuary Transport Board \u2013 Report 2025/4"
TRANSIT_AUTHORS = ("Olu Adebayo", "Sigrid Halvorsen", "Marco Bellini")
TRANSIT_SECTIONS = tuple(
    f"{i + 1}. {name}"
    for i, name in enumerate(
        (
            "Pur|pose of the re|port",
            "Rid|er|ship",
            "Punc|tu|al|i|ty",
            "Fares and tick|ets",
            "The ﬂeet",
            "Staff and shifts",
            "Routes and stops",
            "Night ser|vices",
            "Ac|ces|si|bil|i|ty",
            "Com|plaints",
            "Costs",
            "In|vest|ment",
            "Risks",
            "Out|look",
        )
    )
)
