#!/usr/bin/env python3
"""Runs trafilatura (pip install trafilatura lxml_html_clean) over the benchmark's pages and
writes its prediction JSON; prints the median CPU seconds (time.process_time) of the passes
over all pages, extraction alone: pages are read and decompressed before the clock starts,
as `factdrill-bench read-pages` does for FactDrill. Used by Scripts/bench-html.sh.
    bench-html-trafilatura.py PAGES_DIR PREDICTION.json [PASSES]"""
import gzip, json, os, sys, time
import trafilatura

pages_dir, out = sys.argv[1], sys.argv[2]
passes = int(sys.argv[3]) if len(sys.argv) > 3 else 1
pages = {}
for name in sorted(os.listdir(pages_dir)):
    if name.endswith(".html.gz"):
        with gzip.open(os.path.join(pages_dir, name), "rb") as f:
            pages[name.split(".")[0]] = f.read()
times = []
for _ in range(passes):
    start = time.process_time()
    prediction = {}
    for key, html in pages.items():
        prediction[key] = {"articleBody": trafilatura.extract(html) or ""}
    times.append(time.process_time() - start)
json.dump(prediction, open(out, "w"))
print(f"{sorted(times)[len(times) // 2]:.3f}")
