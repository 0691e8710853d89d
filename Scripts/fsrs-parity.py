#!/usr/bin/env python3
"""FactDrill's FSRS optimizer against fsrs-rs-python (Anki's optimizer) on the same logs.

Simulates review logs from known FSRS-6 parameters (noisy intervals, many cards, gaps of
years, same-day relearning), or reads a log you give it, then fits parameters with both
`factdrill schedule optimize --log F --json` and fsrs-rs-python's compute_parameters,
and scores default, reference and FactDrill parameters with fsrs-rs-python's own
evaluate (log loss, RMSE over bins), so both sides are judged by the same ruler.

    python3 -m venv .venv-fsrs && .venv-fsrs/bin/pip install fsrs-rs-python
    swift build -c release
    .venv-fsrs/bin/python Scripts/fsrs-parity.py --factdrill .build/release/factdrill
    .venv-fsrs/bin/python Scripts/fsrs-parity.py --log my-log.json   # a real log

Exit status 1 when FactDrill's log loss is more than 1 % above the reference's on any log.
"""
import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

DEFAULTS = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]

# Known "learners": parameters away from the defaults in different directions.
TRUE_PARAMETERS = {
    "slow-forgetter": [0.8, 2.5, 6.0, 20.0, 5.5, 0.6, 2.2, 0.02, 2.2, 0.12, 1.1,
                       1.2, 0.05, 0.35, 1.4, 0.5, 2.2, 0.4, 0.2, 0.1, 0.2],
    "fast-forgetter": [0.1, 0.5, 1.2, 4.0, 7.0, 1.0, 3.5, 0.01, 1.4, 0.25, 0.6,
                       2.0, 0.08, 0.2, 2.0, 0.7, 1.5, 0.7, 0.05, 0.05, 0.35],
}


def fsrs_step(w, s, d, rating, days, r):
    """One FSRS-6 memory update, as py-fsrs 6.3.2's scheduler makes it."""
    if days < 1:
        inc = math.exp(w[17] * (rating - 3 + w[18])) * s ** (-w[19])
        if rating != 1:
            inc = max(inc, 1.0)
        new_s = s * inc
    elif rating == 1:
        long_term = w[11] * d ** (-w[12]) * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14])
        new_s = min(long_term, s / math.exp(w[17] * w[18]))
    else:
        hard = w[15] if rating == 2 else 1.0
        easy = w[16] if rating == 4 else 1.0
        new_s = s * (1 + math.exp(w[8]) * (11 - d) * s ** (-w[9]) * (math.exp((1 - r) * w[10]) - 1) * hard * easy)
    new_s = max(new_s, 0.001)
    init_easy = w[4] - math.exp(w[5] * 3) + 1
    damped = d + (10 - d) * (-(w[6] * (rating - 3))) / 9
    new_d = min(max(w[7] * init_easy + (1 - w[7]) * damped, 1.0), 10.0)
    return new_s, new_d


def recall(w, days, s):
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * days / s) ** decay


