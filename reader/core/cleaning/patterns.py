"""Multilingual evidence of page furniture: boilerplate phrases, credits, section markers
(a byline's words are in byline_words.py).

Each pattern is general to news sites in English, Indonesian/Malay, Spanish, Portuguese, French
and German; none names a particular site. Reasons are the words the reader shows for a dropped line.
"""

from __future__ import annotations

import re

from reader.core.cleaning.literals import Probe, evidence, union

# Reasons a line was removed (shown to the user in "fix extraction").
RELATED = "related link"
SHARE = "share/follow"
NAVIGATION = "navigation"
FOOTER = "footer"
ADVERT = "advertisement"
COMMENTS = "comment widget"
DUPLICATE_TITLE = "duplicate title"
TITLE = "title"
SUBTITLE = "subtitle"
BYLINE = "byline"
DATE = "date"
SECTION = "section"
CAPTION = "photo caption"
CREDIT = "photo credit"
NEWSLETTER = "newsletter/subscription"
COOKIE = "cookie notice"
TAGS = "tags"
BIO = "author bio"
TICKER = "ticker"
BOILERPLATE = "boilerplate"
OUTSIDE = "outside the article"
HEADLINES = "headline list"


class Phrases:
    """Alternatives, case-insensitive. Those anchored at the line's start are tried only there,
    which keeps a line's check from scanning every position for every phrase. Neither part is
    run on a line without the words its matches need (literals.py): most lines have none."""

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        anchored = "|".join(f"(?:{a[1:]})" for a in alternatives if a.startswith("^"))
        floating = "|".join(f"(?:{a})" for a in alternatives if not a.startswith("^"))
        self._anchored = re.compile(anchored, re.IGNORECASE) if anchored else None
        self._floating = re.compile(floating, re.IGNORECASE) if floating else None
        self._anchored_needs = evidence(anchored, re.IGNORECASE, anchored=True) if anchored else None
        self._floating_needs = evidence(floating, re.IGNORECASE) if floating else None
        # Each part with what it needs, anchored first: (regex, anchored, needs)
        self.parts = tuple(
            (rx, anchored, needs)
            for rx, anchored, needs in (
                (self._anchored, True, self._anchored_needs),
                (self._floating, False, self._floating_needs),
            )
            if rx is not None
        )
        self.evidence = union(*(needs for _rx, _anchored, needs in self.parts))  # of any match at all

    def search(self, text: str, probe: Probe | None = None) -> re.Match[str] | None:
        """The regex's match; `probe`, the text's probe (literals.py) when the caller has one."""
        if probe is None:
            probe = Probe(text)
        if self.evidence is not None and not self.evidence.possible(probe):
            return None  # neither part can match: one test instead of two, for most lines
        if self._anchored is not None and (self._anchored_needs is None or self._anchored_needs.possible(probe)):
            found = self._anchored.match(text)
            if found:
                return found
        if self._floating is not None and (self._floating_needs is None or self._floating_needs.possible(probe)):
            return self._floating.search(text)
        return None

    match = search


def phrases(*alternatives: str) -> Phrases:
    """Phrases from these alternatives (a module of patterns writes them one per line)."""
    return Phrases(alternatives)


