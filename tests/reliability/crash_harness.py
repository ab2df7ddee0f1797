"""The crash test's parent: start `crash_child`, kill it with SIGKILL at a random moment, reopen the
library and check it; again and again on the same library. Used by test_crash.py and by
benchmarks/durability.py.

The parent keeps the state every acknowledged write implies (a later acknowledged write supersedes
an earlier one) and, after each kill, compares the whole library with it: every acknowledged write
must be there with its exact content, the invariants must hold, and nothing else may have changed
except the one write that was in flight when the child died, which may or may not have committed
(it is then adopted as it is found).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.invariants import check_invariants
from reader.core.library import Library
from reader.core.storage.db import connect
from tests.reliability.crash_child import article_markdown

ROOT = Path(__file__).resolve().parents[2]
CHILD_MODULE = "tests.reliability.crash_child"
START_TIMEOUT = 30.0  # seconds for a child to open the library
STALL_TIMEOUT = 30.0  # seconds for a child to make the acknowledged writes a kill waits for
MAX_DELAY = 0.3  # a kill comes up to this long after the child is ready (or started)
MAX_ACKS = 40  # or right after this many acknowledged writes at most
MAX_PROBLEMS_KEPT = 30

HighlightState = tuple[int, int, int, str, str]  # article, start, end, colour, note


@dataclass
class Tally:
    kills: int = 0
    acked: int = 0
    lost: int = 0  # acknowledged states not found after a kill
    unexpected: int = 0  # changes no acknowledged or in-flight write explains
    invariant_failures: int = 0  # kills after which check_invariants was not empty
    in_flight: int = 0  # kills that landed between a write's start and its acknowledgement
    in_flight_committed: int = 0  # ... where that write turned out to have committed
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def verified(self) -> int:
        return self.acked - self.lost

    @property
    def ok(self) -> bool:
        return not (self.lost or self.unexpected or self.invariant_failures or self.problems)

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(text)


@dataclass
class Expected:
    articles: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> title, sha256 of the text
    highlights: dict[int, HighlightState] = field(default_factory=dict)  # the live ones
    article_notes: dict[int, str] = field(default_factory=dict)  # the non-empty ones


class ChildOutput:
    """A child's stdout read without blocking past a deadline; every message is kept in order."""

    def __init__(self, stream: object) -> None:
        self._fd = stream.fileno()  # type: ignore[attr-defined]
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)
        self._buffer = b""
        self._unread: deque[dict] = deque()
        self.eof = False
        self.received: list[dict] = []

    def messages(self, deadline: float) -> Iterator[dict]:
        """Yield messages as they arrive until the deadline (time.monotonic()) passes or the pipe closes.
        A line cut short by the kill is not a message."""
        while True:
            while self._unread:
                yield self._unread.popleft()  # read earlier, not yet handed out
            remaining = deadline - time.monotonic()
            if self.eof or remaining <= 0 or not self._selector.select(remaining):
                return
            chunk = os.read(self._fd, 1 << 16)
            if not chunk:
                self.eof = True
                return
            *lines, self._buffer = (self._buffer + chunk).split(b"\n")
            for line in lines:
                message = json.loads(line)
                self.received.append(message)
                self._unread.append(message)

    def close(self) -> None:
        self._selector.close()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CrashRun:
    def __init__(self, workdir: Path, seed: int, *, child_env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.child_env = {**os.environ, "PYTHONPATH": str(ROOT), **(child_env or {})}
        self.library = workdir / "library.sqlite3"
        self.inputs = workdir / "inputs"
        self.seed = seed
        self.rng = random.Random(seed)
        self.expected = Expected()
        self.tally = Tally()

    def setup(self, articles: int = 3) -> None:
        """A new library with a few articles to annotate."""
        self.inputs.mkdir(parents=True, exist_ok=True)
        with Library.open(self.library) as lib:
            for i in range(articles):
                path = self.inputs / f"seed-{i}.md"
                path.write_text(article_markdown(f"Seed article {i}", self.rng), encoding="utf-8")
                article = lib.import_file(path)
                self.expected.articles[article.id] = (article.title, _sha(article.content.text))

    def run(self, kills: int, progress: Callable[[Tally], None] | None = None) -> Tally:
        started = time.monotonic()
        for _ in range(kills):
            if not self.kill_once():
                break
            if progress is not None:
                progress(self.tally)
        self.tally.seconds += time.monotonic() - started
        return self.tally

    # -- one kill ------------------------------------------------------------------------------

    def kill_once(self) -> bool:
        """Start a child, kill it, check the library. False when the run cannot go on."""
        number = self.tally.kills + 1
        mode = self.rng.choices(("delay", "acks", "startup"), weights=(45, 45, 10))[0]
        child_seed = self.rng.getrandbits(32)
        label = f"kill {number} ({mode}, child seed {child_seed})"
        with (self.workdir / "child-stderr.txt").open("w+b") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", CHILD_MODULE, str(self.library), str(self.inputs), str(child_seed)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=self.child_env,
            )
            output = ChildOutput(proc.stdout)
            try:
                waited = self._wait_for_the_moment(mode, output)
            finally:
                proc.kill()  # SIGKILL
                proc.wait(timeout=30)
            for _ in output.messages(time.monotonic() + 30):  # what the child wrote before it died
                pass
            output.close()
            proc.stdout.close()  # type: ignore[union-attr]
            stderr.seek(0)
            errors = stderr.read().decode("utf-8", "replace").strip()
        if proc.returncode != -signal.SIGKILL or waited is not None:
            self.tally.problem(
                f"{label}: {waited or 'the child ended by itself'}; exit status {proc.returncode}; "
                f"stderr: {errors[-2000:] or '(empty)'}"
            )
            return False
        self.tally.kills += 1
        pending = self._apply(output.received, label)
        self.verify(pending, label)
        return True

    def _wait_for_the_moment(self, mode: str, output: ChildOutput) -> str | None:
        """Read the child's output until it is time to kill it; a reason when the child misbehaved."""
        started = time.monotonic()
        if mode == "startup":
            for _ in output.messages(started + self.rng.uniform(0, MAX_DELAY)):
                pass
        elif mode == "delay":
            if not any("ready" in m for m in output.messages(started + START_TIMEOUT)):
                return "the child did not open the library in time"
            for _ in output.messages(time.monotonic() + self.rng.uniform(0, MAX_DELAY)):
                pass
        else:
            target, acks = self.rng.randint(1, MAX_ACKS), 0
            for message in output.messages(started + STALL_TIMEOUT):
                acks += "ack" in message
                if acks >= target:
                    break
            else:
                return f"the child made {acks} of {target} writes in time"
        return None if not output.eof else "the child closed its output before it was killed"

    def _apply(self, messages: list[dict], label: str) -> dict | None:
        """Fold the acknowledged writes into the expected state; returns the write in flight, if any."""
        pending: dict | None = None
        for message in messages:
            if "begin" in message:
                if pending is not None:
                    self.tally.problem(
                        f"{label}: write {message['begin']['n']} began before write {pending['n']} was acknowledged"
                    )
                pending = message["begin"]
            elif "ack" in message:
                done = message["ack"]
                if pending is None or any(done.get(k) != v for k, v in pending.items()):
                    self.tally.problem(f"{label}: acknowledgement {done} does not match the write begun, {pending}")
                self._apply_ack(done, label)
                self.tally.acked += 1
                pending = None
        if pending is not None:
            self.tally.in_flight += 1
        return pending

    def _apply_ack(self, op: dict, label: str) -> None:
        kind, e = op["op"], self.expected
        if kind == "import":
            e.articles[op["article"]] = (op["title"], op["text_sha"])
        elif kind == "article_note":
            if op["note"]:
                e.article_notes[op["article"]] = op["note"]
            else:
                e.article_notes.pop(op["article"], None)
        elif kind == "highlight":
            e.highlights[op["id"]] = (op["article"], op["start"], op["end"], op["color"], op["note"])
        elif op["id"] not in e.highlights:
            self.tally.problem(f"{label}: write {op['n']} changed highlight {op['id']}, which should not exist")
        elif kind == "delete":
            del e.highlights[op["id"]]
        elif kind == "note":
            e.highlights[op["id"]] = e.highlights[op["id"]][:4] + (op["note"],)
        elif kind == "recolor":
            a, s, t, _color, note = e.highlights[op["id"]]
            e.highlights[op["id"]] = (a, s, t, op["color"], note)

    # -- checking --------------------------------------------------------------------------------

    def verify(self, pending: dict | None, label: str = "check") -> None:
        """Reopen the library and compare it with the expected state (see the module's docstring)."""
        conn = connect(self.library)
        try:
            problems = check_invariants(conn)
        finally:
            conn.close()
        if problems:
            self.tally.invariant_failures += 1
            self.tally.problem(f"{label}: invariants: {'; '.join(problems[:5])}")
        with Library.open(self.library) as lib:
            ids = lib.article_ids()
            articles = {}
            for article_id in ids:
                article = lib.get(article_id)
                articles[article_id] = (article.title, _sha(article.content.text))
            highlights = {
                h.id: (h.article_id, h.start, h.end, h.color, h.note)
                for article_id in ids
                for h in lib.annotations.for_article(article_id)
            }
            notes = {a: lib.annotations.article_note(a) for a in ids if lib.annotations.article_note(a)}
        e = self.expected
        adopted = [
            self._compare(label, "article", e.articles, articles, pending, _explains_article),
            self._compare(label, "highlight", e.highlights, highlights, pending, _explains_highlight),
            self._compare(label, "article note", e.article_notes, notes, pending, _explains_article_note),
        ]
        if sum(adopted) > 1:
            self.tally.problem(f"{label}: one write in flight explains {sum(adopted)} changes")
        self.tally.in_flight_committed += bool(sum(adopted))

    def _compare(
        self,
        label: str,
        what: str,
        expected: dict,
        actual: dict,
        pending: dict | None,
        explains: Callable[[dict, int, object, object], bool],
    ) -> int:
        """Compare one kind of thing; returns how many differences the write in flight explained.
        The expected state is brought in line with what was found, so one loss is counted once."""
        adopted = 0
        for key in sorted(set(expected) | set(actual)):
            want, got = expected.get(key), actual.get(key)
            if want == got:
                continue
            if pending is not None and not adopted and explains(pending, key, want, got):
                adopted += 1
            elif want is not None:
                self.tally.lost += 1
                self.tally.problem(
                    f"{label}: acknowledged {what} {key} lost: expected {_short(want)}, found {_short(got)}"
                )
            else:
                self.tally.unexpected += 1
                self.tally.problem(f"{label}: unexpected {what} {key}: {_short(got)}")
            if got is None:
                expected.pop(key, None)
            else:
                expected[key] = got
        return adopted


def _explains_article(op: dict, key: int, want: object, got: object) -> bool:
    return op["op"] == "import" and want is None and isinstance(got, tuple) and got[0] == op["title"]


def _explains_article_note(op: dict, key: int, want: object, got: object) -> bool:
    return op["op"] == "article_note" and op["article"] == key and (got or "") == op["note"]


def _explains_highlight(op: dict, key: int, want: object, got: object) -> bool:
    kind = op["op"]
    if kind == "highlight":
        return want is None and got == (op["article"], op["start"], op["end"], op["color"], op["note"])
    if op.get("id") != key or not isinstance(want, tuple):
        return False
    if kind == "delete":
        return got is None
    if kind == "note":
        return got == want[:4] + (op["note"],)
    if kind == "recolor":
        return got == want[:3] + (op["color"], want[4])
    return False


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."
