#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The user help (issue 10): the Mallard pages validate (yelp-check), their
links resolve, every task has its page, every finding code that src/core
can report has its entry in findings.page, and meson installs every page
(and the documents' catalogues) where Yelp and the exporter look."""

import glob
import json
import os
import re
import subprocess
import unittest
import xml.etree.ElementTree as ET

SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BUILD_ROOT = os.path.dirname(os.environ.get("G_TEST_BUILDDIR", ""))
HELP = os.path.join(SOURCE_ROOT, "help", "C")
MAL = "{http://projectmallard.org/1.0/}"

# Issue 10's tasks, and the reference pages.
TASK_PAGES = ["agenda", "organization-of-work", "delegations", "credentials", "bureau", "speakers",
              "sync", "export", "plenary-cli", "findings"]

# A finding code is "<area>.<name>" ("bureau.group-count"): a string
# literal of that shape in src/core, other than a file name.
CODE = re.compile(r'"([a-z]+\.[a-z][a-z-]*)"')
NOT_A_CODE = re.compile(r"\.(h|c|csv|json|plenary|ui|xml|txt|page)$")


def finding_codes(sources):
    codes = set()
    for path in sources:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # Comments document the codes; only the code itself counts.
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        for code in CODE.findall(text):
            if not NOT_A_CODE.search(code):
                codes.add(code)
    return codes


def core_sources():
    return sorted(glob.glob(os.path.join(SOURCE_ROOT, "src", "core", "*.c")))


def documented_codes():
    tree = ET.parse(os.path.join(HELP, "findings.page"))
    return {s.get("id") for s in tree.iter(MAL + "section") if s.get("id") and "." in s.get("id")}


class Help(unittest.TestCase):
    def pages(self):
        return sorted(glob.glob(os.path.join(HELP, "*.page")))

    def test_yelp_check_validate(self):
        r = subprocess.run(["yelp-check", "validate", *self.pages()], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout.strip(), "", r.stdout)

    def test_links_resolve(self):
        r = subprocess.run(["yelp-check", "links", HELP], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "", "broken links: " + r.stdout)

    def test_every_task_has_a_page_in_the_guide(self):
        ids = {}
        for path in self.pages():
            root = ET.parse(path).getroot()
            ids[root.get("id")] = root
            self.assertEqual(os.path.basename(path), root.get("id") + ".page")
        self.assertIn("index", ids)
        for task in TASK_PAGES:
            self.assertIn(task, ids)
            guides = [link.get("xref") for link in ids[task].iter(MAL + "link") if link.get("type") == "guide"]
            self.assertTrue(any(g.split("#")[0] == "index" for g in guides), f"{task} is not in the index")
            desc = ids[task].find(f"{MAL}info/{MAL}desc")
            self.assertTrue(desc is not None and "".join(desc.itertext()).strip(), f"{task} has no description")

    def test_every_finding_code_is_documented(self):
        used = finding_codes(core_sources())
        # The codes DESIGN.md promises are among them: the scan finds codes.
        for code in ("bureau.group-count", "credentials.missing", "agenda.unscheduled",
                     "schedule.overlap", "speakers.overflow"):
            self.assertIn(code, used)
        documented = documented_codes()
        self.assertEqual(sorted(used - documented), [], "codes of src/core without an entry in help/C/findings.page")
        self.assertEqual(sorted(documented - used), [], "help entries for codes src/core no longer reports")

    def test_a_new_code_is_caught(self):
        # The check above can fail: a code nobody documented is found.
        probe = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"pl-probe-{os.getpid()}.c")
        with open(probe, "w", encoding="utf-8") as f:
            f.write('#include "config.h"\n/* "bureau.in-a-comment" */\n'
                    'add (findings, PL_SEVERITY_ERROR, "agenda.brand-new", item, msg);\n')
        try:
            codes = finding_codes([probe])
        finally:
            os.unlink(probe)
        self.assertEqual(codes, {"agenda.brand-new"})
        self.assertNotIn("agenda.brand-new", documented_codes())

    def test_each_entry_says_what_to_do(self):
        tree = ET.parse(os.path.join(HELP, "findings.page"))
        for section in tree.iter(MAL + "section"):
            if "." not in (section.get("id") or ""):
                continue
            text = " ".join("".join(p.itertext()) for p in section.findall(MAL + "p"))
            self.assertRegex(text, r"^(Error|Warning|Info)", section.get("id"))
            self.assertIn("What to do:", text, section.get("id"))

    def test_meson_lists_every_page(self):
        with open(os.path.join(SOURCE_ROOT, "help", "meson.build"), encoding="utf-8") as f:
            listed = set(re.findall(r"'([\w-]+\.page)'", f.read()))
        self.assertEqual(listed, {os.path.basename(p) for p in self.pages()})

    @unittest.skipUnless(BUILD_ROOT and os.path.isdir(os.path.join(BUILD_ROOT, "meson-info")), "needs the build tree")
    def test_installed(self):
        r = subprocess.run(["meson", "introspect", "--installed", BUILD_ROOT], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        installed = set(json.loads(r.stdout).values())
        for page in self.pages():
            self.assertTrue(any(p.endswith("/help/C/plenary/" + os.path.basename(page)) for p in installed), page)
        for language in ("ar", "es", "fr", "ru", "zh_CN"):
            self.assertTrue(any(p.endswith(f"/locale/{language}/LC_MESSAGES/plenary-document.mo") for p in installed),
                            language)


if __name__ == "__main__":
    unittest.main(verbosity=2)
