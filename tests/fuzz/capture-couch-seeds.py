#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Capture the seed corpora of the CouchDB fuzz targets from a real
PouchDB Server (the one the sync tests use, tests/server), byte for byte
as it answers: _changes (normal and longpoll, with its newline
heartbeats), _bulk_docs results (created, conflict, refused), _session,
single documents and _all_docs rows.

    tests/fuzz/capture-couch-seeds.py SAMPLE.plenary

SAMPLE.plenary is any session file (`plenary-cli new --sample`). Seeds are
named by the SHA-1 of their bytes, as libFuzzer names its own."""

import base64
import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")
ADMIN, PASSWORD = "admin", "fuzz-seeds"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="plenary-seeds-")
        self.port = free_port()
        with open(os.path.join(self.dir, "config.json"), "w") as f:
            json.dump({"admins": {ADMIN: PASSWORD},
                       "log": {"file": os.path.join(self.dir, "log"), "level": "error"}}, f)
        script = os.path.join(ROOT, "tests", "server", "node_modules", "pouchdb-server", "bin", "pouchdb-server")
        self.proc = subprocess.Popen(["node", script, "--port", str(self.port), "--host", "127.0.0.1",
                                      "--in-memory", "--config", os.path.join(self.dir, "config.json"),
                                      "--no-stdout-logs"], cwd=self.dir)
        for _ in range(200):
            try:
                self.raw("GET", "/")
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("PouchDB Server did not start")

    def raw(self, method, path, body=None, auth=True):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if auth:
            token = base64.b64encode(f"{ADMIN}:{PASSWORD}".encode()).decode()
            headers["Authorization"] = "Basic " + token
        conn.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, data

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def keep(target, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data)
    print(f"{target}/{name}: {len(data)} bytes")


def main():
    with open(sys.argv[1]) as f:
        docs = json.load(f)["docs"]
    server = Server()
    try:
        db = "/plenary-seeds"
        server.raw("PUT", db)

        status, data = server.raw("POST", db + "/_bulk_docs", {"docs": docs})
        keep("couch-bulk-docs", data)
        results = json.loads(data)
        revs = {r["id"]: r["rev"] for r in results if "rev" in r}

        # A stale push: every record without its rev is a conflict.
        status, data = server.raw("POST", db + "/_bulk_docs", {"docs": docs[:5]})
        keep("couch-bulk-docs", data)
        # An edit, a deletion (tombstone with its rev) and a conflict at once.
        edited = dict(docs[1], _rev=revs[docs[1]["_id"]], title="Edited on the server")
        status, data = server.raw("POST", db + "/_bulk_docs",
                                  {"docs": [edited, {"_id": docs[2]["_id"], "_rev": revs[docs[2]["_id"]],
                                                     "_deleted": True}, docs[3]]})
        keep("couch-bulk-docs", data)
        # A refusal: the validation of a design document.
        server.raw("PUT", db + "/_design/plenary",
                   {"validate_doc_update": "function (doc) { if (doc.type === 'forbidden') "
                                           "throw ({forbidden: 'no such record type'}); }"})
        status, data = server.raw("POST", db + "/_bulk_docs",
                                  {"docs": [{"_id": "x:1", "type": "forbidden"}, {"_id": "item:new", "type": "item", "title": "New"}]})
        keep("couch-bulk-docs", data)

        # _changes, normal feed, from the start and from the middle.
        status, data = server.raw("GET", db + "/_changes?include_docs=true")
        keep("couch-changes", data)
        changes = json.loads(data)
        middle = changes["results"][len(changes["results"]) // 2]["seq"]
        status, data = server.raw("GET", db + f"/_changes?include_docs=true&since={json.dumps(middle)}")
        keep("couch-changes", data)
        last_seq = changes["last_seq"]
        status, data = server.raw("GET", db + f"/_changes?include_docs=true&since={json.dumps(last_seq)}")
        keep("couch-changes", data)

        # Longpoll: heartbeats while waiting, then the change another
        # client makes.
        def edit_later():
            time.sleep(2.5)
            server.raw("PUT", db + "/item:late", {"type": "item", "title": "Late", "parent": None})
        threading.Thread(target=edit_later).start()
        status, data = server.raw("GET", db + f"/_changes?include_docs=true&feed=longpoll&heartbeat=1000"
                                  f"&since={json.dumps(last_seq)}")
        keep("couch-changes", data)

        # _session: logged in as admin, anonymous, and a refused login.
        status, data = server.raw("GET", "/_session")
        keep("couch-session", data)
        status, data = server.raw("GET", "/_session", auth=False)
        keep("couch-session", data)
        status, data = server.raw("POST", "/_session", {"name": ADMIN, "password": PASSWORD}, auth=False)
        keep("couch-session", data)
        status, data = server.raw("POST", "/_session", {"name": ADMIN, "password": "wrong"}, auth=False)
        keep("couch-session", data)

        # Single documents, a missing one, a deleted one, and _all_docs rows.
        for doc_id in ("session", docs[1]["_id"], "_design/plenary", "no-such-doc", docs[2]["_id"]):
            status, data = server.raw("GET", db + "/" + doc_id.replace("/", "%2F") if not doc_id.startswith("_design")
                                      else db + "/" + doc_id)
            keep("couch-document", data)
        status, data = server.raw("POST", db + "/_all_docs?include_docs=true",
                                  {"keys": [docs[1]["_id"], docs[2]["_id"], "no-such-doc", docs[4]["_id"]]})
        keep("couch-document", data)
        status, data = server.raw("GET", db + "/_security")
        keep("couch-document", data)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
