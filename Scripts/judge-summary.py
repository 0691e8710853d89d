#!/usr/bin/env python3
"""Summarises two blind readers' verdicts on one sheet (../shared/eval/judge/README.md):
acceptable items per reader and per item kind, and the readers' agreement.

    Scripts/judge-summary.py SHEET.json VERDICTS-A.json VERDICTS-B.json
"""
import json, sys
from collections import defaultdict

QUESTIONS = ["well_formed", "key_correct", "unambiguous", "worth_asking"]


def yes(value):
    """Readers write true/false or "yes"/"no"."""
    return value is True or str(value).strip().lower() in ("yes", "true", "y")


def main():
    sheet = {item["n"]: item for item in json.load(open(sys.argv[1]))}
    readers = [{v["n"]: v for v in json.load(open(path))} for path in sys.argv[2:]]
    ok = [{n: all(yes(v.get(q)) for q in QUESTIONS) for n, v in r.items()} for r in readers]
    for path, verdicts in zip(sys.argv[2:], ok):
        wrong_keys = sum(1 for n, v in readers[sys.argv[2:].index(path)].items() if not yes(v.get("key_correct")))
        print(f"{path}: {sum(verdicts.values())}/{len(verdicts)} acceptable ({100 * sum(verdicts.values()) / len(verdicts):.0f} %), {wrong_keys} wrong keys")
    kinds = defaultdict(lambda: [[0, 0] for _ in readers])
    for n, item in sheet.items():
        for i, verdicts in enumerate(ok):
            if n in verdicts:
                kinds[item["kind"]][i][0] += verdicts[n]
                kinds[item["kind"]][i][1] += 1
    print("kind        " + "  ".join(f"reader {chr(65 + i)}" for i in range(len(readers))))
    for kind, counts in sorted(kinds.items()):
        print(f"{kind:<12}" + "  ".join(f"{c}/{t} ({100 * c / t:.0f} %)" for c, t in counts))
    if len(ok) == 2:
        both = [n for n in sheet if n in ok[0] and n in ok[1]]
        agree = sum(ok[0][n] == ok[1][n] for n in both)
        p0 = sum(ok[0][n] for n in both) / len(both)
        p1 = sum(ok[1][n] for n in both) / len(both)
        expected = p0 * p1 + (1 - p0) * (1 - p1)
        kappa = (agree / len(both) - expected) / (1 - expected) if expected < 1 else 1.0
        print(f"agreement on acceptable: {agree}/{len(both)} ({100 * agree / len(both):.0f} %), Cohen's kappa {kappa:.2f}")


if __name__ == "__main__":
    main()
