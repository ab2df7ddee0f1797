"""One search over articles, highlights and notes (SQLite FTS5), with a mail-client query language."""

from reader.core.search.engine import SearchResult, search
from reader.core.search.query import Query, parse

__all__ = ["Query", "SearchResult", "parse", "search"]
