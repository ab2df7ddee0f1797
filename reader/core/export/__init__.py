"""Exporting a library's articles and annotations, and bringing them back.

| Module | Job |
| --- | --- |
| `safe_write.py` | every file written: temporary file, fsync, atomic rename; safe file names |
| `marks.py` | where highlights fall in an article's blocks (shared by the formats below) |
| `markdown.py` | annotations (and the article) as Markdown with YAML front matter |
| `w3c.py` | W3C Web Annotation JSON-LD export (and `import_annotations`, from w3c_import.py) |
| `w3c_parse.py` | reading and checking annotation JSON; every malformed input is a ReaderError |
| `w3c_import.py` | placing imported annotations on a library's articles, without duplicates |
| `matching.py` | finding the article in a library that an exported record describes |
| `csv_export.py` | one CSV row per highlight, safe to open in a spreadsheet |
| `html_export.py` | a self-contained, printable HTML page of an article with its highlights |
| `epub_export.py` | articles as an EPUB 3 book (written with the standard library's zipfile) |
| `library_folder.py` | the whole library to one folder and back |

Nothing here imports Qt; the window and the command line call these functions.
"""
