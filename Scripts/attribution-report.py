#!/usr/bin/env python3
"""Per-rule attribution precision and the precision/recall curve over the confidence
threshold, for `factdrill extract` output scored against gold (../shared/eval/score.py).

    Scripts/attribution-report.py --gold GOLD_DIR --pred facts.json [--errors N] [--rule RULE]

Each matched quote is counted under the rule that attributed it (`attribution`), with or
without a speaker: a quote kept with `speaker: null` but a `candidate` shows what the
threshold withheld. `--errors N` prints N wrong attributions (with the evidence sentence)
so a rule change starts from reading its failures.
"""
import argparse, json, os, random, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--rule")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    gold = score.load_gold(args.gold)
    pred = score.load_pred(args.pred)
    per_rule = defaultdict(lambda: [0, 0])  # rule -> [correct, attributed]
    points = []  # (confidence, correct) for every matched quote with a candidate speaker
    gold_total = 0
    errors = []
    for key, g in gold.items():
        gq = g.get("quotes") or []
        gold_total += len(gq)
        pq = (pred.get(key) or {}).get("quotes") or []
        for pi, gi, _ in score.match_quotes(pq, gq):
            q = pq[pi]
            who = q.get("speaker") or q.get("candidate")
            if not who:
                continue
            ok = score.attribution_correct(who, gq[gi])
            rule = q.get("attribution") or "?"
            conf = q.get("confidence")
            conf = 1.0 if conf is None and q.get("speaker") else (conf or 0.0)
            per_rule[rule][0] += ok
            per_rule[rule][1] += 1
            points.append((conf, ok))
            if not ok and (args.rule is None or args.rule == rule):
                errors.append((key, rule, conf, gq[gi].get("speaker"), who, q.get("text"), q.get("sentence")))
    print(f"{'rule':<14}{'attributed':>11}{'correct':>9}{'precision':>11}")
    for rule, (c, n) in sorted(per_rule.items(), key=lambda kv: -kv[1][1]):
        print(f"{rule:<14}{n:>11}{c:>9}{c / n:>11.3f}")
    print()
    print(f"{'threshold':>9}{'attributed':>11}{'precision':>11}{'who-said recall':>17}")
    for t in [0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]:
        kept = [ok for c, ok in points if c >= t]
        if kept:
            print(f"{t:>9.2f}{len(kept):>11}{sum(kept) / len(kept):>11.3f}{sum(kept) / gold_total:>17.3f}")
    if args.errors:
        random.Random(args.seed).shuffle(errors)
        print()
        for key, rule, conf, g, p, text, sentence in errors[: args.errors]:
            print(f"[{rule} {conf:.2f}] gold={g!r} pred={p!r} ({key})\n    quote: {text[:100]!r}\n    sentence: {(sentence or '')[:300]!r}")


if __name__ == "__main__":
    main()
