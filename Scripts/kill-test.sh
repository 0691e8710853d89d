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
