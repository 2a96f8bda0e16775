#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The second client of bench-live (issue 23, the live room): another
process writing RATE changed records a second to the real PouchDB Server
for SECONDS, as a secretariat's other laptop marking speakers would, while
bench-live's window syncs live. It changes the titles of the database's
first 40 documents in turn (one PUT each, over one kept-alive
connection), then sets the first one's title to "bench-live: done" so that
the window can tell when the feed has delivered everything.

    bench-live-writer.py URL DATABASE USER PASSWORD RATE SECONDS
"""

import base64
import http.client
import json
import sys
import time
import urllib.parse


def main():
    url, database, user, password, rate, seconds = sys.argv[1:7]
    rate, seconds = float(rate), float(seconds)
    parsed = urllib.parse.urlparse(url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port)
    auth = base64.b64encode(f"{user}:{password}".encode()).decode()
    headers = {"Authorization": f"Basic {auth}", "Content-Type": "application/json",
               "Accept": "application/json"}

    def request(method, path, body=None):
        connection.request(method, f"/{database}/{path}", body=body, headers=headers)
        response = connection.getresponse()
        data = json.loads(response.read())
        if response.status >= 300:
            raise SystemExit(f"bench-live-writer: {method} {path}: {response.status} {data}")
        return data

    rows = request("GET", "_all_docs?include_docs=true")["rows"]
    docs = [row["doc"] for row in rows if row["doc"].get("type") == "document"][:40]
    if not docs:
        raise SystemExit("bench-live-writer: no documents in the database")

    def put(doc, title):
        doc["title"] = title
        answer = request("PUT", urllib.parse.quote(doc["_id"], safe=""), json.dumps(doc))
        doc["_rev"] = answer["rev"]

    n = int(rate * seconds)
    start = time.monotonic()
    for i in range(n):
        # Paced by the clock, not by the answers: RATE changes a second
        # whatever each PUT takes, as long as the server keeps up.
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        put(docs[i % len(docs)], f"Live change {i}")
    elapsed = time.monotonic() - start
    put(docs[0], "bench-live: done")
    print(f"# writer: {n} changes in {elapsed:.2f} s ({n / elapsed:.1f}/s) to {len(docs)} documents;"
          f" sentinel {docs[0]['_id']}", flush=True)


if __name__ == "__main__":
    main()
