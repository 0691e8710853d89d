#!/usr/bin/env bash
# Builds libFuzzer targets from the library sources (libFuzzer brings its own main, so
# they are compiled apart from the package) and runs each for SECONDS.
#   Scripts/fuzz.sh [extract|gift|matcher|bankjson|yaml|sheet|snapshot|reviewlog|all] [seconds=600]
# Crash inputs are kept in Fuzz/crashes/<target>/; copy each into a regression test.
# bankjson is differential: the fast bank scanner against JSONDecoder. yaml and sheet
# need Yams: it is built from the package checkout (swift build first) with coverage.
# snapshot and reviewlog read the progress folder's files: cards.tsv must never yield a
# card the quiz would trap on, and the streamed log reader must split lines exactly as a
# plain split does (differential), with every record it reads writable back.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-all}
seconds=${2:-600}
out=.build-fuzz
mkdir -p "$out" Fuzz/corpus Fuzz/crashes
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -module-name FuzzTarget)
extraction=$(find Sources/TextMachinery Sources/FactExtraction -name '*.swift')
matching="$(find Sources/QuizBank/Model Sources/QuizBank/Matching -name '*.swift') Sources/QuizBank/QuizBankError.swift"
gift="$matching Sources/QuizBank/Formats/GIFT.swift Sources/QuizBank/Generation/StableID.swift Sources/QuizBank/Formats/BankFormat.swift"
bankjson="$matching Sources/QuizBank/Formats/BankJSONScanner.swift Sources/QuizBank/Formats/BankJSON.swift Sources/QuizBank/Formats/UTF8Validation.swift"
quizbank=$(find Sources/QuizBank -name '*.swift')
progress="$(find Sources/Study/Storage Sources/Study/Scheduling -name '*.swift') Sources/Study/StudyError.swift"
yams_objects=()
build_yams() {
    local yams=.build/checkouts/Yams/Sources o="$out/yams"
    [ -d "$yams" ] || { echo "fuzz: run 'swift build' first (the Yams checkout is needed)" >&2; return 1; }
    mkdir -p "$o"
    for file in "$yams"/CYaml/src/*.c; do
        clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I"$yams/CYaml/include" -I"$yams/CYaml/src" "$file" -o "$o/$(basename "$file" .c).o"
    done
    swiftc -parse-as-library -O -sanitize=fuzzer,address -D SWIFT_PACKAGE -module-name Yams -wmo \
        -emit-module -emit-module-path "$o/Yams.swiftmodule" -emit-object -I "$yams/CYaml/include" \
        -Xcc -fmodule-map-file="$yams/CYaml/include/module.modulemap" "$yams"/Yams/*.swift -o "$o/Yams.o" 2>&1 | grep -E "error" || true
    yams_objects=("$o"/*.o -I "$o" -I "$yams/CYaml/include" -Xcc -fmodule-map-file="$yams/CYaml/include/module.modulemap")
}
build_and_run() {
    local name=$1; shift
    echo "fuzz: building $name"
    # One module from several targets' sources: their imports of each other go.
    local src="$out/src-$name"
    rm -rf "$src" && mkdir -p "$src"
    local index=0
    for file in "$@"; do
        index=$((index + 1))
        sed -e '/^import TextMachinery$/d' -e '/^import FactExtraction$/d' -e '/^import QuizBank$/d' "$file" > "$src/$index-$(basename "$file")"
    done
    swiftc "${flags[@]}" "$src"/*.swift "${yams_objects[@]}" -o "$out/$name" 2>&1 | grep -v "ld.gold: warning" || true
    [ -x "$out/$name" ] || { echo "fuzz: $name did not build" >&2; return 1; }
    mkdir -p "Fuzz/corpus/$name" "Fuzz/crashes/$name"
    [ "$name" = extract ] && [ -d ../shared/eval/seeds ] && cp -n ../shared/eval/seeds/*.txt "Fuzz/corpus/$name/" 2>/dev/null || true
    [ "$name" = bankjson ] && cp -n QuestionBanks/*.json "Fuzz/corpus/$name/" 2>/dev/null || true
    [ "$name" = yaml ] && cp -n QuestionBanks/*.yaml Tests/Fixtures/bad/*.yaml "Fuzz/corpus/$name/" 2>/dev/null || true
    [ "$name" = sheet ] && cp -n Tests/Fixtures/bad/*sheet* "Fuzz/corpus/$name/" 2>/dev/null || true
    if [ "$name" = snapshot ] && [ -z "$(ls -A "Fuzz/corpus/$name")" ]; then
        printf '{"cards":2,"format":"factdrill-cards","log_bytes":300,"log_lines":2,"version":1}\nc1\tReview\t-\t25.08\t9.82\t1661850370\t1659690370\nc\\t2\tLearning\t1\t2.3065\t2.1\t1.5\t-\n' > "Fuzz/corpus/$name/seed"
    fi
    if [ "$name" = reviewlog ] && [ -z "$(ls -A "Fuzz/corpus/$name")" ]; then
        printf '{"due":"2026-01-02T09:00:00Z","id":"0000000000000001","item":"a","new":true,"rating":3,"time":"2026-01-01T09:00:00Z","v":1}\n\n{"id":"0000000000000001-undo","item":"a","time":"2026-01-01T09:01:00.500Z","undoes":"0000000000000001","v":1}\n{"due":"9999-12-31T23:59:59Z","id":"2","item":"b","rating":4,"time":"0001-01-01T00:00:00+00:00","v":1}\ntorn' > "Fuzz/corpus/$name/seed"
    fi
    [ "$name" = gift ] && [ -f ../shared/eval/gift/moodle-examples.gift ] && cp -n ../shared/eval/gift/moodle-examples.gift "Fuzz/corpus/$name/" 2>/dev/null || true
    echo "fuzz: running $name for ${seconds}s"
    "$out/$name" "Fuzz/corpus/$name" -max_total_time="$seconds" -max_len=20000 -timeout=5 \
        -artifact_prefix="Fuzz/crashes/$name/" -print_final_stats=1 2>&1 | grep -E "^#|stat::|SUMMARY|ERROR|Done" | tail -8
}
case $target in
    extract|all) build_and_run extract $extraction Fuzz/ExtractFuzz.swift ;;&
    gift|all) build_and_run gift $extraction $gift Fuzz/GIFTFuzz.swift ;;&
    matcher|all) build_and_run matcher $extraction $matching Fuzz/MatcherFuzz.swift ;;&
    bankjson|all) build_and_run bankjson $extraction $bankjson Fuzz/BankJSONFuzz.swift ;;&
    yaml|sheet|all) build_yams ;;&
    yaml|all) build_and_run yaml $extraction $quizbank Fuzz/YAMLFuzz.swift ;;&
    sheet|all) build_and_run sheet $extraction $quizbank Fuzz/SheetFuzz.swift ;;&
    snapshot|all) build_and_run snapshot $extraction $progress Fuzz/SnapshotFuzz.swift ;;&
    reviewlog|all) build_and_run reviewlog $extraction $progress Fuzz/ReviewLogFuzz.swift ;;
esac
