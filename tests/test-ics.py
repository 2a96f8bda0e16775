#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli export --what schedule --format ics, read back by an
independent reader: Python's icalendar from Debian (python3-icalendar),
which resolves each TZID through the file's own VTIMEZONE."""

import datetime
import json
import os
import subprocess
import tempfile
import unittest
import zoneinfo

import icalendar

CLI = os.environ["PLENARY_CLI"]
STAMP = 1600000000  # 2020-09-13T12:26:40Z


def run(*args):
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(STAMP))
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60, env=env)


class IcsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.session = self.path("sample.plenary")
        r = run("new", "--sample", self.session)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.session) as f:
            self.doc = json.load(f)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def export(self, session):
        out = self.path("schedule.ics")
        r = run("export", session, "--what", "schedule", "--format", "ics", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        with open(out, "rb") as f:
            return icalendar.Calendar.from_ical(f.read())

    def records(self, kind):
        return {d["_id"]: d for d in self.doc["docs"] if d["type"] == kind}

    def check_calendar(self, calendar, doc):
        vienna = zoneinfo.ZoneInfo("Europe/Vienna")
        meetings = {d["_id"]: d for d in doc["docs"] if d["type"] == "meeting"}
        deadlines = {d["_id"]: d for d in doc["docs"] if d["type"] == "deadline"}
        events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}

        # One event per meeting and per deadline, the UIDs the records' ids.
        self.assertEqual(len(calendar.walk("VEVENT")), len(meetings) + len(deadlines))
        self.assertEqual(set(events), set(meetings) | set(deadlines))

        # One VTIMEZONE, libical's Europe/Vienna, and every time refers to it.
        zones = calendar.walk("VTIMEZONE")
        self.assertEqual(len(zones), 1)
        self.assertEqual(str(zones[0]["X-LIC-LOCATION"]), "Europe/Vienna")
        tzid = str(zones[0]["TZID"])
        self.assertTrue(tzid.endswith("Europe/Vienna"), tzid)

        stamp = datetime.datetime.fromtimestamp(STAMP, datetime.timezone.utc)
        for uid, meeting in meetings.items():
            event = events[uid]
            start = event["DTSTART"]
            end = event["DTEND"]
            self.assertEqual(start.params["TZID"], tzid)
            self.assertEqual(end.params["TZID"], tzid)
            # The wall-clock time in Vienna and the exact instant, both.
            want_start = datetime.datetime.fromisoformat(f"{meeting['date']}T{meeting['start']}").replace(tzinfo=vienna)
            want_end = datetime.datetime.fromisoformat(f"{meeting['date']}T{meeting['end']}").replace(tzinfo=vienna)
            self.assertEqual(start.dt.replace(tzinfo=None), want_start.replace(tzinfo=None))
            self.assertEqual(start.dt.utcoffset(), want_start.utcoffset(), uid)
            self.assertEqual(start.dt, want_start)
            self.assertEqual(end.dt, want_end)
            self.assertEqual(event["DTSTAMP"].dt, stamp)
            self.assertEqual(str(event["LOCATION"]), "Vienna")

        for uid, deadline in deadlines.items():
            event = events[uid]
            due = datetime.datetime.fromisoformat(deadline["due"])
            self.assertEqual(event["DTSTART"].params["TZID"], tzid)
            self.assertEqual(event["DTSTART"].dt, due)
            self.assertEqual(event["DTSTART"].dt.utcoffset(), due.astimezone(vienna).utcoffset())
            self.assertNotIn("DTEND", event)
            self.assertEqual(str(event["TRANSP"]), "TRANSPARENT")
            self.assertEqual(str(event["SUMMARY"]), "Deadline: " + deadline["title"])
        return events

    def test_sample(self):
        calendar = self.export(self.session)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertIn("Plenary", str(calendar["PRODID"]))
        events = self.check_calendar(calendar, self.doc)

        # 10 meetings of the annex and 8 deadlines.
        self.assertEqual(len(events), 18)

        # The summaries carry item numbers and titles, as the annex does.
        by_start = sorted((e for e in events.values() if "DTEND" in e), key=lambda e: e["DTSTART"].dt)
        self.assertEqual(by_start[0]["DTSTART"].dt.utcoffset(), datetime.timedelta(hours=2))
        summary = str(by_start[0]["SUMMARY"])
        self.assertTrue(summary.startswith("Plenary: 1 (a) Opening of the session; 1 (b) Election of officers"), summary)
        self.assertEqual(str(by_start[1]["SUMMARY"]), "Plenary: 1 (f) General discussion (continued)")
        self.assertEqual(str(by_start[6]["SUMMARY"]), "Committee of the Whole")
        self.assertIn("9 Adoption of the report", str(by_start[9]["SUMMARY"]))

        # The extended Bureau's exceptional deadline, as set by hand.
        drafts = [e for e in events.values() if str(e["SUMMARY"]) == "Deadline: Submission of draft resolutions"]
        self.assertEqual(len(drafts), 1)
        self.assertEqual(drafts[0]["DTSTART"].dt.isoformat(), "2020-09-21T23:59:00+02:00")
        self.assertIn("decision 6/3", str(drafts[0]["DESCRIPTION"]))

    def test_across_daylight_saving_change(self):
        # The same session a fortnight later, after summer time ends (25
        # October 2020): the meetings are in CET, the deadlines of August and
        # September still in CEST; the reader gets both from the VTIMEZONE.
        doc = json.loads(json.dumps(self.doc))
        for d in doc["docs"]:
            if d["type"] == "session":
                d["start_date"], d["end_date"] = "2020-10-26", "2020-10-30"
            elif d["type"] == "meeting":
                day = datetime.date.fromisoformat(d["date"]) + datetime.timedelta(days=14)
                d["date"] = day.isoformat()
        moved = self.path("moved.plenary")
        with open(moved, "w") as f:
            json.dump(doc, f)

        calendar = self.export(moved)
        events = self.check_calendar(calendar, doc)
        offsets = {e["DTSTART"].dt.utcoffset() for e in events.values() if "DTEND" in e}
        self.assertEqual(offsets, {datetime.timedelta(hours=1)})
        budget = [e for e in events.values() if "Budget" in str(e["SUMMARY"])][0]
        self.assertEqual(budget["DTSTART"].dt.utcoffset(), datetime.timedelta(hours=2))

    def test_bad_requests(self):
        out = self.path("x.ics")
        r = run("export", self.session, "--what", "schedule", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("ics", r.stderr)
        r = run("export", self.session, "--what", "bureau", "--format", "ics", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("bureau", r.stderr)
        r = run("export", self.session, "--what", "schedule", "--format", "ics")
        self.assertEqual(r.returncode, 2)
        self.assertIn("-o", r.stderr)
        self.assertFalse(os.path.exists(out))

        # Never over the session file itself.
        with open(self.session, "rb") as f:
            before = f.read()
        r = run("export", self.session, "--what", "schedule", "--format", "ics", "-o", self.session)
        self.assertEqual(r.returncode, 2)
        with open(self.session, "rb") as f:
            self.assertEqual(f.read(), before)

        # A session without a time zone: what and where, and no file.
        doc = json.loads(json.dumps(self.doc))
        doc["docs"][0]["timezone"] = ""
        nozone = self.path("nozone.plenary")
        with open(nozone, "w") as f:
            json.dump(doc, f)
        r = run("export", nozone, "--what", "schedule", "--format", "ics", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("timezone", r.stderr)
        self.assertIn("nozone.plenary", r.stderr)
        self.assertFalse(os.path.exists(out))

        # A meeting that cannot be placed: named, and no file.
        doc = json.loads(json.dumps(self.doc))
        meeting = [d for d in doc["docs"] if d["type"] == "meeting"][3]
        meeting["start"] = "noon"
        bad = self.path("bad.plenary")
        with open(bad, "w") as f:
            json.dump(doc, f)
        r = run("export", bad, "--what", "schedule", "--format", "ics", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn(meeting["_id"], r.stderr)
        self.assertIn("start", r.stderr)
        self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main(verbosity=2)
