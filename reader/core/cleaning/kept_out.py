"""Lines left out of the body where they stand, but not furniture that tells where the article is
(patterns.py holds that): a page's controls and what its app says while it works ("Add to cart"
stands inside a product page's text), a carousel's place, a form's message once it is sent, and a
thread's cards and stamps between its posts."""

from __future__ import annotations

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.checks import Checks
from reader.core.cleaning.literals import Probe

# a shop's buttons beside each product: "Add to basket", "Quick view", "Choose options", "Product variants"
SHOP_CONTROL = (
    r"^(add\s+to\s+(cart|bag|basket|wish\s*list)|quick\s+(shop|view|add)|(choose|select)\s+options|"
    r"product\s+variants)$"
)
# The first entry of a breadcrumb trail: the site's home ("Home", "Blog Home", "Home Forums").
_ROOT = r"(blog\s+)?(home|beranda|inicio|início|accueil|startseite)(\s+forums?)?"

KEPT_OUT = {
    pt.NAVIGATION: pt.phrases(
        r"^(click|tap)\s+to\s+(expand|collapse)(\.{3}|…)?$",
        r"^(show|view|see|load)\s+(more|less|all)(\s+\w+)?$",
        r"^(previous|prev)\s+next$",
        SHOP_CONTROL,
        r"^(check|see|view)\s+(the\s+)?(latest\s+)?prices?(\s+(at|on)\s+[\w.&'’ -]{1,30})?$",  # "Check Price at Amazon"
        # a shop's controls beside each product: "Add to favorites. 0 people have favorited this", "Show 90
        # results per page"
        r"^add\s+to\s+favou?rites(\.\s+\d+\s+people\b.{0,40})?$",
        r"^(show(ing)?\s+)?\d+\s+(results|products|items)\s+per\s+page$",
        r"^add\s+.{1,80}\s+to\s+compare$",
        r"^sort(ed)?(\s+by\b|\s*:).{0,40}$",
        # a shop's filters over its shelf, and its sort menu's row: "Filter by Water Bottle Material",
        # "Best Match Brand: A - Z Price: Low - High Price: High - Low Newest"
        r"^(filter|refine|narrow)\s+(by|results)(\s+[^\s.!?,;:]+){0,5}$",
        r"\b(low\s*(-|–|to)\s*high\b[^.!?]{0,60}\bhigh\s*(-|–|to)\s*low|"
        r"high\s*(-|–|to)\s*low\b[^.!?]{0,60}\blow\s*(-|–|to)\s*high)\b[^.!?]{0,80}$",
        r"^(oldest|newest)\s+first\b.{0,40}$",
        # "Open Furniture Menu Dropdown", "Expand user menu Open settings menu", "Open menu Open navigation",
        # "Show Sidebar"
        r"^((open|expand|collapse|close|toggle|show|hide)\s+([\w&'’-]+\s+){0,3}(menu|navigation|sidebar|dropdown)"
        r"(\s+dropdown)?\s*)+(go\s+to\s+.{1,30}\s+home)?$",
        r"^(go\s+to\s+page|jump\s+to|print\s+view|next\s+last|share\s+this\s+page|click\s+to\s+shrink|"
        r"ask\s+question|hot\s+network\s+questions|question\s+feed|featured\s+on\s+meta)$",
        r"^(you\s+should\s+upgrade\s+or\s+use\s+an\s+alternative\s+browser|"
        r"note:\s+this\s+feature\s+may\s+not\s+be\s+available\s+in\s+some\s+browsers)\.?$",
        r"^table\s+of\s+contents$",
        # a breadcrumb trail from the site's home: "Home » Archive » Gardening » Do Tomatoes Need Deep Pots?",
        # "Blog Home ❯ Living ❯ Headline", "Home > Blog > Gardening", "Home · Farm · Headline"; not a sentence
        # ("Home > Settings > Display turns on dark mode.") nor a headline with one bar or slash ("Home | Away:
        # the derby in numbers", "Home/office workers face ...")
        rf"^{_ROOT}\s*[»›❯]\s*\S.{{0,200}}(?<![.!])$",
        rf"^{_ROOT}\s+[>/·]\s+\S.{{0,100}}\s[>/·]\s+\S.{{0,100}}(?<![.!])$",
        rf"^{pt.EDIT_LINK_WORDS}$",  # a wiki's link to edit the section above, on a line of its own
        # a carousel's or a gallery's place: "message 2 of 3.", "Picture 1 of 1", "01 / 02", "1 of 24"
        r"^(slide|message|item|image|photo|picture|page)\s+\d+\s*(of|/)\s*\d+\.?$",
        r"^\d+\s+(of|/)\s+\d+$",  # not "24/7", "1/2" (a recipe's amount) or "245/6" (a score)
        r"^(loading|cargando|carregando|chargement|memuat|wird\s+geladen)(\.{3}|…)?$",
        r"^(was\s+this\s+(page|article|post|answer|information)\s+(helpful|useful)(\s+to\s+you)?\??|"
        r"give\s+us\s+feedback(\s+on\s+this\s+page)?\.?|how\s+are\s+we\s+doing\??)$",
        # a call to action's button: "Learn more", "Get started", "Shop now", "Try for free Learn more"
        r"^((learn|find\s+out|discover)\s+more|get\s+started|(apply|shop|buy|order)\s+now|"
        r"start\s+(a\s+|your\s+)?free\s+trial|try\s+(it\s+)?(for\s+)?free|contact\s+sales|"
        r"(book|request|get)\s+a\s+demo)(\s+(learn\s+more|get\s+started))?$",
    ),
    pt.NEWSLETTER: pt.phrases(
        r"^(thank\s+you|thanks)\s+for\s+(signing\s+up|subscribing)\b.{0,40}$",
        r"^(thank\s+you|thanks)!?\s+your\s+submission\s+has\s+been\s+received!?$",
        r"^oops!?\s+something\s+went\s+wrong\s+while\s+submitting\s+the\s+form\.?$",
        r"^sign\s+me\s+up!?$",
        # what a page says to a reader who is not signed in
        r"^you\s+must\s+(log\s*in|sign\s*in|be\s+logged\s+in|register)\b.{0,60}$",
        r"^(forgot\s+your\s+password\??|continue\s+with\s+(e-?mail|google|apple|facebook)|"
        r"create\s+an\s+account\s+or\s+sign\s+in\s+to\s+comment)$",
    ),
    # a poster's card ("Jane Roe 12.3k 4 40 75 silver badges 90 bronze badges") and a post's stamps
    pt.BYLINE: pt.phrases(
        r"^.{0,60}?\b\d+\s+(gold|silver|bronze)\s+badges?\b.{0,60}$",
        r"^(\d[\d,.]*k?\s+)?(posts?|replies|messages|reaction\s+score|points)\s*:?\s*[\d,.]*k?(\s*·\s*joined\b.{0,30})?$",
        r"^joined\s*:?\s*([a-z]{3,9}\.?\s+)?\d.{0,20}$",
        r"^(thread\s+starter|start\s+date)\b.{0,30}$",
    ),
    pt.DATE: pt.phrases(
        r"^\d{4}-\d\d-\d\d\s+\d\d:\d\d(:\d\d)?\s*(z|utc|[+-]\d\d:?\d\d)?$",
        r"^(asked|modified|viewed|answered|edited|commented|posted|replied)\s+(\d|[a-z]{3}\s+\d|today|yesterday).{0,40}$",
        r"^\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$",
        r"^(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+at\s+\d{1,2}:\d\d(\s*[ap]m)?$",
        r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$",
        r"^\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}$",
    ),
    pt.BOILERPLATE: pt.phrases(
        # a shop's terms beside every product: "Free Standard Delivery on orders over $75", "Express
        # Shipping - $15 USD", "Estimated delivery 3 working days.", "Free 30-Day Returns"
        r"^free\s+(standard\s+|express\s+|uk\s+|us\s+)?(shipping|delivery)\s+(on|for)\s+(all\s+)?orders"
        r"(\s+(over|above|of|from)\s+[$£€]?\s*\d[\d.,]*\+?)?[.!]?$",
        r"^(standard|express|next[-\s]day|priority|expedited|same[-\s]day)\s+(shipping|delivery)\s*[-–:]\s*"
        r"(free|[$£€]\s*\d[\d.,]*(\s*(usd|gbp|eur))?)$",
        r"^(estimated|expected)\s+(delivery|shipping)(\s+(time|date))?\s*:?\s*\d+(\s*[-–]\s*\d+)?\s+"
        r"(working\s+|business\s+)?days?\b[^!?]{0,60}$",
        r"^(free\s+)?\d+[-\s]day\s+(free\s+)?returns?(\s+policy)?[.!]?$",
    ),
    # a comment under a post, as a site that writes mathematics marks it
    pt.COMMENTS: pt.phrases(r"^\\\$\\begingroup\\\$"),
}


def kept_out(text: str) -> str:
    """The reason a line is one of KEPT_OUT, or "": the first of them, in their order, that matches.
    The line is read once for all of them (checks.py), not once for each."""
    return _CHECKS.read(text, Probe(text)).first(_REASONS) or ""


_CHECKS = Checks(KEPT_OUT)
_REASONS = frozenset(KEPT_OUT)
