#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The README's keyboard shortcuts are the Keyboard Shortcuts window's
(issue 22, point 12): its section is what build-aux/readme-shortcuts.py
makes from src/app/pl-shortcuts-window.ui, the application's accelerators
and the sidebars' page tables, so a shortcut changed in one place and not
the other fails here. A README written by hand once gave Alt+4 for the
Speakers page; it is Alt+9."""

import importlib.util
import os
import re
import unittest

SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
README = os.path.join(SOURCE_ROOT, "README.md")

spec = importlib.util.spec_from_file_location("readme_shortcuts",
                                              os.path.join(SOURCE_ROOT, "build-aux", "readme-shortcuts.py"))
shortcuts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shortcuts)


def readme():
    with open(README, encoding="utf-8") as f:
        return f.read()


class ReadmeShortcuts(unittest.TestCase):
    def test_section_is_the_generated_one(self):
        parts = shortcuts.split_readme(readme())
        self.assertIsNotNone(parts, "README.md has no shortcuts section")
        self.assertEqual(parts[1], shortcuts.section(),
                         "run build-aux/readme-shortcuts.py --update README.md")

    def test_speakers_page_is_alt_9(self):
        section = shortcuts.split_readme(readme())[1]
        self.assertIn("Alt+9 Speakers", section)
        self.assertNotRegex(section.split("a delegate’s window")[0], r"Alt\+4 Speakers")

    def test_every_shortcut_of_the_window_is_in_the_readme(self):
        section = shortcuts.split_readme(readme())[1]
        for group, rows in shortcuts.shortcut_groups():
            self.assertIn("| %s | |" % group, section)
            for title, keys in rows:
                with self.subTest(shortcut=title):
                    labels = " or ".join(shortcuts.key_label(k) for k in keys)
                    self.assertIn("| %s | %s |" % (title, labels), section)

    def test_a_wrong_key_is_caught(self):
        # The check can fail: the README with Alt+4 for Speakers.
        wrong = re.sub(r"Alt\+9 Speakers", "Alt+4 Speakers", readme())
        self.assertNotEqual(shortcuts.split_readme(wrong)[1], shortcuts.section())

    def test_key_labels(self):
        self.assertEqual(shortcuts.key_label("<ctrl><shift>Return"), "Ctrl+Shift+Enter")
        self.assertEqual(shortcuts.key_label("<Control>question"), "Ctrl+?")
        self.assertEqual(shortcuts.key_label("<alt>1...9"), "Alt+1…9")
        self.assertEqual(shortcuts.key_label("F11"), "F11")
        self.assertEqual(shortcuts.key_label("s"), "S")


if __name__ == "__main__":
    unittest.main(verbosity=2)
