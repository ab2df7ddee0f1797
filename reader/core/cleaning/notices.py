"""What a page says to its reader about itself, in a line of any length: a consent dialog, a shop's
marketing dialog, a publisher's disclosure. Never the article, and asked of every line
(lines.py), however long: such notices are often one long paragraph."""

from __future__ import annotations

from reader.core.cleaning.patterns import Phrases

# A publisher's disclosure or disclaimer, at any length: how it is paid, what its text is not.
DISCLOSURE = Phrases(
    (
        r"\b(we|i)\s+(may\s+)?(earn|receive|get|make)\s+(a\s+)?(small\s+)?(commission|compensation)\b",
        r"\bfrom\s+(which|whom)\s+\w+\s+(may\s+)?receives?\s+(financial\s+|monetary\s+)?compensation\b",
        r"\b(this|such)\s+compensation\s+may\s+(impact|affect|influence)\s+(how|where|which|the\s+order)\b[^.]{0,60}\bappear",
        r"\b(reader|viewer|audience|listener)[- ]supported\b",
        r"\b(advertiser|editorial|affiliate)\s+disclosure\b",
        r"\b(may\s+)?contains?\s+affiliate\s+links\b",
        r"\bis\s+not\s+(intended\s+as\s+|to\s+be\s+(construed|taken)\s+as\s+|a\s+substitute\s+for\s+)?"
        r"(professional\s+)?(medical|legal|financial|tax|investment)\s+advice\b",
        r"\bfor\s+(general\s+)?information(al)?(\s+and\s+educational)?\s+(purposes\s+)?only\b",
        # a bank's or broker's notice: "Not FDIC insured · May lose value · No bank guarantee" (an article
        # may well say that accounts are not FDIC insured; the notice says what else that means)
        r"\bnot\s+(fdic|ncua|sipc)\b.{0,40}\binsured\b.{0,40}\b(may\s+lose\s+value|no\s+bank\s+guarantee)\b",
        # a form's consent: "By checking this box, I authorize ... to send me marketing calls"
        r"^by\s+(checking|ticking|clicking|submitting|providing)\b.{0,80}\b(consent|agree|authori[sz]e|acknowledge|confirm)",
        # a form's hidden trap for robots, which a copy of the page shows
        r"^this\s+field\s+is\s+(for\s+validation\s+purposes|a\s+honeypot)\b",
        r"^(if\s+you\s+are\s+(a\s+)?human|leave\s+this\s+field\s+(empty|blank))\b.{0,40}$",
    )
)

# What the page says about the reader's browser, in a short line: "JavaScript is disabled. For a better
# experience, please enable JavaScript ...", "You are using an out of date browser." (asked of lines of
# up to 30 words: a guide to browsers may tell its reader to enable JavaScript at length).
BROWSER = Phrases(
    (
        r"\b(please\s+)?(enable|turn\s+on|activate)\s+javascript\b",
        r"\bjavascript\s+is\s+(disabled|required|turned\s+off|not\s+enabled)\b",
        r"\byou\s+are\s+using\s+an?\s+(out\s+of\s+date|outdated|old|unsupported)\s+browser\b",
        r"\bupgrade\s+or\s+use\s+an\s+alternative\s+browser\b",
        r"\byour\s+browser\s+(does\s+not|doesn['’]t)\s+support\b",
    )
)

