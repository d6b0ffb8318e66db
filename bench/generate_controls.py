#!/usr/bin/env python3
"""Writes N controls into a site made by bench/generate.py, for bench/controls.sh: what issue 13's crosswalk
adds to the benchmark's build time.

    bench/generate_controls.py SITE N   writes SITE/content/controls.yaml

The controls are like a real company's: every category, a sentence or two of Markdown each, an owner, evidence
among the site's policies and compliance entries, and six to nine requirements of SOC 2, ISO 27001 and ISO 42001
from the built-in catalogue. Nine in ten are implemented or partial; the rest are planned or not applicable.
"""
import datetime
import os
import random
import sys

import yaml

CATEGORIES = ["organizational", "people", "physical", "infrastructure", "product", "data", "privacy", "ai"]
OWNERS = ["Security team", "Platform team", "People team", "Legal", "AI governance board", "IT"]
WORDS = ("access backup change encryption incident logging monitoring network review risk security supplier "
         "testing training vendor vulnerability asset classification retention key").split()


def catalogue():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "src", "main", "resources", "frameworks.yaml"), encoding="utf-8") as f:
        frameworks = {fw["id"]: fw for fw in yaml.safe_load(f)}
    return {fid: [str(c) for c in frameworks[fid]["controls"]] for fid in ("soc2", "iso27001", "iso42001")}


def main():
    site, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(n)
    requirements = catalogue()
    content = os.path.join(site, "content")
    policies = sorted(p[:-3] for p in os.listdir(os.path.join(content, "policies")) if p.endswith(".md"))
    with open(os.path.join(content, "compliance.yaml"), encoding="utf-8") as f:
        entries = [e["id"] for e in yaml.safe_load(f)]
    controls = []
    for i in range(n):
        kind = rng.random()
        control = {"id": f"control-{i:04d}",
                   "title": " ".join(rng.choice(WORDS) for _ in range(3)).capitalize() + f" {i}",
                   "category": CATEGORIES[i % len(CATEGORIES)],
                   "description": " ".join(rng.choice(WORDS) for _ in range(14)).capitalize()
                   + f". See the **{rng.choice(WORDS)}** procedure.",
                   "owner": rng.choice(OWNERS)}
        if kind < 0.8:
            control.update(status="implemented", last_tested=datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28)))
        elif kind < 0.9:
            control.update(status="partial", last_tested=datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28)))
        elif kind < 0.97:
            control.update(status="planned", target=datetime.date(2027, rng.randint(1, 12), rng.randint(1, 28)))
        else:
            control.update(status="not_applicable", reason="Not part of the service: " + rng.choice(WORDS) + ".")
        control["evidence"] = [rng.choice(policies)] + ([rng.choice(entries)] if rng.random() < 0.5 else [])
        control["maps_to"] = ([f"soc2:{r}" for r in rng.sample(requirements["soc2"], rng.randint(2, 3))]
                              + [f"iso27001:{r}" for r in rng.sample(requirements["iso27001"], rng.randint(2, 4))]
                              + [f"iso42001:{r}" for r in rng.sample(requirements["iso42001"], rng.randint(1, 2))])
        controls.append(control)
    with open(os.path.join(content, "controls.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(controls, f, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
