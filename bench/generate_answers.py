#!/usr/bin/env python3
"""Writes a trust center with an answer library of N answers, and a questionnaire of M rows to fill from it.

    bench/generate_answers.py N M OUT

The answers spread over 10 domain files, each with a question, two aliases and a CAIQ-shaped id; the
questionnaire asks a third of its rows by a rephrased question, a third by a CAIQ id, and a third with
questions the library does not hold.
"""
import csv
import os
import random
import sys

TOPICS = ["encryption", "access", "logging", "backups", "vendors", "privacy", "incidents", "network", "ai", "people"]
DOMAINS = ["CEK", "IAM", "LOG", "BCR", "STA", "DSP", "SEF", "IVS", "AIS", "HRS"]
WORDS = ("data customer production keys rotation review audit retention region policy control monitor alert "
         "backup restore vendor contract breach notify training model network firewall laptop device password "
         "token session export delete consent transfer subprocessor report certificate test patch").split()


def main():
    n, m, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(42)
    os.makedirs(os.path.join(out, "content", "answers"), exist_ok=True)
    with open(os.path.join(out, "site-config.yaml"), "w") as f:
        f.write("site: {title: Bench Trust Center, base_url: 'https://trust.bench.example.com/'}\n"
                "company: {name: Bench}\ncontacts: {security: security@bench.example.com}\n")
    with open(os.path.join(out, "content", "compliance.yaml"), "w") as f:
        f.write("- {id: gdpr, framework: gdpr, status: compliant}\n")
    questions = []
    files = {t: open(os.path.join(out, "content", "answers", t + ".yaml"), "w") for t in TOPICS}
    for i in range(n):
        t = i % len(TOPICS)
        words = rng.sample(WORDS, 6)
        question = "Do you %s the %s %s for %s %s?" % (words[0], words[1], words[2], words[3], TOPICS[t])
        ref = "%s-%02d.%d" % (DOMAINS[t], i // len(TOPICS) % 100, i // 1000 + 1)
        questions.append((question, ref, words))
        files[TOPICS[t]].write(
            "- id: a%d\n  question: \"%s\"\n  short: \"yes\"\n  answer: Yes, %s.\n  refs: {caiq: [%s]}\n"
            "  last_reviewed: 2026-10-01\n  aliases: [\"How is %s %s handled?\", \"Is %s %s in place?\"]\n"
            % (i, question, " ".join(words), ref, words[1], words[2], words[4], words[5]))
    for f in files.values():
        f.close()
    with open(os.path.join(out, "questionnaire.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ID", "Question"])
        for r in range(m):
            question, ref, words = questions[rng.randrange(len(questions))]
            kind = r % 3
            if kind == 0:
                w.writerow(["", "Please describe how you %s %s %s." % (words[0], words[1], words[2])])
            elif kind == 1:
                w.writerow([ref, question])
            else:
                w.writerow(["", "What is the %s of your %s office?" % (rng.choice(WORDS), rng.choice(WORDS))])


if __name__ == "__main__":
    main()