def simulate(w, cards, seed, span_days=1500):
    """Events for `cards` cards studied over about four years from parameters `w`."""
    rng = random.Random(seed)
    start = datetime(2022, 1, 1, 8, tzinfo=timezone.utc)
    events = []
    for card in range(cards):
        t = start + timedelta(days=rng.randrange(span_days // 2), minutes=rng.randrange(600))
        rating = rng.choices([1, 2, 3, 4], weights=[0.2, 0.15, 0.5, 0.15])[0]
        s = max(w[rating - 1], 0.001)
        d = min(max(w[4] - math.exp(w[5] * (rating - 1)) + 1, 1), 10)
        events.append((t, f"c{card}", rating))
        last = t
        retention = rng.uniform(0.75, 0.95)
        for _ in range(rng.randrange(3, 30)):
            if rating <= 2 and rng.random() < 0.6:
                gap = timedelta(minutes=rng.choice([10, 15, 30]))  # same-day relearning
            else:
                decay = -w[20]
                factor = 0.9 ** (1 / decay) - 1
                interval = s / factor * (retention ** (1 / decay) - 1)
                interval *= math.exp(rng.gauss(0, 0.35))  # learners are late and early
                if rng.random() < 0.04:
                    interval += rng.uniform(365, 1500)  # a gap of years
                gap = timedelta(days=max(1.0, interval), minutes=rng.randrange(-120, 120))
            t = last + gap
            if t > start + timedelta(days=span_days):
                break
            days = (t - last).days
            r = recall(w, max(days, 0), s) if days > 0 else 1.0
            recalled = rng.random() < r
            rating = rng.choices([2, 3, 4], weights=[0.15, 0.7, 0.15])[0] if recalled else 1
            s, d = fsrs_step(w, s, d, rating, days, r)
            events.append((t, f"c{card}", rating))
            last = t
    events.sort(key=lambda e: e[0])
    return [{"card": c, "rating": r, "time": t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"} for t, c, r in events]


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def fsrs_items(events):
    """fsrs-rs items: one per review after a card's first on a later day, with the card's
    history before it, in the time order of that review (for recency weighting)."""
    import fsrs_rs_python as rs
    history, last, items = {}, {}, []
    ordered = sorted(enumerate(events), key=lambda p: (parse_time(p[1]["time"]), p[0]))
    for _, event in ordered:
        t = parse_time(event["time"])
        card = str(event["card"])
        if card in history:
            days = (t - last[card]).days
            history[card].append((int(event["rating"]), max(days, 0)))
            if days > 0:
                items.append(rs.FSRSItem([rs.FSRSReview(r, dt) for r, dt in history[card]]))
        else:
            history[card] = [(int(event["rating"]), 0)]
        last[card] = t
    return items


def compare(name, events, factdrill, progress_dir):
    import fsrs_rs_python as rs
    items = fsrs_items(events)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(events, f)
        path = f.name
    began = time.perf_counter()
    run = subprocess.run([factdrill, "schedule", "optimize", "--log", path, "--json", "--progress", progress_dir],
                         capture_output=True, text=True)
    ours_seconds = time.perf_counter() - began
    if run.returncode != 0:
        print(f"{name}: factdrill failed: {run.stderr.strip()}", file=sys.stderr)
        return None
    ours = json.loads(run.stdout)
    began = time.perf_counter()
    theirs = rs.FSRS(DEFAULTS).compute_parameters(items)
    theirs_seconds = time.perf_counter() - began

    def score(parameters):
        e = rs.FSRS(list(parameters)).evaluate(items)
        return e.log_loss, e.rmse_bins

    row = {
        "log": name, "reviews": len(events), "scored": len(items),
        "default": score(DEFAULTS), "fsrs-rs": score(theirs), "factdrill": score(ours["parameters"]),
        "factdrill_own": (ours["log_loss"]["fitted"], ours["rmse_bins"]["fitted"]),
        "seconds": (ours_seconds, theirs_seconds),
    }
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--factdrill", default=".build/release/factdrill")
    ap.add_argument("--log", action="append", default=[], help="a real log (replay format); repeatable")
    ap.add_argument("--cards", type=int, default=4000, help="cards per simulated log")
    ap.add_argument("--no-simulate", action="store_true")
    ap.add_argument("--save-logs", help="write the simulated logs into this folder")
    args = ap.parse_args()

    logs = []
    if not args.no_simulate:
        for seed, (name, w) in enumerate(TRUE_PARAMETERS.items(), start=1):
            logs.append((f"sim:{name}", simulate(w, args.cards, seed)))
        logs.append(("sim:defaults", simulate(DEFAULTS, args.cards, 7)))
    for path in args.log:
        with open(path) as f:
            text = f.read()
        events = json.loads(text) if text.lstrip().startswith("[") else [json.loads(l) for l in text.splitlines() if l.strip()]
        logs.append((path, events))
    if args.save_logs:
        for name, events in logs:
            if name.startswith("sim:"):
                with open(f"{args.save_logs}/{name[4:]}.json", "w") as f:
                    json.dump(events, f)

    worst = -math.inf
    print(f"{'log':28} {'reviews':>8} {'scored':>7} | {'log loss: default':>17} {'fsrs-rs':>8} {'factdrill':>9} {'diff':>7} "
          f"| {'RMSE(bins): default':>19} {'fsrs-rs':>8} {'factdrill':>9} | {'seconds: factdrill':>18} {'fsrs-rs':>8}")
    with tempfile.TemporaryDirectory() as progress:
        for name, events in logs:
            row = compare(name, events, args.factdrill, progress)
            if row is None:
                worst = math.inf
                continue
            diff = (row["factdrill"][0] - row["fsrs-rs"][0]) / row["fsrs-rs"][0] * 100
            worst = max(worst, diff)
            print(f"{name[:28]:28} {row['reviews']:8} {row['scored']:7} | {row['default'][0]:17.4f} {row['fsrs-rs'][0]:8.4f} "
                  f"{row['factdrill'][0]:9.4f} {diff:+6.2f}% | {row['default'][1]:19.4f} {row['fsrs-rs'][1]:8.4f} "
                  f"{row['factdrill'][1]:9.4f} | {row['seconds'][0]:18.2f} {row['seconds'][1]:8.2f}")
            print(f"{'':28} factdrill's own figures: log loss {row['factdrill_own'][0]:.4f}, RMSE(bins) {row['factdrill_own'][1]:.4f}")
    print(f"worst log-loss difference, factdrill vs fsrs-rs: {worst:+.2f}% (negative: factdrill lower)")
    return 0 if worst <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
