"""Durability: kill a process writing highlights and notes with SIGKILL, again and again, and check
after every kill that every acknowledged write survived with its exact content and that the
library's invariants hold (tests/reliability/crash_harness.py does the work).

    python benchmarks/durability.py [--kills 500] [--seed N] [--workdir DIR] [--json] [--ack-before-commit]

Exits with status 1 when any acknowledged write was lost, any invariant broken, or anything else
went wrong; the working folder is then kept for a look.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.crash_harness import CrashRun, Tally  # noqa: E402 - needs the path above


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500, help="how many times to kill the writer (500)")
    parser.add_argument("--seed", type=int, default=None, help="replay a run")
    parser.add_argument("--workdir", type=Path, default=None, help="where to keep the library (a new temporary folder)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument(
        "--ack-before-commit",
        action="store_true",
        help="self-test: the writer acknowledges each write before making it, so the run must fail",
    )
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        parser.error("the durability check kills with SIGKILL; run it on Linux or macOS")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="reader-durability-"))
    workdir.mkdir(parents=True, exist_ok=True)

    run = CrashRun(workdir, seed, child_env={"CRASH_CHILD_ACK_FIRST": "1"} if args.ack_before_commit else None)
    run.setup()
    step = max(1, args.kills // 10)

    def progress(t: Tally) -> None:
        if not args.json and t.kills % step == 0:
            print(f"  {t.kills}/{args.kills} kills, {t.acked} acknowledged writes", file=sys.stderr, flush=True)

    tally = run.run(args.kills, progress)
    failed = not tally.ok or tally.kills != args.kills
    if args.json:
        print(
            json.dumps(
                {
                    "kills": tally.kills,
                    "acknowledged": tally.acked,
                    "verified": tally.verified,
                    "lost": tally.lost,
                    "unexpected": tally.unexpected,
                    "invariant_failures": tally.invariant_failures,
                    "in_flight": tally.in_flight,
                    "in_flight_committed": tally.in_flight_committed,
                    "seconds": round(tally.seconds, 1),
                    "seed": seed,
                    "ok": not failed,
                    "problems": tally.problems,
                }
            )
        )
    else:
        print(f"durability: {tally.kills} kills, seed {seed}")
        rows = [
            ("kills", tally.kills),
            ("acknowledged writes verified", f"{tally.verified} of {tally.acked}"),
            ("lost (must be 0)", tally.lost),
            ("unexplained changes (must be 0)", tally.unexpected),
            ("invariant failures (must be 0)", tally.invariant_failures),
            ("kills during a write", f"{tally.in_flight} ({tally.in_flight_committed} had committed)"),
            ("time", f"{tally.seconds:.1f} s"),
        ]
        for name, value in rows:
            print(f"  {name:<34} {value}")
        for problem in tally.problems:
            print(f"  ! {problem}")
    if failed:
        print(f"FAILED; the library is kept in {workdir}; replay with --seed {seed}", file=sys.stderr)
        return 1
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
