#!/usr/bin/env bash
# Side by side on the web-page benchmark (../shared/eval/html, 171 pages): body F1 (the
# benchmark's score_html.py) and pages per second for `factdrill read` (release build) and
# trafilatura (PyPI). Both are pinned to one core (taskset) so per-page speed compares.
#   Scripts/bench-html.sh            (builds release first)
# Skips cleanly when ../shared is absent; needs `pip install trafilatura lxml_html_clean`.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/eval/html
if [ ! -f "$dir/score_html.py" ]; then echo "html bench: skipped (no $dir)"; exit 0; fi
swift build -c release --product factdrill >/dev/null
bin=.build/release/factdrill
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pages=$(ls "$dir/pages" | wc -l)

# FactDrill: CPU seconds (user + sys) of the whole command, reading and inflating the
# files and writing JSON included; best of 3 (the machine is shared).
best=""
for _ in 1 2 3; do
    /usr/bin/time -o "$out/time" -f "%U %S" "${pin[@]}" "$bin" read --json "$dir/pages" > "$out/read.json" 2>/dev/null || true
    t=$(tail -1 "$out/time" | awk '{print $1 + $2}')
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
python3 - "$out/read.json" "$out/factdrill.json" <<'PY'
import json, os, sys
pages = json.load(open(sys.argv[1]))
json.dump({os.path.basename(p["path"]).split(".")[0]: {"articleBody": p["body"]} for p in pages}, open(sys.argv[2], "w"))
PY
fd_score=$(python3 "$dir/score_html.py" "$dir/ground-truth.json" "$out/factdrill.json")

# trafilatura: CPU seconds of extraction only, pages already decompressed in memory.
tr_time=$("${pin[@]}" python3 Scripts/bench-html-trafilatura.py "$dir/pages" "$out/trafilatura.json")
tr_score=$(python3 "$dir/score_html.py" "$dir/ground-truth.json" "$out/trafilatura.json")
tr_version=$(python3 -c 'import trafilatura; print(trafilatura.__version__)')

printf "factdrill read    %s  %.1f s  %.0f pages/s\n" "$fd_score" "$best" "$(echo "$pages / $best" | bc -l)"
printf "trafilatura %s %s  %.1f s  %.0f pages/s\n" "$tr_version" "$tr_score" "$tr_time" "$(echo "$pages / $tr_time" | bc -l)"
printf "speed-up per page: %.1fx\n" "$(echo "$tr_time / $best" | bc -l)"
