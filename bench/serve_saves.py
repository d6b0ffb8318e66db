#!/usr/bin/env python3
"""Times `trustcenter serve` after one policy is saved, as a browser showing the page sees it: from the write until
the page, fetched when serve's live-reload stream says "reload", carries the change.

    bench/serve_saves.py PORT POLICY_FILE PAGE_PATH [SAVES]

Each save gives the policy a new title (as an author renaming it would: the policies index and trust.json change
too). The script listens on serve's event stream (/_trustcenter/events, what the page's live.js listens to), and
after each "reload" fetches the page over a second, kept-alive connection. The watcher's quiet period is included.
Nothing polls while serve rebuilds: polling every millisecond, or starting curl and grep per poll (about 20 ms each
on the benchmark machine), takes the CPU the rebuild needs on two cores. Prints one line per save, in
milliseconds; the policy is restored at the end. Not part of the test suite.
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
    events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    events.request("GET", "/_trustcenter/events")
    stream = events.getresponse()
    pages = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def next_event():
        name = None
        while True:
            line = stream.fp.readline().decode("utf-8").rstrip("\r\n")
            if line.startswith("event:"):
                name = line[len("event:"):].strip()
            elif line == "" and name is not None:
                return name

    def served():
        pages.request("GET", page)
        return pages.getresponse().read()

    next_event()  # the stream's first event tells the state of the last build
    try:
        for i in range(1, saves + 1):
            marker = "Rebuild marker %d %d" % (i, time.time_ns() % 1000003)
            text = re.sub(r"(?m)^title: .*$", "title: " + marker, original, count=1)
            start = time.perf_counter()
            with open(policy, "w", encoding="utf-8") as f:
                f.write(text)
            while True:
                event = next_event()
                if event == "reload" and marker.encode() in served():
                    break
                if event == "problems":
                    sys.exit("the saved policy does not build")
            print(round((time.perf_counter() - start) * 1000), flush=True)
            time.sleep(0.5)
    finally:
        with open(policy, "w", encoding="utf-8") as f:
            f.write(original)


if __name__ == "__main__":
    main()
