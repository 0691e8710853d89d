#!/usr/bin/env bash
# Scores `factdrill extract` on every shared evaluation set, one summary line each:
#   Scripts/eval-all.sh [path/to/factdrill] [outdir]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/factdrill}
out=${2:-/tmp/factdrill-eval}
eval_dir=../shared/eval
mkdir -p "$out"
summarise() {  # name gold-dir facts.json
    local only=""; case $1 in polnear*) only="--only quotes";; esac
    python3 "$eval_dir/score.py" --gold "$2" --pred "$3" $only --json 2>/dev/null | python3 -c '
import json, sys
t = json.load(sys.stdin)["totals"]; q = t["quotes"]
line = "%-14s quotes P %.3f R %.3f F1 %.3f | who-said R %.3f attr P %.3f" % (sys.argv[1], q["precision"], q["recall"], q["f1"], q["who_said_recall"], q["attribution_precision"])
if "figures" in t and t["figures"]["gold"]:
    line += " | fig F1 %.3f date F1 %.3f" % (t["figures"]["f1"], t["dates"]["f1"])
print(line)' "$1"
}
for set in "seeds seeds seeds-gold" "dev dev/articles dev/gold" "dev-news dev-news/articles dev-news/gold" \
           "polnear-dev polnear/dev/articles polnear/dev/gold" "polnear-train polnear/train/articles polnear/train/gold"; do
    read -r name articles gold <<<"$set"
    [ -d "$eval_dir/$articles" ] || continue
    "$bin" extract "$eval_dir/$articles"/*.txt > "$out/$name.json"
    summarise "$name" "$eval_dir/$gold" "$out/$name.json"
    # PolNeAR dev's speakers where two blind readers overruled the gold (Scripts/adjudicated-gold.py).
    if [ "$name" = polnear-dev ]; then
        python3 Scripts/adjudicated-gold.py dev "$out/polnear-dev-adjudicated" 2>/dev/null
        summarise "polnear-dev-adj" "$out/polnear-dev-adjudicated" "$out/$name.json"
    fi
done