# Lines that start with a related-article marker: "Baca juga: ...", "Read more: ...".
RELATED_PREFIX = phrases(
    r"^(baca|lihat|simak|tonton)\s+(juga|pula|selengkapnya|berita)\b",
    r"^(read|see|watch)\s+(more|also|next)\b",
    r"^(also\s+read|related(\s+(stories|articles|news|coverage))?)\s*[:|-]",
    r"^related\s*:",
    r"^more\s+(on|from|about)\s+(this|the)\b",
    r"^(recommended|suggested)(\s+for\s+you)?\s*:",
    r"^(lee|lea|ver|vea|mira)\s+(también|tambien|además|más)\b",
    r"^(te\s+puede\s+interesar|relacionad[oa]s?)\b",
    r"^(leia|veja|confira|saiba)\s+(também|tambem|mais)\b",
    r"^(lire|voir)\s+aussi\b",
    r"^(à|a)\s+lire\s+(aussi|également)",
    r"^(lesen|sehen)\s+sie\s+(auch|mehr)\b",
    r"^mehr\s+zum\s+thema\b",
    r"^(auch\s+interessant|weiterlesen)\b",
    r"^artikel\s+terkait\b",
    r"^berita\s+terkait\b",
    r"^baca\s+artikel\b",
)
_CHANNEL_PROMO = (
    r"\b(gabung|bergabung|join|únete|unete|entre\s+no|rejoignez|abonnieren\s+sie|simak|ikuti)\b.{0,60}"
    r"\b(saluran|channel|canal|chaîne|kanal|grup|group|grupo|whatsapp|telegram|google\s+news)\b"
)
CHANNEL_PROMO = re.compile(_CHANNEL_PROMO, re.IGNORECASE)
_SHARE_BUTTON = (
    r"(?:share\s+(?:on\s+)?)?(?:tweet|pin|email|e-mail|print|copy\s+link|whatsapp|facebook|twitter|x|telegram|"
    r"linkedin|reddit|pinterest|messenger|flipboard|tumblr|threads|bluesky|mastodon|sms)"
)
# A whole line that is only a widget label or a call to action.
WIDGET = {
    SHARE: phrases(
        r"^(share|shares|bagikan|compartir|compartilhar|partager|teilen|tweet|pin|email|e-mail|print|imprimir|"
        r"drucken|imprimer|copy\s+link|copiar\s+enlace|copiar\s+link|copier\s+le\s+lien|link\s+kopieren|"
        r"salin\s+tautan|salin\s+link|whatsapp|facebook|twitter|x|telegram|linkedin|reddit|line|messenger|"
        r"flipboard|save|simpan|guardar|salvar|sauvegarder|merken)$",
        # a row of share buttons copied as one line: "Facebook Twitter Pinterest Email WhatsApp"
        rf"^{_SHARE_BUTTON}(?:[\s,|·•/]+{_SHARE_BUTTON})+$",
        r"^[\d.,]+\s*[kKmM]?\s+(shares?|comments?|komentar|comentarios?|comentários?|commentaires?|kommentare?)$",
        r"^(follow|ikuti|síguenos|siguenos|siga-nos|siga|suivez-nous|folgen\s+sie\s+uns|folge\s+uns)\b",
        r"^click\s+to\s+(share|email|print|tweet|pin)\b.{0,60}$",
        r"^(trackbacks?|pingbacks?|trackbacks?\s*/\s*pingbacks?)(\s+url\b.{0,100})?\s*:?$|^trackback\s+url\b.{0,100}$",
        _CHANNEL_PROMO,
        r"\b(di|on|en|no|sur|auf)\s+(google\s+news|whatsapp|telegram|instagram|facebook|twitter|youtube|tiktok)\b",
        r"^(download|unduh|descarga|baixe|téléchargez|laden\s+sie)\b.*\b(app|aplikasi|aplicación|aplicativo|application)\b",
        r"^(normal|larger|very\s+large|large|small)\s+text\s+size$",
        r"^(a\s*a\s*a|aa|a-|a\+)$",
        r"^(listen|dengarkan|escuchar|ouvir|écouter|anhören)(\s+to\s+(this\s+)?(article|story))?(\s*[\d:]+)?$",
        r"^\d+\s*(min|mins|minutes?|menit)\s*(read|baca|de\s+lectura|de\s+leitura|lecture)?$",
        r"^((estimated\s+)?(reading|read)\s+time|lecture|lesezeit|tiempo\s+de\s+lectura|leitura|waktu\s+baca)\s*:?\s*\d+\s*"
        r"(min\.?|mins|minutes?|minutos?|minuten)?$",
        r"^(reply|balas|responder|répondre|antworten|like|suka|report|laporkan|me\s+gusta|gefällt\s+mir)$",
    ),
    ADVERT: phrases(
        r"^(advertisement|advertising|sponsored|iklan|publicidad|publicidade|publicité|anzeige|werbung|annonce|"
        r"ad|ads|promoted|paid\s+content|partner\s+content|konten\s+bersponsor|patrocinado)$",
        r"^(scroll|gulir)\s+(to|down|ke)\b.*\b(content|konten|continue|lanjut|read)\b",
        r"^(story|article)\s+continues\s+(below|after)\b",
        r"^advertisement\b.{0,30}$",
        r"^(continua|continúa|continue)\s+(após|después|depois|after)\b.{0,30}$",
        r"^(baca|read)\s*:?$",
        r"^(continue|continues|lanjutkan|continúa|continua)\s+"
        r"(reading|membaca|leyendo|lendo|la\s+lecture)\b",
        r"^(continúa|continua)\s+(leyendo|lendo)$",
        r"^(halaman|page|página|pagina|seite)\s+(selanjutnya|berikutnya|next|siguiente|seguinte|suivante|weiter)\b",
        r"^(\d+\s+){2,}(next|selanjutnya|siguiente|seguinte|suivant|weiter|»|›)?$",
        r"^(next|previous)\s+(page|article)$",
    ),
    NEWSLETTER: phrases(
        r"\b(newsletter|nieuwsbrief)\b",
        r"^(sign\s+up|subscribe|suscríbete|suscribete|suscribirme|assine|"
        r"s'abonner|abonnez-vous|jetzt\s+abonnieren|abonnieren|berlangganan|langganan|daftar\s+sekarang)\b",
        r"\b(enter|masukkan|introduce|introduzca|insira|saisissez|geben\s+sie)\b.{0,20}\b(e-?mail|correo|courriel)\b",
        r"^(your|email|e-mail)\s+(email\s+)?address$",
        r"\bsubscribers?\s+only\b",
        r"\bexclusiv[oe]\s+para\s+(suscriptores|assinantes)\b",
        r"\bréservé\s+aux\s+abonnés\b",
        r"\bfür\s+abonnenten\b",
        r"^(log\s*in|sign\s*in|masuk|daftar|iniciar\s+sesión|"
        r"entrar|se\s+connecter|connexion|anmelden|registrieren|register|créer\s+un\s+compte)$",
        r"\b((delivered|straight|sent|right)\s+(to|in|into)\s+your\s+inbox|deals\s+in\s+your\s+inbox|by\s+signing\s+up|terms\s+of\s+(use|service)\s+and\s+privacy|"
        r"en\s+tu\s+(correo|bandeja)|no\s+seu\s+e-?mail|dans\s+votre\s+boîte|in\s+ihr(em)?\s+postfach|"
        r"ke\s+(email|surel|kotak\s+masuk)\s+anda)\b",
        r"\b(already\s+a\s+subscriber|já\s+é\s+assinante|ya\s+eres\s+suscriptor|déjà\s+abonné|schon\s+abonnent)\b",
        # an appeal for readers' money: "Please consider supporting us.", "Become a member", "Donate today"
        r"^(please\s+)?(consider\s+)?(support|supporting)\s+(us|our\s+(work|journalism|mission|reporting|newsroom))\b",
        r"^become\s+a\s+(paid\s+)?(member|patron|supporter|subscriber)\b",
        r"^(make\s+a\s+(one-time\s+)?(donation|contribution)|donate(\s+(now|today))?)\b",
        r"\b(buy\s+me\s+a\s+coffee|ko-fi|donate\s+(now|today))\b",
        # a box offering the site's emails or its community: "Become an email insider!", "Join 800,000+
        # subscribers to get ...", "Don't miss a thing!"
        r"\b(e-?mail|inbox)\s+insiders?\b|\bdon['’]t\s+miss\s+a\s+thing\b",
        r"^join\s+(our\s+|the\s+)?(\d[\d,.]*\+?\s+|growing\s+)?(subscribers|readers|members|community)\b",
        r"\bthank\s+you\s+for\s+signing\s+up\b|\bwe['’]ll\s+send\s+you\s+an\s+e-?mail\b",
        # an appeal for support, and a request for feedback: "Help Keep Artlyst Free and Independent", "We
        # rely on donations from readers", "Your feedback will help us ...", "How Was This Issue?"
        r"^(help\s+)?keep\s+[\w'’ ]{1,30}\s+free\s+and\s+independent\b",
        r"\bwe\s+rely\s+on\s+(donations|reader\s+support)\b",
        r"\bneed\s+your\s+(help|support)\s+to\s+keep\s+(publishing|going|reporting)\b",
        r"\byour\s+feedback\s+(will\s+)?helps?\s+us\b|^help\s+us\s+improve\s+(your|our|this)\b",
        r"^how\s+was\s+this\s+(issue|article|post|newsletter|story)\??$",
        # a shop's sign-in dialog: "Already have an account?", "Reset your password"
        r"^(do\s+you\s+)?(already\s+have|don['’]t\s+have)\s+an\s+account\b",
        r"\breset\s+your\s+password\b|^password\s+reset\b|^(or\s+)?create\s+an\s+account!?$",
    ),
    COOKIE: phrases(
        r"\b(we\s+use|utilisons|usamos|utilizamos|verwenden|menggunakan|nutzen|utilizamos)\b.{0,60}\bcookies\b",
        r"\bcookies?\b.{0,120}\b(use|usamos|utilizamos|utilisons|verwenden|menggunakan|nutzen|accept|aceptar|"
        r"aceitar|accepter|akzeptieren|setuju|experience|experiencia|experiência|expérience|erlebnis)\b",
        r"^(all|tout|todo|todas|alle|semua)\s+(accept|accepter|aceptar|aceitar|akzeptieren|terima)(\s+cookies)?$",
        r"^(accept|aceptar|aceitar|accepter|akzeptieren|setuju|terima)(\s+(all|todo|todas|tout|alle|semua))?"
        r"(\s+cookies)?$",
        r"^(manage|gestionar|gerenciar|gérer|verwalten)\s+(cookies|preferences|preferencias)",
        r"\bthe\s+technical\s+storage\s+or\s+access\b",  # a consent banner's categories
    ),
    FOOTER: phrases(
        r"(©|\(c\)|copyright)\s*\d{0,4}",
        r"\ball\s+rights?\s+reserved\b",
        r"\bhak\s+cipta\b",
        r"\btodos\s+los\s+derechos\b",
        r"\btodos\s+os\s+direitos\b",
        r"\btous\s+droits\s+réservés\b",
        r"\balle\s+rechte\s+vorbehalten\b",
        r"^(about\s+us|contact(\s+us)?|privacy(\s+policy)?|terms(\s+of\s+(use|service))?|cookie\s+policy|"
        r"tentang\s+kami|kontak(\s+kami)?|redaksi|pedoman\s+media\s+siber|kebijakan\s+privasi|karir|"
        r"aviso\s+legal|política\s+de\s+(privacidad|cookies|privacidade)|contacto|quiénes\s+somos|"
        r"fale\s+conosco|expediente|termos\s+de\s+uso|mentions\s+légales|nous\s+contacter|"
        r"politique\s+de\s+confidentialité|impressum|datenschutz(erklärung)?|kontakt|agb|mediadaten|"
        r"accessibility|sitemap|site\s+map|rss|help|careers|advertise(\s+with\s+us)?)$",
    ),
    NAVIGATION: phrases(
        r"^(skip\s+to|langsung\s+ke|ir\s+al|saltar\s+al|saltar\s+para|aller\s+au|zum\s+inhalt|ir\s+para|pular\s+para)\b",
        r"^(menu|search|cari|buscar|pesquisar|rechercher|suche|home|beranda|inicio|início|accueil|"
        r"startseite|back\s+to\s+top|kembali\s+ke\s+atas|volver\s+arriba|voltar\s+ao\s+topo|"
        r"retour\s+en\s+haut|nach\s+oben|today's\s+paper|e-paper|epaper|hemeroteca)$",
    ),
    TICKER: phrases(
        r"^(breaking(\s+news)?|última\s+hora|ultima\s+hora|urgente|eilmeldung|en\s+direct|live|"
        r"en\s+vivo|ao\s+vivo|terkini|trending)\s*[:|]\s*\S",
        r"^(breaking(\s+news)?|trending(\s+(now|topics?|topik))?|populer|terpopuler|hot\s+topics?|"
        r"última\s+hora|ultima\s+hora|urgente|en\s+direct|eilmeldung|live|en\s+vivo|ao\s+vivo|"
        r"topik(\s+pilihan)?|tag\s+populer)\s*:?$",
    ),
}

