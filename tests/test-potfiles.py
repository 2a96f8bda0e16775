#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The interface's translations (issue 10): po/POTFILES.in lists every
file with a translatable string and nothing else; xgettext reads them all
without a warning (a format macro inside _() cuts the msgid short, and
then the string can never be translated); each catalogue in po/LINGUAS is
complete, with no fuzzy or untranslated message and format directives
matching (msgfmt --check), for the messages the sources have now."""

import os
import re
import subprocess
import tempfile
import unittest

ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PO = os.path.join(ROOT, "po")

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


def languages():
    with open(os.path.join(PO, "LINGUAS"), encoding="utf-8") as f:
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

    def template(self, folder):
        pot = os.path.join(folder, "plenary.pot")
        result = subprocess.run(["xgettext", "--files-from=" + os.path.join(PO, "POTFILES.in"),
                                 "--directory=" + ROOT, "-o", pot] + XGETTEXT_ARGS,
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

    def test_catalogues_complete(self):
        self.assertEqual(sorted(languages()), ["ar", "es", "fr", "ru", "zh_CN"])
        with tempfile.TemporaryDirectory() as folder:
            pot, _warnings = self.template(folder)
            for language in languages():
                with self.subTest(language=language):
                    merged = os.path.join(folder, language + ".po")
                    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                                    os.path.join(PO, language + ".po"), pot], check=True)
                    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                                            capture_output=True, text=True)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    statistics = result.stderr.strip()
                    self.assertRegex(statistics, r"^\d+ translated messages?\.$",
                                     "%s.po is not complete for the sources: %s" % (language, statistics))


if __name__ == "__main__":
    unittest.main(verbosity=2)
