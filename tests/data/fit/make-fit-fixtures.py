#!/usr/bin/env python3
"""Writes tests/data/fit/fit.json, the fit finder's and the deadlines'
fixture (tests/model/test-fit.c, tests/model/test-deadlines.c,
tests/export/test-ics.c, tests/ui/test-fit-finder.c): the decide fixture's
frame (tests/data/decide/good.json) with networks made for one rule each.

Run from anywhere: python3 tests/data/fit/make-fit-fixtures.py"""

import copy
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, "..", "decide", "good.json"), encoding="utf-8"))


def text(en, he):
    return {"en": en, "he": he}


def src(name):
    return [{"title": "Test " + name, "url": "https://example.org/" + name}]


voc = base["vocabularies"]
voc["themes"] = [
    {"id": "mitigation", "label": text("Mitigation", "הפחתת פליטות")},
    {"id": "energy", "label": text("Energy", "אנרגיה")},
    {"id": "water", "label": text("Water", "מים")},
]
voc["flags"] = [
    {"id": "states-only", "label": text("For states only", "למדינות בלבד")},
    {"id": "competition", "label": text("Competition", "תחרות")},
    {"id": "application-closed", "label": text("Not accepting applications", "לא ניתן להגיש מועמדות")},
]
voc["eligible_areas"] = [
    {"id": "global", "label": text("Anywhere", "מכל העולם")},
    {"id": "eu-member", "label": text("EU member states", "מדינות האיחוד")},
    {"id": "eu-neighbourhood-mediterranean",
     "label": text("EU southern neighbourhood (Mediterranean)", "השכנות הדרומית של האיחוד האירופי")},
    {"id": "mediterranean", "label": text("Mediterranean", "אגן הים התיכון")},
]
voc["authority_types"] = [
    {"id": "city", "label": text("City", "עיר")},
    {"id": "municipality", "label": text("Municipality", "עירייה")},
    {"id": "local-authority", "label": text("Local authority", "רשות מקומית")},
    {"id": "national-government", "label": text("National government", "ממשלה לאומית")},
]


def network(nid, benefits=(), themes=("mitigation",), fee="unknown", status="active", flags=None,
            conditions=None, steps=None, calls=None, status_year=None):
    n = {
        "id": nid,
        "name": text("Network " + nid, "רשת " + nid),
        "kind": "membership-network",
        "status": status,
        "summary": text("A network.", "רשת."),
        "description": text("It works.", "היא פועלת."),
        "eligibility": text("Cities.", "ערים."),
        "israel_eligibility": {"status": "unclear", "note": text("Not known.", "לא ידוע.")},
        "themes": list(themes),
        "regions": ["global"],
        "website": "https://example.org/" + nid,
        "sources": src(nid),
        "verified": "2026-11-28",
        "fee": {"status": fee, "sources": src("fee-" + nid)},
    }
    if status_year:
        n["status_year"] = status_year
    if benefits:
        n["benefits"] = [{"benefit": b, "example": text("Example.", "דוגמה.")} for b in benefits]
    if flags:
        n["flags"] = flags
    if conditions is not None:
        c = dict(conditions)
        c["sources"] = src("conditions-" + nid)
        n["eligibility_conditions"] = c
    if steps:
        n["commitment_steps"] = [dict(s, sources=src("step-" + nid)) for s in steps]
    if calls:
        n["calls"] = calls
    return n


open_local = {"areas": ["global"], "authority_types": ["city", "municipality", "local-authority"],
              "process": "open-application"}


def call(title, kind, closes=None, opens=None):
    c = {"title": text(title, "קול קורא " + title), "kind": kind,
         "url": "https://example.org/calls/" + title.replace(" ", "-").lower(), "sources": src("call")}
    if opens:
        c["opens"] = opens
    if closes:
        c["closes"] = closes
    return c


networks = [
    # Everything confirmed and in the answers' favour.
    network("open-free", benefits=("knowledge-sharing", "resources", "guidelines"), themes=("mitigation", "energy"),
            fee="none", conditions=dict(open_local, population_min=10000),
            steps=[{"what": text("Sign the commitment.", "לחתום על ההתחייבות."), "due_months": 0},
                   {"what": text("Report every year.", "לדווח מדי שנה."), "repeat_months": 12},
                   {"what": text("Adopt a plan; a long sentence to test wrapping, with commas, semicolons; "
                                 "and a backslash \\ too.",
                                 "לאמץ תוכנית; משפט ארוך, עם פסיקים."), "due_months": 24}],
            calls=[call("Open call", "call", opens="2026-11-01", closes="2027-02-15"),
                   call("Soon call", "deadline", closes="2026-12-20")]),
    # Two with the same score: tie-b comes first in the dataset.
    network("tie-b", benefits=("knowledge-sharing",), fee="fee", conditions=open_local),
    network("tie-a", benefits=("knowledge-sharing",), fee="fee", conditions=open_local),
    # Matches, but all else unknown: a fit by its benefit only.
    network("unknown-fee", benefits=("resources",), themes=("water",), fee="unknown",
            calls=[call("Undated edition", "award-edition")]),
    # Nothing confirmed at all: never a fit.
    network("all-unknown", benefits=("recognition",), themes=("water",), fee="unknown", status="unconfirmed",
            calls=[call("Next edition", "award-edition", opens="2027-03-01", closes="2027-05-31")]),
    # Blockers, one each.
    network("big-cities", benefits=("knowledge-sharing", "resources", "guidelines", "partnerships"),
            fee="none", conditions=dict(open_local, population_min=3000000,
                                        population_note=text("Cities of 3 million or more.",
                                                             "ערים של 3 מיליון ומעלה."))),
    network("states", benefits=("knowledge-sharing", "resources"), fee="not-applicable", flags=["states-only"],
            conditions={"areas": ["global"], "authority_types": ["national-government"], "process": "unknown"}),
    network("closed", benefits=("knowledge-sharing",), fee="none", flags=["application-closed"],
            conditions=open_local),
    network("ended", benefits=("knowledge-sharing",), fee="none", status="ended", status_year=2019,
            conditions=open_local,
            calls=[call("Old round", "call", opens="2015-07-21", closes="2015-11-24")]),
    network("eu-only", benefits=("guidelines",), fee="none",
            conditions={"areas": ["eu-member"], "authority_types": ["city"], "process": "selection"}),
    network("mediterranean", benefits=("guidelines",), fee="none",
            conditions={"areas": ["eu-neighbourhood-mediterranean"], "authority_types": ["local-authority"],
                        "process": "open-application"}),
]

out = copy.deepcopy(base)
out["networks"] = networks
out.pop("case_studies", None)
out.pop("israeli_authorities", None)
path = os.path.join(here, "fit.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", path)
