"""Cleaning: from a copied page, a saved HTML page or Markdown to the article's own text and metadata.

`clean_text` is the line-level cleaner for pages copied as plain text; `clean_html` runs
trafilatura and then the same boilerplate rules over its blocks. Both return a
`CleanedArticle` whose `removed` lists every dropped line with its reason.
"""

from reader.core.cleaning.copied_text import clean_text
from reader.core.cleaning.saved_html import clean_html

__all__ = ["clean_html", "clean_text"]
