#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The keyboard shortcuts page, docs/shortcuts.md, is the Keyboard
Shortcuts window's (issue 22, point 12): it is what
build-aux/shortcuts-page.py makes from src/app/pl-shortcuts-window.ui, the
application's accelerators and the sidebars' page tables, so a shortcut
changed in one place and not the other fails here. A README written by
hand once gave Alt+4 for the Speakers page; it is Alt+9. The page left the
README so that the README stays short (issue 17); the README links it."""

import importlib.util
import os
import re
import subprocess
import sys
import unittest

SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
GENERATOR = os.path.join(SOURCE_ROOT, "build-aux", "shortcuts-page.py")
PAGE = os.path.join(SOURCE_ROOT, "docs", "shortcuts.md")

spec = importlib.util.spec_from_file_location("shortcuts_page", GENERATOR)
shortcuts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shortcuts)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class ShortcutsPage(unittest.TestCase):
    def test_page_is_the_generated_one(self):
        self.assertEqual(read(PAGE), shortcuts.page(),
                         "run build-aux/shortcuts-page.py --update")

    def test_check_passes_on_the_page(self):
        done = subprocess.run([sys.executable, GENERATOR, "--check"], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_speakers_page_is_alt_9(self):
        page = read(PAGE)
        self.assertIn("Alt+9 Speakers", page)
        self.assertNotRegex(page.split("a delegate’s window")[0], r"Alt\+4 Speakers")

    def test_every_shortcut_of_the_window_is_on_the_page(self):
        page = read(PAGE)
        for group, rows in shortcuts.shortcut_groups():
            self.assertIn("| %s | |" % group, page)
            for title, keys in rows:
                with self.subTest(shortcut=title):
                    labels = " or ".join(shortcuts.key_label(k) for k in keys)
                    self.assertIn("| %s | %s |" % (title, labels), page)

    def test_a_wrong_key_is_caught(self):
        # The check can fail: the page with Alt+4 for Speakers.
        wrong = re.sub(r"Alt\+9 Speakers", "Alt+4 Speakers", read(PAGE))
        self.assertNotEqual(wrong, shortcuts.page())

    def test_readme_links_the_page(self):
        # The README keeps a paragraph that leads to the page, and no copy
        # of the table that could go stale beside it.
        readme = read(os.path.join(SOURCE_ROOT, "README.md"))
        self.assertIn("(docs/shortcuts.md)", readme)
        self.assertNotIn("| Choose the file and export |", readme)
        self.assertNotIn("#keyboard-shortcuts", readme)

    def test_key_labels(self):
        self.assertEqual(shortcuts.key_label("<ctrl><shift>Return"), "Ctrl+Shift+Enter")
        self.assertEqual(shortcuts.key_label("<Control>question"), "Ctrl+?")
        self.assertEqual(shortcuts.key_label("<alt>1...9"), "Alt+1…9")
        self.assertEqual(shortcuts.key_label("F11"), "F11")
        self.assertEqual(shortcuts.key_label("s"), "S")


if __name__ == "__main__":
    unittest.main(verbosity=2)
