#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""plenary-cli export --what credentials|participants|bureau|speakers|
proposals|decisions: the reports of issues 6, 7, 8 and 19, built from a
fixture session (the sample, a registration CSV through import-delegations,
then credentials, officers, speakers, proposals and votes written into the
file as JSON), read back in every format with
real tools: pdftotext, an HTML parser, libcmark, and LibreOffice for the
flat ODT. Expectations are derived here from the fixture by the rules of
RULES.md, not copied from the output."""

import ctypes
import ctypes.util
import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

CLI = os.environ["PLENARY_CLI"]
FORMATS = (("pdf", "pdf"), ("html", "html"), ("odt", "fodt"), ("md", "md"))
REPORTS = ("credentials", "participants", "bureau", "speakers", "proposals", "decisions", "report")
# The credentials report is dated; a fixed SOURCE_DATE_EPOCH makes the date
# known: 2020-10-12T08:00:00Z, 10 a.m. on the opening day in Vienna.
EPOCH = "1602489600"
AS_AT = "12 October 2020"

CSV = """Delegation,ISO code,Member name,Function,Rank,E-mail,Category
Austria,AUT,Anna Huber,head,ambassador,anna.huber@example.at,
Austria,AUT,Karl Maier,adviser,official,karl.maier@example.at,
Austria,AUT,Eva Berger,alternate,official,,
Mexico,MEX,Luz Ortega,head,minister,,
Brazil,BRA,João Silva,head,ambassador,,
Chile,CHL,Pedro Rojas,head,ambassador,,
Nigeria,NGA,Ngozi Okafor,head,minister,,
Kenya,KEN,Amina Wanjiru,head,ambassador,,
Japan,JPN,Haruto Sato,head,ambassador,,
Poland,POL,Zofia Nowak,head,deputy minister,,
Germany,DEU,Jonas Weber,head,ambassador,,
Egypt,EGY,Omar Hassan,head,ambassador,,
India,IND,Priya Sharma,head,ambassador,,
Argentina,ARG,Sofía Díaz,head,ambassador,,
Romania,ROU,Ioana Popescu,head,ambassador,,
Italy,ITA,Marco Rossi,head,ambassador,,
Zambia,ZMB,Chanda Mwale,head,ambassador,,
European Union,EUU,Claire Martin,head,ambassador,,
Congo,COG,Alain Mabiala,head,ambassador,,
Papua New Guinea,PNG,Kila Namaliu,head,official,,
United Nations Office on Drugs and Crime,,Ghada Waly,head,other,,un_entity
INTERPOL,,Jürgen Stock,head,other,,igo
Transparency International,,Delia Ferreira,head,other,,ngo_ecosoc
Global Initiative Network,,Mark Shaw,head,other,,ngo_other
"""

PARTIES = ["Argentina", "Austria", "Brazil", "Chile", "Egypt", "European Union", "Germany", "India", "Italy",
           "Japan", "Kenya", "Mexico", "Nigeria", "Poland", "Romania", "Zambia"]

# State → (form, issuer, received, objection) — the status follows from
# RULES.md: the opening is at 12 noon on 12 October 2020 in Vienna (the
# first meeting), so the 24-hour mark is 12 noon on 11 October (+02:00).
CREDENTIALS = {
    "AUT": ("original", "foreign_minister", "2020-10-05T10:00:00+02:00", None),
    "EGY": ("original", "head_of_state", "2020-10-11T12:00:00+02:00",   # exactly at the mark: on time
            {"by": "delegation:ARG", "date": "2020-10-06", "note": "", "withdrawn": "2020-10-08"}),
    "EUU": ("original", "reio_authority", "2020-10-01T09:00:00+02:00", None),
    "MEX": ("original", "head_of_state", "2020-10-11T13:00:00+02:00", None),  # late
    "BRA": ("note_verbale", "permanent_representative", "2020-10-02T09:00:00+02:00", None),
    "CHL": ("copy", "permanent_representative", "2020-10-02T09:00:00+02:00", None),
    "NGA": ("fax", "foreign_minister", "2020-10-03T09:00:00+02:00", None),
    "KEN": ("email", "other", "2020-10-03T09:00:00+02:00", None),
    "JPN": ("letter", "permanent_representative", "2020-10-04T09:00:00+02:00", None),
    "POL": ("original", "other", "2020-10-04T09:00:00+02:00", None),           # defective
    "DEU": ("original", "head_of_government", "2020-10-04T09:00:00+02:00",
            {"by": "delegation:AUT", "date": "2020-10-07", "note": "", "withdrawn": None}),
    "ITA": ("none", "other", None, None),
}
DUE_FORM = ["Austria", "Egypt", "European Union", "Mexico"]
INFORMATION = [("Brazil", "note verbale"), ("Chile", "copy"), ("Japan", "letter"), ("Kenya", "email"),
               ("Nigeria", "fax")]
NOTHING = ["Argentina", "India", "Italy", "Romania", "Zambia"]
DEFECTIVE = ["Poland"]
OBJECTED = ["Germany"]

# seat → (delegation ISO3, person, status, date)
OFFICERS = {
    "president": ("NGA", "Ngozi Okafor", "elected", "2020-10-12"),
    "vice_president-1": ("KEN", "Amina Wanjiru", "elected", "2020-10-12"),
    "vice_president-2": ("JPN", "Haruto Sato", "nominated", "2020-09-01"),
    "vice_president-3": ("IND", "Priya Sharma", "nominated", "2020-09-02"),
    "vice_president-4": ("POL", "Zofia Nowak", "nominated", "2020-09-03"),
    "vice_president-6": ("MEX", "Luz Ortega", "nominated", "2020-09-04"),
    "vice_president-7": ("BRA", "João Silva", "withdrawn", "2020-09-20"),
    "vice_president-8": ("AUT", "Anna Huber", "elected", "2020-10-12"),
    "rapporteur": ("AUT", "Karl Maier", "nominated", "2020-09-05"),
}

TIER = {"head_of_state": 0, "head_of_government": 0, "vice_president": 0, "minister": 1}


def run(*args, env=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=180, env=env)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def join(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def general_speakers():
    """The general discussion: named speakers that exercise each ordering
    rule, then enough ambassadors to outgrow the item's meetings."""
    speakers = [
        # (key, delegation, person, rank, requested_at, extra)
        ("aut", "AUT", "Anna Huber", "ambassador", "2020-09-01T09:00:00+02:00", {}),
        ("mex", "MEX", "Luz Ortega", "minister", "2020-09-02T09:00:00+02:00", {}),
        ("nga", "NGA", "Ngozi Okafor", "head_of_state", "2020-09-05T09:00:00+02:00", {}),
        ("cog", "COG", "Alain Mabiala", "head_of_state", "2020-08-31T10:00:00+02:00", {}),  # observer: after States
        ("ken", "KEN", "Amina Wanjiru", "ambassador", "2020-09-01T10:00:00+02:00", {"on_behalf_of": "african"}),
        ("jpn", "JPN", "Haruto Sato", "ambassador", "2020-10-09T14:00:00+02:00", {}),  # after closing
        ("egy", "EGY", "Omar Hassan", "ambassador", "2020-09-01T11:00:00+02:00", {"status": "withdrawn"}),
        ("chl", "CHL", "Pedro Rojas", "ambassador", "2020-09-03T09:00:00+02:00",
         {"manual_position": 1, "manual_note": "exchange with Nigeria"}),
        # Issue 16: recorded without a rank (None: no "rank" member at all).
        ("rou", "ROU", "Ioana Popescu", None, "2020-09-04T09:00:00+02:00", {}),
    ]
    for i in range(60):
        speakers.append((f"f{i:02d}", ["ARG", "IND", "ITA", "ROU", "ZMB", "DEU"][i % 6], f"Filler Speaker {i:02d}",
                         "official", f"2020-09-10T{9 + i // 60:02d}:{i % 60:02d}:00+02:00", {}))
    return speakers


