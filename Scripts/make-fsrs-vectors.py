#!/usr/bin/env python3
"""Generates FSRS parity vectors from the reference oracle (../shared/fsrs/oracle.py).

Random review sequences, replayed through the published `fsrs` 6.3.2 package, are written
compactly to Tests/StudyTests/Fixtures/fsrs-vectors.json for the Swift parity test.

    python3 -m venv .venv-fsrs && .venv-fsrs/bin/pip install fsrs==6.3.2
    .venv-fsrs/bin/python Scripts/make-fsrs-vectors.py [--cards 1500] [--seed 7]

With --parameters (21 comma-separated numbers) the events are replayed in-process through
the same package with those parameters (the oracle takes only the defaults), for the
parity of personal parameters saved by `schedule optimize --save`:

    .venv-fsrs/bin/python Scripts/make-fsrs-vectors.py --cards 300 --seed 11 \
        --parameters 0.1,0.5,1.2,4.0,7.0,1.0,3.5,0.01,1.4,0.25,0.6,2.0,0.08,0.2,2.0,0.7,1.5,0.7,0.05,0.05,0.35 \
        --out Tests/StudyTests/Fixtures/fsrs-vectors-personal.json
"""
import argparse
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORACLE = os.path.join(ROOT, "..", "shared", "fsrs", "oracle.py")
OUT = os.path.join(ROOT, "Tests", "StudyTests", "Fixtures", "fsrs-vectors.json")


def gap(rng: random.Random, due_seconds: float) -> float:
    """Seconds until the next review: same-day repeats, on time, late, early, very long gaps."""
    kind = rng.random()
    if kind < 0.25:
        return rng.randint(5, 6 * 3600)            # same day
    if kind < 0.55:
        return max(1.0, due_seconds)               # exactly when due
    if kind < 0.75:
        return due_seconds * rng.uniform(0.3, 2.5) + rng.randint(0, 86399)
    if kind < 0.9:
        return rng.randint(1, 90) * 86400 + rng.randint(-3600, 3600)
    return rng.randint(300, 3000) * 86400          # years away


def replay_in_process(events, parameters):
    """What the oracle prints, from the same package, with other parameters (fuzz off)."""
    from fsrs import Card, Rating, Scheduler
    scheduler = Scheduler(parameters=parameters, desired_retention=0.9, enable_fuzzing=False)
    cards, outputs = {}, []
    for i, event in enumerate(events):
        t = datetime.fromisoformat(event["time"].replace("Z", "+00:00")).astimezone(timezone.utc)
        card = cards.get(event["card"]) or Card(card_id=i + 1, due=t)
        before = scheduler.get_card_retrievability(card, current_datetime=t)
        card, _ = scheduler.review_card(card, Rating(event["rating"]), review_datetime=t)
        cards[event["card"]] = card
        outputs.append({"due": card.due.isoformat(), "stability": card.stability, "difficulty": card.difficulty,
                        "state": card.state.name, "step": card.step, "retrievability_before": before})
    return outputs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--parameters", help="21 comma-separated FSRS-6 parameters (default: the package's)")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    sequences = []
    for card in range(args.cards):
        t = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 6 * 365 * 86400))
        n = rng.randint(1, 16)
        seq = []
        for _ in range(n):
            rating = rng.choices([1, 2, 3, 4], weights=[2, 1, 5, 1.5])[0]
            seq.append({"card": card, "rating": rating, "time": t.strftime("%Y-%m-%dT%H:%M:%SZ")})
            t += timedelta(seconds=int(gap(rng, 86400 * rng.choice([0.0007, 0.007, 1, 3, 10, 40]))))
        sequences.append(seq)

    # Cards are independent, so replay each card's sequence in order but interleave nothing:
    # the oracle keeps per-card state keyed by id.
    events = [e for seq in sequences for e in seq]
    if args.parameters:
        parameters = [float(x) for x in args.parameters.split(",")]
        outputs = replay_in_process(events, parameters)
    else:
        result = subprocess.run([args.python, ORACLE], input=json.dumps(events), capture_output=True, text=True, check=True)
        outputs = json.loads(result.stdout)

    def epoch(text: str) -> int:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())

    rows = []
    for event, out in zip(events, outputs):
        rows.append([event["card"], event["rating"], epoch(event["time"]), epoch(out["due"]),
                     out["stability"], out["difficulty"], out["state"], out["step"], out["retrievability_before"]])
    with open(args.out, "w") as f:
        json.dump({"generator": "Scripts/make-fsrs-vectors.py", "fsrs": "6.3.2", "seed": args.seed,
                   "parameters": [float(x) for x in args.parameters.split(",")] if args.parameters else None,
                   "columns": ["card", "rating", "time", "due", "stability", "difficulty", "state", "step",
                               "retrievability_before"],
                   "rows": rows}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(rows)} events over {args.cards} cards -> {os.path.relpath(args.out, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
