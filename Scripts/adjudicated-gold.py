#!/usr/bin/env python3
"""Writes a copy of a PolNeAR gold folder with the speakers two blind readers corrected.

    Scripts/adjudicated-gold.py dev OUT_DIR    (reads Scripts/adjudication/polnear-dev.json)

PolNeAR's speakers behind pronouns come from 2016 CoreNLP coreference (its README: about one in
five of those is wrong), so a precision measured on it mixes the extractor's errors with the
gold's. Every quote where the extractor and the gold disagreed was shown to two readers with
the article and the two names in random order. Where both readers said the extractor's name is
the speaker, or that both names are (a description and its name), the copy takes the
extractor's name; every other case keeps the gold as it is. Score the copy with
../shared/eval/score.py or Scripts/attribution-report.py as usual; report both figures.
"""
import hashlib, json, os, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
split, out = sys.argv[1], sys.argv[2]
gold_dir = os.path.join(here, "..", "..", "shared", "eval", "polnear", split, "gold")
cases = json.load(open(os.path.join(here, "adjudication", f"polnear-{split}.json")))["cases"]
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(gold_dir, out)
by_article = {}
for case in cases:
    by_article.setdefault(case["article"], []).append(case)
changed = 0
for article, article_cases in by_article.items():
    path = os.path.join(out, article.removesuffix(".txt") + ".gold.json")
    gold = json.load(open(path))
    for quote in gold["quotes"]:
        digest = hashlib.sha1(quote["text"].encode()).hexdigest()
        for case in article_cases:
            if case["quote_sha1"] != digest or case["gold_speaker"] != quote["speaker"]:
                continue
            verdicts = set(case["readers"])
            if verdicts <= {"extractor", "both"}:
                if verdicts == {"both"}:
                    quote["aliases"] = (quote.get("aliases") or []) + [case["extractor_speaker"]]
                else:
                    quote["speaker"], quote["aliases"] = case["extractor_speaker"], []
                changed += 1
    json.dump(gold, open(path, "w"), indent=1, ensure_ascii=False)
print(f"{changed} speakers corrected of {len(cases)} adjudicated cases", file=sys.stderr)
