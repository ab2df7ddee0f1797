"""Exporting a library's articles and annotations, and bringing them back.

| Module | Job |
| --- | --- |
| `formats.py` | the export formats in one registry (suffix, one article or many, the writer) |
| `safe_write.py` | every file written: temporary file, fsync, atomic rename; safe file names |
| `marks.py` | where highlights fall in an article's blocks (shared by the formats below) |
| `markdown.py` | annotations (and the article) as Markdown with YAML front matter |
| `w3c.py` | W3C Web Annotation JSON-LD export (reading such files back: `reader.core.annotation_import`) |
| `csv_export.py` | one CSV row per highlight, safe to open in a spreadsheet |
| `html_export.py` | a self-contained, printable HTML page of an article with its highlights |
| `epub_export.py` | articles as an EPUB 3 book (written with the standard library's zipfile) |
| `library_folder.py` | the whole library to one folder and back |

Nothing here imports Qt; the window and the command line call these functions.
"""
