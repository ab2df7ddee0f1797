"""The parts of citing an article: names, titles and dates, the styles, the data formats.

`reader/core/citation.py` is the API; these modules are its pieces:

| Module | Job |
| --- | --- |
| `names.py` | a byline name as given, family, particle and suffix; people versus organisations |
| `text.py` | rich text (italics, URLs) rendered as plain text, Markdown or HTML; title case; dates |
| `styles.py` | APA 7, MLA 9 and Chicago author-date (17th edition): references and in-text citations |
| `data_formats.py` | BibTeX, RIS and CSL-JSON records |
"""
