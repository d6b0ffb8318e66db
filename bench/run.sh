#!/usr/bin/env bash
# Build-speed benchmark against Hugo: synthetic trust centers of 100, 1,000 and 10,000 policies (about 800
# words each, 500 subprocessors, 20 compliance entries), built by trustcenter and by Hugo (same Markdown
# bodies, a minimal layout), alternating, cold processes, output on tmpfs. Prints the median time and peak
# RSS of each, and the trustcenter/Hugo ratios. Then measures serve's warm rebuild on the 1,000-policy site.
# Not part of the test suite.
#
#   bench/run.sh [RUNS]        RUNS per tool and size, default 3. Needs hugo (apt-get install -y hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
base=$([ -d /dev/shm ] && echo /dev/shm/trustcenter-bench || echo "$PWD/target/bench")
tc="$PWD/bin/trustcenter"   # the jar with its class-data sharing archive and JVM flags chosen by size
mvn -q -B package -DskipTests
for n in 100 1000 10000; do
  [ -d "$base/$n" ] || python3 bench/generate.py "$n" "$base/$n"
done

# One cold run: prints "seconds kilobytes".
measure() {
  local dir=$1; shift
  (cd "$dir" && /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$base/time.txt") || { cat "$base/time.txt" >&2; exit 1; }
  tail -1 "$base/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-8s %14s %12s %14s %12s %8s %8s\n' policies trustcenter_s hugo_s trustcenter_MB hugo_MB ratio rss
for n in 100 1000 10000; do
  : > "$base/tc.txt"; : > "$base/hugo.txt"
  for ((i = 0; i < runs; i++)); do
    measure "$base/$n/trustcenter" "$tc" build --as-of 2026-11-22 -q -o "$base/$n/out-tc" >> "$base/tc.txt"
    measure "$base/$n/hugo" hugo --quiet -d "$base/$n/out-hugo" >> "$base/hugo.txt"
  done
  tc_s=$(cut -d' ' -f1 "$base/tc.txt" | median); hugo_s=$(cut -d' ' -f1 "$base/hugo.txt" | median)
  tc_kb=$(cut -d' ' -f2 "$base/tc.txt" | median); hugo_kb=$(cut -d' ' -f2 "$base/hugo.txt" | median)
  awk -v n="$n" -v a="$tc_s" -v b="$hugo_s" -v c="$tc_kb" -v d="$hugo_kb" 'BEGIN {
    printf "%-8s %14.2f %12.2f %14.0f %12.0f %7.1fx %7.2fx\n", n, a, b, c / 1024, d / 1024, a / b, c / d }'
done

# Warm rebuild in serve: change one policy of the 1,000-policy site and time until its page serves the change.
site="$base/1000/trustcenter"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$site" && exec "$tc" serve --as-of 2026-11-22 --port "$port" >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; cp "$base/policy.bak" "$site/content/policies/policy-00007.md" 2>/dev/null || true' EXIT
cp "$site/content/policies/policy-00007.md" "$base/policy.bak"
until curl -fs "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
: > "$base/rebuild.txt"
for i in 1 2 3 4 5 6 7; do
  marker="Rebuild marker $i $RANDOM"
  sed "s/^title: .*/title: $marker/" "$base/policy.bak" > "$site/content/policies/policy-00007.md"
  start=$(date +%s%N)
  until curl -fs "http://127.0.0.1:$port/policies/policy-00007/" | grep -q "$marker"; do sleep 0.005; done
  echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$base/rebuild.txt"
  sleep 0.5
done
echo "serve warm rebuild, 1,000 policies, one policy changed: p50 $(median < "$base/rebuild.txt") ms" \
  "(runs: $(tr '\n' ' ' < "$base/rebuild.txt"))"
