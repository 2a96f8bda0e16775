#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The second client of bench-live (issue 23, the live room): another
process writing RATE changed records a second to the real PouchDB Server
for SECONDS, as a secretariat's other laptop marking speakers would, while
bench-live's window syncs live. It changes the titles of the database's
first 40 documents in turn, a tenth of a second's changes in one
`_bulk_docs` (one PouchDB Server on a loaded 2-CPU machine does not
answer 50 requests a second), over one kept-alive connection, then sets the first one's title to "bench-live: done" so that
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

    def put(batch):
        answers = request("POST", "_bulk_docs", json.dumps({"docs": batch}))
        for doc, answer in zip(batch, answers):
            if "rev" not in answer:
                raise SystemExit(f"bench-live-writer: {doc['_id']}: {answer}")
            doc["_rev"] = answer["rev"]

    n = int(rate * seconds)
    per_batch = max(1, int(rate / 10))
    start = time.monotonic()
    for i in range(0, n, per_batch):
        # Paced by the clock, not by the answers: RATE changes a second
        # whatever each request takes, as long as the server keeps up.
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        batch = []
        for j in range(i, min(n, i + per_batch)):
            doc = docs[j % len(docs)]
            doc["title"] = f"Live change {j}"
            batch.append(doc)
        put(batch)
    elapsed = time.monotonic() - start
    docs[0]["title"] = "bench-live: done"
    put([docs[0]])
    print(f"# writer: {n} changes in {elapsed:.2f} s ({n / elapsed:.1f}/s) to {len(docs)} documents;"
          f" sentinel {docs[0]['_id']}", flush=True)


if __name__ == "__main__":
    main()
