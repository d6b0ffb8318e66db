#!/usr/bin/env python3
"""Generates a synthetic trust center with N policies (about 800 words of Markdown each, with front matter,
tables and lists), 500 subprocessors and 20 compliance entries, plus a Hugo site with the same policy bodies
and a minimal layout, for bench/run.sh.

    bench/generate.py N OUT [S]  writes OUT/trustcenter/ and OUT/hugo/, with S subprocessors (default 500)
"""
import os
import random
import sys

WORDS = ("access control audit availability backup change confidentiality customer data encryption incident "
         "integrity key logging monitoring network owner personal policy privacy process review risk security "
         "service supplier system testing training vendor vulnerability asset classification retention").split()
COUNTRIES = ["US", "DE", "FR", "GB", "IE", "NL", "SE", "CA", "JP", "SG", "AU", "AE", "IN", "BR", "CH"]
FRAMEWORKS = ["gdpr", "uk-gdpr", "uae-pdpl", "hipaa", "pci-dss", "nist-ai-rmf", "csa-star"]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def body(rng, i):
    parts = [f"## Purpose\n\n" + " ".join(sentence(rng, 14) for _ in range(11)),
             "## Scope\n\n" + " ".join(sentence(rng, 12) for _ in range(9)),
             "## Requirements\n\n" + "\n".join(f"- **{rng.choice(WORDS).title()}.** {sentence(rng, 12)}" for _ in range(10)),
             "## Roles\n\n| Role | Responsibility |\n|---|---|\n" + "\n".join(
                 f"| {rng.choice(WORDS).title()} owner | {sentence(rng, 9)} |" for _ in range(6)),
             "## Procedure\n\n" + "\n".join(f"{n}. {sentence(rng, 13)}" for n in range(1, 9)),
             "## Exceptions\n\n" + " ".join(sentence(rng, 13) for _ in range(9))]
    return "\n\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    subprocessors = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    rng = random.Random(n)
    tc, hugo = os.path.join(out, "trustcenter"), os.path.join(out, "hugo")
    write(os.path.join(tc, "site-config.yaml"), """site:
  title: Bench Trust Center
  base_url: https://trust.bench.example.com/
company:
  name: Bench Corp
contacts:
  security: security@bench.example.com
""")
    entries = []
    for i in range(20):
        fw = FRAMEWORKS[i % len(FRAMEWORKS)]
        entries.append(f"- id: entry-{i}\n  framework: {fw}\n  status: compliant\n  scope: {sentence(rng, 10)}\n")
    write(os.path.join(tc, "content/compliance.yaml"), "".join(entries))
    subs = ["notice_period_days: 30\nsubprocessors:\n"]
    for i in range(subprocessors):
        subs.append(f"  - name: Supplier {i:04d} Ltd\n    purpose: {sentence(rng, 6)}\n    category: Category {i % 12}\n"
                    f"    data: [{rng.choice(WORDS)} data]\n    locations: [{rng.choice(COUNTRIES)}, {rng.choice(COUNTRIES)}]\n"
                    f"    transfer_mechanism: scc\n    since: 2024-0{1 + i % 9}-1{i % 10}\n")
    write(os.path.join(tc, "content/subprocessors.yaml"), "".join(subs))
    write(os.path.join(hugo, "hugo.toml"), 'baseURL = "https://bench.example.com/"\ntitle = "Bench"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    write(os.path.join(hugo, "layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
          "<title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n")
    write(os.path.join(hugo, "layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
          "<p>{{ .Params.owner }} · {{ .Params.version }}</p>{{ .Content }}{{ end }}\n")
    write(os.path.join(hugo, "layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>"
          "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n")
    write(os.path.join(hugo, "layouts/index.html"), "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1>{{ end }}\n")
    for i in range(n):
        text = body(rng, i)
        front = (f"title: Policy {i:05d}\nsummary: {sentence(rng, 10)}\nversion: \"1.{i % 10}\"\nowner: Security team\n"
                 f"effective: 2026-01-15\nlast_reviewed: 2026-01-10\nvisibility: public\n")
        write(os.path.join(tc, f"content/policies/policy-{i:05d}.md"), f"---\n{front}maps_to: [soc2:CC1.1]\n---\n{text}")
        write(os.path.join(hugo, f"content/policies/policy-{i:05d}.md"), f"---\n{front}---\n{text}")


if __name__ == "__main__":
    main()
