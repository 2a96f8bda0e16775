#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli export: the annotated provisional agenda in four formats,
read back with real tools (pdftotext, LibreOffice, an HTML parser, libcmark)
and compared with tests/data/seed-agenda.tsv, written from the seed document."""

import ctypes
import ctypes.util
import html.parser
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
SYMBOL = "CTOC/COP/2020/1"


def run(*args, env=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, env=env)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def load_seed():
    items, docs, nodocs, annex = [], [], [], []
    with open(os.path.join(SRCDIR, "data", "seed-agenda.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "item":
                items.append((cols[1], cols[2]))
            elif cols[0] == "doc":
                docs.append((cols[1], cols[2], cols[3]))
            elif cols[0] == "nodoc":
                nodocs.append((cols[1], cols[2]))
            elif cols[0] == "annex":
                annex.append((cols[1], cols[2], cols[3]))
    return items, docs, nodocs, annex


def label(number):
    """'1' -> '1.', '1 (a)' -> '(a)': how the document labels an item."""
    return number.split(" ")[-1] if " " in number else number + "."


def expected_sequence():
    """What a reader of the document meets, in order."""
    items, docs, nodocs, annex = load_seed()
    seq = ["Distr.: General", "24 September 2020", "Original: English",
           "Tenth session", "Vienna, 12–16 October 2020",
           "Annotated provisional agenda", "Provisional agenda"]
    seq += [f"{label(n)} {t}" for n, t in items]
    seq.append("Annotations")
    for number, title in items:
        seq.append(f"{label(number)} {title}")
        mine = [d for d in docs if d[0] == number]
        if mine:
            seq.append("Documentation")
            seq += [f"{desc} ({sym})" for _, sym, desc in mine]
        seq += [text for n, text in nodocs if n == number]
    seq += ["Annex", "Proposed organization of work", "Date/time", "Agenda item", "Title or description"]
    days = {"2020-10-12": "Monday, 12 October", "2020-10-13": "Tuesday, 13 October",
            "2020-10-14": "Wednesday, 14 October", "2020-10-15": "Thursday, 15 October",
            "2020-10-16": "Friday, 16 October"}
    times = {"12:00": "12 noon–2 p.m.", "16:00": "4–6 p.m."}
    last_day = last_time = None
    for date, time, number in annex:
        if date != last_day:
            seq.append(days[date])
            last_day, last_time = date, None
        if time != last_time:
            seq.append(times[time])
            last_time = time
        seq.append("Committee of the Whole" if number == "-" else number)
    return seq


class TextCollector(html.parser.HTMLParser):
    BLOCKS = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
              "div", "br", "table", "header", "footer", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.tags = []
        self.lists = []  # per open list: next number, or None for bullets

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in self.BLOCKS:
            self.parts.append("\n")
        # An <ol>'s numbers are shown by the browser: a reader sees them.
        if tag == "ol":
            self.lists.append(int(dict(attrs).get("start") or 1))
        elif tag == "ul":
            self.lists.append(None)
        elif tag == "li" and self.lists and self.lists[-1] is not None:
            self.parts.append(f"{self.lists[-1]}. ")
            self.lists[-1] += 1

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def handle_data(self, data):
        self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def html_text(markup):
    parser = TextCollector()
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.tags


def markdown_to_html(text):
    """CommonMark through libcmark, the parser Plenary itself uses."""
    name = ctypes.util.find_library("cmark")
    lib = ctypes.CDLL(name or "libcmark.so.0.30.2")
    lib.cmark_markdown_to_html.restype = ctypes.c_void_p
    lib.cmark_markdown_to_html.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
    data = text.encode("utf-8")
    ptr = lib.cmark_markdown_to_html(data, len(data), 0)
    result = ctypes.string_at(ptr).decode("utf-8")
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free(ptr)
    return result


def pdf_pages(path, *options):
    out = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", path, "-"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def strip_running_parts(pages, symbol=SYMBOL):
    """The page body: without the running header (the symbol) and the page
    number "n/N", which sit between the lines of a paragraph that runs on."""
    bodies = []
    for page in pages:
        lines = [l for l in page.split("\n")
                 if l.strip() != symbol and not re.fullmatch(r"\s*\d+/\d+\s*", l)]
        bodies.append("\n".join(lines))
    return bodies


def pdf_page_count(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


class SequenceMixin:
    def assertInOrder(self, text, sequence):
        text = squash(text)
        pos = 0
        for wanted in sequence:
            wanted = squash(wanted)
            found = text.find(wanted, pos)
            if found < 0:
                before = text.find(wanted)
                self.fail(f"{wanted!r} not found after offset {pos} (found at {before}); "
                          f"text there: {text[pos:pos + 160]!r}")
            pos = found + len(wanted)


class ExportSampleTest(SequenceMixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.session = os.path.join(cls.dir, "sample.plenary")
        r = run("new", "--sample", cls.session)
        assert r.returncode == 0, r.stderr
        cls.out = {}
        for fmt, suffix in (("pdf", "pdf"), ("html", "html"), ("odt", "fodt"), ("md", "md")):
            path = os.path.join(cls.dir, "agenda." + suffix)
            r = run("export", cls.session, "--what", "agenda", "--format", fmt, "-o", path)
            assert r.returncode == 0, r.stderr
            cls.out[fmt] = path

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_pdf_text_in_seed_order(self):
        pages = strip_running_parts(pdf_pages(self.out["pdf"], "-raw"))
        self.assertInOrder("\n".join(pages), expected_sequence())

    def test_pdf_annex_rows(self):
        # Row by row with the layout kept: time, item and title side by side.
        pages = pdf_pages(self.out["pdf"], "-layout")
        text = "\n".join(pages)
        start = text.index("Proposed organization of work")
        lines = [squash(l) for l in text[start:].split("\n") if l.strip()]
        self.assertIn("12 noon–2 p.m. 1 (a) Opening of the session", lines)
        self.assertIn("4–6 p.m. 1 (f) General discussion (continued)", lines)
        self.assertIn("2 (a) Organized Crime Convention", lines)
        self.assertIn("12 noon–2 p.m. Committee of the Whole", lines)
        self.assertIn("9 Adoption of the report of the Conference on its tenth session", lines)
        self.assertEqual(sum(1 for l in lines if l.endswith("Committee of the Whole")), 3)

    def test_pdf_pages_header_and_footnote(self):
        raw = pdf_pages(self.out["pdf"], "-raw")
        n = pdf_page_count(self.out["pdf"])
        self.assertEqual(len(raw), n)
        self.assertGreaterEqual(n, 6)
        for i, page in enumerate(raw, start=1):
            lines = [l.strip() for l in page.split("\n") if l.strip()]
            # Every page numbered "i/n"; from page 2 on, the symbol heads it.
            self.assertIn(f"{i}/{n}", lines, f"page {i}")
            if i > 1:
                self.assertEqual(lines[0], SYMBOL, f"running header of page {i}")
        first = squash(raw[0])
        self.assertTrue(first.startswith("United Nations " + SYMBOL), first[:80])
        self.assertIn("Reissued for technical reasons on 7 October 2020.", first)
        # The annex starts on a page of its own.
        annex_page = next(i for i, p in enumerate(raw) if "Proposed organization of work" in p)
        self.assertTrue(squash(strip_running_parts([raw[annex_page]])[0]).startswith("Annex"))

    def test_pdf_inline_markup(self):
        # *inter alia* is CommonMark emphasis: the asterisks must not show.
        text = squash("\n".join(pdf_pages(self.out["pdf"], "-raw")))
        self.assertIn("decided, inter alia, that", text)
        self.assertNotIn("*inter alia*", text)
        self.assertIn("UNODC Study on Firearms 2015", text)

    def test_odt_through_libreoffice(self):
        soffice = shutil.which("libreoffice") or shutil.which("soffice")
        self.assertIsNotNone(soffice, "LibreOffice is needed (libreoffice-writer-nogui)")
        profile = tempfile.TemporaryDirectory()
        outdir = tempfile.TemporaryDirectory()
        try:
            r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile.name}", "--headless",
                                "--convert-to", "pdf", "--outdir", outdir.name, self.out["odt"]],
                               capture_output=True, text=True, timeout=300)
            pdf = os.path.join(outdir.name, "agenda.pdf")
            self.assertTrue(os.path.exists(pdf), r.stdout + r.stderr)
            # In content-stream order: LibreOffice draws a label and its
            # text as one line.
            pages = pdf_pages(pdf, "-raw")
            self.assertInOrder("\n".join(strip_running_parts(pages)), expected_sequence())
            n = pdf_page_count(pdf)
            # LibreOffice fills the header, the footer and the page count.
            self.assertIn(f"2/{n}", pages[1])
            self.assertEqual([l for l in pages[1].split("\n") if l.strip()][0].strip(), SYMBOL)
            self.assertNotIn(SYMBOL + "\n", pages[0].split("United Nations")[0])
        finally:
            profile.cleanup()
            outdir.cleanup()

    def test_html(self):
        with open(self.out["html"], encoding="utf-8") as f:
            markup = f.read()
        text, tags = html_text(markup)
        self.assertInOrder(text, expected_sequence())
        # Self-contained: no external style sheet, script or image.
        self.assertNotIn("<link", markup)
        self.assertNotIn("<script", markup)
        self.assertNotIn("src=", markup)
        self.assertIn("style", tags)
        self.assertIn("table", tags)
        self.assertIn("em", tags)  # inter alia

    def test_markdown(self):
        with open(self.out["md"], encoding="utf-8") as f:
            text = f.read()
        converted = markdown_to_html(text)
        plain, tags = html_text(converted)
        self.assertInOrder(plain, expected_sequence())
        self.assertIn("em", tags)
        self.assertIn("ol", tags)
        self.assertIn("*inter alia*", text)


class ExportItemLinkTest(unittest.TestCase):
    """An annotation's link to an item prints the item's current number
    (issue 22, point 3): moved, "agenda item 8" reads "agenda item 9"."""

    OTHER_MATTERS = "item:904050ab-6a10-4273-911e-07a99a39432d"

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        sample = os.path.join(cls.dir, "sample.plenary")
        assert run("new", "--sample", sample).returncode == 0
        with open(sample, encoding="utf-8") as f:
            doc = json.load(f)
        items = {d["title"]: d for d in doc["docs"] if d["type"] == "item"}
        other = items["Other matters"]
        report = items["Adoption of the report of the Conference on its tenth session"]
        assert f"[8]({cls.OTHER_MATTERS})" in other["annotation"], other["annotation"]
        # Move "Other matters" below "Adoption of the report": 8 becomes 9.
        other["position"], report["position"] = report["position"], other["position"]
        # Whatever the brackets say, the link prints the current number.
        report["annotation"] += f"\n\nSee also agenda item [stale words]({cls.OTHER_MATTERS}) here."
        cls.session = os.path.join(cls.dir, "moved.plenary")
        with open(cls.session, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        cls.out = {}
        for fmt in ("pdf", "html", "odt", "md"):
            path = os.path.join(cls.dir, "moved." + fmt)
            r = run("export", cls.session, "--what", "agenda", "--format", fmt, "-o", path)
            assert r.returncode == 0, (fmt, r.stderr)
            cls.out[fmt] = path

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_text(self, text):
        text = squash(text)
        self.assertIn("raised under agenda item 9 have come", text)
        self.assertNotIn("agenda item 8 have", text)
        self.assertIn("See also agenda item 9 here.", text)
        self.assertNotIn("stale words", text)
        self.assertNotIn("item:", text)

    def test_pdf(self):
        self.check_text("\n".join(strip_running_parts(pdf_pages(self.out["pdf"], "-raw"))))

    def test_html(self):
        markup = read(self.out["html"])
        self.assertNotIn("item:", markup)
        self.check_text(html_text(markup)[0])

    def test_odt(self):
        markup = read(self.out["odt"])
        self.assertNotIn("item:", markup)
        self.check_text(re.sub(r"<[^>]+>", "", markup))

    def test_markdown(self):
        text = read(self.out["md"])
        self.assertNotIn("item:", text)
        self.check_text(html_text(markdown_to_html(text))[0])

    def test_check_is_quiet_on_links(self):
        r = run("check", self.session)
        self.assertNotIn("agenda.number-in-text", r.stdout + r.stderr)

    def test_check_flags_a_typed_number(self):
        with open(self.session, encoding="utf-8") as f:
            doc = json.load(f)
        other = next(d for d in doc["docs"] if d.get("title") == "Other matters")
        other["annotation"] = "As no issues to be raised under agenda item 9 have come up."
        path = os.path.join(self.dir, "typed.plenary")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        r = run("check", path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)  # a warning, not an error
        line = next((l for l in r.stdout.splitlines() if "agenda.number-in-text" in l), None)
        self.assertIsNotNone(line, r.stdout)
        self.assertIn("“agenda item 9”", line)
        self.assertIn(f"“[9]({self.OTHER_MATTERS})”", line)


class ExportBadInputTest(SequenceMixin, unittest.TestCase):
    """Hostile content exports whole: nothing crashes, no text is lost."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        sample = os.path.join(cls.dir, "sample.plenary")
        assert run("new", "--sample", sample).returncode == 0
        with open(sample, encoding="utf-8") as f:
            doc = json.load(f)

        items = [d for d in doc["docs"] if d["type"] == "item"]
        by_title = {d["title"]: d for d in items}

        cls.unbalanced = ("Unbalanced **strong and *emphasis [link( <b>raw tag `code "
                          "and _under_score_ end-of-unbalanced-paragraph")
        by_title["Election of officers"]["annotation"] += "\n\n" + cls.unbalanced

        cls.words = [f"w{i:05d}" for i in range(3334)]  # 3,334 × 6 = 20,004 characters
        long_paragraph = " ".join(cls.words)
        assert len(long_paragraph) >= 20000
        by_title["Participation"]["annotation"] = long_paragraph

        cls.symbols = []
        entries = []
        for i in range(1, 41):
            symbol = f"CTOC/COP/2020/INF.{i}"
            doc_id = f"document:bulk-{i:02d}"
            doc["docs"].append({"_id": doc_id, "type": "document", "symbol": symbol,
                                "title": f"Information paper number {i}", "kind": "other",
                                "status": "planned", "languages": ["en"], "note": ""})
            entries.append({"document": doc_id, "description": f"Information paper number {i}"})
            cls.symbols.append(symbol)
        by_title["Other matters"]["documents"] = entries

        cls.arabic = "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة"
        cls.chinese = "联合国打击跨国有组织犯罪公约缔约方会议"
        by_title["Technical assistance"]["title"] = cls.arabic
        by_title["Financial and budgetary matters"]["title"] = cls.chinese

        cls.session = os.path.join(cls.dir, "bad.plenary")
        with open(cls.session, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)

        cls.out = {}
        for fmt in ("pdf", "html", "odt", "md"):
            path = os.path.join(cls.dir, "bad." + fmt)
            r = run("export", cls.session, "--what", "agenda", "--format", fmt, "-o", path)
            assert r.returncode == 0, (fmt, r.returncode, r.stderr)
            cls.out[fmt] = path
        cls.pdf_text = squash("\n".join(strip_running_parts(pdf_pages(cls.out["pdf"], "-raw"))))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_unbalanced_markup(self):
        # CommonMark leaves unmatched delimiters as the characters typed.
        self.assertIn("Unbalanced **strong and *emphasis [link( <b>raw tag `code and", self.pdf_text)
        self.assertIn("end-of-unbalanced-paragraph", self.pdf_text)
        text, _ = html_text(read(self.out["html"]))
        self.assertIn("Unbalanced **strong and *emphasis [link( <b>raw tag `code", squash(text))

    def test_long_paragraph_runs_over_pages(self):
        self.assertInOrder(self.pdf_text, self.words)
        raw = pdf_pages(self.out["pdf"], "-raw")
        pages_with_words = [i for i, p in enumerate(raw) if "w01000" in p or "w03333" in p]
        self.assertGreaterEqual(len(raw), 8)
        self.assertTrue(pages_with_words)

    def test_forty_documents(self):
        self.assertInOrder(self.pdf_text, [f"Information paper number {i} (CTOC/COP/2020/INF.{i})"
                                           for i in range(1, 41)])
        md = read(self.out["md"])
        plain, _ = html_text(markdown_to_html(md))
        self.assertInOrder(plain, self.symbols)

    def test_arabic_and_chinese_titles(self):
        self.assertIn(self.chinese, self.pdf_text)
        # pdftotext writes the Arabic glyphs one by one in logical order,
        # each between bidi embedding marks and on a line of its own, possibly
        # as presentation forms (NFKC folds them back): drop exactly that,
        # and every letter must be there in order.
        import unicodedata
        folded = unicodedata.normalize("NFKC", self.pdf_text)
        folded = re.sub(r"[\s\u202a-\u202e]", "", folded)
        wanted = re.sub(r"\s", "", self.arabic)
        self.assertTrue(wanted in folded, "Arabic title not found in the PDF text")
        for fmt in ("html", "odt", "md"):
            content = read(self.out[fmt])
            self.assertIn(self.arabic, content, fmt)
            self.assertIn(self.chinese, content, fmt)

    def test_pdf_embeds_fonts_for_every_script(self):
        fonts = subprocess.run(["pdffonts", self.out["pdf"]], capture_output=True, text=True,
                               check=True).stdout
        self.assertRegex(fonts, r"Serif")
        self.assertRegex(fonts, r"NotoNaskhArabic")
        self.assertRegex(fonts, r"NotoSerifCJK")


class ExportCliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.session = os.path.join(self.dir, "s.plenary")
        self.assertEqual(run("new", "--sample", self.session).returncode, 0)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_help_lists_export(self):
        r = run("--help")
        self.assertIn("export", r.stdout)
        r = run("export", "--help")
        self.assertEqual(r.returncode, 0)
        for option in ("--what", "--format", "--language", "-o"):
            self.assertIn(option, r.stdout)

    def test_unknown_what_and_format(self):
        out = self.path("x.pdf")
        r = run("export", self.session, "--what", "minutes", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("minutes", r.stderr)
        self.assertIn("agenda", r.stderr)
        r = run("export", self.session, "--what", "agenda", "--format", "docx", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("docx", r.stderr)
        self.assertIn("pdf, html, odt, md", r.stderr)
        self.assertFalse(os.path.exists(out))
        for missing in (["--format", "pdf", "-o", out], ["--what", "agenda", "-o", out],
                        ["--what", "agenda", "--format", "pdf"]):
            self.assertEqual(run("export", self.session, *missing).returncode, 2)

    def test_unreadable_file(self):
        out = self.path("x.md")
        r = run("export", self.path("nope.plenary"), "--what", "agenda", "--format", "md", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nope.plenary", r.stderr)
        bad = self.path("bad.plenary")
        with open(bad, "w") as f:
            f.write('{"format": "plenary-session", "version": 1, "docs": [\n  {"_id": ')
        r = run("export", bad, "--what", "agenda", "--format", "md", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("bad.plenary", r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_unwritable_output_leaves_nothing(self):
        out = self.path("no/such/dir/agenda.pdf")
        r = run("export", self.session, "--what", "agenda", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn(out, r.stderr)
        r = run("export", self.session, "--what", "agenda", "--format", "pdf", "-o", self.dir)
        self.assertEqual(r.returncode, 2)
        self.assertIn("folder", r.stderr)

    def run_full_disk(self, *args):
        """The CLI with no file it writes growing beyond 4 KiB (a write
        past that fails with EFBIG, SIGXFSZ ignored): a full disk."""
        def preexec():
            resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, preexec_fn=preexec)

    def test_full_disk_leaves_nothing(self):
        # The write fails once the temporary file beside the target exists
        # (the error names it): nothing is left, neither it nor half a
        # document, and a document already there keeps its content.
        out = self.path("agenda.pdf")
        r = self.run_full_disk("export", self.session, "--what", "agenda", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn(out, r.stderr)
        self.assertRegex(r.stderr, r"agenda\.pdf\.\w{6}\b.*File too large")
        self.assertEqual(sorted(os.listdir(self.dir)), ["s.plenary"])

        with open(out, "w") as f:
            f.write("previous\n")
        r = self.run_full_disk("export", self.session, "--what", "agenda", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertRegex(r.stderr, r"agenda\.pdf\.\w{6}\b.*File too large")
        self.assertEqual(sorted(os.listdir(self.dir)), ["agenda.pdf", "s.plenary"])
        self.assertEqual(read(out), "previous\n")

    def test_failed_rename_leaves_nothing(self):
        # The temporary file is written whole and the rename over the
        # target fails: an immutable target (chattr +i, which even root
        # cannot replace; not every file system or container allows it).
        out = self.path("agenda.md")
        with open(out, "w") as f:
            f.write("previous\n")
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", out], capture_output=True).returncode != 0:
            self.skipTest("chattr +i is not available here")
        try:
            r = run("export", self.session, "--what", "agenda", "--format", "md", "-o", out)
        finally:
            # Before tearDown, which could not remove it otherwise.
            subprocess.run([chattr, "-i", out], check=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn(out, r.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["agenda.md", "s.plenary"])
        self.assertEqual(read(out), "previous\n")

    def test_failed_export_keeps_existing_output(self):
        out = self.path("agenda.md")
        with open(out, "w") as f:
            f.write("previous\n")
        r = run("export", self.path("missing.plenary"), "--what", "agenda", "--format", "md", "-o", out)
        self.assertEqual(r.returncode, 2)
        with open(out) as f:
            self.assertEqual(f.read(), "previous\n")
        # A successful export replaces it whole and leaves no temporary file.
        r = run("export", self.session, "--what", "agenda", "--format", "md", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["agenda.md", "s.plenary"])

    def test_language_falls_back_to_english(self):
        # "zz" has no catalogue (the five UN languages have theirs since
        # issue 10, see test-i18n.py).
        out = self.path("zz.md")
        r = run("export", self.session, "--what", "agenda", "--format", "md", "-o", out,
                "--language", "zz")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        text = read(out)
        self.assertIn("Provisional agenda", text)
        self.assertIn("24 September 2020", text)

    def test_language_catalogue_is_used(self):
        # A catalogue in the document domain, installed where
        # PLENARY_DOCUMENT_LOCALEDIR points: the document's words change,
        # the interface language (LC_ALL=C.UTF-8 here) does not matter.
        localedir = self.path("locale")
        os.makedirs(os.path.join(localedir, "fr", "LC_MESSAGES"))
        po = self.path("fr.po")
        with open(po, "w", encoding="utf-8") as f:
            f.write('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Provisional agenda"\nmsgstr "Ordre du jour provisoire"\n\n'
                    'msgctxt "month"\nmsgid "October"\nmsgstr "octobre"\n\n'
                    'msgctxt "weekday"\nmsgid "Monday"\nmsgstr "lundi"\n\n'
                    'msgctxt "language"\nmsgid "English"\nmsgstr "anglais"\n')
        subprocess.run(["msgfmt", "-o", os.path.join(localedir, "fr", "LC_MESSAGES", "plenary-document.mo"), po],
                       check=True)
        env = dict(os.environ, PLENARY_DOCUMENT_LOCALEDIR=localedir)
        out = self.path("fr.html")
        r = run("export", self.session, "--what", "agenda", "--format", "html", "-o", out,
                "--language", "fr_FR", "--fallback", "original", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(html_text(read(out))[0])
        self.assertIn("Ordre du jour provisoire", text)
        self.assertIn("12–16 octobre 2020", text)
        self.assertIn("lundi, 12 octobre", text)
        self.assertIn("Original: anglais", text)
        self.assertIn('lang="fr-FR" dir="ltr"', read(out))
        # Untranslated words stay English.
        self.assertIn("Annotations", text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
