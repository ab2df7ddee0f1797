"""The crash test's child: writes annotations through the library service until it is killed.

    python -m tests.reliability.crash_child LIBRARY INPUTS_FOLDER SEED [MAX_WRITES]

It speaks one JSON object per line on stdout, each written and flushed whole:
    {"ready": true}                 the library is open
    {"begin": OP}                   a write is about to start
    {"ack": OP}                     that write has committed; OP as returned by the library
OP is {"n": <sequence number>, "op": <kind>, ...its exact content}; kinds and fields:
    highlight     article, start, end, color, note        (the ack adds the new id)
    note          id, note            ("" removes the note)
    recolor       id, color
    delete        id
    article_note  article, note       ("" removes it)
    import        title, file         (the ack adds article and text_sha)
No Qt is imported here. Any failure is a traceback on stderr and exit status 1.

With CRASH_CHILD_ACK_FIRST=1 in the environment the child lies: it acknowledges each annotation
write before making it, as a broken write path would. The parent must then find lost writes; a
test checks that it does.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from reader.core.library import Library

COLORS = ("yellow", "red", "green", "blue", "purple", "orange")
WORDS = (
    "council river flood wall budget mayor witness court evidence claim harbour school rail bridge "
    "storm price market report minister farmers coast engineers hall square"
).split()
SPICE = (
    "café",
    "naïve",
    "Ærø",
    "漢字",
    "ĳssel",
    "🙂",
    "«quoted»",
    '"double"',
    "'single'",
    "back\\slash",
    "**bold**",
    "[link](http://example.org)",
    "tab\there",
    "line\nbreak",
    "emoji 👩‍🔬",
    "שלום",
    "∑≠∞",
)
MAX_ARTICLES = 40
ACK_FIRST = os.environ.get("CRASH_CHILD_ACK_FIRST") == "1"


def note_text(rng: random.Random, *, allow_empty: bool) -> str:
    if allow_empty and rng.random() < 0.15:
        return ""
    size = rng.choice((1, 3, 8, 20, 60)) if rng.random() < 0.97 else rng.randint(2_000, 4_000)
    text = " ".join(rng.choice(SPICE) if rng.random() < 0.2 else rng.choice(WORDS) for _ in range(size))
    return text if text.strip() else "x"


def article_markdown(title: str, rng: random.Random) -> str:
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))).capitalize() + "."
        for _ in range(rng.randint(4, 10))
    ]
    return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Child:
    def __init__(self, library: Library, inputs: Path, rng: random.Random) -> None:
        self.lib, self.inputs, self.rng = library, inputs, rng
        self.words: dict[int, list[tuple[int, int]]] = {}  # article id -> spans of its words
        self.highlights: dict[int, int] = {}  # highlight id -> article id
        for article_id in library.article_ids():
            self._learn_article(article_id)
            for h in library.annotations.for_article(article_id):
                self.highlights[h.id] = article_id
        self.n = 0

    def _learn_article(self, article_id: int) -> None:
        text = self.lib.get(article_id).content.text
        self.words[article_id] = [m.span() for m in re.finditer(r"\S+", text)]

    def step(self) -> None:
        rng, count = self.rng, len(self.highlights)
        weights = {
            "highlight": 30 if count < 120 else 5,
            "note": 25,
            "recolor": 12,
            "delete": 12 if count < 120 else 40,
            "article_note": 10,
            "import": 2 if len(self.words) < MAX_ARTICLES and not ACK_FIRST else 0,
        }
        if not count:
            weights.update(note=0, recolor=0, delete=0)
        kind = rng.choices(list(weights), weights=list(weights.values()))[0]
        self.n += 1
        getattr(self, f"_{kind}")({"n": self.n, "op": kind})

    def _highlight(self, op: dict) -> None:
        article_id = self.rng.choice(sorted(self.words))
        spans = self.words[article_id]
        first = self.rng.randrange(len(spans))
        last = min(len(spans) - 1, first + self.rng.randint(0, 8))
        op.update(
            article=article_id,
            start=spans[first][0],
            end=spans[last][1],
            color=self.rng.choice(COLORS),
            note=note_text(self.rng, allow_empty=True),
        )

        def write() -> dict:
            h = self.lib.annotations.add(article_id, op["start"], op["end"], op["color"], op["note"])
            self.highlights[h.id] = article_id
            return dict(id=h.id, article=h.article_id, start=h.start, end=h.end, color=h.color, note=h.note)

        # SQLite gives a new row the largest id in the table plus one; this child is the only writer.
        perform(op, write, predicted={"id": max(self.highlights, default=0) + 1})

    def _note(self, op: dict) -> None:
        op.update(id=self._some_highlight(), note=note_text(self.rng, allow_empty=True))
        perform(op, lambda: {"note": self.lib.annotations.set_note(op["id"], op["note"]).note}, predicted={})

    def _recolor(self, op: dict) -> None:
        op.update(id=self._some_highlight(), color=self.rng.choice(COLORS))
        perform(op, lambda: {"color": self.lib.annotations.recolor(op["id"], op["color"]).color}, predicted={})

    def _delete(self, op: dict) -> None:
        op.update(id=self._some_highlight())

        def write() -> dict:
            self.lib.annotations.delete(op["id"])
            del self.highlights[op["id"]]
            return {}

        perform(op, write, predicted={})

    def _article_note(self, op: dict) -> None:
        op.update(article=self.rng.choice(sorted(self.words)), note=note_text(self.rng, allow_empty=True))

        def write() -> dict:
            self.lib.annotations.set_article_note(op["article"], op["note"])
            return {"note": self.lib.annotations.article_note(op["article"])}

        perform(op, write, predicted={})

    def _import(self, op: dict) -> None:
        token = f"{self.rng.getrandbits(64):016x}"
        title = f"Crash test article {token}"
        path = self.inputs / f"{token}.md"
        path.write_text(article_markdown(title, self.rng), encoding="utf-8")
        op.update(title=title, file=path.name)

        def write() -> dict:
            article = self.lib.import_file(path)
            self._learn_article(article.id)
            return dict(title=article.title, article=article.id, text_sha=text_sha(article.content.text))

        perform(op, write)

    def _some_highlight(self) -> int:
        return self.rng.choice(sorted(self.highlights))


def say(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")  # ASCII whatever the locale
    sys.stdout.flush()


def perform(op: dict, write: Callable[[], dict], predicted: dict | None = None) -> None:
    """Announce a write, make it, acknowledge it (with ACK_FIRST, acknowledge it first when the
    acknowledgement can be predicted)."""
    say({"begin": op})
    if ACK_FIRST and predicted is not None:
        ack(op, **predicted)
        write()
        return
    ack(op, **write())


def ack(op: dict, **returned: object) -> None:
    """Acknowledge a committed write with what the library returned; it must be what was asked."""
    for key, value in returned.items():
        if key in op and op[key] != value:
            raise AssertionError(f"write {op['n']}: asked for {key}={op[key]!r}, the library returned {value!r}")
    say({"ack": {**op, **returned}})


def main(argv: list[str]) -> int:
    library_path, inputs, seed = Path(argv[0]), Path(argv[1]), int(argv[2])
    max_writes = int(argv[3]) if len(argv) > 3 else 100_000
    rng = random.Random(seed)
    with Library.open(library_path) as lib:
        child = Child(lib, inputs, rng)
        say({"ready": True})
        for _ in range(max_writes):
            child.step()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
