#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The documents print the language versions of the session's texts
(issue 21, point 3): an export in a language whose texts are not all
there is refused (exit 2, every missing text listed) unless
`--fallback original`, which prints the originals marked with their
language; the French and Arabic agendas carry the versions, Arabic right
to left. And the open errors that affect a document are said on stderr
before it is written (issue 22, point 2): exit 0, or 1 with --strict and
nothing written.

The versions are written into the session file as DESIGN.md's
"Languages (rule 38)" gives them: `i18n` per language and field, the
text and the first 16 hex digits of the SHA-256 of the original."""

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]

TECHNICAL = "Technical assistance"
OTHER = "Other matters"

FR = {
    "session": "Dixième session",
    TECHNICAL: "Assistance technique",
    OTHER: "Questions diverses",
    "annotation": "Aucune question relevant de ce point n’ayant été portée à l’attention du secrétariat, "
                  "aucun document n’est prévu.",
}
# Words without the lam-alef ligature, which pdftotext takes apart.
AR = {
    "session": "الدورة العاشرة",
    TECHNICAL: "المساعدة التقنية",
    OTHER: "مسائل أخرى",
    "annotation": "لم تعرض على الأمانة أي مسألة في إطار هذا البند.",
}
AR_WORDS = {
    "session": ["الدورة", "العاشرة"],
    TECHNICAL: ["المساعدة", "التقنية"],
    OTHER: ["مسائل", "أخرى"],
    "annotation": ["مسألة", "البند"],
}


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C.UTF-8"))


def source(original):
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:16]


def squash(text):
    return re.sub(r"\s+", " ", text)


def read_markdown(path):
    """The Markdown export with its escapes taken out: "\\[anglais\\]" reads
    "[anglais]"."""
    with open(path, encoding="utf-8") as f:
        return re.sub(r"\\([\[\]*_])", r"\1", f.read())


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True).stdout


def arabic_letters(text):
    # pdftotext gives Arabic back with spaces between some letters and
    # bidi marks around runs (see test-i18n.py): compare letters only.
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def pdf_words(path, page=1):
    """(text, xMin, yMin, xMax) of each word pdftotext finds on @page."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 out)]


class Session:
    """The sample, read and written as JSON."""

    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.data = json.load(f)

    def record(self, predicate):
        return next(r for r in self.data["docs"] if predicate(r))

    def settings(self):
        return self.record(lambda r: r["type"] == "session")

    def item(self, title):
        return self.record(lambda r: r["type"] == "item" and r.get("title") == title)

    def item_short(self, short_title):
        return self.record(lambda r: r["type"] == "item" and r.get("short_title") == short_title)

    def set_version(self, record, language, field, text):
        entry = record.setdefault("i18n", {}).setdefault(language, {})
        entry[field] = {"text": text, "source": source(record[field])}

    def save(self):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(self.data, f, ensure_ascii=False, indent=1)


class LanguagesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="plenary-export-languages-")
        self.session = os.path.join(self.dir, "s.plenary")
        r = run("new", "--sample", self.session)
        self.assertEqual(r.returncode, 0, r.stderr)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def translate(self, languages=("fr", "ar")):
        """French and Arabic versions of the session's title, two items'
        titles and one annotation; the rest stays untranslated."""
        s = Session(self.session)
        for language, texts in (("fr", FR), ("ar", AR)):
            if language not in languages:
                continue
            s.set_version(s.settings(), language, "title", texts["session"])
            s.set_version(s.item(TECHNICAL), language, "title", texts[TECHNICAL])
            s.set_version(s.item(OTHER), language, "title", texts[OTHER])
            s.set_version(s.item(OTHER), language, "annotation", texts["annotation"])
        s.save()
        return s

    def export(self, language, fmt, *options, what="agenda"):
        out = self.path(f"{what}-{language}.{fmt}")
        r = run("export", self.session, "--what", what, "--format", fmt, "--language", language,
                "-o", out, *options)
        return r, out

    # --- refusal and fallback (issue 21, "Done when", first point) ------------

    def test_refused_then_fallback_original(self):
        self.translate()
        r, out = self.export("fr", "md")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertFalse(os.path.exists(out), "a refused document is not written")
        # Every missing text at once, named for people, in French's name.
        self.assertIn("missing in French", r.stderr)
        self.assertIn("--fallback original", r.stderr)
        lines = [line for line in r.stderr.splitlines() if "missing in French" in line]
        self.assertGreater(len(lines), 10, r.stderr)
        # The venue and the body, and the titles without a version.
        self.assertTrue(any("venue" in line for line in lines), r.stderr)
        self.assertTrue(any("Item 3" in line and "title" in line for line in lines), r.stderr)
        # What has its version is not listed.
        self.assertFalse(any(re.search(r"Item 5\b.*title", line) for line in lines), r.stderr)

        r, out = self.export("fr", "md", "--fallback", "original")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        text = read_markdown(out)
        for version in FR.values():
            self.assertIn(version, text)
        # The originals in their place, marked with their language.
        self.assertIn("Vienna [anglais]", text)
        self.assertIn("Financial and budgetary matters [anglais]", text)
        self.assertNotIn(TECHNICAL, text)
        self.assertNotIn("Tenth session", text)

        # In the original language, nothing is missing: no flag needed.
        r, out = self.export("en", "md")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("[English]", read_markdown(out))

        # Every report asks the same question.
        for what in ("credentials", "participants", "bureau", "speakers", "proposals", "decisions"):
            r, out = self.export("fr", "md", what=what)
            self.assertEqual(r.returncode, 2, (what, r.stderr))
            self.assertIn("missing in French", r.stderr)
            r, out = self.export("fr", "md", "--fallback", "original", what=what)
            self.assertEqual(r.returncode, 0, (what, r.stderr))

        # An unknown --fallback is a usage error.
        os.unlink(self.path("agenda-fr.md"))
        r, out = self.export("fr", "md", "--fallback", "english")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--fallback", r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_outdated_version_refused(self):
        s = self.translate(languages=("fr",))
        # The English changes at the last minute: the French title is out
        # of date, and the document says so.
        s.item(TECHNICAL)["title"] = "Technical assistance and capacity-building"
        s.save()
        r, out = self.export("fr", "md")
        self.assertEqual(r.returncode, 2)
        self.assertRegex(r.stderr, r"Item 5\b.*title: out of date in French")
        r, out = self.export("fr", "md", "--fallback", "original")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = read_markdown(out)
        self.assertIn("Technical assistance and capacity-building [anglais]", text)
        self.assertNotIn(FR[TECHNICAL], text)

    def test_complete_language_needs_no_flag(self):
        """Fill every text the agenda prints in Spanish: no refusal."""
        s = Session(self.session)
        fields = {"session": ("body", "title", "venue"), "item": ("title", "short_title", "annotation"),
                  "document": ("title",), "meeting": ("title",)}
        for record in s.data["docs"]:
            for field in fields.get(record["type"], ()):
                if record.get(field):
                    s.set_version(record, "es", field, "ES " + record[field])
        s.save()
        r, out = self.export("es", "md")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        text = read_markdown(out)
        self.assertIn("ES Tenth session", text)
        self.assertNotIn("[inglés]", text)

    # --- the agenda PDF in French and Arabic (third "Done when" point) --------

    def test_french_agenda_pdf(self):
        self.translate()
        r, out = self.export("fr", "pdf", "--fallback", "original")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(pdf_text(out))
        for version in FR.values():
            self.assertIn(squash(version), text)
        for english in ("Tenth session", TECHNICAL, OTHER, "As no issues to be raised"):
            self.assertNotIn(english, text)

    def test_arabic_agenda_pdf(self):
        self.translate()
        r, out = self.export("ar", "pdf", "--fallback", "original")
        self.assertEqual(r.returncode, 0, r.stderr)
        raw = pdf_text(out)
        letters = arabic_letters(raw)
        for words in AR_WORDS.values():
            for word in words:
                self.assertIn(word, letters)
        for english in ("Tenth session", TECHNICAL, OTHER, "As no issues to be raised"):
            self.assertNotIn(english, squash(raw))
        # The untranslated originals stay readable, left to right, inside
        # the right-to-left document: "Financial and budgetary matters".
        self.assertIn("Financial and budgetary matters", squash(raw))

        # Right to left: on the first page, item 5's number stands to the
        # right of its Arabic title, and the session's title against the
        # right margin. pdftotext -bbox gives Arabic glyph by glyph, left
        # to right on the page: a line read from the right is in logical
        # order.
        width = 595.0
        lines = {}
        for word in pdf_words(out):
            lines.setdefault(round(word[2]), []).append(word)

        def arabic_line(needle):
            for y, words in lines.items():
                glyphs = sorted((w for w in words if arabic_letters(w[0]) and not w[0].isascii()),
                                key=lambda w: -w[1])
                if needle in "".join(arabic_letters(w[0]) for w in glyphs):
                    return y, glyphs
            self.fail(f"{needle} is on no line of the first page")

        y, title = arabic_line("المساعدة")
        number = [w for w in lines[y] if re.fullmatch(r"\.?5\.?", w[0])]
        self.assertTrue(number, "item 5's number on its title's line")
        self.assertGreater(number[0][1], max(w[3] for w in title), "the item number is right of its title")
        y, session = arabic_line("الدورة")
        self.assertGreater(min(w[1] for w in session), width / 2, "the session's title is on the right")
        # An untranslated title keeps its own direction inside the line:
        # its words run left to right.
        y = next(y for y, words in lines.items() if any(w[0] == "budgetary" for w in words))
        english = sorted((w for w in lines[y] if w[0].isascii() and w[0].isalpha()), key=lambda w: w[1])
        self.assertEqual(" ".join(w[0] for w in english), "Financial and budgetary matters")

    # --- the draft report and the Journal (issue 20's documents) -------------

    def missing_lines(self, r):
        return [line for line in r.stderr.splitlines() if "missing in French" in line]

    def test_french_draft_report(self):
        """The draft report prints the item titles (chapters, the agenda
        in chapter II) in the report's language: refused while they are
        missing, the French title where there is one."""
        self.translate(languages=("fr",))
        r, out = self.export("fr", "pdf", what="report")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertFalse(os.path.exists(out), "a refused document is not written")
        lines = self.missing_lines(r)
        # Item 3's title is no part of the front matter: only the chapters
        # and the agenda print it.
        self.assertTrue(any(re.search(r"Item 3\b.*title", line) for line in lines), r.stderr)
        self.assertFalse(any(re.search(r"Item 5\b.*title", line) for line in lines), r.stderr)

        r, out = self.export("fr", "pdf", "--fallback", "original", what="report")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(pdf_text(out))
        self.assertIn(FR[TECHNICAL], text)
        self.assertIn(FR[OTHER], text)
        self.assertNotIn(TECHNICAL, text)
        self.assertIn("Financial and budgetary matters [anglais]", text)

    def test_french_journal(self):
        """The Journal prints the items' short titles, the documents' titles
        and the meetings' in the Journal's language."""
        convention = "Organized Crime Convention"
        s = self.translate(languages=("fr",))
        s.set_version(s.item_short(convention), "fr", "short_title", "Convention contre la criminalité organisée")
        s.save()
        r, out = self.export("fr", "pdf", "--date", "2020-10-13", what="journal")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertFalse(os.path.exists(out), "a refused document is not written")
        lines = self.missing_lines(r)
        self.assertTrue(any(re.search(r"Item 2 \(b\).*title", line) for line in lines), r.stderr)
        self.assertFalse(any(re.search(r"Item 2 \(a\).*title", line) for line in lines), r.stderr)
        self.assertTrue(any("CTOC/COP/2020/5" in line for line in lines), r.stderr)

        r, out = self.export("fr", "pdf", "--date", "2020-10-13", "--fallback", "original", what="journal")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(pdf_text(out))
        self.assertIn("Convention contre la criminalité organisée", text)
        self.assertNotIn(convention, text)
        self.assertIn("Trafficking in Persons Protocol [anglais]", text)

    # --- open errors (issue 22, point 2) --------------------------------------

    def add_unscheduled_item(self):
        s = Session(self.session)
        s.data["docs"].append({"_id": "item:unscheduled-0001", "type": "item", "parent": None,
                               "position": "99", "title": "An item in no meeting", "short_title": "",
                               "annotation": "", "documents": [], "no_documentation_note": ""})
        s.save()

    def test_open_errors_said_then_strict(self):
        self.add_unscheduled_item()
        r, out = self.export("en", "pdf")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.exists(out))
        self.assertIn("agenda.unscheduled", r.stderr)
        self.assertIn("Item 10", r.stderr)
        os.unlink(out)

        r, out = self.export("en", "pdf", "--strict")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("agenda.unscheduled", r.stderr)
        self.assertIn("--strict", r.stderr)
        self.assertFalse(os.path.exists(out), "--strict writes nothing")

        # The credentials report prints nothing of the agenda: not said,
        # and --strict writes it.
        r, out = self.export("en", "pdf", "--strict", what="credentials")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertTrue(os.path.exists(out))

    def test_no_open_errors_no_words(self):
        r, out = self.export("en", "md", "--strict")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
