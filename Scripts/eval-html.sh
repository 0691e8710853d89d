#!/usr/bin/env bash
# Scores `factdrill read --json` on the web-page benchmark (../shared/eval/html: 171 pages
# with hand-marked bodies) with the benchmark's own measure, score_html.py.
#   Scripts/eval-html.sh [path/to/factdrill] [-v]
# Skips cleanly when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/factdrill}
shift || true
dir=../shared/eval/html
if [ ! -f "$dir/score_html.py" ]; then
    echo "html eval: skipped (no $dir)"
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Pages with no article found are reported on stderr and count as empty bodies.
"$bin" read --json "$dir/pages" > "$out/read.json" 2> "$out/stderr" || true
python3 - "$out/read.json" "$out/prediction.json" <<'PY'
import json, os, sys
pages = json.load(open(sys.argv[1]))
prediction = {os.path.basename(p["path"]).split(".")[0]: {"articleBody": p["body"]} for p in pages}
json.dump(prediction, open(sys.argv[2], "w"))
PY
if [ -s "$out/stderr" ]; then sed 's/^/  /' "$out/stderr" >&2; fi
python3 "$dir/score_html.py" "$dir/ground-truth.json" "$out/prediction.json" "$@"
