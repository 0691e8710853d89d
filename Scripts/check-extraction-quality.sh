#!/usr/bin/env bash
# Scores `factdrill extract` on the shared evaluation sets and fails below the quality bar
# (issue 3): who-said recall ≥ 0.95, attribution precision ≥ 0.98, quote F1 ≥ 0.95,
# figure F1 ≥ 0.92, date F1 ≥ 0.92 — on each set. Skips cleanly when ../shared is absent.
#   Scripts/check-extraction-quality.sh [path/to/factdrill]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/factdrill}
eval_dir=../shared/eval
if [ ! -f "$eval_dir/score.py" ]; then
    echo "extraction quality: skipped (no $eval_dir)"
    exit 0
fi
status=0
for set in "seeds seeds seeds-gold" "dev dev/articles dev/gold"; do
    read -r name articles gold <<<"$set"
    [ -d "$eval_dir/$articles" ] || continue
    out=$(mktemp)
    "$bin" extract "$eval_dir/$articles"/*.txt > "$out"
    python3 "$eval_dir/score.py" --gold "$eval_dir/$gold" --pred "$out" --json 2>/dev/null | python3 -c '
import json, sys
name = sys.argv[1]
totals = json.load(sys.stdin)["totals"]
checks = [
    ("who-said recall", totals["quotes"]["who_said_recall"], 0.95),
    ("attribution precision", totals["quotes"]["attribution_precision"], 0.98),
    ("quote F1", totals["quotes"]["f1"], 0.95),
    ("figure F1", totals["figures"]["f1"], 0.92),
    ("date F1", totals["dates"]["f1"], 0.92),
]
failed = [c for c in checks if c[1] < c[2]]
print(f"extraction quality ({name}): " + ", ".join(f"{label} {value:.3f}" for label, value, _ in checks))
for label, value, bar in failed:
    print(f"extraction quality ({name}): {label} {value:.3f} is below {bar}", file=sys.stderr)
sys.exit(1 if failed else 0)
' "$name" || status=1
    rm -f "$out"
done
exit $status