# A line that heads a list of other articles or comments: everything under it belongs to the page.
LIST_HEADER = phrases(
    r"^(you\s+might\s+also\s+like|more\s+stories|les\s+plus\s+populaires|paling\s+popular|artikel\s+lain|"
    r"berita\s+lain|baca\s+lagi|lagi\s+berita|réagir\s+à\s+cet\s+article|share\s+this\s+(story|article)\b.*|"
    r"our\s+standards\b.*|outras\s+notícias|otras\s+noticias|autres\s+articles|weitere\s+artikel|"
    r"most\s+(read|popular|viewed|shared)|popular(\s+now)?|trending|latest(\s+(news|stories|articles))?|"
    r"top\s+stories|more\s+(news|stories|from|in)\b.*|related(\s+(articles|stories|news|coverage|topics))?|"
    r"you\s+may\s+(also\s+)?like|recommended(\s+for\s+you)?|what\s+to\s+read\s+next|editor'?s\s+picks?|"
    r"berita\s+(terkini|terkait|terpopuler|lainnya|pilihan|populer)|terpopuler|rekomendasi(\s+untuk\s+anda)?|"
    r"artikel\s+(terkait|lainnya)|pilihan\s+editor|lo\s+más\s+(leído|visto)|más\s+(noticias|leídas)\b.*|"
    r"últimas\s+noticias|noticias\s+relacionadas|mais\s+(lidas|notícias)|últimas\s+notícias|notícias\s+relacionadas|"
    r"les\s+plus\s+(lus|partagés)|à\s+lire\s+aussi|sur\s+le\s+même\s+sujet|dernières\s+(actualités|infos)|"
    r"meistgelesen|meistgelesene\s+artikel|mehr\s+(aus|zum|nachrichten)\b.*|das\s+könnte\s+sie\s+auch\s+interessieren|"
    r"neueste\s+artikel|top-?themen|(read|up)\s+(this\s+)?next|keep\s+reading|more\s+to\s+(read|explore)|"
    r"(recent|related|latest|popular|similar|featured)\s+(posts|reads|guides|reviews)|"
    r"you\s+(might|may)\s+also\s+(enjoy|be\s+interested\s+in)|don'?t\s+miss)\s*:?$",
    # "Related content", "Other posts you'll love:", "Related articles from the Trash Talk blog:",
    # "If you liked this post you might also like:", "You may also like...", "Keep exploring this topic."
    # "Explore related articles", "Other related articles...", "Most popular posts", "Related articles that may
    # interest you", "Related questions", "Similar threads"
    r"^((explore|browse|other|most)\s+)?(related|recommended|similar|more|other|recent|popular|latest|featured|further)"
    r"\s+(blog\s+)?(posts?|articles?|stories|reads|reading|guides|reviews|resources|content|videos|recipes|links|"
    r"blogs|insights|questions|threads|pages)"
    r"(\s+(from|on|in|about|like\s+this|that\s+link\s+to\s+this\s+one)\b[^.!?]*|\s+you(\s+(may|might|will)|['’]ll)\s+"
    r"(like|love|enjoy|find\s+interesting)|\s+(that|which)\s+(may|might)\s+interest\s+you|\s+for\s+you)?[\s:.…!]*$",
    r"^more(\s+like\s+this|\s+(that\s+)?you(\s+(may|might|will)|['’]ll)\s+(like|love|enjoy))[\s:.…!]*$",
    r"^(if\s+you\s+(liked|enjoyed)\s+this(\s+\w+)?,?\s+)?you(\s+(might|may|will)|['’]ll)\s+(also\s+)?"
    r"(like|love|enjoy)(\s+(these|this|reading|to\s+read))?[\s:.…!]*$",
    r"^(you\s+(might|may)\s+(also\s+)?be\s+interested\s+in|keep\s+exploring)\b[^.!?]*[\s:.…!]*$",
)
# A count on a line of its own: "2 Comments", "14 comments", "1,204 replies"
COUNT = re.compile(r"^\d[\d,]*\s+\w+$")
NEW_POST = r"^((post\s+)?your\s+answer|reply\s+to\s+this\s+(topic|thread))$"  # a thread's form for a new post
COMMENT_HEADER = phrases(
    r"^(\d+\s+|no\s+)?(comments?|komentar|comentarios?|comentários?|commentaires?|kommentare?|reacties)"
    r"(\s*\(\d+\))?\s*:?$",
    r"^(leave|add|post|write|join)\s+(a\s+)?(comment|reply|the\s+(conversation|discussion))",
    r"^(tulis|kirim|lihat|tampilkan)\s+komentar",
    r"^(deja|escribe|añade)\s+(un|tu)\s+comentario",
    r"^(deixe|escreva)\s+(um|seu)\s+comentário",
    r"^(laisser|écrire|ajouter)\s+un\s+commentaire",
    r"^(kommentar\s+(schreiben|verfassen)|diskutieren\s+sie\s+mit)",
    r"^(post\s+)?(show|view|load)\s+(all\s+)?(\d+\s+)?comments",
    r"^(para|pour|um)\s+(comentar|commenter)\b",
    r"^(to\s+comment|untuk\s+berkomentar)\b",
    r"^(comments?|komentar|comentarios|kommentare)\s+(are|sind|están|ditutup|closed)\b",
    r"^discussion\s+about\s+this\s+(post|article|story|episode)$",  # a newsletter platform's
    NEW_POST,
    # a blog's heading over its comments: "59 Comments on “Title”", "One thought on “Title”"
    r"^(\d[\d,.]*|one|two|three|a)\s+(comments?|responses?|replies|thoughts?|reactions?|komentar|"
    r"comentarios?|comentários?|commentaires?|kommentare?)\s+(on|to|for|untuk|pada|en|em|sur|zu)\s+[\"“„«'‘]",
)
# The heading of a shop's section of its customers' reviews: "Customer Reviews", "Ratings & Reviews",
# "Reviews (12)", "Write a review". Not "Customer Reviews:", a row of a product's details.
REVIEWS_HEADER = phrases(
    r"^((\d[\d,.]*\s+)?(customer|product|user|guest)\s+(reviews|ratings)(\s*\(\d[\d,.]*\))?|reviews\s*\(\d[\d,.]*\)|"
    r"(ratings?\s*(&|and)\s*reviews?|reviews?\s*(&|and)\s*ratings?)(\s*\(\d[\d,.]*\))?|write\s+a\s+review|"
    r"be\s+the\s+first\s+to\s+(write\s+a\s+)?review(\s+this\s+\w+)?)$",
)
# The furniture of one customer's review: its stars, its votes, its "report" link.
REVIEW_FURNITURE = phrases(
    r"^rated\s+\d(\.\d)?\s+out\s+of\s+5(\s+stars)?$",
    r"^\d(\.\d)?\s+out\s+of\s+5\s+stars$",
    r"^(was\s+this\s+(review\s+)?helpful|helpful\?)",
    r"\breport\s+(as\s+inappropriate|abuse|this\s+review)\b",
    r"^(verified\s+(purchase|buyer|owner)|received\s+free\s+product)$",
    r"^(yes|no)\s*,\s*i\s+(do\s+not\s+)?recommend\s+this\s+product$",
)
TAG_LINE = phrases(
    r"^(tags?|labels?|categories|filed\s+under|topik|topics?|temas?|etiquetas?|tópicos|assuntos|mots-clés|mots\s+clés|thèmes|"
    r"schlagworte|schlagwörter|themen|kata\s+kunci|keywords?)\s*[:：]",
    r"^(post|article|blog|story)\s+(tags|labels|categories|topics)$",  # the heading over a post's tags
)
HASHTAG_LINE = re.compile(r"^(#\w[\w-]*\s*)+$")

