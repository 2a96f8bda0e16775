#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 19 through plenary-cli: the sample carries the tenth session's
deadline for draft resolutions as the seed gives it (21 September 2020,
set by the extended Bureau), and `check --json` reports a draft submitted
after it as `proposals.late`, judged in the session's time zone."""

import json
import os
import subprocess
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


def proposal(pid, symbol, item, submitted):
    return {"_id": pid, "type": "proposal", "kind": "draft_resolution", "symbol": symbol,
            "title": "Implementation of the Trafficking in Persons Protocol", "item": item,
            "body": "plenary", "sponsors": [], "submitted": submitted, "status": "submitted",
            "financial_implications": "none"}


class ProposalsCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = os.path.join(self.tmp.name, "s.plenary")
        r = run("new", "--sample", self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.out, encoding="utf-8") as f:
            self.doc = json.load(f)

    def tearDown(self):
        self.tmp.cleanup()

    def item_id(self, title_start):
        for d in self.doc["docs"]:
            if d["type"] == "item" and d["title"].startswith(title_start):
                return d["_id"]
        self.fail(title_start)

    def test_sample_deadline_and_instruments(self):
        session = self.doc["docs"][0]
        self.assertEqual(session["proposal_deadline"], "2020-09-21")
        instruments = {d["title"].split(",")[0]: d.get("instrument") for d in self.doc["docs"] if d["type"] == "item"}
        self.assertEqual(instruments["Protocol to Prevent"], "tip")
        self.assertEqual(instruments["Protocol against the Smuggling of Migrants by Land"], "som")
        self.assertEqual(instruments["Protocol against the Illicit Manufacturing of and Trafficking in Firearms"],
                         "firearms")
        self.assertIsNone(instruments["United Nations Convention against Transnational Organized Crime"])
        # No source gives the session's proposals: the sample has none.
        self.assertEqual([d for d in self.doc["docs"] if d["type"] in ("proposal", "vote")], [])
        r = run("check", "--json", self.out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual([f for f in json.loads(r.stdout) if f["code"].startswith(("proposals.", "votes."))], [])

    def test_check_reports_a_late_draft(self):
        item = self.item_id("Protocol to Prevent")
        # 18:00 in Vienna on the 21st is on time; 22:30 UTC is half past
        # midnight on the 22nd there: late.
        self.doc["docs"].append(proposal("proposal:on-time", "CTOC/COP/2020/L.2", item, "2020-09-21T18:00:00+02:00"))
        self.doc["docs"].append(proposal("proposal:late", "CTOC/COP/2020/L.3", item, "2020-09-21T22:30:00Z"))
        with open(self.out, "w", encoding="utf-8") as f:
            json.dump(self.doc, f)
        r = run("check", "--json", self.out)
        # A late draft is a warning: the Conference may still take it up.
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        findings = json.loads(r.stdout)
        late = [f for f in findings if f["code"] == "proposals.late"]
        self.assertEqual([f["subject"] for f in late], ["proposal:late"])
        self.assertEqual(late[0]["severity"], "warning")
        self.assertIn("2020-09-22", late[0]["message"])
        self.assertIn("2020-09-21", late[0]["message"])
        r = run("check", self.out)
        self.assertIn("proposals.late", r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