def expected_general_order():
    """Derived order (issue 8): States before observers, rank tier, time
    of request; a placement by hand takes its place. Withdrawn: not listed."""
    active = [s for s in general_speakers() if s[5].get("status") != "withdrawn"]
    observer = {"COG"}
    derived = sorted(active, key=lambda s: (s[1] in observer, TIER.get(s[3], 2), s[4]))
    manual = [s for s in derived if "manual_position" in s[5]]
    rest = [s for s in derived if "manual_position" not in s[5]]
    for s in sorted(manual, key=lambda s: s[5]["manual_position"]):
        rest.insert(s[5]["manual_position"] - 1, s)
    return rest


class TextCollector(html.parser.HTMLParser):
    BLOCKS = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
              "div", "br", "table", "header", "footer", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.tags = []
        self.rows = []
        self.cell = None
        self.row = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(squash("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)


def parse_html(markup):
    parser = TextCollector()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts), parser.tags, parser.rows


def markdown_to_html(text):
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


def pdf_text(path, *options):
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True, timeout=120).stdout


# Issue 19: the register. key → (symbol, kind, item number, title, status,
# sponsors [(ISO3, role, on behalf of, withdrawn)], action or None,
# adopted_as, extra). An action is (body, date, start, method, vote key).
PROPOSALS = {
    "l1": ("CTOC/COP/2020/L.1", "draft_resolution", "2 (a)", "Implementation of the Organized Crime Convention",
           "adopted", [("NGA", "sponsor", "african", None), ("MEX", "cosponsor", None, None),
                       ("EGY", "cosponsor", None, "2020-10-10T09:00:00+02:00"), ("AUT", "cosponsor", None, None)],
           ("plenary", "2020-10-13", "12:00", "without_vote", None), "10/1", {}),
    "l2": ("CTOC/COP/2020/L.2", "draft_resolution", "3", "New forms of organized crime",
           "adopted", [("CHL", "sponsor", None, None), ("BRA", "cosponsor", None, None),
                       ("ARG", "cosponsor", None, None)],
           ("plenary", "2020-10-14", "12:00", "vote", "v2"), "10/2", {}),
    "l3": ("CTOC/COP/2020/L.3", "draft_decision", "5", "Technical assistance in 2021",
           "adopted", [("JPN", "sponsor", None, None), ("POL", "cosponsor", None, None)],
           ("plenary", "2020-10-16", "16:00", "without_vote", None), "10/2", {}),
    "l4": ("CTOC/COP/2020/L.4", "draft_resolution", "4", "Central authorities",
           "approved", [("KEN", "sponsor", None, None)],
           ("committee_of_the_whole", "2020-10-15", "12:00", "without_vote", None), None,
           {"financial_implications": "pending"}),
    "l5": ("CTOC/COP/2020/L.5", "draft_resolution", "3", "A rejected text",
           "rejected", [("MEX", "sponsor", None, None)],
           ("plenary", "2020-10-14", "16:00", "vote", "v5"), None, {}),
    "l6": ("CTOC/COP/2020/L.6", "draft_resolution", "2 (a)", "Review mechanism",
           "submitted", [("AUT", "sponsor", "western_european_other", None)], None, None, {}),
    "l6r1": ("CTOC/COP/2020/L.6/Rev.1", "draft_resolution", "2 (a)", "Review mechanism",
             "in_consultations", [("AUT", "sponsor", "western_european_other", None)], None, None,
             {"revises": "l6"}),
    # An amendment names no item: it is under that of what it amends.
    "l7": ("CTOC/COP/2020/L.7", "amendment", None, "Central authorities: a new paragraph",
           "submitted", [("EGY", "sponsor", None, None)], None, None, {"amends": "l4"}),
    "l8": ("CTOC/COP/2020/L.8", "draft_decision", "6", "Budget of the secretariat",
           "adopted", [("IND", "sponsor", None, None)],
           ("plenary", "2020-10-14", "16:00", "vote", "v8"), "10/1", {}),
}

