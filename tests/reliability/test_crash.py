"""Kill a writing process at random moments: no acknowledged write may be lost, no invariant broken.

RELIABILITY_KILLS sets how many kills (default 50); RELIABILITY_SEED replays a run. A longer run is
`benchmarks/durability.py` (500 kills).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from reader.core.library import Library
from tests.reliability.crash_harness import CrashRun

KILLS = int(os.environ.get("RELIABILITY_KILLS", "50"))

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the crash test kills with SIGKILL and reads pipes with select()"
)


def _seed() -> int:
    return int(os.environ.get("RELIABILITY_SEED") or random.SystemRandom().randrange(2**32))


def test_no_acknowledged_write_is_lost_when_the_writer_is_killed(tmp_path: Path) -> None:
    seed = _seed()
    run = CrashRun(tmp_path, seed)
    run.setup()
    tally = run.run(KILLS)
    replay = f"replay with RELIABILITY_SEED={seed} RELIABILITY_KILLS={KILLS}"
    assert tally.problems == [], f"{replay}:\n" + "\n".join(tally.problems)
    assert (tally.lost, tally.unexpected, tally.invariant_failures) == (0, 0, 0), replay
    assert tally.kills == KILLS
    assert tally.acked >= KILLS, f"the children acknowledged only {tally.acked} writes; {replay}"


def test_the_check_notices_a_lost_write_and_an_unexplained_one(tmp_path: Path) -> None:
    """The verification itself must be able to fail."""
    run = CrashRun(tmp_path, seed=1)
    run.setup()
    run.run(3)
    assert run.tally.ok, run.tally.problems
    article_id = min(run.expected.articles)
    run.expected.highlights[10**6] = (article_id, 0, 5, "red", "a note that was never written")
    run.expected.article_notes[article_id] = "an article note that is not there"
    with Library.open(run.library) as lib:
        lib.annotations.add(article_id, 0, 5, "blue", "written behind the check's back")
    run.verify(pending=None)
    assert run.tally.lost == 2
    assert run.tally.unexpected == 1


def test_a_writer_that_acknowledges_before_it_commits_is_caught(tmp_path: Path) -> None:
    """End to end, the crash test must be able to fail: this child acknowledges each write first."""
    run = CrashRun(tmp_path, seed=3, child_env={"CRASH_CHILD_ACK_FIRST": "1"})
    run.setup()
    tally = run.run(15)
    assert tally.lost > 0, tally
    assert tally.invariant_failures == 0, tally.problems


def test_a_write_in_flight_may_or_may_not_have_committed(tmp_path: Path) -> None:
    run = CrashRun(tmp_path, seed=2)
    run.setup()
    article_id = min(run.expected.articles)
    note = {"n": 1, "op": "article_note", "article": article_id, "note": "committed, never acknowledged"}
    run.verify(pending=note)  # not committed: fine
    with Library.open(run.library) as lib:
        lib.annotations.set_article_note(article_id, note["note"])
    run.verify(pending=note)  # committed: fine, and adopted
    assert run.tally.ok and run.tally.in_flight_committed == 1, run.tally.problems
    assert run.expected.article_notes[article_id] == note["note"]
    with Library.open(run.library) as lib:
        lib.annotations.set_article_note(article_id, "something else")
    run.verify(pending=note)  # not what was in flight: lost
    assert run.tally.lost == 1
