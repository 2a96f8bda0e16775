#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The documents in the five other UN languages (issue 10): the sample
exported with --language fr / ar / es / ru / zh, read back with pdftotext,
an HTML parser and the ODT's XML, carries the translated fixed words and
dates; Arabic is set right to left; an unknown language is English.

The catalogues are the ones this build made (PLENARY_DOCUMENT_LOCALEDIR
points at _build/po-document, see tests/meson.build)."""

import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

CLI = os.environ["PLENARY_CLI"]
SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
LANGUAGES = ["ar", "es", "fr", "ru", "zh_CN"]

# The fixed words an English agenda has; none may be left in a translation.
ENGLISH_FIXED = ["Provisional agenda", "Annotated provisional agenda", "Annotations", "Documentation",
                 "Proposed organization of work", "Date/time", "Agenda item", "Title or description",
                 "Distr.:", "Original: English", "General", "September", "October", "Monday", "Friday",
                 "p.m.", "noon", "continued"]

# What the sample (ctoc-cop-10: issued 24 September 2020, 12-16 October
# 2020, meetings from 12 noon to 2 p.m. and 4 to 6 p.m.) must read like.
EXPECTED = {
    "fr": ["Nations Unies", "Distr. générale", "24 septembre 2020", "Original : anglais",
           "Vienna, 12–16 octobre 2020", "Ordre du jour provisoire annoté", "Ordre du jour provisoire",
           "Annotations", "Documentation", "Annexe", "Projet d’organisation des travaux",
           "Date/heure", "Point de l’ordre du jour", "Intitulé ou description",
           "lundi 12 octobre", "vendredi 16 octobre", "12 heures–14 heures", "16 heures–18 heures",
           "(suite)"],
    "es": ["Naciones Unidas", "Distr. general", "24 de septiembre de 2020", "Original: inglés",
           "Vienna, 12 a 16 de octubre de 2020", "Programa provisional anotado", "Anotaciones",
           "Documentación", "Anexo", "Organización de los trabajos propuesta",
           "lunes 12 de octubre", "12.00 a 14.00 horas", "16.00 a 18.00 horas", "(continuación)"],
    "ru": ["Организация Объединенных Наций", "Распр.: общее", "24 сентября 2020 года",
           "Язык оригинала: английский", "Vienna, 12–16 октября 2020 года",
           "Аннотированная предварительная повестка дня", "Предварительная повестка дня",
           "Приложение", "понедельник, 12 октября", "12 час. 00 мин.–14 час. 00 мин.",
           "16 час. 00 мин.–18 час. 00 мин.", "(продолжение)"],
    "zh_CN": ["联合国", "2020年9月24日", "原文： 英文", "Vienna，2020年10月12日至16日",
              "附加说明的临时议程", "临时议程", "附件", "拟议工作安排", "10月12日，星期一",
              "中午12时至下午2时", "下午4时至6时", "(续)"],
    "ar": ["الأمم المتحدة", "التوزيع: عام", "24 أيلول/سبتمبر 2020", "الأصل: بالإنكليزية",
           "Vienna، 12-16 تشرين الأول/أكتوبر 2020", "جدول الأعمال المؤقت المشروح",
           "جدول الأعمال المؤقت", "الشروح", "الوثائق", "المرفق", "تنظيم الأعمال المقترح",
           "الاثنين، 12 تشرين الأول/أكتوبر", "الجمعة، 16 تشرين الأول/أكتوبر",
           "من 12:00 إلى 14:00", "من 16:00 إلى 18:00", "(تابع)"],
}


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


class HtmlText(html.parser.HTMLParser):
    """The text of an exported HTML document, and apart from it the text of
    the parts made of fixed words only: the masthead's organization and
    distribution, the title, the level-1 and "Documentation" headings, the
    annex table's header, day rows, time column and "(continued)" notes
    (the rest is the session's own English text)."""

    VOID = {"br", "meta", "link", "img", "hr"}

    def __init__(self):
        super().__init__()
        self.parts, self.fixed, self.root = [], [], None
        self.stack = []          # (tag, class, fixed?)
        self.column = 0

    def is_fixed(self, tag, cls):
        if cls in ("org", "distr", "title", "level1", "level4", "day"):
            return True
        if tag in ("th", "em") and any(t == "table" for t, _, _ in self.stack):
            return True
        return tag == "td" and self.column == 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.root = attrs
        if tag == "tr":
            self.column = 0
        if tag == "td":
            self.column += 1
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "li", "tr", "td", "th", "br"):
            self.parts.append("\n")
            self.fixed.append("\n")
        if tag in self.VOID:
            return
        cls = attrs.get("class") or ""
        inherited = any(f for _, _, f in self.stack)
        self.stack.append((tag, cls, inherited or self.is_fixed(tag, cls)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(t in ("style", "title") for t, _, _ in self.stack):
            return
        self.parts.append(data)
        if self.stack and self.stack[-1][2]:
            self.fixed.append(data)


def pdf_words(path, page=1):
    """(text, xMin, yMin, xMax) of each word pdftotext finds on @page."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 out)]


def po_entries(path):
    """{(msgctxt, msgid): msgstr} of a .po file without plurals."""
    entries = {}
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        fields, key = {}, None
        for line in block.splitlines():
            m = re.match(r'^(msgctxt|msgid|msgstr) "(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        if fields.get("msgid"):
            unescape = lambda s: s.replace('\\"', '"').replace("\\n", "\n")
            entries[(fields.get("msgctxt"), unescape(fields["msgid"]))] = unescape(fields.get("msgstr", ""))
    return entries


class Documents(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.session = os.path.join(cls.dir, "sample.plenary")
        r = subprocess.run([CLI, "new", "--sample", cls.session], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        # The sample holds no translation (issue 21): the venue's name is
        # given in each language ("Vienna", as the dates below expect),
        # and the other texts print in English, marked, with --fallback
        # original (test-export-languages.py tests the versions).
        with open(cls.session, encoding="utf-8") as f:
            data = json.load(f)
        settings = next(r for r in data["docs"] if r["type"] == "session")
        source = hashlib.sha256(settings["venue"].encode("utf-8")).hexdigest()[:16]
        settings["i18n"] = {code: {"venue": {"text": settings["venue"], "source": source}}
                            for code in ("ar", "es", "fr", "ru", "zh")}
        with open(cls.session, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        cls.outputs = {}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def export(self, language, fmt):
        key = (language, fmt)
        if key not in self.outputs:
            out = os.path.join(self.dir, f"agenda-{language}.{fmt}")
            r = subprocess.run([CLI, "export", self.session, "--what", "agenda", "--format", fmt,
                                "-o", out, "--language", language, "--fallback", "original"],
                               capture_output=True, text=True, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr, "", "an export in a known language warns about nothing")
            self.outputs[key] = out
        return self.outputs[key]

    def html(self, language):
        parser = HtmlText()
        with open(self.export(language, "html"), encoding="utf-8") as f:
            parser.feed(f.read())
        self.fixed_text = squash("".join(parser.fixed))
        return parser.root, squash("".join(parser.parts))

    def pdf_text(self, language):
        return squash(subprocess.run(["pdftotext", "-enc", "UTF-8", self.export(language, "pdf"), "-"],
                                     capture_output=True, text=True, check=True).stdout)

    def assert_no_english(self, text, language):
        for word in ENGLISH_FIXED:
            if word == "Documentation" and language == "fr":
                continue  # the same word in French
            if word == "Annotations" and language == "fr":
                continue
            self.assertNotIn(word, text, f"English fixed word left in the {language} document")

    def test_html_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                root, text = self.html(language)
                self.assertEqual(root.get("lang"), language.replace("_", "-"))
                self.assertEqual(root.get("dir"), "rtl" if language == "ar" else "ltr")
                for expected in EXPECTED[language]:
                    self.assertIn(expected, text)
                self.assert_no_english(self.fixed_text, language)

    def test_sub_item_labels(self):
        # The sample's item 1 has sub-items (a) to (f): UN Arabic letters
        # them in its own alphabet, French writes "a)".
        _root, text = self.html("ar")
        for label in ("(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)"):
            self.assertIn(label, text)
        self.assertNotIn("(a)", text)
        _root, text = self.html("fr")
        self.assertIn("a) Opening of the tenth session", squash(text))
        self.assertNotIn("(a) Opening", squash(text))

    def test_zh_is_simplified_chinese(self):
        # The CLI documents "zh"; UN Chinese is the zh_CN catalogue.
        _, text = self.html("zh")
        self.assertIn("附加说明的临时议程", text)
        self.assertIn("中午12时至下午2时", text)

    def test_unknown_language_is_english(self):
        root, text = self.html("zz")
        # The same parts that must hold no English elsewhere hold it here:
        # the check of the other languages can fail.
        for word in ["Distr.:", "Provisional agenda", "Annotations", "Documentation", "Date/time",
                     "Monday", "October", "p.m.", "continued"]:
            self.assertIn(word, self.fixed_text)
        self.assertEqual(root.get("dir"), "ltr")
        for expected in ["Distr.: General", "24 September 2020", "Original: English", "Vienna, 12–16 October 2020",
                         "Annotated provisional agenda", "Provisional agenda", "Monday, 12 October",
                         "12 noon–2 p.m.", "4–6 p.m."]:
            self.assertIn(expected, text)
        pdf = self.pdf_text("zz")
        self.assertIn("Annotated provisional agenda", pdf)
        self.assertIn("12 noon–2 p.m.", pdf)

    def test_french_pdf(self):
        text = self.pdf_text("fr")
        for expected in EXPECTED["fr"]:
            self.assertIn(expected, text)
        for word in ("Distr.:", "Original: English", "Proposed organization of work", "Date/time", "12 noon", "p.m."):
            self.assertNotIn(word, text)

    def test_french_pdf_left_to_right(self):
        words = pdf_words(self.export("fr", "pdf"))
        self.assert_direction(words, "Nations", rtl=False)

    def assert_direction(self, words, organization, rtl):
        """The masthead's organization and the symbol, and an item number
        and its title, stand on the sides the direction gives them."""
        width = 595.0
        org = next(w for w in words if organization in w[0])
        symbol = next(w for w in words if w[0].startswith("CTOC/COP/2020/1"))
        if rtl:
            self.assertGreater(org[1], width / 2, "the organization is on the right")
            self.assertLess(symbol[3], width / 2, "the symbol is on the left")
        else:
            self.assertLess(org[3], width / 2)
            self.assertGreater(symbol[1], width / 2)
        title = next(w for w in words if "Organizational" in w[0])
        number = next(w for w in words if re.fullmatch(r"\.?1\.?", w[0]) and abs(w[2] - title[2]) < 3)
        if rtl:
            self.assertGreater(number[1], title[3], "item number to the right of its title")
        else:
            self.assertLess(number[3], title[1])

    def test_arabic_pdf(self):
        path = self.export("ar", "pdf")
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                             capture_output=True, text=True, check=True).stdout
        # pdftotext gives Arabic back glyph by glyph, with spaces between
        # some letters and the lam-alef ligatures taken apart, wrapped in
        # bidi embedding marks: compare letters only, on words without
        # lam-alef.
        letters = re.sub(r"[\s\u200e\u200f\u202a-\u202e]", "", raw)
        for word in ["المتحدة", "التوزيع", "عام", "أيلول", "سبتمبر", "تشرين", "أكتوبر",
                     "المشروح", "المؤقت", "الشروح", "الوثائق", "المرفق", "المقترح", "الجمعة", "الخميس"]:
            self.assertIn(word, letters)
        for number in ["24", "2020", "12:00", "14:00", "16:00", "18:00"]:
            self.assertIn(number, raw)
        for word in ("Distr.:", "Original: English", "Proposed organization of work", "Date/time", "12 noon", "p.m."):
            self.assertNotIn(word, squash(raw))
        # Right to left: the masthead and the numbered items are mirrored.
        self.assert_direction(pdf_words(path), "ة", rtl=True)

    def test_odt_direction(self):
        ns = {"style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
              "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"}
        for language, mode in (("ar", "rl-tb"), ("fr", "lr-tb")):
            with self.subTest(language=language):
                tree = ET.parse(self.export(language, "odt"))
                props = tree.find(".//style:page-layout/style:page-layout-properties", ns)
                self.assertEqual(props.get("{%s}writing-mode" % ns["style"]), mode)
                default = tree.find(".//style:default-style[@style:family='paragraph']/style:text-properties", ns)
                if language == "ar":
                    self.assertEqual(default.get("{%s}language-complex" % ns["style"]), "ar")
                else:
                    self.assertEqual(default.get("{%s}language" % ns["fo"]), "fr")

    def test_arabic_odt_in_libreoffice_is_right_aligned(self):
        """LibreOffice lays the Arabic agenda out right to left: the
        sub-items' letters sit right of their titles, against the right
        margin (they were on the left before ODT paragraphs said "end")."""
        soffice = shutil.which("libreoffice") or shutil.which("soffice")
        self.assertIsNotNone(soffice, "LibreOffice is needed (libreoffice-writer-nogui)")
        with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
            odt = self.export("ar", "odt")
            r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", "pdf", "--outdir", outdir, odt],
                               capture_output=True, text=True, timeout=300)
            pdf = os.path.join(outdir, os.path.splitext(os.path.basename(odt))[0] + ".pdf")
            self.assertTrue(os.path.exists(pdf), r.stdout + r.stderr)
            bbox = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-"],
                                  capture_output=True, text=True, check=True).stdout
            page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
            words = [(float(x0), float(y0), float(x1), word) for x0, y0, x1, word in
                     re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                                bbox)]
            # Sub-item 1 (b), "Election of officers;": its line ends far right,
            # and its letter (pdftotext cuts "(ب)" in pieces) is right of it.
            title = [w for w in words if w[3] == "officers"]
            self.assertTrue(title, "the title of sub-item 1 (b) on page 1")
            _x0, y, x1, _word = title[0]
            self.assertGreater(x1, page_width * 0.6, "the title of 1 (b) is not on the right")
            marks = [w for w in words if abs(w[1] - y) < 4 and w[3] in ("(", ")", "ب", "(ب)")]
            self.assertTrue(marks and min(m[0] for m in marks) > x1,
                            "the letter of 1 (b) is not right of its title: %s" % marks)


class Catalogues(unittest.TestCase):
    """The catalogues themselves: complete, and the patterns keep their
    placeholders (a lost "{year}" would silently drop the year)."""

    def test_linguas(self):
        with open(os.path.join(SOURCE_ROOT, "po-document", "LINGUAS"), encoding="utf-8") as f:
            listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
        self.assertEqual(sorted(listed), LANGUAGES)

    def test_complete_and_placeholders(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                path = os.path.join(SOURCE_ROOT, "po-document", language + ".po")
                stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", path],
                                       capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
                self.assertEqual(stats.returncode, 0, stats.stderr)
                self.assertNotIn("untranslated", stats.stderr)
                self.assertNotIn("fuzzy", stats.stderr)
                entries = po_entries(path)
                self.assertGreater(len(entries), 50)
                for (context, msgid), msgstr in entries.items():
                    self.assertNotEqual(msgstr, "", (context, msgid))
                    self.assertEqual(sorted(re.findall(r"\{\w+\}", msgid)), sorted(re.findall(r"\{\w+\}", msgstr)),
                                     f"{language}: placeholders of {context}|{msgid}")
                self.assertIn(entries[("time style", "12-hour")], ("12-hour", "24-hour"))
                self.assertIn(entries[("time elision", "start")], ("start", "end", "none"))
                self.assertEqual(entries[("text direction", "ltr")], "rtl" if language == "ar" else "ltr")


if __name__ == "__main__":
    unittest.main(verbosity=2)