# Ballots in no particular order: the document sorts each list.
VOTES = {
    "v2": ("roll_call", "KEN", {"NGA": "yes", "JPN": "no", "KEN": "abstain", "AUT": "yes", "MEX": "yes",
                                "EGY": "abstain", "BRA": "yes", "CHL": "yes"}, None),
    "v5": ("recorded", None, {"MEX": "yes", "BRA": "no", "AUT": "no"}, None),
    "v8": ("non_recorded", None, {}, {"yes": 40, "no": 2, "abstain": 3}),
}
IN_FAVOUR = ["Austria", "Brazil", "Chile", "Mexico", "Nigeria"]
AGAINST = ["Japan"]
ABSTAINING = ["Egypt", "Kenya"]


def proposal_id(key):
    return "proposal:00000000-0000-4000-8000-%012d" % (list(PROPOSALS).index(key) + 1)


def vote_id(key):
    return "vote:00000000-0000-4000-9000-%012d" % (list(VOTES).index(key) + 1)


def add_proposals(docs):
    items, numbers = {}, {}
    for d in docs:
        if d["type"] == "item":
            items[d["_id"]] = d
    for d in items.values():
        parent = items.get(d.get("parent"))
        numbers[d["_id"]] = (parent["position"] + " (" + "abcdefgh"[int(d["position"]) - 1] + ")"
                             if parent else d["position"])
    item_by_number = {n: i for i, n in numbers.items()}
    meeting = {(d["body"], d["date"], d["start"]): d["_id"] for d in docs if d["type"] == "meeting"}
    # In reverse order of the register, so the order is the document's.
    for key in reversed(list(PROPOSALS)):
        symbol, kind, item, title, status, sponsors, action, adopted_as, extra = PROPOSALS[key]
        record = {"_id": proposal_id(key), "type": "proposal", "kind": kind, "symbol": symbol, "title": title,
                  "item": item_by_number[item] if item else None, "body": "plenary", "revises": None, "amends": None,
                  "sponsors": [{"delegation": f"delegation:{iso3}", "role": role, "on_behalf_of": behalf,
                                "joined": "2020-09-15T10:00:00+02:00", "withdrawn": withdrawn}
                               for iso3, role, behalf, withdrawn in sponsors],
                  "submitted": "2020-09-15T10:00:00+02:00", "status": status, "financial_implications": "none",
                  "text": None, "action": None, "adopted_as": adopted_as}
        record.update(extra)
        for link in ("revises", "amends"):
            if record[link]:
                record[link] = proposal_id(record[link])
        if action:
            body, date, start, method, vote = action
            record["action"] = {"meeting": meeting[body, date, start], "method": method,
                                "vote": vote_id(vote) if vote else None}
            if vote:
                kind, drawn, ballots, counts = VOTES[vote]
                docs.append({"_id": vote_id(vote), "type": "vote", "proposal": proposal_id(key),
                             "meeting": meeting[body, date, start], "question": "substance", "kind": kind,
                             "drawn": f"delegation:{drawn}" if drawn else None,
                             "ballots": {f"delegation:{k}": v for k, v in ballots.items()},
                             "counts": counts, "announced_at": date + "T" + start + ":00+02:00"})
        docs.append(record)


