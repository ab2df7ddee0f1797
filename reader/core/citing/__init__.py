"""The parts of citing an article: names, titles and dates, the styles, the data formats.

`cite.py` is the API (cite, bibliography, in-text citations, a quote with its citation); the
styles' keys are here, cheap to import; the other modules are its pieces:

| Module | Job |
| --- | --- |
| `cite.py` | the API the window, the command line and the exports call |
| `names.py` | a byline name as given, family, particle and suffix; people versus organisations |
| `text.py` | rich text (italics, URLs) rendered as plain text, Markdown or HTML; title case; dates |
| `styles.py` | APA 7, MLA 9 and Chicago author-date (17th edition): references and in-text citations |
| `data_formats.py` | BibTeX, RIS and CSL-JSON records |
"""

STYLES = ("apa", "mla", "chicago", "bibtex", "ris", "csl-json")
PROSE_STYLES = ("apa", "mla", "chicago")  # styles written as prose (a reference, an in-text citation)
