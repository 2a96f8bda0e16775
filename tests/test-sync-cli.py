#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli sync and server-setup against a real PouchDB Server 4.2.0
(tests/server, started here with node on a free loopback port, a fresh
config and data dir, stopped by PID)."""

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

CLI = os.environ["PLENARY_CLI"]
ROOT = os.environ["PLENARY_SOURCE_ROOT"]
SERVER = os.path.join(ROOT, "tests", "server", "node_modules", "pouchdb-server", "bin", "pouchdb-server")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="plenary-couch-")
        self.port = free_port()
        self.url = "http://127.0.0.1:%d/" % self.port
        with open(os.path.join(self.dir, "config.json"), "w") as f:
            json.dump({"admins": {"admin": "secret"},
                       "log": {"file": os.path.join(self.dir, "log.txt"), "level": "error"}}, f)
        self.process = subprocess.Popen(
            ["node", SERVER, "--port", str(self.port), "--host", "127.0.0.1", "--in-memory",
             "--config", os.path.join(self.dir, "config.json"), "--no-stdout-logs"],
            cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("PouchDB Server did not answer GET /")
            time.sleep(0.1)

    def request(self, method, path, body=None, user="admin", password="secret"):
        req = urllib.request.Request(self.url + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
        req.add_header("Content-Type", "application/json")
        req.add_header("Accept", "application/json")
        token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
        req.add_header("Authorization", "Basic " + token)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def run(*args, password="secret", extra_env=None):
    env = dict(os.environ)
    env.update(extra_env or {})
    if password is None:
        env.pop("PLENARY_PASSWORD", None)
    else:
        env["PLENARY_PASSWORD"] = password
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, env=env)


def records(path):
    with open(path) as f:
        data = json.load(f)
    return {d["_id"]: {k: v for k, v in d.items() if k != "_rev"} for d in data["docs"]}


class SyncCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def setup_db(self, db):
        r = run("server-setup", self.server.url, db, "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)
        return r

    def test_server_setup_is_idempotent(self):
        first = self.setup_db("setup-twice")
        self.assertIn("created the database", first.stdout)
        self.assertIn("installed the design document", first.stdout)
        second = self.setup_db("setup-twice")
        self.assertIn("exists", second.stdout)
        self.assertIn("already right", second.stdout)
        self.assertNotIn("installed", second.stdout)
        status, design = self.server.request("GET", "setup-twice/_design/plenary")
        self.assertEqual(status, 200)
        self.assertIn("speaker_request", design["validate_doc_update"])
        status, security = self.server.request("GET", "setup-twice/_security")
        self.assertEqual(security["members"]["roles"], ["secretariat"])
        status, security = self.server.request("GET", "setup-twice-delegates/_security")
        self.assertEqual(security["members"]["roles"], ["secretariat", "delegate"])

    def test_server_setup_refuses_non_admin(self):
        self.server.request("PUT", "_users/org.couchdb.user:clerk",
                            {"name": "clerk", "password": "pw", "roles": ["secretariat"], "type": "user"})
        r = run("server-setup", self.server.url, "not-made", "--user", "clerk", password="pw")
        self.assertEqual(r.returncode, 2)
        self.assertIn("not an admin", r.stderr)
        # Never tried to create the database (PouchDB Server would crash).
        with urllib.request.urlopen(self.server.url, timeout=5) as alive:
            self.assertEqual(alive.status, 200)
        status, _ = self.server.request("GET", "not-made")
        self.assertEqual(status, 404)

    def test_sync_round_trip(self):
        self.setup_db("cli-session")
        a, b = self.path("a.plenary"), self.path("b.plenary")
        self.assertEqual(run("new", "--sample", a).returncode, 0)

        r = run("sync", a, "--server", self.server.url, "--database", "cli-session", "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("pushed", r.stdout)
        self.assertIn("up to date", r.stdout)
        with open(a) as f:
            state = json.load(f)["sync"]
        self.assertEqual(state["database"], "cli-session")
        self.assertEqual(state["user"], "admin")
        self.assertIsNotNone(state["last_seq"])
        self.assertNotIn('"secret"', json.dumps(state))
        self.assertNotIn("password", state)

        # A file that does not exist is made from the server's copy.
        r = run("sync", b, "--server", self.server.url, "--database", "cli-session", "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(records(a), records(b))

        # An edit made in a, then a wrong password: exit 2, the edit stays.
        with open(a) as f:
            data = json.load(f)
        doc = next(d for d in data["docs"] if d["type"] == "document")
        doc["title"] = "Edited in the file"
        with open(a, "w") as f:
            json.dump(data, f)
        r = run("sync", a, password="wrong")
        self.assertEqual(r.returncode, 2)
        self.assertIn("refused", r.stderr)
        self.assertEqual(records(a)[doc["_id"]]["title"], "Edited in the file")

        # The server, database and user now come from the file.
        r = run("sync", a)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("pushed 1 records", r.stdout)
        r = run("sync", b)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(records(b)[doc["_id"]]["title"], "Edited in the file")
        self.assertEqual(records(a), records(b))

    def test_account_settings_are_the_default(self):
        self.setup_db("from-settings")
        a = self.path("a.plenary")
        self.assertEqual(run("new", "--sample", a).returncode, 0)
        r = run("sync", a, "--server", self.server.url, "--database", "from-settings", "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)

        # The Preferences' account (GSettings), as the app would store it.
        env = {"GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": self.path("config")}
        for key, value in (("server-url", self.server.url), ("database", "from-settings"), ("user", "admin")):
            subprocess.run(["gsettings", "set", "io.github.plenary.Plenary.Sync", key, value],
                           check=True, env={**os.environ, **env})
        b = self.path("b.plenary")
        r = run("sync", b, extra_env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(records(a), records(b))

    def test_sync_failures_are_clear(self):
        a = self.path("a.plenary")
        self.assertEqual(run("new", "--sample", a).returncode, 0)
        before = records(a)

        r = run("sync", a)
        self.assertEqual(r.returncode, 2)
        self.assertIn("no server", r.stderr)

        r = run("sync", a, "--server", "http://127.0.0.1:%d/" % free_port(), "--database", "x", "--user", "admin")
        self.assertEqual(r.returncode, 2)
        self.assertIn("cannot reach the server", r.stderr)
        self.assertEqual(records(a), before)

        r = run("sync", a, "--server", self.server.url, "--database", "no-such-db", "--user", "admin")
        self.assertEqual(r.returncode, 2)
        self.assertIn("does not exist", r.stderr)

        r = run("sync", a, "--server", "ftp://example", "--database", "x")
        self.assertEqual(r.returncode, 2)
        self.assertIn("not a server address", r.stderr)

        bad = self.path("bad.plenary")
        with open(bad, "w") as f:
            f.write("{ not json")
        r = run("sync", bad, "--server", self.server.url, "--database", "x", "--user", "admin")
        self.assertEqual(r.returncode, 2)
        self.assertIn("bad.plenary:1", r.stderr)
        self.assertEqual(open(bad).read(), "{ not json")


if __name__ == "__main__":
    unittest.main(verbosity=2)
