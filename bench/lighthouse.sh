#!/usr/bin/env bash
# Lighthouse scores of the example trust center: builds it, serves it on 127.0.0.1 with the headers of its
# own _headers file, and runs Lighthouse (npm) in Debian's Chromium on the home, subprocessors and
# request-access pages, in English and in Arabic (right to left). Prints the four category scores per page.
# Not part of the test suite.
#
#   bench/lighthouse.sh                          # needs: JDK 17, Maven, Node/npm, chromium, python3
#   BRAND_COLOR='#0f766e' bench/lighthouse.sh    # the example in another brand colour
#   PAGES="ar/subprocessors/" bench/lighthouse.sh # only these pages (space-separated; "" is the home page)
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
work=target/lighthouse
mkdir -p "$work"

mvn -q -B package -DskipTests
config=site-config.yaml
if [ -n "${BRAND_COLOR:-}" ]; then
  # A copy of the example whose only difference is the brand colour.
  rm -rf "$work/brand" && mkdir -p "$work/brand"
  cp -r content private "$work/brand/"
  sed "s/brand_color: \"#[0-9a-fA-F]*\"/brand_color: \"$BRAND_COLOR\"/" site-config.yaml > "$work/brand/site-config.yaml"
  config="$work/brand/site-config.yaml"
fi
rm -rf "$work/site"
java -jar target/trustcenter.jar build -c "$config" --as-of 2026-11-22 -o "$work/site" -q
if [ ! -x "$work/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$work" --no-save --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi

# A static host that sends the site's _headers, as Netlify or Cloudflare Pages would.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$work/site" "$port" <<'PY' &
import http.server, os, sys
root, port = sys.argv[1], int(sys.argv[2])
rules, pattern = {}, None
for line in open(os.path.join(root, "_headers")):
    if not line.strip():
        continue
    if not line[0].isspace():
        pattern = line.strip(); rules[pattern] = []
    else:
        name, value = line.strip().split(":", 1); rules[pattern].append((name, value.strip()))
class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)
    def end_headers(self):
        for pat, headers in rules.items():
            if pat == "/*" or self.path.startswith(pat.rstrip("*")):
                for name, value in headers:
                    if name != "Strict-Transport-Security":
                        self.send_header(name, value)
        super().end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
PY
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1

printf '%-22s %12s %14s %15s %6s\n' page performance accessibility best-practices seo
read -r -a pages <<< "${PAGES-__all__}"
[ "${PAGES-__all__}" = "__all__" ] && pages=("" "subprocessors/" "request-access/" "ar/" "ar/subprocessors/" "ar/request-access/")
for page in "${pages[@]}"; do
  out="$work/report-$(echo "${page:-home}" | tr / -).json"
  "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet --output=json --output-path="$out" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(22), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(6));
  ' "$PWD/$out" "/${page}"
done
