#!/usr/bin/env python3
"""Times `trustcenter serve` after one policy is saved: from the write until the served page shows the change.

    bench/serve_saves.py PORT POLICY_FILE PAGE_PATH [SAVES]

Each save gives the policy a new title (as an author renaming it would: the policies index and trust.json change
too), then asks for the page over one kept-alive HTTP connection every millisecond until it carries the new title.
Prints one line per save, in milliseconds. The watcher's quiet period is included; no process is started per
poll (curl and grep, started per poll, added about 20 ms to each save on the benchmark machine). The policy is
restored at the end. Not part of the test suite.
"""
import http.client
import re
import sys
import time


def main():
    port, policy, page = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    saves = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    with open(policy, encoding="utf-8") as f:
        original = f.read()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def served():
        connection.request("GET", page)
        return connection.getresponse().read()

    try:
        for i in range(1, saves + 1):
            marker = "Rebuild marker %d %d" % (i, time.time_ns() % 1000003)
            text = re.sub(r"(?m)^title: .*$", "title: " + marker, original, count=1)
            start = time.perf_counter()
            with open(policy, "w", encoding="utf-8") as f:
                f.write(text)
            while marker.encode() not in served():
                time.sleep(0.001)
            print(round((time.perf_counter() - start) * 1000), flush=True)
            time.sleep(0.5)
    finally:
        with open(policy, "w", encoding="utf-8") as f:
            f.write(original)


if __name__ == "__main__":
    main()
