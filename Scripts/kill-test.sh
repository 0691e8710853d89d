#!/usr/bin/env bash
# Crash safety: runs scripted quizzes on one progress folder and SIGKILLs them at random
# moments (answering, appending, writing the snapshot). After every kill, every review
# the process acknowledged (printed a verdict line for) must be in the log, and the
# progress must load; `progress check` may only report an interrupted last write.
#   Scripts/kill-test.sh [kills=200] [path/to/factdrill]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
bin=${2:-.build/release/factdrill}
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
acknowledged=0
lost=0
for i in $(seq 1 "$kills"); do
    out="$work/out.$i"
    # An endless stream of answers, a little slowed, so kills land mid-session.
    ( while true; do echo "false"; echo "b"; echo "1000"; sleep 0.002; done ) 2>/dev/null |
        "$bin" quiz --script --cram --now 2026-01-05T10:00:00Z > "$out" 2>/dev/null &
    pid=$!
    sleep "0.0$(( RANDOM % 90 + 10 ))"
    pkill -KILL -P $$ -f "$bin quiz" 2>/dev/null || true
    wait $pid 2>/dev/null || true
    # Every complete verdict line printed was acknowledged after its fsync.
    seen=$(grep -c '"verdict"' "$out" 2>/dev/null || true)
    acknowledged=$((acknowledged + seen))
done
logged=$(python3 - "$XDG_DATA_HOME/factdrill/reviews.jsonl" <<'PY'
import json, sys
count = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.endswith("\n"):
        json.loads(line)  # every complete line parses
        count += 1
print(count)
PY
)
"$bin" stats --json > /dev/null   # progress loads
check=$("$bin" progress check 2>&1 || true)
if echo "$check" | grep -q "damaged line"; then echo "FAIL: $check"; exit 1; fi
if [ "$logged" -lt "$acknowledged" ]; then
    echo "FAIL: $acknowledged reviews acknowledged, only $logged in the log"
    exit 1
fi
echo "kill test: $kills kills, $acknowledged reviews acknowledged, $logged in the log, none lost"

# Phase 2: kills aimed at snapshot writes. A 19,000-card history makes each session's
# closing snapshot a 1.6 MB write; short sessions are killed at random moments around
# their end. After every kill the snapshot must read (old or new, never torn), the
# acknowledged reviews must be logged, and no abandoned temporary file may pile up.
snap="$work/snapshot"
mkdir -p "$snap"
python3 - "$snap" <<'PY'
import json, sys
folder = sys.argv[1]
items = [{"id": f"item-{i}", "kind": "figure", "prompt": f"How many in town {i}?", "answer": i + 1000} for i in range(20000)]
json.dump({"format": "factdrill-bank", "version": 1, "title": "kill test", "items": items}, open(f"{folder}/bank.json", "w"))
with open(f"{folder}/reviews.jsonl", "w") as log:
    for i in range(19000):  # the last thousand items stay new, for the sessions to answer
        log.write(json.dumps({"v": 1, "id": f"seed{i:x}", "item": f"item-{i}", "rating": 3, "time": "2026-01-01T09:00:00.000Z",
                              "due": "2026-01-04T09:00:00.000Z", "new": True}, sort_keys=True) + "\n")
PY
mkdir -p "$snap/progress" && mv "$snap/reviews.jsonl" "$snap/progress/"
"$bin" progress repair --progress "$snap/progress" > /dev/null   # the first snapshot
snap_kills=$(( kills / 2 ))
snap_acknowledged=0
interrupted_writes=0
for i in $(seq 1 "$snap_kills"); do
    out="$work/snap.$i"
    day=$(( 5 + i % 20 ))
    printf '1000\n1001\n' | "$bin" quiz --progress "$snap/progress" --script --new 2 --reviews-per-day 0 \
        --now "2026-01-$(printf %02d $day)T10:00:00Z" "$snap/bank.json" > "$out" 2>/dev/null &
    pid=$!
    if (( i % 2 )); then
        sleep "$(printf '0.%03d' $(( RANDOM % 300 )))"  # anywhere in a session's 100-250 ms
    else
        # While the snapshot's temporary file is being written (it lives ~3 ms).
        while kill -0 $pid 2>/dev/null && [ ! -e "$snap/progress/.cards.tsv.$pid.tmp" ]; do :; done
    fi
    kill -KILL $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    snap_acknowledged=$(( snap_acknowledged + $(grep -c '"verdict"' "$out" 2>/dev/null || true) ))
    ls -a "$snap/progress" | grep -q '^\.cards\.tsv\..*\.tmp$' && interrupted_writes=$((interrupted_writes + 1))
    "$bin" stats --json --progress "$snap/progress" > /dev/null || { echo "FAIL: progress does not load after kill $i"; exit 1; }
done
snap_check=$("$bin" progress check --progress "$snap/progress" 2>&1 || true)
if echo "$snap_check" | grep -q "damaged"; then echo "FAIL: $snap_check"; exit 1; fi
snap_logged=$(grep -c '"verdict"' "$snap/progress/reviews.jsonl" || true)
if [ "$snap_logged" -lt "$snap_acknowledged" ]; then
    echo "FAIL: $snap_acknowledged reviews acknowledged, only $snap_logged in the log"; exit 1
fi
leftovers=$(ls -a "$snap/progress" | grep -c '\.tmp$' || true)
echo "snapshot kills: $snap_kills kills on a 19,000-card folder, $interrupted_writes landed mid-snapshot-write, $snap_acknowledged reviews acknowledged, $snap_logged logged, snapshot always readable, $leftovers temporary files left"
