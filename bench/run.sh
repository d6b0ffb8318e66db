#!/usr/bin/env bash
# Build-speed benchmark against Hugo (issue 12): synthetic trust centers of 25 policies (20 subprocessors, like the
# example) and 100, 1,000 and 10,000 policies (about 800 words each, 500 subprocessors, 20 compliance entries),
# built by trustcenter and by Hugo (same Markdown bodies, a minimal layout), interleaved, output on tmpfs.
# For each size it measures, RUNS times each:
#   hugo        a cold `hugo` build
#   cold        a cold trustcenter process with an empty render cache (--no-cache), and its peak RSS
#   cached      a cold trustcenter process after one policy changed, with the render cache of the build before
#   warm        a build through the resident build process (trustcenter daemon) after one policy changed, once
#               ten builds have warmed it
# and prints the median, the spread (min-max) and the ratio to Hugo's median. Then it times `serve` after one
# policy is saved (renamed), 30 times, on the 1,000- and 10,000-policy sites. Every raw run goes to $base/runs.txt.
# Not part of the test suite.
#
#   bench/run.sh [RUNS] [SIZES]   RUNS per measure, default 5; SIZES default "25 100 1000 10000".
#                                 Needs hugo (apt-get install -y hugo), GNU time, python3 and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
sizes="${2:-25 100 1000 10000}"
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
base=$([ -d /dev/shm ] && echo /dev/shm/trustcenter-bench || echo "$PWD/target/bench")
tc="$PWD/bin/trustcenter"   # the jar with its class-data sharing archive and JVM flags chosen by size
export TRUSTCENTER_DAEMON_DIR="$base/daemon"
mvn -q -B package -DskipTests
mkdir -p "$base"
for n in $sizes; do
  [ -d "$base/$n" ] || python3 bench/generate.py "$n" "$base/$n" "$([ "$n" -le 25 ] && echo 20 || echo 500)"
done
: > "$base/runs.txt"

# One run in $1: prints "seconds kilobytes".
measure() {
  local dir=$1; shift
  (cd "$dir" && /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$base/time.txt") || { cat "$base/time.txt" >&2; exit 1; }
  tail -1 "$base/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
spread() { sort -n | awk 'NR==1 {min=$1} {max=$1} END {printf "%.2f-%.2f", min, max}'; }
# Changes one policy, as an author saving it would: a new last line each time.
touch_policy() { printf '\nEdited for run %s.\n' "$2" >> "$1/content/policies/policy-00001.md"; }

printf '%-7s %-22s %-28s %-28s %-28s %-s\n' policies hugo "cold, empty cache" "cold, cache, 1 changed" \
  "warm path (daemon)" "peak RSS (cold vs Hugo)"
for n in $sizes; do
  site="$base/$n/trustcenter"
  cp "$site/content/policies/policy-00001.md" "$base/policy.bak"
  for kind in hugo cold cached warm; do : > "$base/$kind.txt"; done
  # Cold, empty cache, against Hugo, interleaved.
  for ((i = 0; i < runs; i++)); do
    TRUSTCENTER_DAEMON=off measure "$site" "$tc" build --as-of 2026-11-22 -q --no-cache -o "$base/$n/out-tc" >> "$base/cold.txt"
    measure "$base/$n/hugo" hugo --quiet -d "$base/$n/out-hugo" >> "$base/hugo.txt"
  done
  # Cold process, warm cache: the cache of the previous build, one policy changed since.
  rm -rf "$site/.trustcenter"
  TRUSTCENTER_DAEMON=off "$tc" build -c "$site/site-config.yaml" --as-of 2026-11-22 -q -o "$base/$n/out-tc" >/dev/null
  for ((i = 0; i < runs; i++)); do
    touch_policy "$site" "cached-$i"
    TRUSTCENTER_DAEMON=off measure "$site" "$tc" build --as-of 2026-11-22 -q -o "$base/$n/out-tc" >> "$base/cached.txt"
  done
  # Warm path: the resident build process, warmed by ten builds as a daemon in use is (its JIT compiles the paths
  # a build takes; the first few builds after `daemon start` take up to twice as long).
  "$tc" daemon start >/dev/null
  for ((i = 0; i < 10; i++)); do
    touch_policy "$site" "warm-up-$i"
    "$tc" build -c "$site/site-config.yaml" --as-of 2026-11-22 -q -o "$base/$n/out-tc" >/dev/null
  done
  for ((i = 0; i < runs; i++)); do
    touch_policy "$site" "warm-$i"
    measure "$site" "$tc" build --as-of 2026-11-22 -q -o "$base/$n/out-tc" >> "$base/warm.txt"
  done
  "$tc" daemon stop >/dev/null
  cp "$base/policy.bak" "$site/content/policies/policy-00001.md"

  hugo_s=$(cut -d' ' -f1 "$base/hugo.txt" | median)
  row=$(printf '%-7s %-22s' "$n" "$(printf '%.2f s (%s)' "$hugo_s" "$(cut -d' ' -f1 "$base/hugo.txt" | spread)")")
  for kind in cold cached warm; do
    s=$(cut -d' ' -f1 "$base/$kind.txt" | median)
    row+=$(printf ' %-28s' "$(awk -v s="$s" -v h="$hugo_s" -v r="$(cut -d' ' -f1 "$base/$kind.txt" | spread)" \
      'BEGIN {printf "%.2f s (%s) %.1fx", s, r, s / h}')")
  done
  tc_kb=$(cut -d' ' -f2 "$base/cold.txt" | median); hugo_kb=$(cut -d' ' -f2 "$base/hugo.txt" | median)
  row+=$(awk -v a="$tc_kb" -v b="$hugo_kb" 'BEGIN {printf " %.0f MB vs %.0f MB, %.2fx", a / 1024, b / 1024, a / b}')
  echo "$row"
  for kind in hugo cold cached warm; do echo "$n $kind $(tr '\n' ' ' < "$base/$kind.txt")" >> "$base/runs.txt"; done
done

# serve: save one policy, time until its page serves the change (the watcher's quiet period included), polling over
# one kept-alive connection (bench/serve_saves.py).
for n in 1000 10000; do
  case " $sizes " in *" $n "*) ;; *) continue ;; esac
  site="$base/$n/trustcenter"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$site" && exec "$tc" serve --as-of 2026-11-22 --port "$port" >/dev/null 2>&1) &
  server=$!
  cp "$site/content/policies/policy-00007.md" "$base/policy.bak"
  trap 'kill $server 2>/dev/null; cp "$base/policy.bak" "$site/content/policies/policy-00007.md" 2>/dev/null || true' EXIT
  until curl -fs "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
  python3 bench/serve_saves.py "$port" "$site/content/policies/policy-00007.md" /policies/policy-00007/ 30 \
    > "$base/rebuild.txt"
  kill "$server"; wait "$server" 2>/dev/null || true
  cp "$base/policy.bak" "$site/content/policies/policy-00007.md"
  trap - EXIT
  echo "serve, $n policies, one policy saved: p50 $(median < "$base/rebuild.txt") ms over 30 saves," \
    "$(head -10 "$base/rebuild.txt" | median) ms over the first 10, $(tail -10 "$base/rebuild.txt" | median) ms over" \
    "the last 10 (runs: $(tr '\n' ' ' < "$base/rebuild.txt"))"
  echo "$n serve $(tr '\n' ' ' < "$base/rebuild.txt")" >> "$base/runs.txt"
done
