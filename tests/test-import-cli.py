#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli import-delegations, run as a user would: all or nothing."""

import json
import os
import subprocess
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


GOOD = (
    "Delegation,ISO code,Member name,Function,Rank,E-mail\n"
    "Austria,AUT,Anna Huber,Head of delegation,Ambassador,anna.huber@bmeia.gv.at\n"
    "Austria,AUT,Karl Maier,adviser,official,karl.maier@bmeia.gv.at\n"
    "Mexico,,Luz Ortega,head,minister,lortega@sre.gob.mx\n"
)


class ImportDelegationsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.session = self.path("s.plenary")
        r = run("new", "--sample", self.session)
        self.assertEqual(r.returncode, 0, r.stderr)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def write(self, name, data):
        p = self.path(name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p

    def read_bytes(self):
        with open(self.session, "rb") as f:
            return f.read()

    def delegations(self):
        with open(self.session) as f:
            doc = json.load(f)
        return {d["_id"]: d for d in doc["docs"] if d["type"] == "delegation"}

    def test_good_import_then_again(self):
        csv = self.write("reg.csv", GOOD)
        # The sample registers every State party (issue 22): the members
        # join their delegations, no delegation is added.
        before = self.delegations()
        self.assertEqual(before["delegation:AUT"]["members"], [])
        r = run("import-delegations", self.session, csv)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertIn("3 rows: 0 delegations added, 3 members added", r.stdout)
        d = self.delegations()
        self.assertEqual(sorted(d), sorted(before))
        self.assertEqual(len(d), 190)
        self.assertEqual([m["name"] for m in d["delegation:AUT"]["members"]], ["Anna Huber", "Karl Maier"])
        self.assertEqual(d["delegation:MEX"]["members"][0]["rank"], "minister")
        self.assertEqual(d["delegation:MEX"]["regional_group"], "latin_american_caribbean")
        # the previous version is kept beside it (atomic save)
        self.assertTrue(os.path.exists(self.session + "~"))
        # the same file again adds nobody
        r = run("import-delegations", self.session, csv)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("0 members added, 0 updated, 3 already registered", r.stdout)
        self.assertEqual(len(self.delegations()["delegation:AUT"]["members"]), 2)
        self.assertEqual(run("check", self.session).returncode, 0)

    def test_rejected_rows_change_nothing(self):
        before = self.read_bytes()
        csv = self.write("bad.csv", GOOD.encode("utf-8")
                         + b"Atlantis,ATL,Poseidon,head,head_of_state,p@atl.org\n"
                         + b"Austria,AUT,Anna Huber,head,ambassador,anna.huber@bmeia.gv.at\n"
                         + b"Austria,AUT,Too Few,head\n"
                         + b"Austria,AUT,J\xfcrgen,adviser,official,j@bmeia.gv.at\n")
        r = run("import-delegations", self.session, csv)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, "")
        lines = r.stderr.splitlines()
        self.assertTrue(lines[0].startswith(csv + ":5: unknown country “ATL”"), lines)
        self.assertTrue(lines[1].startswith(csv + ":6: duplicate member “Anna Huber”: the same name and email as line 2"), lines)
        self.assertTrue(lines[2].startswith(csv + ":7: wrong column count: 4 columns, the header has 6"), lines)
        self.assertTrue(lines[3].startswith(csv + ":8: not valid UTF-8"), lines)
        self.assertIn("4 of 7 rows rejected; nothing was imported; " + self.session + " was not changed", lines[4])
        self.assertEqual(self.read_bytes(), before)
        self.assertFalse(os.path.exists(self.session + "~"))

    def test_empty_csv(self):
        before = self.read_bytes()
        r = run("import-delegations", self.session, self.write("empty.csv", ""))
        self.assertEqual(r.returncode, 2)
        self.assertIn("the file is empty", r.stderr)
        self.assertEqual(self.read_bytes(), before)

    def test_bad_arguments(self):
        before = self.read_bytes()
        r = run("import-delegations", self.session, self.path("missing.csv"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("missing.csv", r.stderr)
        r = run("import-delegations", self.session)
        self.assertEqual(r.returncode, 2)
        r = run("import-delegations", self.path("nope.plenary"), self.write("reg.csv", GOOD))
        self.assertEqual(r.returncode, 2)
        self.assertIn("nope.plenary", r.stderr)
        self.assertFalse(os.path.exists(self.path("nope.plenary")))
        self.assertEqual(self.read_bytes(), before)

    def test_listed_in_help(self):
        r = run("--help")
        self.assertIn("import-delegations", r.stdout)
        r = run("import-delegations", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("nothing is imported", r.stdout)

    def test_check_reports_credentials(self):
        csv = self.write("reg.csv", GOOD)
        self.assertEqual(run("import-delegations", self.session, csv).returncode, 0)
        r = run("check", "--json", self.session)
        self.assertEqual(r.returncode, 0, r.stdout)
        findings = json.loads(r.stdout)
        missing = sorted(f["subject"] for f in findings if f["code"] == "credentials.missing")
        # Every State party the sample registers, those with members
        # imported among them: no credentials are received yet.
        parties = sorted(i for i, d in self.delegations().items()
                         if d["category"] in ("state_party", "reio"))
        self.assertEqual(len(parties), 190)
        self.assertEqual(missing, parties)
        self.assertIn("delegation:AUT", missing)
        self.assertIn("delegation:MEX", missing)


if __name__ == "__main__":
    unittest.main(verbosity=2)