# A shop's marketing dialog, of any length: its offer ("Join our mailing list", "Get 10% off your first
# order") and its consent to marketing messages ("I agree to receive recurring automated marketing text
# messages ...", "Msg & data rates may apply", "Consent is not a condition of purchase").
MARKETING = Phrases(
    (
        r"\bjoin\s+our\s+(mailing|email)\s+list\b",
        r"\b(\d+\s*%|[$£€]\s*\d+)\s+off\s+your\s+first\s+(order|purchase)\b",
        r"^(by\s+(submitting|signing\s+up|entering|checking|opting\s+in|subscribing)|i\s+agree\s+to\s+receive)\b"
        r".{0,200}?\b(marketing|text\s+messages|sms|promotional|autodialer|newsletters?)\b",
        r"\bmsg\s*(&|and)\s*data\s+rates\s+may\s+apply\b",
        r"\bconsent\s+is\s+not\s+a\s+condition\s+(of|to|for)\s+(any\s+)?purchase\b",
        r"\breply\s+stop\s+to\s+(cancel|unsubscribe|opt\s+out)\b",
    )
)
# A consent dialog (cookies, tracking, "our partners"), in any length of line: a page's pop-up, never
# the article. It speaks to the reader about their data and choices, which an article about privacy
# does not ("we and our partners", "legitimate interest", "by clicking", "manage your preferences").
CONSENT_DIALOG = Phrases(
    (
        r"\b(we|wir|nous|nosotros|kami)\s+(and|und|et|y|dan)\s+(our|unsere|nos|nuestros|mitra)\s+(\d+\s+)?"
        r"(partners?|vendors?|partenaires|socios|partner)\b",
        r"\blegitimate\s+interests?\b",
        r"\bstore\s+and/or\s+access\s+information\b",
        r"\bby\s+clicking\b.{0,60}\b(accept|agree|consent|allow)",
        r"\b(withdraw|change)\s+your\s+consent\b",
        r"\bmanage\s+(your\s+)?(privacy\s+)?(preferences|settings|choices|options)\b",
        r"\b(precise\s+geolocation|device\s+characteristics\s+for\s+identification)\b",
        r"^(we\s+(care\s+about|value|respect)\s+your\s+privacy|about\s+your\s+privacy|your\s+privacy(\s+(choices|"
        r"settings|rights))?|privacy\s+(preference\s+center|settings|choices|overview)|cookie\s+(settings|preferences|"
        r"consent)|(strictly\s+)?necessary\s+cookies|(reject|decline|refuse)\s+all|allow\s+all(\s+cookies)?|"
        r"confirm\s+my\s+choices|vendors?\s+list|list\s+of\s+(iab\s+)?vendors)\.?$",
        # A consent manager's purposes (IAB's framework names them), its categories, its switches
        r"\b\d+\s+partners?\s+can\s+use\s+this\s+(special\s+)?(purpose|feature)\b",
        r"^(use\s+(limited\s+data|profiles)\s+to\s+select|create\s+profiles\s+(for|to)\s+personali[sz]e|"
        r"measure\s+(advertising|content)\s+performance|understand\s+audiences\s+through|"
        r"develop\s+and\s+improve\s+services|ensure\s+security,\s+prevent\s+and\s+detect\s+fraud|"
        r"deliver\s+and\s+present\s+advertising|save\s+and\s+communicate\s+privacy\s+choices|"
        r"match\s+and\s+combine\s+data|link\s+different\s+devices|identify\s+devices\s+based|"
        r"actively\s+scan\s+device)\b",
        # its categories: "Functional Cookies", "Analytics/Performance Cookies and Pixel Tracking"
        r"^(functional(ity)?|targeting|performance|analytics?|analytical|advertising|marketing|social\s+media|"
        r"preferences?|statistics|tracking|unclassified)(\s*[/&]\s*(performance|analytics|functional|targeting|"
        r"advertising|marketing))?\s+cookies(\s+and\s+(pixel\s+)?(tracking|pixels|similar\s+technologies))?$",
        r"^(these|this|diese|ces|estas|estes)\s+cookies?\b.{0,200}\b(website|site|browser|"
        r"third[- ]part(y|ies)|"
        r"switched\s+off|set\s+by|personally\s+identifiable|advertising|analytics|visitors?|traffic)\b",
        r"^((switch|checkbox)\s+label(\s+label)?|cookie\s+list|apply\s+cancel|view\s+illustrations|"
        r"object\s+to\s+legitimate\s+interests?|consent\s+leg\.?\s*interest)$",
    )
)
