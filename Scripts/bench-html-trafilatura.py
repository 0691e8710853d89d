#!/usr/bin/env python3
"""Runs trafilatura (pip install trafilatura lxml_html_clean) over the benchmark's pages and
writes its prediction JSON; prints the CPU seconds spent in extraction alone (pages are
decompressed before the clock starts). Used by Scripts/bench-html.sh.
    bench-html-trafilatura.py PAGES_DIR PREDICTION.json"""
import gzip, json, os, sys, time
import trafilatura

pages_dir, out = sys.argv[1], sys.argv[2]
pages = {}
for name in sorted(os.listdir(pages_dir)):
    if name.endswith(".html.gz"):
        with gzip.open(os.path.join(pages_dir, name), "rb") as f:
            pages[name.split(".")[0]] = f.read()
start = time.process_time()
prediction = {}
for key, html in pages.items():
    prediction[key] = {"articleBody": trafilatura.extract(html) or ""}
elapsed = time.process_time() - start
json.dump(prediction, open(out, "w"))
print(f"{elapsed:.3f}")
