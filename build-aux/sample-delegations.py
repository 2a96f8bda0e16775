#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Registers every State party to the Convention in the sample session.

The sample (data/samples/ctoc-cop-10.plenary) is the secretariat's file a
few weeks before the tenth session: the seed names no delegate and no
credentials, so each party gets a delegation with no members, not present,
and no credentials record (credentials not received). The parties are the
rows of data/states.csv whose `untoc` column is `party`, the European Union
among them as a regional economic integration organization.

The records are written as pl_reference_states_new_delegation() builds
them, where plenary-cli puts them (after the meetings), and the rest of the
file is left as it is, so that the sample stays a file to read and review
(tests/test-sample.c checks that the app saves the same JSON).
Run from the source tree after changing data/states.csv:

    build-aux/sample-delegations.py

A delegation the sample already has (members, presence) keeps them; only
the reference fields (name, code, category, group, adherence) are
rewritten.
"""

import csv
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
STATES = ROOT / "data" / "states.csv"
SAMPLE = ROOT / "data" / "samples" / "ctoc-cop-10.plenary"
INSTRUMENTS = ("untoc", "tip", "som", "firearms")
# pl_session_list_record_types(): the types a file lists before delegations.
BEFORE = ("session", "document", "item", "meeting")


def delegation(row, old):
    if row["iso3"] == "EUU":
        category = "reio"
    else:
        category = "state_party"
    record = {
        "_id": "delegation:" + row["iso3"],
        "type": "delegation",
        "name": row["name"],
        "iso3": row["iso3"],
        "category": category,
        "regional_group": row["regional_group"],
        "adherence": {k: row[k] for k in INSTRUMENTS},
    }
    # What the secretariat (or a later script) recorded stays.
    for key, value in (old or {}).items():
        if key not in record:
            record[key] = value
    record.setdefault("members", [])
    return record


def main():
    text = SAMPLE.read_text(encoding="utf-8")
    sample = json.loads(text)
    docs = sample["docs"]
    old = {d["_id"]: d for d in docs if d["type"] == "delegation"}

    with STATES.open(encoding="utf-8", newline="") as f:
        parties = [r for r in csv.DictReader(f) if r["untoc"] == "party"]

    new = [delegation(r, old.pop("delegation:" + r["iso3"], None)) for r in parties]
    # Other delegations (observers the sample may hold) follow the parties.
    new += old.values()

    kept = [d for d in docs if d["type"] != "delegation"]
    at = max((i + 1 for i, d in enumerate(kept) if d["type"] in BEFORE), default=0)
    sample["docs"] = kept[:at] + new + kept[at:]

    out = json.dumps(sample, indent=2, ensure_ascii=False) + "\n"
    if out != text:
        SAMPLE.write_text(out, encoding="utf-8")
    print(f"{SAMPLE.relative_to(ROOT)}: {len(parties)} parties", file=sys.stderr)


if __name__ == "__main__":
    main()
