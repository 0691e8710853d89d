#!/usr/bin/env bash
# Side by side on the web-page benchmark (../shared/eval/html, 171 pages): body F1 (the
# benchmark's score_html.py) and CPU per page for FactDrill (release build) and trafilatura
# (PyPI), both pinned to one core (taskset).
#   Scripts/bench-html.sh [ROUNDS]     (builds release first; 3 rounds by default)
# The headline compares the same work: pages read and inflated in memory first, then CPU time
# (process_time) of reading them (factdrill-bench read-pages: parse, main text, metadata;
# trafilatura.extract), median of several passes in each round. The whole `factdrill read --json`
# command (process start, reading and inflating files, JSON out) is printed below it. The
# rounds interleave the tools so a change in the machine's load hits both; medians of rounds.
# Skips cleanly when ../shared is absent; installs trafilatura with pip when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/eval/html
if [ ! -f "$dir/score_html.py" ]; then echo "html bench: skipped (no $dir)"; exit 0; fi
rounds=${1:-3}
if ! python3 -c 'import trafilatura' 2>/dev/null; then
    python3 -m pip install --quiet trafilatura lxml_html_clean ||
        { echo "html bench: trafilatura is not installed and pip could not install it (pip install trafilatura lxml_html_clean)" >&2; exit 3; }
fi
swift build -c release --product factdrill >/dev/null
swift build -c release --product factdrill-bench >/dev/null
bin=.build/release/factdrill
bench=.build/release/factdrill-bench
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pages=$(ls "$dir/pages" | wc -l)
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for _ in $(seq "$rounds"); do
    # FactDrill in process: median of 5 passes over the inflated pages.
    "${pin[@]}" "$bench" read-pages --raw --passes 5 "$dir/pages" | awk '{ print $1 }' >> "$out/fd-inprocess"
    # trafilatura in process: median of 3 passes (each takes seconds).
    "${pin[@]}" python3 Scripts/bench-html-trafilatura.py "$dir/pages" "$out/trafilatura.json" 3 >> "$out/tr-inprocess"
    # The whole command: CPU seconds (user + sys) from exec to exit.
    /usr/bin/time -o "$out/time" -f "%U %S" "${pin[@]}" "$bin" read --json "$dir/pages" > "$out/read.json" 2>/dev/null || true
    tail -1 "$out/time" | awk '{ print $1 + $2 }' >> "$out/fd-command"
done
load=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$out/read.json" "$out/factdrill.json" <<'PY'
import json, os, sys
pages = json.load(open(sys.argv[1]))
json.dump({os.path.basename(p["path"]).split(".")[0]: {"articleBody": p["body"]} for p in pages}, open(sys.argv[2], "w"))
PY
# score_html.py prints "pages N  F1 x  precision x  recall x  accuracy x": F1 is enough here.
f1() { python3 "$dir/score_html.py" "$dir/ground-truth.json" "$1" | awk '{ for (i = 1; i < NF; i++) if ($i == "F1") print "F1 " $(i + 1) }'; }
fd_score=$(f1 "$out/factdrill.json")
tr_score=$(f1 "$out/trafilatura.json")
tr_version=$(python3 -c 'import trafilatura; print(trafilatura.__version__)')
fd=$(median < "$out/fd-inprocess")
tr=$(median < "$out/tr-inprocess")
cmd=$(median < "$out/fd-command")

row() { printf "  %-24s %s  %6.3f s  %5.2f ms/page  %5.0f pages/s\n" "$1" "$2" "$3" "$(echo "$3 * 1000 / $pages" | bc -l)" "$(echo "$pages / $3" | bc -l)"; }
echo "$pages pages, one core, CPU seconds, medians of $rounds interleaved rounds (load $load)"
echo "in process, pages inflated in memory first (like for like):"
row "factdrill (PageReader)" "$fd_score" "$fd"
row "trafilatura $tr_version" "$tr_score" "$tr"
printf "  speed-up per page: %.1fx\n" "$(echo "$tr / $fd" | bc -l)"
echo "whole command (process start, files, inflating, JSON out):"
row "factdrill read --json" "$fd_score" "$cmd"
printf "  against trafilatura in process: %.1fx\n" "$(echo "$tr / $cmd" | bc -l)"
listed() { awk '{ printf "%.3f ", $1 }' "$1"; }
echo "rounds (s): factdrill $(listed "$out/fd-inprocess")| trafilatura $(listed "$out/tr-inprocess")| command $(listed "$out/fd-command")"