def build_fixture(directory):
    session = os.path.join(directory, "fixture.plenary")
    r = run("new", "--sample", session)
    assert r.returncode == 0, r.stderr
    csv = os.path.join(directory, "registration.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write(CSV)
    r = run("import-delegations", session, csv)
    assert r.returncode == 0, r.stdout + r.stderr

    with open(session, encoding="utf-8") as f:
        doc = json.load(f)
    # The conference of the registration CSV alone: the sample registers
    # every State party (issue 22, see test_sample_credentials below),
    # those the CSV names no one for are taken out.
    doc["docs"] = [d for d in doc["docs"] if d["type"] != "delegation" or d["members"]]
    docs = doc["docs"]
    by_id = {d["_id"]: d for d in docs}
    # At the session: officers are elected from the States present (rule 22).
    for d in docs:
        if d["type"] == "delegation":
            d["present"] = True

    for iso3, (form, issuer, received, objection) in CREDENTIALS.items():
        docs.append({"_id": f"credentials:{iso3}", "type": "credentials", "delegation": f"delegation:{iso3}",
                     "form": form, "issuer": issuer, "signatory": "", "received": received,
                     "members_covered": True, "changes": [], "objection": objection, "notes": ""})

    for seat, (iso3, person, status, date) in OFFICERS.items():
        officer = by_id[f"officer:{seat}"]
        officer.update({"delegation": f"delegation:{iso3}", "person": person, "status": status})
        key = {"elected": "elected_on", "nominated": "nominated_on", "withdrawn": "withdrawn_on"}[status]
        officer[key] = date
        if status == "elected":
            officer["nominated_on"] = "2020-09-01"

    lists = {d["title"]: d for d in docs if d["type"] == "speaker_list"}
    general = lists["General discussion"]["_id"]
    opening = lists["Opening statements"]["_id"]
    for key, iso3, person, rank, requested, extra in general_speakers():
        record = {"_id": f"speaker:{key}", "type": "speaker", "list": general,
                  "delegation": f"delegation:{iso3}", "person": person, "rank": rank,
                  "on_behalf_of": None, "requested_at": requested, "mode": "floor",
                  "status": "listed", "duration_s": 0}
        record.update(extra)
        if rank is None:
            del record["rank"]
        docs.append(record)
    for key, iso3, person, rank, requested in (("o1", "AUT", "Anna Huber", "ambassador", "2020-10-01T09:00:00+02:00"),
                                                ("o2", "NGA", "Ngozi Okafor", "head_of_state", "2020-10-02T09:00:00+02:00")):
        docs.append({"_id": f"speaker:{key}", "type": "speaker", "list": opening,
                     "delegation": f"delegation:{iso3}", "person": person, "rank": rank,
                     "on_behalf_of": None, "requested_at": requested, "mode": "podium",
                     "status": "listed", "duration_s": 0})
    add_proposals(docs)

    with open(session, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return session, doc


class ReportsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.session, cls.doc = build_fixture(cls.dir)
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
        cls.out = {}
        for what in REPORTS:
            for fmt, suffix in FORMATS:
                path = os.path.join(cls.dir, f"{what}.{suffix}")
                r = run("export", cls.session, "--what", what, "--format", fmt, "-o", path, env=env)
                assert r.returncode == 0, (what, fmt, r.stderr)
                cls.out[what, fmt] = path
        cls.texts = {}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # Each format read back as plain text, in reading order.
    def text(self, what, fmt):
        key = (what, fmt)
        if key not in self.texts:
            path = self.out[key]
            if fmt == "pdf":
                text = pdf_text(path, "-raw")
            elif fmt == "html":
                text = parse_html(read(path))[0]
            elif fmt == "md":
                text = parse_html(markdown_to_html(read(path)))[0]
            else:
                text = self.odt_text(path)
            self.texts[key] = squash(text)
        return self.texts[key]

    def odt_text(self, path):
        soffice = shutil.which("libreoffice") or shutil.which("soffice")
        self.assertIsNotNone(soffice, "LibreOffice is needed (libreoffice-writer-nogui)")
        with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
            r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", "pdf", "--outdir", outdir, path],
                               capture_output=True, text=True, timeout=300)
            pdf = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
            self.assertTrue(os.path.exists(pdf), r.stdout + r.stderr)
            return pdf_text(pdf, "-raw")

    def assertInOrder(self, text, sequence, what=""):
        pos = 0
        for wanted in sequence:
            wanted = squash(wanted)
            found = text.find(wanted, pos)
            if found < 0:
                self.fail(f"{what}: {wanted!r} not found after offset {pos} (anywhere: {text.find(wanted)}); "
                          f"text there: {text[pos:pos + 200]!r}")
            pos = found + len(wanted)

    def each_format(self, what, sequence):
        for fmt, _ in FORMATS:
            with self.subTest(format=fmt):
                self.assertInOrder(self.text(what, fmt), sequence, f"{what}.{fmt}")

    # --- credentials (issue 6, rule 19) -----------------------------------

    def credentials_sequence(self):
        info = [f"{name} ({form})" for name, form in INFORMATION]
        return [
            "Tenth session", "Report of the Bureau on credentials",
            "Rule 19 of the rules of procedure",
            f"as at {AS_AT}, for the {len(PARTIES)} parties registered",
            "Formal credentials in due form", str(len(DUE_FORM)),
            "Information by letter, note verbale, fax, copy or email", str(len(INFORMATION)),
            "Nothing received", str(len(NOTHING)),
            "Credentials not issued as rule 18 requires", str(len(DEFECTIVE)),
            "Representatives objected to", str(len(OBJECTED)),
            "Total", str(len(PARTIES)),
            "A. Formal credentials in due form",
            f"As at {AS_AT}, formal credentials in due form, as provided for in rule 18, had been received "
            f"from the following {len(DUE_FORM)} States parties and regional economic integration organizations:",
            join(DUE_FORM) + ".",
            "The credentials of Mexico were received after 12 noon on 11 October 2020",
            "B. Information on the representatives",
            f"from the following {len(INFORMATION)} States parties:", join(info) + ".",
            "participate provisionally (rule 20)", "by 12 noon on 16 October 2020",
            "C. No credentials or information received",
            f"from the following {len(NOTHING)} States parties:", join(NOTHING) + ".",
            "D. Credentials not issued as rule 18 requires",
            "from the following State party", "Poland (original issued by another authority).",
            "E. Objections", "The representatives of the following State party",
            "Germany (objection by Austria on 7 October 2020).",
        ]

    def test_credentials_every_format(self):
        self.each_format("credentials", self.credentials_sequence())

    def test_credentials_each_party_once(self):
        # Every party of the session is in exactly one list; observers need
        # no credentials (rule 18) and are in none.
        text = self.text("credentials", "html")
        heads = ["A. Formal credentials in due form", "B. Information on the representatives",
                 "C. No credentials or information received", "D. Credentials not issued as rule 18 requires",
                 "E. Objections"]
        starts = [text.index(h) for h in heads] + [len(text)]
        found = []
        for i, head in enumerate(heads):
            section = text[starts[i]:starts[i + 1]]
            names = {n for n in PARTIES if re.search(re.escape(n) + r"(?! on 7 October)", section)}
            found.append(names)
        info = [n for n, _ in INFORMATION]
        self.assertEqual(found, [set(DUE_FORM), set(info), set(NOTHING), set(DEFECTIVE), set(OBJECTED)])
        for name in ("Congo", "Papua New Guinea", "INTERPOL"):
            self.assertNotIn(name, text)

    def test_credentials_update_moves_a_state(self):
        # The original of Chile arrives, on time: Chile moves from B to A.
        with open(self.session, encoding="utf-8") as f:
            doc = json.load(f)
        for d in doc["docs"]:
            if d["_id"] == "credentials:CHL":
                d.update(form="original", issuer="foreign_minister", received="2020-10-09T09:00:00+02:00")
        moved = os.path.join(self.dir, "moved.plenary")
        with open(moved, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        out = os.path.join(self.dir, "moved.md")
        r = run("export", moved, "--what", "credentials", "--format", "md", "-o", out,
                env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH))
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(parse_html(markdown_to_html(read(out)))[0])
        due = sorted(DUE_FORM + ["Chile"])
        info = [f"{n} ({f})" for n, f in INFORMATION if n != "Chile"]
        self.assertInOrder(text, [f"the following {len(due)} States parties and regional economic integration "
                                  f"organizations:", join(due) + ".",
                                  f"the following {len(info)} States parties:", join(info) + "."])

    def test_credentials_bad_epoch(self):
        out = os.path.join(self.dir, "bad-epoch.pdf")
        r = run("export", self.session, "--what", "credentials", "--format", "pdf", "-o", out,
                env=dict(os.environ, SOURCE_DATE_EPOCH="yesterday"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("SOURCE_DATE_EPOCH", r.stderr)
        self.assertFalse(os.path.exists(out))

    # --- participants (issue 6) -------------------------------------------

    def participants(self):
        rows = [l.split(",") for l in CSV.strip().split("\n")[1:]]
        by_delegation = {}
        for name, iso3, member, function, rank, _email, _cat in rows:
            by_delegation.setdefault(name, []).append((member, function, rank))
        return by_delegation

    def test_participants_every_format(self):
        members = self.participants()
        categories = [
            ("States parties", sorted(n for n in PARTIES if n != "European Union")),
            ("Signatory States", ["Congo"]),
            ("Other States", ["Papua New Guinea"]),
            ("Regional economic integration organizations", ["European Union"]),
            ("United Nations entities", ["United Nations Office on Drugs and Crime"]),
            ("Intergovernmental organizations", ["INTERPOL"]),
            ("Non-governmental organizations in consultative status with the Economic and Social Council",
             ["Transparency International"]),
            ("Other non-governmental organizations", ["Global Initiative Network"]),
        ]
        function_label = {"head": "Head of delegation", "alternate": "Alternate head of delegation",
                          "adviser": "Adviser", "representative": "Representative"}
        rank_label = {"ambassador": "Ambassador", "official": "Official", "minister": "Minister",
                      "deputy minister": "Deputy Minister", "other": "Other"}
        order = {"head": 0, "alternate": 1, "representative": 2, "adviser": 3}
        seq = ["List of participants", "Category", "Delegations", "Participants"]
        total_d = total_p = 0
        for title, names in categories:
            n_people = sum(len(members[n]) for n in names)
            seq += [title, str(len(names)), str(n_people)]
            total_d += len(names)
            total_p += n_people
        seq += ["Total", str(total_d), str(total_p)]
        for title, names in categories:
            seq += [title, "Name", "Function", "Rank"]
            for name in names:
                seq.append(name)
                for member, function, rank in sorted(members[name], key=lambda m: order[m[1]]):
                    seq += [member, function_label[function], rank_label[rank]]
        self.each_format("participants", seq)
        # Emails are not printed in a public list.
        for fmt, _ in FORMATS:
            self.assertNotIn("anna.huber@example.at", self.text("participants", fmt))
        for fmt in ("html", "odt", "md"):
            self.assertNotIn("anna.huber@example.at", read(self.out["participants", fmt]))

    def test_participants_table_rows(self):
        _, _, rows = parse_html(read(self.out["participants", "html"]))
        self.assertIn(["Austria"], rows)
        self.assertIn(["Anna Huber", "Head of delegation", "Ambassador"], rows)
        i = rows.index(["Austria"])
        self.assertEqual([r[0] for r in rows[i + 1:i + 4]], ["Anna Huber", "Eva Berger", "Karl Maier"])

    # --- bureau (issue 7) --------------------------------------------------

    def test_bureau_every_format(self):
        seq = ["Election of officers",
               "Of the 10 seats of the Bureau, 8 have a nominee and 3 have been filled by election.",
               "Composition of the Bureau", "Office", "Regional group", "State", "Representative", "Status",
               "President", "African States", "Nigeria", "Ngozi Okafor", "Elected on 12 October 2020",
               "Vice-President 1", "African States", "Kenya", "Amina Wanjiru", "Elected on 12 October 2020",
               "Vice-President 2", "Asia-Pacific States", "Japan", "Haruto Sato", "Nominated on 1 September 2020",
               "Vice-President 5", "Eastern European States", "Vacant",
               "Vice-President 7", "Latin American and Caribbean States", "Brazil", "João Silva",
               "Nomination withdrawn on 20 September 2020",
               "Rapporteur", "Western European and other States", "Austria", "Karl Maier",
               "Nominated on 5 September 2020",
               "Open findings", "Error",
               "Draft paragraph for the report of the Conference",
               "At its 1st meeting, on 12 October 2020, the Conference elected the following officers by acclamation:",
               "President: Ngozi Okafor (Nigeria);",
               "Vice-Presidents: Amina Wanjiru (Kenya) and Anna Huber (Austria);",
               "Nominations not yet acted upon:", "Haruto Sato (Japan), Vice-President 2"]
        self.each_format("bureau", seq)

    def test_bureau_findings_match_check(self):
        r = run("check", self.session, "--json")
        findings = [f for f in json.loads(r.stdout) if f["code"].startswith("bureau.")]
        self.assertTrue(findings)
        text = self.text("bureau", "html")
        part = text[text.index("Open findings"):text.index("Draft paragraph")]
        for f in findings:
            self.assertIn(squash(f["message"]), part)
        # Finding codes are for the help and scripts, never the document.
        for fmt in ("pdf", "html", "odt", "md"):
            self.assertNotIn("bureau.", self.text("bureau", fmt))

    def test_bureau_draft_from_nominations(self):
        # Before anyone is elected the paragraph is drafted from the slate.
        with open(self.session, encoding="utf-8") as f:
            doc = json.load(f)
        for d in doc["docs"]:
            if d["type"] == "officer" and d.get("status") == "elected":
                d["status"] = "nominated"
        path = os.path.join(self.dir, "nominated.plenary")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        out = os.path.join(self.dir, "nominated.html")
        self.assertEqual(run("export", path, "--what", "bureau", "--format", "html", "-o", out).returncode, 0)
        text = squash(parse_html(read(out))[0])
        self.assertInOrder(text, ["No officer has been elected yet. Drafted from the nominations, for the opening meeting:",
                                  "At its 1st meeting, on 12 October 2020",
                                  "President: Ngozi Okafor (Nigeria);",
                                  "Rapporteur: Karl Maier (Austria)."])

    # --- speakers (issue 8) -------------------------------------------------

    def test_speakers_order_every_format(self):
        order = expected_general_order()
        seq = ["Lists of speakers", "Opening statements", "Time limit: 5 minutes per statement.",
               "2 speakers are inscribed.", "1", "Nigeria", "Ngozi Okafor", "Head of State", "5 minutes",
               "Monday, 12 October", "2", "Austria", "Anna Huber", "Ambassador",
               "General discussion", "Agenda item 1 (f): General discussion",
               "The list opened at 12 midnight on 31 August 2020 and closed at 12 noon on 9 October 2020.",
               "Time limit: 3 minutes per statement.",
               f"{len(order)} speakers are inscribed."]
        names = {s[1]: None for s in order}
        for number, s in enumerate(order, start=1):
            seq += [str(number), s[2]]
        self.each_format("speakers", seq)

    def test_speakers_rows_and_marks(self):
        _, _, rows = parse_html(read(self.out["speakers", "html"]))
        order = expected_general_order()
        table = [r for r in rows if len(r) == 5 and r[0].isdigit()]
        general = table[2:]
        self.assertEqual([r[0] for r in general], [str(i) for i in range(1, len(order) + 1)])
        self.assertEqual([r[2].split(" ")[0] for r in general], [s[2].split(" ")[0] for s in order])
        by_person = {r[2]: r for r in general}
        self.assertIn("on behalf of African States", by_person["Amina Wanjiru Ambassador"][1])
        self.assertIn("Request outside the list’s opening hours", by_person["Haruto Sato Ambassador"][1])
        self.assertIn("Placed by hand at 1; by the rules, ", by_person["Pedro Rojas Ambassador"][1])
        self.assertIn("exchange with Nigeria", by_person["Pedro Rojas Ambassador"][1])
        # No rank recorded: said so, not taken for a Head of State (issue 16).
        self.assertIn("Ioana Popescu Rank unknown", by_person)
        self.assertTrue(general[0][4].startswith("Monday, 12 October 12 noon–2 p.m."), general[0])
        # The tail outgrows the meetings for item 1 (f): marked, and named.
        marked = [int(r[0]) for r in general if r[4] == "After the last meeting for the item"]
        self.assertTrue(marked)
        self.assertEqual(marked, list(range(marked[0], len(order) + 1)))
        self.assertTrue(all(r[4].startswith("Monday, 12 October") for r in general if int(r[0]) < marked[0]))
        text = self.text("speakers", "html")
        self.assertIn(f"Speakers {marked[0]} to {len(order)} fall after the last meeting for item 1 (f).", text)
        self.assertIn("1 request was made outside the list’s opening hours.", text)
        self.assertIn("Withdrawn: Egypt.", text)
        self.assertNotIn("Omar Hassan", text)
        # Capacity: at 3 minutes each, the statements that fit are those
        # before the mark; each meeting can waste less than one statement.
        m = re.search(r"General discussion.*?gives the item (\d+) meetings, (\d+) (minutes|hours) in all", text)
        self.assertIsNotNone(m)
        meetings, minutes = int(m.group(1)), int(m.group(2)) * (60 if m.group(3) == "hours" else 1)
        fit = marked[0] - 1
        self.assertLessEqual(fit, minutes // 3)
        self.assertGreater(fit, minutes // 3 - meetings)

    # --- proposals and decisions (issue 19) ---------------------------------

    def test_proposals_every_format(self):
        # L.6/Rev.1 replaces L.6 in the register (9 records, 8 entries).
        seq = ["Register of proposals", "The register holds 8 proposals.",
               "Symbol and title", "Agenda item", "Sponsors", "Status and action taken",
               # 2 (a): by symbol; the revision after the text it replaces.
               "CTOC/COP/2020/L.1", "Implementation of the Organized Crime Convention", "Draft resolution",
               "2 (a): Organized Crime Convention",
               "Sponsor: Nigeria on behalf of the Group of African States",
               "Co-sponsors: Austria, Mexico",
               "Adopted", "Adopted without a vote at the 3rd meeting, on 13 October 2020.",
               "CTOC/COP/2020/L.6/Rev.1", "Review mechanism", "Revises CTOC/COP/2020/L.6",
               "Sponsor: Austria on behalf of the Group of Western European and other States", "In consultations",
               "CTOC/COP/2020/L.2", "New forms of organized crime", "Sponsor: Chile", "Co-sponsors: Argentina, Brazil",
               "Adopted by a roll-call vote of 5 to 1, with 2 abstentions, at the 5th meeting, on 14 October 2020.",
               "CTOC/COP/2020/L.5", "A rejected text", "Sponsor: Mexico", "Rejected",
               "Rejected by a recorded vote of 1 to 2 at the 6th meeting, on 14 October 2020.",
               "CTOC/COP/2020/L.4", "Central authorities", "4:", "Sponsor: Kenya",
               "Approved by the Committee of the Whole",
               "Approved without a vote at the 1st meeting of the Committee of the Whole, on 15 October 2020.",
               "Statement of financial implications pending",
               "CTOC/COP/2020/L.7", "Central authorities: a new paragraph", "Amendment to CTOC/COP/2020/L.4", "4:",
               "Sponsor: Egypt", "Submitted",
               "CTOC/COP/2020/L.3", "Technical assistance in 2021", "Draft decision", "5: Technical assistance",
               "Sponsor: Japan", "Co-sponsor: Poland",
               "CTOC/COP/2020/L.8", "Budget of the secretariat", "Sponsor: India",
               "Adopted by a vote of 40 to 2, with 3 abstentions, at the 6th meeting, on 14 October 2020."]
        for fmt, _ in FORMATS:
            with self.subTest(format=fmt):
                # A symbol too long for its column breaks after a slash.
                self.assertInOrder(self.text("proposals", fmt).replace("/ ", "/"), seq, f"proposals.{fmt}")
        for fmt, _ in FORMATS:
            text = self.text("proposals", fmt).replace("/ ", "/")
            with self.subTest(format=fmt):
                # A co-sponsor that withdrew is not listed.
                self.assertNotIn("Egypt", text.split("CTOC/COP/2020/L.6")[0])
                # The revised text is no entry of its own.
                self.assertEqual(text.count("Review mechanism"), 1)

    def test_decisions_every_format(self):
        seq = ["Resolutions and decisions adopted by the Conference",
               "A.", "Resolutions",
               "Resolution 10/1. Implementation of the Organized Crime Convention",
               "Draft resolution CTOC/COP/2020/L.1, agenda item 2 (a): Organized Crime Convention.",
               "Adopted without a vote at the 3rd meeting, on 13 October 2020.",
               "Resolution 10/2. New forms of organized crime",
               "Adopted by a roll-call vote of 5 to 1, with 2 abstentions, at the 5th meeting, on 14 October 2020.",
               "The voting was as follows:",
               "In favour: " + ", ".join(IN_FAVOUR) + ".",
               "Against: " + ", ".join(AGAINST) + ".",
               "Abstaining: " + ", ".join(ABSTAINING) + ".",
               "B.", "Decisions",
               # Numbered in order of adoption, not in the register's order.
               "Decision 10/1. Budget of the secretariat",
               "Adopted by a vote of 40 to 2, with 3 abstentions, at the 6th meeting, on 14 October 2020.",
               "Decision 10/2. Technical assistance in 2021",
               "Adopted without a vote at the 7th meeting, on 16 October 2020."]
        self.each_format("decisions", seq)
        for fmt, _ in FORMATS:
            text = self.text("decisions", fmt)
            with self.subTest(format=fmt):
                # Only adopted texts; a non-recorded vote names no State.
                self.assertNotIn("L.4", text)
                self.assertNotIn("L.5", text)
                self.assertEqual(text.count("The voting was as follows:"), 1)

    def test_report_every_format(self):
        # Issue 20: the draft report in the UN shape, every format. The
        # fixture's meetings are planned, not held: the action taken is
        # dated by its meeting's date, without a number.
        seq = ["Draft report",
               "Resolutions and decisions adopted by the Conference",
               "Resolution 10/1. Implementation of the Organized Crime Convention",
               "Decision 10/1. Budget of the secretariat",
               "Organization of the session", "Opening of the session",
               "The Conference held its tenth session in Vienna from 12 to 16 October 2020.",
               "Election of officers", "Adoption of the agenda and organization of work",
               "The provisional agenda of the session (CTOC/COP/2020/1) reads:",
               "Attendance", "Credentials", "General discussion",
               "Review of the implementation of the United Nations Convention",
               "United Nations Convention against Transnational Organized Crime",
               "The Conference had before it the following documents:", "(CTOC/COP/2020/5)",
               "On 13 October 2020, the Conference adopted draft resolution CTOC/COP/2020/L.1",
               "Adoption of the report",
               "The Conference is to adopt the report on its tenth session under agenda item 9."]
        for fmt, _ in FORMATS:
            with self.subTest(format=fmt):
                text = self.text("report", fmt).replace("/ ", "/")
                if fmt == "odt":
                    # LibreOffice's PDF may space a word's glyphs apart.
                    bare = re.sub(r"\s+", "", text)
                    self.assertInOrder(bare, [re.sub(r"\s+", "", s) for s in seq], "report.odt")
                else:
                    self.assertInOrder(text, seq, f"report.{fmt}")

    def test_report_html_sources(self):
        # Each numbered paragraph names its key and the records it rests
        # on, with a link back to each.
        html = read(self.out["report", "html"])
        self.assertIn('data-key="org:opening"', html)
        self.assertIn('data-key="adoption"', html)
        self.assertRegex(html, r'data-key="item:[^"]+:documents" data-sources="document:')
        self.assertIn('<a href="plenary:session">Tenth session</a>', html)

    def test_decisions_vote_lists_from_pdf(self):
        # Each State in the list of its ballot, the lists in English
        # alphabetical order, read back from the PDF line by line.
        lines = [squash(l) for l in pdf_text(self.out["decisions", "pdf"], "-raw").split("\n")]
        text = " ".join(lines)
        lists = {}
        for label in ("In favour:", "Against:", "Abstaining:"):
            m = re.search(re.escape(label) + r" (.*?)\.", text)
            self.assertIsNotNone(m, label)
            lists[label] = m.group(1).split(", ")
        self.assertEqual(lists, {"In favour:": IN_FAVOUR, "Against:": AGAINST, "Abstaining:": ABSTAINING})
        for names in lists.values():
            self.assertEqual(names, sorted(names))

    def test_empty_register_and_no_decisions(self):
        path = os.path.join(self.dir, "empty.plenary")
        self.assertEqual(run("new", "--sample", path).returncode, 0)
        for what, sentence in (("proposals", "No proposal has been submitted."),
                               ("decisions", "The Conference has not adopted any resolution or decision.")):
            out = os.path.join(self.dir, f"empty-{what}.pdf")
            r = run("export", path, "--what", what, "--format", "pdf", "-o", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            text = squash(pdf_text(out))
            self.assertIn(sentence, text)
            self.assertNotIn("Resolution 10/", text)

    def test_decisions_in_other_languages(self):
        # French dates from the catalogue; Arabic laid out right to left.
        out = os.path.join(self.dir, "decisions-fr.html")
        r = run("export", self.session, "--what", "decisions", "--format", "html", "--language", "fr", "-o", out, "--fallback", "original")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(parse_html(read(out))[0])
        self.assertIn("13 octobre 2020", text)
        self.assertIn(", ".join(IN_FAVOUR), text)
        for fmt, suffix in FORMATS:
            out = os.path.join(self.dir, f"decisions-ar.{suffix}")
            r = run("export", self.session, "--what", "decisions", "--format", fmt, "--language", "ar", "-o", out, "--fallback", "original")
            self.assertEqual(r.returncode, 0, (fmt, r.stderr))
            self.assertGreater(os.path.getsize(out), 0)
        self.assertIn('dir="rtl"', read(os.path.join(self.dir, "decisions-ar.html")))

    def test_bad_what_is_a_usage_error(self):
        out = os.path.join(self.dir, "resolutions.pdf")
        r = run("export", self.session, "--what", "resolutions", "--format", "pdf", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("Unknown report “resolutions”", r.stderr)
        self.assertIn("proposals", r.stderr)
        self.assertIn("decisions", r.stderr)
        self.assertFalse(os.path.exists(out))

    # --- all reports ----------------------------------------------------------

    def test_pdf_pages(self):
        for what in REPORTS:
            with self.subTest(what=what):
                raw = pdf_text(self.out[what, "pdf"], "-raw").split("\f")
                raw = [p for p in raw if p.strip()]
                n = len(raw)
                for i, page in enumerate(raw, start=1):
                    self.assertIn(f"{i}/{n}", [l.strip() for l in page.split("\n")], f"{what} page {i}")

    def test_unknown_what_lists_reports(self):
        r = run("export", self.session, "--what", "minutes", "--format", "pdf", "-o",
                os.path.join(self.dir, "x.pdf"))
        self.assertEqual(r.returncode, 2)
        for what in REPORTS:
            self.assertIn(what, r.stderr)


class JournalTest(unittest.TestCase):
    """Issue 20: `--what journal --date D` on the sample session: the day's
    meetings from the seed's annex, in PDF and HTML; the date is checked
    before anything is written."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.session = os.path.join(cls.dir, "sample.plenary")
        r = run("new", "--sample", cls.session)
        assert r.returncode == 0, r.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def journal(self, fmt, date="2020-10-13"):
        out = os.path.join(self.dir, f"journal-{date}.{fmt}")
        r = run("export", self.session, "--what", "journal", "--date", date, "--format", fmt, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        if fmt == "pdf":
            return squash(pdf_text(out, "-raw"))
        return squash(parse_html(read(out))[0])

    def test_programme_of_the_day(self):
        seq = ["Journal", "Tuesday, 13 October", "No. 2", "Programme of meetings",
               "Plenary", "12 noon–2 p.m.",
               "2 Review of the implementation of the United Nations Convention",
               "2 (a) Organized Crime Convention", "2 (b) Trafficking in Persons Protocol",
               "Plenary", "4–6 p.m.", "2 (c) Smuggling of Migrants Protocol", "2 (d) Firearms Protocol",
               "Documents issued", "No document is recorded as issued on this day.",
               "Documents before the meetings of the day", "CTOC/COP/2020/5",
               # Nothing is held yet in the sample: no summary to give.
               "No meeting has been recorded as held before this day."]
        for fmt in ("pdf", "html"):
            with self.subTest(format=fmt):
                text = self.journal(fmt)
                pos = 0
                for s in seq:
                    found = text.find(s, pos)
                    self.assertGreaterEqual(found, 0, f"{s!r} not after {text[pos:pos + 200]!r}")
                    pos = found + len(s)
                self.assertNotIn("Other serious crimes", text)

    def test_sample_credentials(self):
        # Issue 22: the sample registers every State party and records no
        # credentials: the Bureau's report starts with all of them to hear from.
        out = os.path.join(self.dir, "credentials.md")
        r = run("export", self.session, "--what", "credentials", "--format", "md", "-o", out,
                env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH))
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squash(parse_html(markdown_to_html(read(out)))[0])
        ReportsTest.assertInOrder(self, text, [f"as at {AS_AT}, for the 190 parties registered",
                                   "Formal credentials in due form", "0",
                                   "Nothing received", "190", "Total", "190",
                                   "No formal credentials in due form had been received.",
                                   "from the following 190 States parties and regional economic integration "
                                   "organizations:", "Afghanistan, Albania, Algeria,", "Zambia and Zimbabwe."])

    def test_committee_of_the_whole_day(self):
        text = self.journal("pdf", "2020-10-15")
        self.assertIn("Committee of the Whole", text)
        self.assertIn("12 noon–2 p.m.", text)
        self.assertIn("4–6 p.m.", text)

    def test_date_is_required_and_checked(self):
        out = os.path.join(self.dir, "j.pdf")
        for args, message in ((["--what", "journal"], "--date"),
                              (["--what", "journal", "--date", "13 October"], "not a date"),
                              (["--what", "journal", "--date", "2020-02-30"], "not a date"),
                              (["--what", "agenda", "--date", "2020-10-13"], "--date goes with --what journal")):
            with self.subTest(args=args):
                r = run("export", self.session, *args, "--format", "pdf", "-o", out)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(message, r.stderr)
                self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main(verbosity=2)
