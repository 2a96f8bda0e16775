#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The interface's translations (issue 10): po/POTFILES.in lists every
file with a translatable string and nothing else; xgettext reads them all
without a warning (a format macro inside _() cuts the msgid short, and
then the string can never be translated); each catalogue in po/LINGUAS is
complete, with no fuzzy or untranslated message and format directives
matching (msgfmt --check), for the messages the sources have now. The
same holds for the documents' own catalogues in po-document/ (the fixed
words of exported documents, a domain of their own)."""

import os
import re
import subprocess
import tempfile
import unittest

ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PO = os.path.join(ROOT, "po")
PO_DOCUMENT = os.path.join(ROOT, "po-document")
DOCUMENT_XGETTEXT_ARGS = ["--keyword", "--keyword=PL_DOC_N_", "--keyword=PL_DOC_NC_:1c,2",
                          "--from-code=UTF-8", "--add-comments=Translators"]

# What marks a string for translation, in C (the glib preset of meson's
# i18n module) and in GtkBuilder files.
C_MARK = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|ngettext)\s*\(')
UI_MARK = 'translatable="yes"'
# Data files whose strings are always translatable (merged by i18n).
ALWAYS = re.compile(r"\.(desktop\.in|metainfo\.xml\.in|gschema\.xml)$")
XGETTEXT_ARGS = ["--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_",
                 "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3",
                 "--flag=g_strdup_printf:1:c-format", "--flag=g_set_error:4:c-format"]


def listed():
    with open(os.path.join(PO, "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def marked():
    found = set()
    for top in ("src", "data"):
        for folder, _dirs, names in os.walk(os.path.join(ROOT, top)):
            for name in names:
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, ROOT)
                if ALWAYS.search(name):
                    found.add(relative)
                    continue
                if not name.endswith((".c", ".ui")):
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if (name.endswith(".c") and C_MARK.search(text)) or UI_MARK in text:
                    found.add(relative)
    return found


def languages(folder=PO):
    with open(os.path.join(folder, "LINGUAS"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


class Potfiles(unittest.TestCase):
    def test_complete(self):
        files = listed()
        self.assertEqual(len(files), len(set(files)), "POTFILES.in names a file twice")
        missing = sorted(marked() - set(files))
        self.assertEqual(missing, [], "files with translatable strings missing from po/POTFILES.in")
        stale = sorted(f for f in files if not os.path.exists(os.path.join(ROOT, f)))
        self.assertEqual(stale, [], "po/POTFILES.in names files that do not exist")
        unmarked = sorted(set(files) - marked())
        self.assertEqual(unmarked, [], "po/POTFILES.in names files with nothing to translate")

    def test_document_potfiles_complete(self):
        with open(os.path.join(PO_DOCUMENT, "POTFILES.in"), encoding="utf-8") as f:
            files = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        found = set()
        for folder, _dirs, names in os.walk(os.path.join(ROOT, "src")):
            for name in names:
                if name.endswith(".c"):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as f:
                        if re.search(r"PL_DOC_NC?_\s*\(", f.read()):
                            found.add(os.path.relpath(path, ROOT))
        self.assertEqual(sorted(found - files), [], "files missing from po-document/POTFILES.in")
        self.assertEqual(sorted(files - found), [], "po-document/POTFILES.in names files without document strings")

    def template(self, folder, po=PO, args=XGETTEXT_ARGS):
        pot = os.path.join(folder, os.path.basename(po) + ".pot")
        result = subprocess.run(["xgettext", "--files-from=" + os.path.join(po, "POTFILES.in"),
                                 "--directory=" + ROOT, "-o", pot] + args,
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        return pot, result.stderr

    def test_xgettext_clean(self):
        with tempfile.TemporaryDirectory() as folder:
            pot, warnings = self.template(folder)
            self.assertEqual(warnings.strip(), "", "xgettext warned")
            with open(pot, encoding="utf-8") as f:
                count = sum(1 for line in f if line.startswith("msgid "))
            self.assertGreater(count, 1000)

    def check_catalogues(self, po, args):
        self.assertEqual(sorted(languages(po)), ["ar", "es", "fr", "ru", "zh_CN"])
        with tempfile.TemporaryDirectory() as folder:
            pot, _warnings = self.template(folder, po, args)
            for language in languages(po):
                with self.subTest(catalogue=os.path.basename(po), language=language):
                    merged = os.path.join(folder, language + ".po")
                    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                                    os.path.join(po, language + ".po"), pot], check=True)
                    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                                            capture_output=True, text=True)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    statistics = result.stderr.strip()
                    self.assertRegex(statistics, r"^\d+ translated messages?\.$",
                                     "%s/%s.po is not complete for the sources: %s"
                                     % (os.path.basename(po), language, statistics))

    def test_interface_catalogues_complete(self):
        self.check_catalogues(PO, XGETTEXT_ARGS)

    def test_document_catalogues_complete(self):
        self.check_catalogues(PO_DOCUMENT, DOCUMENT_XGETTEXT_ARGS)


if __name__ == "__main__":
    unittest.main(verbosity=2)
