#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli: exit codes, messages and output, run as a user would."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_help(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("new", r.stdout)
        self.assertIn("check", r.stdout)
        r = run("check", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--json", r.stdout)

    def test_usage_errors(self):
        self.assertEqual(run().returncode, 2)
        r = run("frobnicate")
        self.assertEqual(r.returncode, 2)
        self.assertIn("frobnicate", r.stderr)
        r = run("check")
        self.assertEqual(r.returncode, 2)
        r = run("check", "--bogus", "x")
        self.assertEqual(r.returncode, 2)

    def test_generate(self):
        # For benchmarks and tests (issue 23): the same seed, the same
        # bytes; another seed, another file.
        a, b, c = self.path("a.plenary"), self.path("b.plenary"), self.path("c.plenary")
        self.assertIn("generate", run("--help").stdout)
        for out, seed in ((a, "3"), (b, "3"), (c, "4")):
            r = run("generate", "--scale", "large", "--seed", seed, out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr, "")
        with open(a, "rb") as fa, open(b, "rb") as fb, open(c, "rb") as fc:
            ta, tb, tc = fa.read(), fb.read(), fc.read()
        self.assertEqual(ta, tb)
        self.assertNotEqual(ta, tc)
        docs = json.loads(ta)["docs"]
        kinds = {}
        for doc in docs:
            kinds[doc["type"]] = kinds.get(doc["type"], 0) + 1
        self.assertEqual(kinds["delegation"], 250)
        self.assertEqual(kinds["speaker"], 600)
        self.assertEqual(kinds["item"], 120)
        # The large session is what the benchmarks always measured, agenda
        # items without meetings included (errors, exit 1): it reads.
        r = run("check", a)
        self.assertIn(r.returncode, (0, 1), r.stdout + r.stderr)
        self.assertEqual(r.stderr, "")
        # An existing file is kept unless --force; a scale is required.
        r = run("generate", "--scale", "large", a)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--force", r.stderr)
        r = run("generate", "--scale", "gigantic", self.path("d.plenary"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("large or huge", r.stderr)
        self.assertFalse(os.path.exists(self.path("d.plenary")))
        r = run("generate", self.path("d.plenary"))
        self.assertEqual(r.returncode, 2)

    def test_new_sample_and_check(self):
        out = self.path("x.plenary")
        r = run("new", "--sample", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        r = run("check", out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = run("check", "--json", out)
        self.assertEqual(r.returncode, 0)
        findings = json.loads(r.stdout)
        self.assertIsInstance(findings, list)
        for f in findings:
            self.assertNotEqual(f["severity"], "error")
        with open(out) as f:
            doc = json.load(f)
        self.assertEqual(doc["format"], "plenary-session")
        self.assertEqual(doc["version"], 1)
        types = [d["type"] for d in doc["docs"]]
        self.assertEqual(types.count("item"), 19)
        # Every State party of data/states.csv (issue 22), none with a member.
        self.assertEqual(types.count("delegation"), 190)
        self.assertEqual(types.count("credentials"), 0)
        self.assertTrue(all(d["members"] == [] for d in doc["docs"] if d["type"] == "delegation"))

    def test_new_empty(self):
        out = self.path("empty.plenary")
        self.assertEqual(run("new", out).returncode, 0)
        self.assertEqual(run("check", out).returncode, 0)
        with open(out) as f:
            doc = json.load(f)
        settings = doc["docs"][0]
        self.assertEqual(settings["_id"], "session")
        self.assertEqual(len(settings["regional_groups"]), 5)
        self.assertEqual(settings["bureau"]["vice_presidents"], 8)

    def test_new_refuses_to_overwrite(self):
        out = self.path("keep.plenary")
        with open(out, "w") as f:
            f.write("precious")
        r = run("new", "--sample", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--force", r.stderr)
        with open(out) as f:
            self.assertEqual(f.read(), "precious")

    def test_check_findings(self):
        out = self.path("s.plenary")
        self.assertEqual(run("new", "--sample", out).returncode, 0)
        with open(out) as f:
            doc = json.load(f)
        for d in doc["docs"]:
            if d["type"] == "document" and d["symbol"] == "CTOC/COP/2020/CRP.5":
                d["symbol"] = "CTOC/COP/2020/crp 5"
                bad_symbol_id = d["_id"]
        for d in doc["docs"]:
            if d["type"] == "item" and d["title"] == "Technical assistance":
                d["documents"].append({"document": "document:missing", "description": "Ghost"})
                item_id = d["_id"]
        with open(out, "w") as f:
            json.dump(doc, f)
        r = run("check", "--json", out)
        self.assertEqual(r.returncode, 1)
        findings = json.loads(r.stdout)
        codes = {(f["code"], f["subject"]) for f in findings}
        self.assertIn(("agenda.symbol", bad_symbol_id), codes)
        self.assertIn(("agenda.unknown-document", item_id), codes)
        for f in findings:
            self.assertEqual(set(f), {"severity", "code", "message", "subject"})
        r = run("check", out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("agenda.unknown-document", r.stdout)
        self.assertIn("2 errors", r.stdout)

    def test_check_summary_plurals(self):
        # One error: "1 error", not "1 errors" (ngettext, issue 22 point 6).
        out = self.path("one.plenary")
        self.assertEqual(run("new", "--sample", out).returncode, 0)
        with open(out) as f:
            doc = json.load(f)
        for d in doc["docs"]:
            if d["type"] == "item" and d["title"] == "Technical assistance":
                d["documents"].append({"document": "document:missing", "description": "Ghost"})
        with open(out, "w") as f:
            json.dump(doc, f)
        r = run("check", out)
        self.assertEqual(r.returncode, 1)
        summary = r.stdout.strip().splitlines()[-1]
        self.assertRegex(summary, r": 1 error, \d+ warnings?$")

    def test_check_delegate_copy_skips_secretariat_checks(self):
        # Issue 16: a delegate's copy has no credentials records (they are
        # secretariat-only); its checks must not report every State as
        # missing them. The copy's sync.roles say whose it is.
        out = self.path("delegate.plenary")
        self.assertEqual(run("new", "--sample", out).returncode, 0)
        with open(out) as f:
            doc = json.load(f)
        # States parties as a delegate's copy holds them: no credentials
        # records. The sample registers every State party (issue 22).
        doc["docs"] = [d for d in doc["docs"] if d["type"] != "credentials"]
        parties = [d for d in doc["docs"] if d["type"] == "delegation"]
        self.assertEqual(len(parties), 190)
        for d in parties:
            if d["iso3"] in ("FRA", "ITA", "KEN"):
                d["present"] = True
        with open(out, "w") as f:
            json.dump(doc, f)
        r = run("check", "--json", out)
        codes = [f["code"] for f in json.loads(r.stdout)]
        self.assertIn("credentials.missing", codes)

        doc["sync"] = {"server": "https://example.org", "database": "cop10", "user": "fra",
                       "roles": ["delegate", "delegation:FRA"], "records": {}}
        with open(out, "w") as f:
            json.dump(doc, f)
        r = run("check", "--json", out)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        codes = [f["code"] for f in json.loads(r.stdout)]
        self.assertEqual([c for c in codes if c.startswith("credentials.")], [], codes)
        # The public checks still run.
        self.assertIn("bureau.vacant", codes)

        # A secretariat account's copy is checked in full.
        doc["sync"]["roles"] = ["secretariat"]
        with open(out, "w") as f:
            json.dump(doc, f)
        r = run("check", "--json", out)
        codes = [f["code"] for f in json.loads(r.stdout)]
        self.assertIn("credentials.missing", codes)

    def test_invite(self):
        """Issue 18: an invitation a delegate opens with Plenary: address
        (as the client writes it), database and user, never a password."""
        import configparser
        out = self.path("aut.plenary-invite")
        r = run("invite", "http://127.0.0.1:5984", "cop10", "aut-1", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertIn("aut-1", r.stdout)
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        with open(out) as f:
            text = f.read()
        parser.read_string(text)
        self.assertEqual(dict(parser["Plenary Invitation"]),
                         {"Server": "http://127.0.0.1:5984/", "Database": "cop10", "User": "aut-1"})
        self.assertNotIn("assword=", text)
        r = run("--help")
        self.assertIn("invite", r.stdout)

    def test_invite_bad_input(self):
        existing = self.path("kept.plenary-invite")
        with open(existing, "w") as f:
            f.write("[Plenary Invitation]\nServer=http://old/\nDatabase=old\nUser=old\n")
        cases = [
            (("ftp://host", "cop10", "aut", "-o", existing), "not a server address"),
            (("not a url", "cop10", "aut", "-o", existing), "not a server address"),
            (("https://clerk:secret@host", "cop10", "aut", "-o", existing), "password"),
            (("https://host", "Cop10", "aut", "-o", existing), "not a database name"),
            (("https://host", "cop10", "", "-o", existing), "not a user name"),
            (("https://host", "cop10", "aut"), "-o"),
            (("https://host", "cop10", "-o", existing), "user name"),
            (("https://host", "cop10", "aut", "-o", self.path("aut.txt")), ".plenary-invite"),
            (("https://host", "cop10", "aut", "-o", self.path("missing/aut.plenary-invite")), "cannot write"),
            (("https://host", "cop10", "aut", "-o", self.dir + "/"), ".plenary-invite"),
        ]
        for args, message in cases:
            r = run("invite", *args)
            self.assertEqual(r.returncode, 2, (args, r.stdout, r.stderr))
            self.assertIn(message, r.stderr, args)
            self.assertNotIn("secret", r.stdout + r.stderr)
        # Nothing half-written: the old file is as it was, no stray file.
        with open(existing) as f:
            self.assertIn("Server=http://old/", f.read())
        self.assertEqual(sorted(os.listdir(self.dir)), ["kept.plenary-invite"])
        # A directory in the way of the output.
        os.mkdir(self.path("dir.plenary-invite"))
        r = run("invite", "https://host", "cop10", "aut", "-o", self.path("dir.plenary-invite"))
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("cannot write", r.stderr)

    def test_check_bad_file(self):
        out = self.path("bad.plenary")
        text = '{"format": "plenary-session", "version": 1, "docs": [\n{"_id": "x", "type": "item", "title": []}]}'
        with open(out, "w") as f:
            f.write(text)
        r = run("check", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn(out + ":2:", r.stderr)
        self.assertIn("title", r.stderr)
        with open(out) as f:
            self.assertEqual(f.read(), text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
