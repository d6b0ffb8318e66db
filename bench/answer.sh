#!/usr/bin/env bash
# trustcenter answer: a 300-row questionnaire against a 500-answer library, cold process each run, median of
# RUNS (default 5); and the size of the answers page's search index for those 500 answers. Target: under 3 s
# including start-up; the index under 60 KB of transfer (gzip, as static hosts serve it).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
mvn -q -B package -DskipTests
DIR=$(mktemp -d /dev/shm/answer-bench.XXXX)
trap 'rm -rf "$DIR"' EXIT
python3 bench/generate_answers.py 500 300 "$DIR"
times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  bin/trustcenter answer "$DIR/questionnaire.csv" -o "$DIR/filled.xlsx" -c "$DIR/site-config.yaml" --as-of 2026-11-22 > "$DIR/out.txt"
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
cat "$DIR/out.txt" | head -1
printf 'answer, 300 rows x 500 answers: runs %s ms; median %s ms\n' "${times[*]}" \
  "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
bin/trustcenter build -c "$DIR/site-config.yaml" --as-of 2026-11-22 -o "$DIR/public" > /dev/null 2>&1
raw=$(wc -c < "$DIR/public/answers/search-index.json")
gz=$(gzip -9 -c "$DIR/public/answers/search-index.json" | wc -c)
page=$(wc -c < "$DIR/public/answers/index.html")
echo "search index for 500 answers: ${raw} bytes, ${gz} bytes gzipped; answers/index.html ${page} bytes"
