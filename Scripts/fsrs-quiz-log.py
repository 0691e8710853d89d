#!/usr/bin/env python3
"""Builds a real FactDrill review log by studying with the built binary, day after day.

A simulated learner whose memory follows FSRS-6 with known parameters sits `factdrill quiz
--script` sessions (a fixed clock per day, days skipped now and then, a break of months): for
each question it answers "yes" (every item's answer), reads which item it was, and when its
memory says it forgot that item, takes the answer back with `:undo` and answers "no" (the day's last answer cannot be taken back: the session has ended). So the
log is what FactDrill itself recorded (its queue, its learning steps, its ratings from verdicts,
fuzzed intervals, undo entries) with recall that a known model decided. The log is written in
the `schedule replay` format for Scripts/fsrs-parity.py --log.

    swift build -c release
    python3 Scripts/fsrs-quiz-log.py --out /tmp/quiz-log.json [--days 240] [--items 400]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
parity = __import__("fsrs-parity")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--factdrill", default=".build/release/factdrill")
    ap.add_argument("--out", required=True)
    ap.add_argument("--days", type=int, default=240)
    ap.add_argument("--items", type=int, default=400)
    ap.add_argument("--learner", default="fast-forgetter", choices=sorted(parity.TRUE_PARAMETERS))
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    w = parity.TRUE_PARAMETERS[args.learner]
    rng = random.Random(args.seed)

    work = tempfile.mkdtemp(prefix="fsrs-quiz-log-")
    bank = os.path.join(work, "bank.json")
    with open(bank, "w") as f:
        json.dump({"format": "factdrill-bank", "version": 1, "title": "simulated",
                   "items": [{"id": f"s{i}", "kind": "custom", "prompt": f"Fact {i}: true?", "answer": "yes"}
                             for i in range(args.items)]}, f)
    progress = os.path.join(work, "progress")
    memory = {}  # item -> (stability, difficulty, last review time)
    start = datetime(2024, 1, 1, 9, tzinfo=timezone.utc)
    break_start = rng.randrange(args.days // 3, args.days // 2)
    for day in range(args.days):
        if rng.random() < 0.3 or break_start <= day < break_start + 60:
            continue
        now = start + timedelta(days=day, minutes=rng.randrange(0, 600))
        stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        quiz = subprocess.Popen([args.factdrill, "quiz", bank, "--script", "--progress", progress, "--now", stamp,
                                 "--new", "15"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, bufsize=1)
        try:
            while True:
                quiz.stdin.write("yes\n")
                quiz.stdin.flush()
                line = quiz.stdout.readline()
                if not line:
                    break
                event = json.loads(line)
                item = event["id"]
                if item in memory:
                    s, d, last = memory[item]
                    days = (now - last).days
                    r = parity.recall(w, days, s) if days > 0 else 1.0
                else:
                    s = d = None
                    days, r = 0, 0.7
                recalled = rng.random() < r
                if not recalled:
                    try:
                        quiz.stdin.write(":undo\nno\n")
                        quiz.stdin.flush()
                        undone = quiz.stdout.readline()
                    except BrokenPipeError:
                        undone = ""
                    if undone:
                        assert json.loads(undone)["verdict"] == "undone"
                        event = json.loads(quiz.stdout.readline())
                    # else: the session ended with that answer (it was the day's last), so it
                    # stands as recalled: the memory below follows what the log recorded.
                rating = event.get("rating", 3 if recalled else 1)
                if s is None:
                    s = max(w[rating - 1], 0.001)
                    d = min(max(w[4] - 2.718281828459045 ** (w[5] * (rating - 1)) + 1, 1), 10)
                else:
                    s, d = parity.fsrs_step(w, s, d, rating, days, r)
                memory[item] = (s, d, now)
        except BrokenPipeError:
            pass
        quiz.wait()
        if quiz.returncode != 0:
            print(f"day {day}: quiz exited {quiz.returncode}: {quiz.stderr.read().strip()}", file=sys.stderr)
            return 1

    records = [json.loads(l) for l in open(os.path.join(progress, "reviews.jsonl")) if l.strip()]
    undone = {r["undoes"] for r in records if "undoes" in r}
    events = [{"card": r["item"], "rating": r["rating"], "time": r["time"]} for r in records
              if "rating" in r and r["id"] not in undone and not r.get("cram")]
    with open(args.out, "w") as f:
        json.dump(events, f)
    print(f"{len(events)} reviews of {len(memory)} items over {args.days} days -> {args.out} (progress in {progress})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
