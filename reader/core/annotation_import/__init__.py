"""Annotations coming in: W3C Web Annotation files (Reader's own exports and other tools'), read,
checked and placed on a library's articles. The writing half is in `reader.core.export`.

| Module | Job |
| --- | --- |
| `parse.py` | reading and checking annotation JSON; every malformed input is a MalformedAnnotations error |
| `stream.py` | a file of any size read one annotation at a time (a million annotations in bounded memory) |
| `store.py` | placing annotations on the library's articles (anchoring), without duplicates, all or nothing |
| `matching.py` | finding the article in a library that an exported record describes |

`import_annotations` (a document in memory) and `import_annotations_file` (a file, streamed) are
the entry points; the window and the command line call the latter.
"""

from reader.core.annotation_import.store import ImportReport, import_annotations, import_annotations_file

__all__ = ["ImportReport", "import_annotations", "import_annotations_file"]