CREDIT_RX = phrases(
    r"^(photo|photograph|foto|fotografía|image|imagem|image\s+credit|credit|crédito|créditos|crédit|"
    r"bild|bildquelle|quelle|ilustrasi|illustration|gambar|sumber\s+foto|dok|dokumentasi)\s*[:.]",
    r"^(photo|foto|image|bild)\s*[/|]",
    r"^©",
    r"\(\s*(photo|foto|image|bild)\s*[:/]",
    r"^\((foto|photo)\)",
    r"\b(getty\s+images|shutterstock|istock|reuters|afp|epa|ap\s+photo|antara(\s+foto)?|dpa|efe|"
    r"picture\s+alliance|keystone|imago|istimewa|dok\.?\s+pribadi)\b\s*$",
    r"^(?-i:[A-Z0-9.\- ]{2,}/[A-Z][\w.\- ]+)$",  # SITE.COM/REPORTER NAME, REUTERS/Name: in capitals, as written
)
CAPTION_HINT = phrases(
    r"\((photo|foto|image|bild|gambar)\s*[:/|]",
    r"\s[-–—]\s*(foto|photo|gambar|bild)\b[^.]{0,40}$",
    r"^\((photo|foto)\)",
    r"^(photo|foto|image)\s*:\s*\w.{40,}",
    # a caption with its credit after it: "... on its smart charger. Credit: Jane Roe", "... Photo by A on Unsplash"
    r"[.!?)\"”]\s+(((photo|image)\s+)?(credit|courtesy)|photo|image|photograph|foto)s?\s*(:|\bby\b)\s*[^.!?:]{2,60}$",
)

