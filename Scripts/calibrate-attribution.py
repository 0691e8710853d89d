#!/usr/bin/env python3
"""Fits the attribution confidence model (Sources/FactExtraction/Attribution/
AttributionConfidence.swift) to gold: a logistic regression of "the speaker is right" on
the rule and mention that named the speaker and the signals `extract` prints beside it.

    factdrill extract ../shared/eval/polnear/train/articles > train.json
    Scripts/calibrate-attribution.py --gold ../shared/eval/polnear/train/gold --pred train.json \
        [--also GOLD_DIR PRED_JSON ...]

Prints the coefficients in the Swift table's order. `--also` adds hand-annotated sets to
PolNeAR train: PolNeAR's machine-resolved speakers (a fifth of its gold, 80 % right by its
own check) make every carried-over and pronoun speaker look worse than it is, and US
political copy is one house style of many. PolNeAR dev and the sets kept unseen are for
measuring.
"""
import argparse, os, sys
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402

GROUPS = ["verb-after/name", "verb-after/description", "verb-after/organisation", "verb-after/pronoun",
          "verb-before/name", "verb-before/description", "verb-before/organisation", "verb-before/pronoun",
          "according-to", "colon-introduction", "passive-agent", "transcript-label", "role", "continued", "following-quote",
          "quote-paragraph"]


def group(q):
    rule, mention = q.get("attribution"), q.get("mention")
    if mention == "role":
        return "role"
    if rule in ("verb-after", "verb-before"):
        return f"{rule}/{mention}"
    return rule


def features(q):
    s = q.get("signals") or {}
    g = [0.0] * len(GROUPS)
    g[GROUPS.index(group(q))] = 1.0
    rivals = min(s.get("rivals", 0), 3)
    pronoun = 1.0 if q.get("mention") == "pronoun" else 0.0
    return g + [rivals * (1 - pronoun), rivals * pronoun, float(s.get("named_in_quote", False)),
                float(s.get("embedded", False)), float(min(s.get("paragraphs_back", 0), 2)),
                float(s.get("carries_pronoun", False))]


NAMES = GROUPS + ["rivals", "rivals (pronoun)", "named in quote", "embedded", "paragraphs back", "carries pronoun"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--also", nargs=2, action="append", default=[], metavar=("GOLD", "PRED"))
    args = ap.parse_args()
    xs, ys = [], []
    for gold_dir, pred_path in [(args.gold, args.pred)] + args.also:
        collect(score.load_gold(gold_dir), score.load_pred(pred_path), xs, ys)
    fit(xs, ys)


def collect(gold, pred, xs, ys):
    for key, g in gold.items():
        pq = (pred.get(key) or {}).get("quotes") or []
        for pi, gi, _ in score.match_quotes(pq, g.get("quotes") or []):
            q = pq[pi]
            who = q.get("speaker") or q.get("candidate")
            if not who or not q.get("attribution"):
                continue
            xs.append(features(q))
            ys.append(1.0 if score.attribution_correct(who, g["quotes"][gi]) else 0.0)


def fit(xs, ys):
    x, y = np.array(xs), np.array(ys)
    w = np.zeros(x.shape[1])
    # Newton's method with a small ridge: groups seen a few times stay near even odds.
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + 0.5 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + 0.5 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    p = 1 / (1 + np.exp(-x @ w))
    print(f"{len(y)} attributed quotes, {int(y.sum())} right; log loss {-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)):.4f}")
    for name, weight in zip(NAMES, w):
        print(f"{name:<28}{weight:+.3f}")


if __name__ == "__main__":
    main()
