#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a delegate may read and write, enforced by a real PouchDB Server
4.2.0 (issue 16, points 1, 7 and 11): `server-setup` makes the
secretariat's database and the delegates' one (`DB-delegates`), with the
server-side replications between them; `server-user` makes the accounts;
a delegate reads only public records and creates only requests."""

import importlib.util
import json
import os
import stat
import tempfile
import time
import unittest
import uuid

_spec = importlib.util.spec_from_file_location(
    "sync_cli", os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-sync-cli.py"))
sync_cli = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sync_cli)
Server, run, records = sync_cli.Server, sync_cli.run, sync_cli.records

DB = "roles"
DELEGATES = DB + "-delegates"
SECRET_NOTE = "original promised by courier"
EMAIL = "minister@example.fr"


def wait_for(predicate, what, timeout=60):
    """Replication is asynchronous: poll for a condition, bounded."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(0.2)


class RolesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.home = tempfile.TemporaryDirectory()
        r = run("server-setup", cls.server.url, DB, "--user", "admin")
        assert r.returncode == 0, r.stderr
        for name, role, extra in (("sec", "secretariat", []), ("fra", "delegate", ["--delegation", "FRA"])):
            r = run("server-user", cls.server.url, DB, name, "--role", role, *extra, "--user", "admin",
                    extra_env={"PLENARY_NEW_PASSWORD": "pw-" + name})
            assert r.returncode == 0, r.stderr

        # The secretariat's session, as its client writes it: the sample,
        # a State, its credentials (confidential) and a speaker.
        cls.staff = os.path.join(cls.home.name, "staff.plenary")
        assert run("new", "--sample", cls.staff).returncode == 0
        with open(cls.staff) as f:
            data = json.load(f)
        cls.ids = {t: next(d["_id"] for d in data["docs"] if d["type"] == t)
                   for t in ("item", "officer", "speaker_list", "document", "meeting")}
        cls.ids["speaker"] = "speaker:" + str(uuid.uuid4())
        # The sample registers France, as every State party (issue 22).
        france = next(d for d in data["docs"] if d["_id"] == "delegation:FRA")
        france["members"] = [{"id": "m-durand", "name": "Mr. Durand", "function": "representative",
                              "rank": "ambassador"},
                             {"id": "m-martin", "name": "Ms. Martin", "function": "head", "rank": "minister"},
                             {"id": "m-petit", "name": "Mr. Petit", "function": "adviser", "rank": "official"}]
        data["docs"] += [
            {"_id": "credentials:FRA", "type": "credentials", "delegation": "delegation:FRA",
             "notes": SECRET_NOTE},
            {"_id": cls.ids["speaker"], "type": "speaker", "list": cls.ids["speaker_list"],
             "delegation": "delegation:FRA", "person": "Ms. Martin"},
        ]
        with open(cls.staff, "w") as f:
            json.dump(data, f)
        r = run("sync", cls.staff, "--server", cls.server.url, "--database", DB, "--user", "sec",
                password="pw-sec")
        assert r.returncode == 0, r.stderr
        # Records of types this version does not know, straight to the
        # server: secretariat-only unless the list says otherwise.
        docs = [
            {"_id": "contact:FRA", "type": "contact", "delegation": "delegation:FRA",
             "members": {"m1": {"email": EMAIL, "phone": "+33 1"}}},
            {"_id": "proposal:draft", "type": "proposal", "status": "draft", "title": "A draft"},
            {"_id": "proposal:submitted", "type": "proposal", "status": "submitted", "title": "L.1"},
            {"_id": "secret_thing:1", "type": "secret_thing", "note": SECRET_NOTE},
            # Issue 20: the Rapporteur's text is the secretariat's until
            # the report is issued.
            {"_id": "report_override:org:opening", "type": "report_override", "paragraph": "org:opening",
             "text": SECRET_NOTE, "generated": "The session was opened.", "language": "en"},
        ]
        status, answer = cls.server.request("POST", DB + "/_bulk_docs", {"docs": docs})
        assert status == 201, answer
        cls.public = ["session", "delegation:FRA", "proposal:submitted"] + list(cls.ids.values())

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.home.cleanup()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def delegate(self, method, path, body=None):
        return self.server.request(method, path, body, user="fra", password="pw-fra")

    def delegates_docs(self):
        status, answer = self.server.request("GET", DELEGATES + "/_all_docs?include_docs=true")
        self.assertEqual(status, 200, answer)
        return {row["id"]: row["doc"] for row in answer["rows"]}

    def wait_public(self):
        return wait_for(lambda: all(i in self.delegates_docs() for i in self.public),
                        "the public records in the delegates' database")

    def test_delegate_reads_only_public_records(self):
        self.wait_public()
        # The secretariat's database is closed to a delegate.
        for path in (DB + "/_all_docs", DB + "/_all_docs?include_docs=true", DB + "/credentials:FRA",
                     DB + "/contact:FRA", DB + "/_changes?include_docs=true"):
            status, _ = self.delegate("GET", path)
            self.assertIn(status, (401, 403), path)
        # The delegates' one holds only public records.
        status, answer = self.delegate("GET", DELEGATES + "/_all_docs?include_docs=true")
        self.assertEqual(status, 200, answer)
        ids = {row["id"] for row in answer["rows"]}
        for hidden in ("credentials:FRA", "contact:FRA", "proposal:draft", "secret_thing:1",
                       "report_override:org:opening"):
            self.assertNotIn(hidden, ids)
        text = json.dumps(answer)
        self.assertNotIn(SECRET_NOTE, text)
        self.assertNotIn(EMAIL, text)
        status, _ = self.delegate("GET", DELEGATES + "/credentials:FRA")
        self.assertEqual(status, 404)

        # A draft turns public when submitted, and a deletion reaches the
        # delegates.
        status, draft = self.server.request("GET", DB + "/proposal:draft")
        draft["status"] = "submitted"
        status, answer = self.server.request("PUT", DB + "/proposal:draft", draft)
        self.assertEqual(status, 201, answer)
        wait_for(lambda: "proposal:draft" in self.delegates_docs(), "the submitted proposal")
        # An update and a deletion reach them too.
        status, document = self.server.request("GET", DB + "/" + self.ids["document"])
        document["title"] = "Retitled by the secretariat"
        status, answer = self.server.request("PUT", DB + "/" + self.ids["document"], document)
        self.assertEqual(status, 201, answer)
        wait_for(lambda: self.delegates_docs()[self.ids["document"]]["title"] == "Retitled by the secretariat",
                 "the update in the delegates' database")
        status, gone = self.server.request("PUT", DB + "/deadline:gone", {"type": "deadline", "title": "To delete"})
        wait_for(lambda: "deadline:gone" in self.delegates_docs(), "the record to delete")
        status, answer = self.server.request("DELETE", DB + "/deadline:gone?rev=" + gone["rev"])
        self.assertEqual(status, 200, answer)
        wait_for(lambda: "deadline:gone" not in self.delegates_docs(), "the deletion in the delegates' database")
        status, answer = self.server.request("GET", DELEGATES + "/_changes")
        self.assertTrue(any(c["id"] == "deadline:gone" and c.get("deleted") for c in answer["results"]), answer)

    def test_delegate_cli_sync_gets_public_records_only(self):
        self.wait_public()
        copy = self.path("fra.plenary")
        r = run("sync", copy, "--server", self.server.url, "--database", DB, "--user", "fra", password="pw-fra")
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = records(copy)
        for wanted in self.ids.values():
            self.assertIn(wanted, docs)
        for hidden in ("credentials:FRA", "contact:FRA", "proposal:draft", "secret_thing:1",
                       "report_override:org:opening"):
            self.assertNotIn(hidden, docs)
        with open(copy) as f:
            text = f.read()
        self.assertNotIn(SECRET_NOTE, text)
        self.assertNotIn(EMAIL, text)
        # The file names the session's database, whoever syncs it.
        self.assertEqual(json.loads(text)["sync"]["database"], DB)
        # Readable by its owner only.
        self.assertEqual(stat.S_IMODE(os.stat(copy).st_mode), 0o600)
        # The copy knows whose it is, so its checks are a delegate's: no
        # "credentials missing" about records it cannot have.
        self.assertIn("delegate", json.loads(text)["sync"]["roles"])
        r = run("check", copy, "--json")
        codes = [f["code"] for f in json.loads(r.stdout)]
        self.assertFalse([c for c in codes if c.startswith("credentials.")], codes)

        # A secretariat account syncs with the secretariat's database.
        staff = self.path("sec.plenary")
        r = run("sync", staff, "--server", self.server.url, "--database", DB, "--user", "sec", password="pw-sec")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("credentials:FRA", records(staff))

    def test_request_goes_up_and_the_speaker_comes_back(self):
        self.wait_public()
        copy = self.path("fra.plenary")
        r = run("sync", copy, "--server", self.server.url, "--database", DB, "--user", "fra", password="pw-fra")
        self.assertEqual(r.returncode, 0, r.stderr)

        request_id = "speaker_request:" + str(uuid.uuid4())
        with open(copy) as f:
            data = json.load(f)
        data["docs"].append({"_id": request_id, "type": "speaker_request", "list": self.ids["speaker_list"],
                             "delegation": "delegation:FRA", "member": "m-durand", "person": "Mr. Durand",
                             "rank": "ambassador", "requested_by": "fra"})
        with open(copy, "w") as f:
            json.dump(data, f)
        r = run("sync", copy, password="pw-fra")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertIn("pushed 1 record and", r.stdout)

        request = wait_for(lambda: (lambda s, d: d if s == 200 else None)(
            *self.server.request("GET", DB + "/" + request_id)), "the request in the secretariat's database")
        self.assertEqual(request["person"], "Mr. Durand")

        # The secretariat accepts it: a speaker, which comes back.
        r = run("sync", self.staff, password="pw-sec")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(request_id, records(self.staff))
        speaker_id = "speaker:" + str(uuid.uuid4())
        with open(self.staff) as f:
            data = json.load(f)
        data["docs"].append({"_id": speaker_id, "type": "speaker", "list": self.ids["speaker_list"],
                             "delegation": "delegation:FRA", "person": "Mr. Durand"})
        with open(self.staff, "w") as f:
            json.dump(data, f)
        r = run("sync", self.staff, password="pw-sec")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("pushed 1 record and", r.stdout)

        def speaker_in_copy():
            r = run("sync", copy, password="pw-fra")
            self.assertEqual(r.returncode, 0, r.stderr)
            return speaker_id in records(copy)
        wait_for(speaker_in_copy, "the accepted speaker in the delegate's copy")

    def test_squatting_is_refused(self):
        def put(doc_id, doc):
            status, answer = self.delegate("PUT", DELEGATES + "/" + doc_id, doc)
            return status, answer

        request = {"type": "speaker_request", "list": self.ids["speaker_list"], "delegation": "delegation:FRA",
                   "member": "m-martin", "person": "Ms. Martin", "rank": "minister", "requested_by": "fra"}
        cosponsor = {"type": "cosponsor_request", "proposal": "proposal:submitted",
                     "delegation": "delegation:FRA", "requested_by": "fra"}
        refused = [
            ("delegation:ITA", request),
            ("delegation:ITA", {"type": "delegation", "name": "Italy"}),
            ("session", request),
            ("speaker_request:not-a-uuid", request),
            ("speaker_request:" + str(uuid.uuid4()).upper(), request),
            ("speaker_request:" + str(uuid.uuid4()), dict(request, delegation="delegation:ITA")),
            ("speaker_request:" + str(uuid.uuid4()), dict(request, requested_by="ita")),
            ("speaker_request:" + str(uuid.uuid4()), dict(request, type="cosponsor_request")),
            ("cosponsor_request:" + str(uuid.uuid4()), dict(cosponsor, delegation="delegation:ITA")),
            ("cosponsor_request:" + str(uuid.uuid4()), dict(cosponsor, type="speaker_request")),
            ("item:" + str(uuid.uuid4()), {"type": "item", "title": "Squat"}),
            # Issue 20: the draft report's text is the secretariat's.
            ("report_override:org:opening", {"type": "report_override", "paragraph": "org:opening",
                                             "text": "Rewritten", "language": "en"}),
        ]
        for doc_id, doc in refused:
            status, answer = put(doc_id, doc)
            self.assertEqual(status, 403, (doc_id, doc, answer))
        # Nor in the secretariat's database.
        status, _ = self.delegate("PUT", DB + "/delegation:ITA", request)
        self.assertIn(status, (401, 403))

        # What a delegate may do: create their own requests, once.
        own = "speaker_request:" + str(uuid.uuid4())
        status, answer = put(own, request)
        self.assertEqual(status, 201, answer)
        status, answer = put(own, dict(request, _rev=answer["rev"], person="Changed"))
        self.assertEqual(status, 403, answer)
        status, answer = put("cosponsor_request:" + str(uuid.uuid4()), cosponsor)
        self.assertEqual(status, 201, answer)

    def test_cosponsor_request_checked(self):
        """Issue 19: a delegate asks to co-sponsor a proposal for their own
        delegation; the request names a proposal and leaves the answer to
        staff; one that passes reaches the secretariat's database."""
        base = {"type": "cosponsor_request", "proposal": "proposal:submitted", "delegation": "delegation:FRA",
                "requested_at": "2020-10-12T10:00:00Z", "requested_by": "fra"}

        def put(doc):
            doc_id = "cosponsor_request:" + str(uuid.uuid4())
            status, answer = self.delegate("PUT", DELEGATES + "/" + doc_id, doc)
            return status, answer, doc_id

        refused = [
            (dict(base, delegation="delegation:ITA"), "own delegation"),
            ({k: v for k, v in base.items() if k != "proposal"}, "must name the proposal"),
            (dict(base, proposal="item:1"), "must name the proposal"),
            (dict(base, proposal=["proposal:submitted"]), "must name the proposal"),
            (dict(base, status="accepted"), "only the secretariat"),
            (dict(base, status="declined"), "only the secretariat"),
            (dict(base, reason="Because"), "the secretariat sets it"),
        ]
        for doc, message in refused:
            status, answer, _ = put(doc)
            self.assertEqual(status, 403, (doc, answer))
            self.assertIn(message, answer.get("reason", ""), answer)
        # The same through _bulk_docs, as a client pushes.
        other = dict(base, _id="cosponsor_request:" + str(uuid.uuid4()), delegation="delegation:ITA")
        status, answer = self.delegate("POST", DELEGATES + "/_bulk_docs", {"docs": [other]})
        self.assertEqual(status, 201, answer)
        self.assertEqual(answer[0].get("error"), "forbidden", answer)

        accepted = [base, dict(base, status="pending", reason=None)]
        ids = []
        for doc in accepted:
            status, answer, doc_id = put(doc)
            self.assertEqual(status, 201, (doc, answer))
            ids.append(doc_id)
        # The replication brings them to the secretariat.
        for doc_id in ids:
            request = wait_for(lambda: (lambda s, d: d if s == 200 else None)(
                *self.server.request("GET", DB + "/" + doc_id)), "the request in the secretariat's database")
            self.assertEqual(request["proposal"], "proposal:submitted")
            self.assertEqual(request["delegation"], "delegation:FRA")
        # The refused ones never reach it.
        status, answer = self.server.request("GET", DB + "/" + other["_id"])
        self.assertEqual(status, 404, answer)

    def test_proposal_public_once_submitted(self):
        """A draft is the secretariat's; submitted, it reaches the delegates
        (and a vote always does)."""
        draft = "proposal:" + str(uuid.uuid4())
        submitted = "proposal:" + str(uuid.uuid4())
        vote = "vote:" + str(uuid.uuid4())
        docs = [
            {"_id": draft, "type": "proposal", "status": "draft", "symbol": "CTOC/COP/2020/L.9"},
            {"_id": submitted, "type": "proposal", "status": "submitted", "symbol": "CTOC/COP/2020/L.8"},
            {"_id": vote, "type": "vote", "proposal": submitted, "kind": "recorded"},
            # No status at all: not yet submitted either.
            {"_id": "proposal:" + str(uuid.uuid4()), "type": "proposal", "symbol": "CTOC/COP/2020/L.7"},
        ]
        status, answer = self.server.request("POST", DB + "/_bulk_docs", {"docs": docs})
        self.assertEqual(status, 201, answer)
        wait_for(lambda: submitted in self.delegates_docs() and vote in self.delegates_docs(),
                 "the submitted proposal and the vote")
        # A record written after the two drafts has come through, so the
        # drafts were considered and left out.
        marker = "deadline:" + str(uuid.uuid4())
        status, answer = self.server.request("PUT", DB + "/" + marker, {"type": "deadline", "title": "Marker"})
        self.assertEqual(status, 201, answer)
        wait_for(lambda: marker in self.delegates_docs(), "the marker")
        found = self.delegates_docs()
        self.assertNotIn(draft, found)
        self.assertNotIn(docs[3]["_id"], found)
        self.assertNotIn("CTOC/COP/2020/L.9", json.dumps(found))

    def test_server_setup_twice_changes_nothing(self):
        def snapshot():
            state = {}
            for db in (DB, DELEGATES):
                state[db + "/_security"] = self.server.request("GET", db + "/_security")[1]
                state[db + "/_design/plenary"] = self.server.request("GET", db + "/_design/plenary")[1]["_rev"]
            status, answer = self.server.request("GET", "_replicator/_all_docs?include_docs=true")
            self.assertEqual(status, 200, answer)
            for row in answer["rows"]:
                if not row["id"].startswith("_design/"):
                    doc = row["doc"]
                    state["_replicator/" + row["id"]] = {k: doc.get(k) for k in
                                                         ("source", "target", "filter", "continuous")}
            return state

        self.wait_registry()
        before = snapshot()
        self.assertEqual(before[DB + "/_security"]["members"]["roles"], ["secretariat"])
        self.assertEqual(before[DELEGATES + "/_security"]["members"]["roles"], ["secretariat", "delegate"])
        # The secretariat may publish the registered members there.
        self.assertEqual(before[DELEGATES + "/_security"]["admins"]["roles"], ["secretariat"])
        self.assertIn("plenary", before[DELEGATES + "/_security"])
        self.assertEqual(len([k for k in before if k.startswith("_replicator/")]), 2, before)
        r = run("server-setup", self.server.url, DB, "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("created", r.stdout)
        self.assertNotIn("installed", r.stdout)
        self.assertNotIn("secret", r.stdout + r.stderr)
        self.assertEqual(snapshot(), before)

    def wait_registry(self):
        """The registered members, as the secretariat's sync published them."""
        def published():
            status, security = self.server.request("GET", DELEGATES + "/_security")
            self.assertEqual(status, 200, security)
            return security.get("plenary", {}).get("members", {}).get("delegation:FRA")
        return wait_for(published, "the registered members in the delegates' _security")

    def test_request_rank_checked_against_registry(self):
        """Issue 18: a delegate names a registered member and may not claim
        a rank above the registration's; the answer is staff's to give."""
        self.assertEqual(self.wait_registry(), {"m-durand": "ambassador", "m-martin": "minister",
                                                "m-petit": "official"})
        base = {"type": "speaker_request", "list": self.ids["speaker_list"], "delegation": "delegation:FRA",
                "member": "m-durand", "person": "Mr. Durand", "rank": "ambassador", "requested_by": "fra"}

        def put(doc):
            doc_id = "speaker_request:" + str(uuid.uuid4())
            status, answer = self.delegate("PUT", DELEGATES + "/" + doc_id, doc)
            return status, answer, doc_id

        refused = [
            (dict(base, rank="minister"), "above the registered rank"),
            (dict(base, rank="head_of_state"), "above the registered rank"),
            (dict(base, rank="emperor"), "emperor"),
            (dict(base, member="m-nobody"), "registered for delegation:FRA"),
            ({k: v for k, v in base.items() if k != "member"}, "registered for delegation:FRA"),
            (dict(base, status="accepted"), "only the secretariat"),
            (dict(base, status="declined"), "only the secretariat"),
            (dict(base, speaker="speaker:x"), "the secretariat sets them"),
            (dict(base, reason="Because"), "the secretariat sets them"),
        ]
        for doc, message in refused:
            status, answer, _ = put(doc)
            self.assertEqual(status, 403, (doc, answer))
            self.assertIn(message, answer.get("reason", ""), answer)

        accepted = [
            base,
            dict(base, rank="official"),
            {k: v for k, v in base.items() if k != "rank"},
            dict(base, status="pending", speaker=None, reason=None),
            dict(base, member="m-martin", person="Ms. Martin", rank="minister"),
            dict(base, member="m-petit", person="Mr. Petit", rank="official"),
        ]
        for doc in accepted:
            status, answer, _ = put(doc)
            self.assertEqual(status, 201, (doc, answer))

        # The same through _bulk_docs, as a client pushes (PouchDB Server
        # reads the registry from the design document there).
        above = dict(base, _id="speaker_request:" + str(uuid.uuid4()), rank="minister")
        equal = dict(base, _id="speaker_request:" + str(uuid.uuid4()))
        status, answer = self.delegate("POST", DELEGATES + "/_bulk_docs", {"docs": [above, equal]})
        self.assertEqual(status, 201, answer)
        results = {r["id"]: r for r in answer}
        self.assertEqual(results[above["_id"]].get("error"), "forbidden", answer)
        self.assertIn("above the registered rank", results[above["_id"]]["reason"])
        self.assertNotIn("error", results[equal["_id"]], answer)

        # And from a delegate's copy: plenary-cli sync says the server
        # refused it.
        copy = self.path("fra.plenary")
        r = run("sync", copy, "--server", self.server.url, "--database", DB, "--user", "fra", password="pw-fra")
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(copy) as f:
            data = json.load(f)
        claimed = "speaker_request:" + str(uuid.uuid4())
        data["docs"].append(dict(base, _id=claimed, member="m-petit", person="Mr. Petit", rank="head_of_state"))
        with open(copy, "w") as f:
            json.dump(data, f)
        r = run("sync", copy, password="pw-fra")
        self.assertNotEqual(r.returncode, 0, r.stdout)
        self.assertIn("above the registered rank", r.stderr)
        self.assertEqual(self.delegate("GET", DELEGATES + "/" + claimed)[0], 404)

        # The secretariat raises Mr. Durand's rank and syncs: the higher
        # rank is accepted from then on.
        staff = self.path("raise.plenary")
        r = run("sync", staff, "--server", self.server.url, "--database", DB, "--user", "sec", password="pw-sec")
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(staff) as f:
            data = json.load(f)
        france = next(d for d in data["docs"] if d["_id"] == "delegation:FRA")
        for member in france["members"]:
            if member["id"] == "m-durand":
                member["rank"] = "minister"
        with open(staff, "w") as f:
            json.dump(data, f)
        r = run("sync", staff, password="pw-sec")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertEqual(self.wait_registry()["m-durand"], "minister")
        status, answer, _ = put(dict(base, rank="minister"))
        self.assertEqual(status, 201, answer)
        status, answer, _ = put(dict(base, rank="head_of_government"))
        self.assertEqual(status, 403, answer)

    def test_delegate_withdraws_own_pending_request_only(self):
        self.wait_registry()
        base = {"type": "speaker_request", "list": self.ids["speaker_list"], "delegation": "delegation:FRA",
                "member": "m-petit", "person": "Mr. Petit", "rank": "official", "requested_by": "fra"}
        own = "speaker_request:" + str(uuid.uuid4())
        status, answer = self.delegate("PUT", DELEGATES + "/" + own, base)
        self.assertEqual(status, 201, answer)
        # Not changed, though: withdrawn.
        status, changed = self.delegate("PUT", DELEGATES + "/" + own, dict(base, _rev=answer["rev"], rank="other"))
        self.assertEqual(status, 403, changed)
        status, deleted = self.delegate("DELETE", DELEGATES + "/" + own + "?rev=" + answer["rev"])
        self.assertEqual(status, 200, deleted)
        self.assertEqual(self.delegate("GET", DELEGATES + "/" + own)[0], 404)

        # Another delegation's, and an answered one of their own, stay.
        others = {
            "speaker_request:" + str(uuid.uuid4()): dict(base, delegation="delegation:ITA", requested_by="ita"),
            "speaker_request:" + str(uuid.uuid4()): dict(base, status="accepted", speaker="speaker:s1"),
            "speaker_request:" + str(uuid.uuid4()): dict(base, status="declined", reason="Closed"),
        }
        for doc_id, doc in others.items():
            status, answer = self.server.request("PUT", DELEGATES + "/" + doc_id, doc)
            self.assertEqual(status, 201, answer)
            status, refused = self.delegate("DELETE", DELEGATES + "/" + doc_id + "?rev=" + answer["rev"])
            self.assertEqual(status, 403, (doc, refused))
            self.assertEqual(self.delegate("GET", DELEGATES + "/" + doc_id)[0], 200)

    def test_server_setup_keeps_registry(self):
        """server-setup owns who may read and write, not the registry: run
        over an older _security (no admins), it adds the secretariat as an
        admin and keeps `plenary`."""
        registry = self.wait_registry()
        status, security = self.server.request("GET", DELEGATES + "/_security")
        older = dict(security, admins={"names": [], "roles": []})
        status, answer = self.server.request("PUT", DELEGATES + "/_security", older)
        self.assertEqual(status, 200, answer)
        r = run("server-setup", self.server.url, DB, "--user", "admin")
        self.assertEqual(r.returncode, 0, r.stderr)
        status, after = self.server.request("GET", DELEGATES + "/_security")
        self.assertEqual(after["admins"]["roles"], ["secretariat"])
        self.assertEqual(after["plenary"]["members"]["delegation:FRA"], registry)

    def test_server_user(self):
        env = {"PLENARY_NEW_PASSWORD": "pw-ken"}
        r = run("server-user", self.server.url, DB, "ken", "--role", "delegate", "--delegation", "KEN",
                "--user", "admin", extra_env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        status, user = self.server.request("GET", "_users/org.couchdb.user:ken")
        self.assertEqual(status, 200)
        self.assertEqual(user["roles"], ["delegate", "delegation:KEN"])
        self.assertNotIn("pw-ken", r.stdout + r.stderr)

        # Again, the same: nothing changes, and it says so.
        r = run("server-user", self.server.url, DB, "ken", "--role", "delegate", "--delegation", "KEN",
                "--user", "admin", extra_env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("nothing changed", r.stdout)
        self.assertEqual(self.server.request("GET", "_users/org.couchdb.user:ken")[1]["_rev"], user["_rev"])

        # A new password alone is an update.
        r = run("server-user", self.server.url, DB, "ken", "--role", "delegate", "--delegation", "KEN",
                "--user", "admin", extra_env={"PLENARY_NEW_PASSWORD": "pw-ken-1"})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("updated", r.stdout)
        self.assertEqual(self.server.request("GET", DELEGATES, user="ken", password="pw-ken-1")[0], 200)
        self.assertIn(self.server.request("GET", DELEGATES, user="ken", password="pw-ken")[0], (401, 403))

        # So is a new role.
        r = run("server-user", self.server.url, DB, "ken", "--role", "secretariat", "--user", "admin",
                extra_env={"PLENARY_NEW_PASSWORD": "pw-ken-2"})
        self.assertEqual(r.returncode, 0, r.stderr)
        status, user = self.server.request("GET", "_users/org.couchdb.user:ken")
        self.assertEqual(user["roles"], ["secretariat"])
        status, _ = self.server.request("GET", DB, user="ken", password="pw-ken-2")
        self.assertEqual(status, 200)

        # Usage errors: exit 2, clear.
        for args, message in ((["--role", "delegate"], "--delegation"),
                              (["--role", "secretariat", "--delegation", "FRA"], "--delegation"),
                              (["--role", "president"], "president"),
                              (["--role", "delegate", "--delegation", "france"], "france")):
            r = run("server-user", self.server.url, DB, "x", *args, "--user", "admin", extra_env=env)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(message, r.stderr)
        r = run("server-user", self.server.url, DB, "x", "--role", "secretariat", extra_env=env)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--user", r.stderr)
        r = run("server-user", self.server.url, DB, "x", "--role", "secretariat", "--user", "fra",
                password="pw-fra", extra_env=env)
        self.assertEqual(r.returncode, 2)
        self.assertIn("not an admin", r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
