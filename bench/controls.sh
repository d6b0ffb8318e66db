#!/usr/bin/env bash
# What issue 13's controls add to the benchmark's build time: each site of bench/run.sh built as it is and with
# 300 controls (bench/generate_controls.py: every category, Markdown descriptions, evidence, six to nine SOC 2,
# ISO 27001 and ISO 42001 requirements each; so controls/, four per-framework pages, the crosswalk, controls.json,
# controls.csv, OSCAL and trust.json's controls). Interleaved, output on tmpfs, RUNS times each:
#   cold   a cold trustcenter process with an empty render cache (--no-cache), as bench/run.sh's "cold"
#   warm   a build through the resident build process (trustcenter daemon), once ten builds have warmed it
# and prints each median, its spread and what the controls add, in wall-clock time and, for the cold process, in CPU
# time (user and system), which a shared machine's noise moves less. Every raw run goes to $base/controls-runs.txt.
# Not part of the test suite.
#
#   bench/controls.sh [RUNS] [SIZES] [CONTROLS]   default 5, "25 100 1000 10000", 300
#                                                Needs GNU time and python3 with PyYAML (apt-get install -y python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
sizes="${2:-25 100 1000 10000}"
count="${3:-300}"
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
base=$([ -d /dev/shm ] && echo /dev/shm/trustcenter-bench || echo "$PWD/target/bench")
tc="$PWD/bin/trustcenter"
export TRUSTCENTER_DAEMON_DIR="$base/daemon"
mvn -q -B package -DskipTests
: > "$base/controls-runs.txt"

# One run in $1: prints "wall-seconds cpu-seconds".
seconds() {
  local dir=$1; shift
  (cd "$dir" && /usr/bin/time -f "%e %U %S" "$@" >/dev/null 2>"$base/time.txt") || { cat "$base/time.txt" >&2; exit 1; }
  tail -1 "$base/time.txt" | awk '{printf "%s %.2f\n", $1, $2 + $3}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
spread() { sort -n | awk 'NR==1 {min=$1} {max=$1} END {printf "%.2f-%.2f", min, max}'; }
cell() { awk -v s="$1" -v r="$2" 'BEGIN {printf "%.2f s (%s)", s, r}'; }
added() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.0f ms, %+.1f%%", (b - a) * 1000, (b - a) / a * 100}'; }

printf '%-7s %-24s %-24s %-18s %-24s %-24s %-18s %-24s %-24s %-s\n' policies "cold, without" \
  "cold, with $count" "cold, added" "cold CPU, without" "cold CPU, with $count" "cold CPU, added" "warm, without" \
  "warm, with $count" "warm, added"
for n in $sizes; do
  [ -d "$base/$n" ] || python3 bench/generate.py "$n" "$base/$n" "$([ "$n" -le 25 ] && echo 20 || echo 500)"
  work="$base/controls/$n"
  rm -rf "$work" && mkdir -p "$work"
  cp -r "$base/$n/trustcenter" "$work/without"
  rm -rf "$work/without/.trustcenter"
  cp -r "$work/without" "$work/with"
  python3 bench/generate_controls.py "$work/with" "$count"
  for kind in without with; do : > "$work/cold-$kind.txt"; : > "$work/warm-$kind.txt"; done
  for ((i = 0; i < runs; i++)); do
    for kind in without with; do
      TRUSTCENTER_DAEMON=off seconds "$work/$kind" "$tc" build --as-of 2026-11-22 -q --no-cache \
        -o "$work/out-$kind" >> "$work/cold-$kind.txt"
    done
  done
  "$tc" daemon start >/dev/null
  for ((i = 0; i < 10; i++)); do
    for kind in without with; do
      "$tc" build -c "$work/$kind/site-config.yaml" --as-of 2026-11-22 -q -o "$work/out-$kind" >/dev/null
    done
  done
  for ((i = 0; i < runs; i++)); do
    for kind in without with; do
      seconds "$work/$kind" "$tc" build --as-of 2026-11-22 -q -o "$work/out-$kind" >> "$work/warm-$kind.txt"
    done
  done
  "$tc" daemon stop >/dev/null
  row=$(printf '%-7s' "$n")
  for column in cold:1 cold:2 warm:1; do
    path=${column%:*} field=${column#*:}
    a=$(cut -d' ' -f"$field" "$work/$path-without.txt" | median)
    b=$(cut -d' ' -f"$field" "$work/$path-with.txt" | median)
    row+=$(printf ' %-24s %-24s %-18s' "$(cell "$a" "$(cut -d' ' -f"$field" "$work/$path-without.txt" | spread)")" \
      "$(cell "$b" "$(cut -d' ' -f"$field" "$work/$path-with.txt" | spread)")" "$(added "$a" "$b")")
  done
  for path in cold warm; do
    for kind in without with; do
      echo "$n $path $kind $(tr '\n' ' ' < "$work/$path-$kind.txt")" >> "$base/controls-runs.txt"
    done
  done
  echo "$row"
done
