#!/usr/bin/env python3
"""Reference item analysis for `factdrill grade --stats`, from the textbook formulas.

Reads a students x items matrix of points as CSV (header `student,<item id>...`; the
matrix block of `factdrill grade --stats --format csv` is found on its own) and prints
the statistics as JSON in the shape of grade's "stats" (without the option breakdown
and flags), with null wherever a figure is undefined. Written apart from the Swift code,
with numpy and other (but equivalent) forms of the formulas, so the test that compares
the two checks the arithmetic rather than repeating it:

  skewness  G1 = sqrt(n(n-1))/(n-2) * m3/m2^1.5              (adjusted Fisher-Pearson)
  kurtosis  G2 = (n-1)/((n-2)(n-3)) * ((n+1)(m4/m2^2 - 3) + 6)  (excess)
  alpha     k/(k-1) * (1 - sum of item variances / variance of totals)   (ddof=1)
  discrimination  100 * Pearson r(item, total - item)
  discriminative efficiency  100 * cov(item, rest) / cov(sorted item, sorted rest)

Usage: Scripts/item-analysis-reference.py MATRIX.csv
"""
import csv
import io
import json
import math
import sys

import numpy as np


def matrix_block(text):
    """The block whose header starts with `student,` and has no `score` column."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    for block in blocks:
        rows = list(csv.reader(io.StringIO(block)))
        if rows and rows[0][0] == "student" and "score" not in rows[0]:
            return rows
    sys.exit("no students x items matrix in the input")


def finite(value):
    return None if value is None or not math.isfinite(value) else float(value)


def analyse(rows):
    ids = rows[0][1:]
    x = np.array([[float(cell) for cell in row[1:]] for row in rows[1:]], dtype=float).reshape(len(rows) - 1, len(ids))
    n, k = x.shape
    totals = x.sum(axis=1)
    full = float(k)
    test = {"attempts": n, "mean": None, "median": None, "sd": None, "skewness": None, "kurtosis": None,
            "alpha": None, "error_ratio": None, "standard_error": None}
    if n > 0 and k > 0:
        test["mean"] = 100 * totals.mean() / full
        test["median"] = 100 * float(np.median(totals)) / full
    if n > 1 and k > 0:
        test["sd"] = 100 * totals.std(ddof=1) / full
    deviations = totals - totals.mean() if n else totals
    m2 = float(np.mean(deviations ** 2)) if n else 0.0
    if n > 2 and m2 > 0:
        m3 = float(np.mean(deviations ** 3))
        test["skewness"] = math.sqrt(n * (n - 1)) / (n - 2) * m3 / m2 ** 1.5
        if n > 3:
            m4 = float(np.mean(deviations ** 4))
            test["kurtosis"] = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * (m4 / m2 ** 2 - 3) + 6)
    if k > 1 and n > 1 and totals.var(ddof=1) > 0:
        alpha = k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / totals.var(ddof=1))
        test["alpha"] = alpha
        test["error_ratio"] = 100 * math.sqrt(max(0.0, 1 - alpha))
        test["standard_error"] = test["sd"] * math.sqrt(max(0.0, 1 - alpha))
    items = []
    for column, item_id in enumerate(ids):
        score = x[:, column]
        rest = totals - score
        item = {"id": item_id, "facility": 100 * score.mean() if n else None,
                "sd": 100 * score.std(ddof=1) if n > 1 else None,
                "discrimination": None, "discriminative_efficiency": None}
        if n > 1 and score.std() > 0 and rest.std() > 0:
            item["discrimination"] = 100 * float(np.corrcoef(score, rest)[0, 1])
        if n > 1:
            most = np.cov(np.sort(score), np.sort(rest))[0, 1]
            if most != 0:
                item["discriminative_efficiency"] = 100 * np.cov(score, rest)[0, 1] / most
        items.append({key: (finite(value) if isinstance(value, (float, np.floating)) else value) for key, value in item.items()})
    test = {key: (finite(value) if isinstance(value, (float, np.floating)) else value) for key, value in test.items()}
    return {"test": test, "items": items}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(json.dumps(analyse(matrix_block(handle.read())), indent=2))
