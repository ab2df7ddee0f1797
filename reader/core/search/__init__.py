"""One search over articles, highlights and notes (SQLite FTS5), with a mail-client query language.

index.py keeps the FTS5 table in step, query.py parses the search box's language, engine.py runs it.
"""
