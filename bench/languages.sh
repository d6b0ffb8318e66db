#!/usr/bin/env bash
# How build time grows with the number of languages (issue 16: at most linearly). Builds the example site with
# site.languages [en], [en, ar], [en, ar, fr] and [en, ar, fr, de], each RUNS times as a cold process through
# bin/trustcenter, output on tmpfs, and prints the median time, the pages written, and the time per language.
# And the 1,000-policy synthetic site of bench/generate.py in one and in four languages, where the pages dominate.
# Not part of the test suite.
#
#   bench/languages.sh [RUNS]     RUNS per configuration, default 5.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
base=$([ -d /dev/shm ] && echo /dev/shm/trustcenter-languages || echo "$PWD/target/bench-languages")
tc="$PWD/bin/trustcenter"
mvn -q -B package -DskipTests
rm -rf "$base" && mkdir -p "$base"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# site DIR LANGUAGES: a copy of a site with site.languages set, e.g. "[en, ar]".
site() {
  local from=$1 dir=$2 languages=$3
  rm -rf "$dir" && cp -r "$from" "$dir"
  python3 - "$dir/site-config.yaml" "$languages" <<'PY'
import re, sys
path, languages = sys.argv[1], sys.argv[2]
text = open(path).read()
text = re.sub(r"(?m)^  languages: .*\n", "", text)
text = re.sub(r"(?m)^(site:\n)", r"\1  languages: " + languages + "\n", text, count=1)
open(path, "w").write(text)
PY
  # Translations into languages the configuration leaves out would be refused (translation-language).
  local keep; keep=$(echo "$languages" | tr -d '[] ' | tr ',' '|')
  find "$dir/content" -name '*.*.md' | grep -Ev "\.($keep)\.md$" | xargs -r rm -f || true
}

measure() {
  local dir=$1
  : > "$base/times.txt"
  for ((i = 0; i < runs; i++)); do
    local start=$(date +%s%N)
    (cd "$dir" && "$tc" build --as-of 2026-11-22 -q -o "$base/out" >/dev/null 2>"$base/err.txt") \
      || { cat "$base/err.txt" >&2; exit 1; }
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$base/times.txt"
  done
  median < "$base/times.txt"
}

example="$base/example-src"
mkdir -p "$example" && cp -r site-config.yaml content "$example/"
[ -d private ] && cp -r private "$example/" || true
printf '%-26s %8s %8s %10s\n' site pages median_ms ms_per_lang
n=0
for languages in "[en]" "[en, ar]" "[en, ar, fr]" "[en, ar, fr, de]"; do
  n=$((n + 1))
  site "$example" "$base/example" "$languages"
  ms=$(measure "$base/example")
  pages=$(find "$base/out" -name '*.html' | wc -l)
  printf '%-26s %8s %8s %10s\n' "example $languages" "$pages" "$ms" "$((ms / n))"
done

big="$base/1000-src"
python3 bench/generate.py 1000 "$big" >/dev/null
for languages in "[en]" "[en, ar, fr, de]"; do
  site "$big/trustcenter" "$base/big" "$languages"
  ms=$(measure "$base/big")
  pages=$(find "$base/out" -name '*.html' | wc -l)
  printf '%-26s %8s %8s\n' "1,000 policies $languages" "$pages" "$ms"
done