# A dateline lead: "SITE.COM, CITY - ...", "CITY, site.com -", "CITY (Agency) - ...", "CITY — ...", "CITY: ..."
DATELINE = [
    re.compile(
        r"^(?P<site>[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,}){1,3})\s*,\s*"
        r"(?P<place>[A-ZÀ-Ý][\w .'’À-ÿ-]{1,40}?)\s*[-–—]+\s+\S"
    ),
    re.compile(
        r"^(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ .'’-]{1,40}?)\s*,\s*"
        r"(?P<site>[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,}){1,3})\s*[-–—]+\s+\S"
    ),
    re.compile(
        r"^(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ .'’-]{1,40}?)\s*(?:,\s*\d{1,2}\s+\w{3,10}\.?\s*)?"
        r"\((?P<site>(?=[^)]*[^\W\d_])[^)]{2,40})\)\s*[-–—:]+\s+\S"  # an agency has letters: "(15)" is a score
    ),
    re.compile(
        r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,3})\s*(?:,\s*[^-–—:]{2,30})?\s*[-–—:]+\s+[\w\"“‘'(]"
    ),
    re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)\s+[–—]\s+[\w\"“‘'(]"),
    re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)(?:\s+\([^)]{2,30}\))?\.\s+[A-ZÀ-Ý]"),
]
# A wiki's link to edit a section, copied after its heading: "History[edit]", "Design [ edit source ]"
EDIT_LINK_WORDS = r"\[\s*edit(?:\s+source)?\s*\]"
EDIT_LINK = re.compile(rf"\s*{EDIT_LINK_WORDS}$", re.IGNORECASE)
END_MARK = re.compile(
    r"(?<=[.!?\"”’'»)])\s*\((?:\*+|[a-z]{2,6}(?:/[a-z]{2,6}){0,3}|[A-Z]{2,6}(?:/[a-z]{2,6})?)\)\s*$"
    r"|(?<=[.!?\"”’'»])\s*[-–—]\s*[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s*$"
)
DOMAIN = re.compile(
    r"\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.(?:com|net|org|id|co|my|es|pt|br|fr|de|uk|ie|au|ca|nz|in|"
    r"ph|sg|info|news|tv|online|media|ar|mx|cl|pe|ch|at|be|lu))+\b"
)
# "Copyright", but not a footer's link to a policy about it ("Copyright Policy", "Permissions & Copyright")
COPYRIGHT_MARK = re.compile(
    r"(?<!&\s)(?<!and\s)copyright(?!\s+(policy|notices?|info(rmation)?|infringements?|complaints?|agent|"
    r"violations?|guidelines|menu|statement|terms)\b|\s*(&|and)\s)|hak\s+cipta|©|(?<!\d)\(c\)(?!\()",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
RIGHTS = re.compile(
    r"\b(all\s+rights?|todos\s+los|todos\s+os|tous\s+droits|alle\s+rechte|hak\s+cipta|semua\s+hak|"
    r"a\s+(subsidiary|division|publication)|eine\s+publikation)\b.*$",
    re.IGNORECASE,
)
# "Label: value" ("Capacity: 24 ounces", "Revenue: $207 million"); not a quoted key of code
LABELLED = re.compile(r"^[^:.!?\"'{}<>=]{2,40}:\s+[\w$€£¥₹]")
SENTENCE_END = re.compile(r"[.!?…:;\"”’'»)。！？」』]$")
# Where a sentence ends, inside a line or at its end: also the danda (Hindi, Bengali), Urdu's and
# Amharic's full stops, Arabic's question mark, Armenian's full stop; a citation may follow ("1890.[3]")
SENTENCE_STOP = re.compile(r"[.!?…。！？।॥۔؟።։](?:[\"”’'»)]*)(?:\s|$|\[)")
BULLET = re.compile(r"^(?:[•·●▪■◦‣○∙*]|[-–—](?=\s))\s*")
DATE_PREFIX = re.compile(
    r"^(published|posted|updated|first\s+published|diterbitkan|dipublikasikan|diperbarui|"
    r"dikemaskini|publicado|actualizado|atualizado|postado|publié|mis\s+à\s+jour|"
    r"veröffentlicht|erstellt|aktualisiert|stand)\b",
    re.IGNORECASE,
)
PAYWALL = re.compile(
    r"\b(subscribers?\s+only|exclusiv[oa]\s+para\s+(suscriptores|assinantes)|réservé\s+aux\s+abonnés|"
    r"nur\s+für\s+abonnenten|khusus\s+(pelanggan|member)|to\s+continue\s+reading,?\s+subscribe|"
    r"para\s+seguir\s+leyendo|para\s+continuar\s+lendo|pour\s+lire\s+la\s+suite|"
    r"um\s+weiterzulesen)\b",
    re.IGNORECASE,
)
PHOTO_ROLES = {"photographer"}
