#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 21: the XLIFF that `plenary-cli translations` writes, read and
edited by an independent reader (Debian's python3-translate, as the
translation tools built on the Translate Toolkit read it), and imported
back: refused units listed, the rest applied, a malformed file refused
whole."""

import hashlib
import json
import os
import subprocess
import tempfile
import unittest

from translate.storage import xliff

CLI = os.environ["PLENARY_CLI"]

# What a document prints, per record type (pl-versions.c).
TRANSLATABLE = {
    "session": ["body", "body_short", "title", "venue"],
    "item": ["title", "short_title", "annotation"],
    "document": ["title", "note"],
    "proposal": ["title"],
    "meeting": ["title"],
    "report_override": ["text"],
}

MARKUP = "The **Conference** will consider the *report* in `CTOC/COP/2020/2`."
MARKUP_FR = "La **Conférence** examinera le *rapport* publié sous la cote `CTOC/COP/2020/2`."


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def source_hash(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def unit_id(unit):
    return unit.xmlelement.get("id")


class XliffTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.session = self.path("s.plenary")
        r = run("new", "--sample", self.session)
        self.assertEqual(r.returncode, 0, r.stderr)
        # An annotation with CommonMark inline markup (the sample has none).
        doc = self.load()
        item = next(d for d in doc["docs"] if d["type"] == "item" and d.get("annotation"))
        item["annotation"] = MARKUP
        self.markup_id = item["_id"] + "#annotation"
        self.save(doc)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def load(self):
        with open(self.session, encoding="utf-8") as f:
            return json.load(f)

    def save(self, doc):
        with open(self.session, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)

    def expected_units(self, doc):
        units = {}
        for record in doc["docs"]:
            for field in TRANSLATABLE.get(record["type"], []):
                if record.get(field):
                    units[record["_id"] + "#" + field] = record[field]
        return units

    def export(self, language, name):
        out = self.path(name)
        r = run("translations", self.session, "export", "--language", language, out)
        self.assertEqual(r.returncode, 0, r.stderr)
        return out

    def units(self, path):
        store = xliff.xlifffile.parsefile(path)
        return store, {unit_id(u): u for u in store.units if not u.isheader()}

    def test_read_by_translate_toolkit(self):
        path = self.export("fr", "fr.xlf")
        store, units = self.units(path)
        expected = self.expected_units(self.load())

        self.assertEqual(store.getsourcelanguage(), "en")
        self.assertEqual(store.gettargetlanguage(), "fr")
        self.assertEqual(len(units), len(expected))
        self.assertGreater(len(units), 20)
        for uid, text in expected.items():
            self.assertEqual(units[uid].source, text, uid)
            # The sample holds no translation (issue 21, point 6).
            self.assertEqual(units[uid].target, "", uid)
            self.assertEqual(units[uid].xmlelement.find(
                "{urn:oasis:names:tc:xliff:document:1.2}target").get("state"), "new")
        self.assertEqual(units["session#title"].getnotes(), "Session, title")
        self.assertEqual(units[self.markup_id].source, MARKUP)

    def test_edit_and_import_back(self):
        path = self.export("fr", "fr.xlf")
        store, units = self.units(path)
        doc = self.load()
        items = [d for d in doc["docs"] if d["type"] == "item" and d.get("title")]
        kept, changed = items[0], items[1]

        units["session#title"].target = "Dixième session"
        units[kept["_id"] + "#title"].target = "Questions d’organisation"
        units[self.markup_id].target = MARKUP_FR
        units[changed["_id"] + "#title"].target = "Titre traduit d’un texte disparu"
        edited = self.path("fr-edited.xlf")
        store.savefile(edited)

        # Meanwhile the English of one text changes.
        doc = self.load()
        for d in doc["docs"]:
            if d["_id"] == changed["_id"]:
                d["title"] = d["title"] + " (revised)"
        self.save(doc)

        r = run("translations", self.session, "import", "--language", "fr", edited)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        refused = [line for line in r.stderr.splitlines() if "refused" in line]
        self.assertEqual(len(refused), 1, r.stderr)
        self.assertIn(changed["_id"] + "#title", refused[0])

        doc = self.load()
        by_id = {d["_id"]: d for d in doc["docs"]}
        session = by_id["session"]
        self.assertEqual(session["i18n"]["fr"]["title"],
                         {"text": "Dixième session", "source": source_hash(session["title"])})
        self.assertEqual(by_id[kept["_id"]]["i18n"]["fr"]["title"]["text"], "Questions d’organisation")
        item = by_id[self.markup_id.split("#")[0]]
        # CommonMark inline markup survives the round trip, as text.
        self.assertEqual(item["i18n"]["fr"]["annotation"],
                         {"text": MARKUP_FR, "source": source_hash(MARKUP)})
        self.assertNotIn("title", by_id[changed["_id"]].get("i18n", {}).get("fr", {}))

        # Exported again: those are translated, the refused one still new.
        again = self.export("fr", "fr-again.xlf")
        _, units = self.units(again)
        self.assertEqual(units[self.markup_id].target, MARKUP_FR)
        self.assertEqual(units["session#title"].target, "Dixième session")
        self.assertTrue(units["session#title"].istranslated())
        self.assertEqual(units[changed["_id"] + "#title"].target, "")

        # The checks know: the French title is no longer missing.
        r = run("check", "--json", self.session)
        findings = [f for f in json.loads(r.stdout) if f["subject"] == "session"
                    and f["code"] == "translation.missing" and "French" in f["message"]]
        self.assertEqual(len(findings), 1)
        self.assertNotIn(" title", findings[0]["message"].split("version of the")[1])

        # The English changes: the French version is outdated, sent for review.
        doc = self.load()
        doc["docs"][[d["_id"] for d in doc["docs"]].index("session")]["title"] = "Tenth session (resumed)"
        self.save(doc)
        review = self.export("fr", "fr-review.xlf")
        _, units = self.units(review)
        self.assertEqual(units["session#title"].xmlelement.find(
            "{urn:oasis:names:tc:xliff:document:1.2}target").get("state"), "needs-review-translation")
        r = run("check", "--json", self.session)
        self.assertTrue(any(f["code"] == "translation.outdated" and f["subject"] == "session"
                            for f in json.loads(r.stdout)))

    def test_malformed_changes_nothing(self):
        path = self.export("fr", "fr.xlf")
        store, units = self.units(path)
        units["session#title"].target = "Dixième session"
        edited = self.path("fr-edited.xlf")
        store.savefile(edited)
        with open(edited, encoding="utf-8") as f:
            text = f.read()
        with open(self.session, "rb") as f:
            before = f.read()

        truncated = self.path("truncated.xlf")
        with open(truncated, "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 2])
        r = run("translations", self.session, "import", "--language", "fr", truncated)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("not changed", r.stderr)

        # A well-formed file for another language is refused whole too.
        r = run("translations", self.session, "import", "--language", "es", edited)
        self.assertEqual(r.returncode, 2, r.stderr)

        # Not XLIFF at all.
        other = self.path("other.xml")
        with open(other, "w", encoding="utf-8") as f:
            f.write("<?xml version='1.0'?><html><body/></html>")
        r = run("translations", self.session, "import", "--language", "fr", other)
        self.assertEqual(r.returncode, 2, r.stderr)

        with open(self.session, "rb") as f:
            self.assertEqual(f.read(), before)

        # And the good one applies.
        r = run("translations", self.session, "import", "--language", "fr", edited)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.load()["docs"][0]["i18n"]["fr"]["title"]["text"], "Dixième session")

    def test_usage(self):
        r = run("translations", self.session, "export", self.path("x.xlf"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("--language", r.stderr)
        r = run("translations", self.session, "export", "--language", "de", self.path("x.xlf"))
        self.assertEqual(r.returncode, 2)
        r = run("translations", self.session, "frobnicate", "--language", "fr", self.path("x.xlf"))
        self.assertEqual(r.returncode, 2)
        r = run("--help")
        self.assertIn("translations", r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
