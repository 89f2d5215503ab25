"""Validation of footprint/data/police.json (reference data for the police-affiliation detector)."""
import json
import re
from pathlib import Path

import pytest

DATA_PATH = Path(__file__).resolve().parent.parent / "footprint" / "data" / "police.json"

TERRITORIAL = {
    "Avon and Somerset Police", "Bedfordshire Police", "Cambridgeshire Constabulary", "Cheshire Constabulary",
    "City of London Police", "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary",
    "Devon and Cornwall Police", "Dorset Police", "Durham Constabulary", "Dyfed-Powys Police", "Essex Police",
    "Gloucestershire Constabulary", "Greater Manchester Police", "Gwent Police",
    "Hampshire and Isle of Wight Constabulary", "Hertfordshire Constabulary", "Humberside Police", "Kent Police",
    "Lancashire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Merseyside Police",
    "Metropolitan Police Service", "Norfolk Constabulary", "North Wales Police", "North Yorkshire Police",
    "Northamptonshire Police", "Northumbria Police", "Nottinghamshire Police", "South Wales Police",
    "South Yorkshire Police", "Staffordshire Police", "Suffolk Constabulary", "Surrey Police", "Sussex Police",
    "Thames Valley Police", "Warwickshire Police", "West Mercia Police", "West Midlands Police",
    "West Yorkshire Police", "Wiltshire Police",
}

OTHER_FORCES = {
    "Police Scotland": "national",
    "Police Service of Northern Ireland": "national",
    "National Crime Agency": "national",
    "British Transport Police": "special",
    "Civil Nuclear Constabulary": "special",
    "Ministry of Defence Police": "special",
    "States of Jersey Police": "crown_dependency",
    "Guernsey Police": "crown_dependency",
    "Isle of Man Constabulary": "crown_dependency",
}

TOP_KEYS = {"_about", "forces", "bodies", "roles", "hashtags", "phrases", "organisations",
            "training_centres", "false_friends", "emoji", "abbreviation_contexts", "rank_compounds", "staff_words",
            "household_markers", "after_force", "job_titles", "body_courses_after", "case_verbs",
            "short_suffixes", "employer_verbs_after"}
ENTRY_KEYS = {"name", "kind", "names", "abbreviations", "handles", "weak"}
ENTRY_LISTS = ("names", "abbreviations", "handles", "weak")


@pytest.fixture(scope="module")
def text():
    return DATA_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(text):
    return json.loads(text)


def _fold(s):
    return s.casefold()


def _all_lists(data):
    """Yield (label, list) for every list of strings in the file."""
    for section in ("forces", "bodies"):
        for entry in data[section]:
            for key in ENTRY_LISTS:
                yield f"{section}[{entry['name']}].{key}", entry[key]
    for section in ("roles", "phrases"):
        for key in ("strong", "weak"):
            yield f"{section}.{key}", data[section][key]
    for section in ("hashtags", "organisations", "training_centres", "false_friends", "emoji"):
        yield section, data[section]


def _lookup(data, term, keys=("names", "abbreviations", "weak"), sections=("forces", "bodies")):
    """Canonical names of forces/bodies listing `term` (case-insensitive) under any of `keys`."""
    hits = set()
    for section in sections:
        for entry in data[section]:
            for key in keys:
                if _fold(term) in {_fold(x) for x in entry[key]}:
                    hits.add(entry["name"])
    return hits


# --- format -----------------------------------------------------------------------------------

def test_formatting_is_canonical(text, data):
    # UTF-8, 2-space indent, real characters rather than \u escapes, trailing newline.
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_top_level_schema(data):
    assert set(data) == TOP_KEYS
    assert isinstance(data["_about"], str) and len(data["_about"]) > 50
    assert set(data["roles"]) == {"strong", "weak"}
    assert set(data["phrases"]) == {"strong", "weak"}


def test_entries_schema(data):
    for section in ("forces", "bodies"):
        assert data[section], section
        for entry in data[section]:
            assert set(entry) - {"cased"} == ENTRY_KEYS, entry
            assert entry.get("cased", False) in (True, False), entry    # names matched only as capitalised
            assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"] != ""
            assert isinstance(entry["kind"], str) and entry["kind"]
            for key in ENTRY_LISTS:
                assert isinstance(entry[key], list), (entry["name"], key)


def test_all_strings_clean(data):
    for label, items in _all_lists(data):
        for s in items:
            assert isinstance(s, str), (label, s)
            assert s and s == s.strip(), (label, s)
            assert "  " not in s, (label, s)


def test_no_duplicates_within_a_list(data):
    for label, items in _all_lists(data):
        folded = [_fold(x) for x in items]
        dupes = sorted({x for x in folded if folded.count(x) > 1})
        assert not dupes, (label, dupes)


def test_canonical_names_unique(data):
    names = [_fold(e["name"]) for e in data["forces"] + data["bodies"]]
    assert len(names) == len(set(names))


# --- forces -----------------------------------------------------------------------------------

def test_exactly_43_territorial_forces(data):
    territorial = [f["name"] for f in data["forces"] if f["kind"] == "territorial"]
    assert len(territorial) == 43
    assert set(territorial) == TERRITORIAL


def test_national_special_and_crown_dependency_forces_present(data):
    kinds = {f["name"]: f["kind"] for f in data["forces"]}
    for name, kind in OTHER_FORCES.items():
        assert kinds.get(name) == kind, name


def test_force_kinds_are_known(data):
    assert {f["kind"] for f in data["forces"]} <= {"territorial", "national", "special", "crown_dependency"}


def test_canonical_name_is_in_names(data):
    for entry in data["forces"] + data["bodies"]:
        assert entry["name"] in entry["names"], entry["name"]


def test_handles_are_bare(data):
    for entry in data["forces"] + data["bodies"]:
        for h in entry["handles"]:
            assert re.fullmatch(r"[A-Za-z0-9_.]{1,30}", h), (entry["name"], h)


def test_abbreviations_have_no_lower_case_words(data):
    for entry in data["forces"] + data["bodies"]:
        for a in entry["abbreviations"]:
            assert " " not in a and sum(c.isupper() for c in a) >= 2, (entry["name"], a)


def test_strong_force_terms_are_unambiguous(data):
    # A name or abbreviation (strong) must point at exactly one force/body, and must not
    # also be listed as weak anywhere.
    seen = {}
    weak = {_fold(w) for e in data["forces"] + data["bodies"] for w in e["weak"]}
    for entry in data["forces"] + data["bodies"]:
        for key in ("names", "abbreviations"):
            for term in entry[key]:
                t = _fold(term)
                assert seen.setdefault(t, entry["name"]) == entry["name"], (term, seen[t], entry["name"])
                assert t not in weak, term


def test_met_alone_is_nowhere(data):
    for label, items in _all_lists(data):
        assert "met" not in {_fold(x) for x in items}, label


# --- bodies -----------------------------------------------------------------------------------

def test_required_bodies_present(data):
    names = {b["name"] for b in data["bodies"]}
    for required in (
        "College of Policing",
        "Police Federation of England and Wales",
        "Scottish Police Federation",
        "Police Federation for Northern Ireland",
        "Police Superintendents' Association",
        "National Police Chiefs' Council",
        "Independent Office for Police Conduct",
        "Special Constabulary",
        "Police Now",
        "Volunteer Police Cadets",
        "Police Support Volunteers",
    ):
        assert required in names, required
    assert _lookup(data, "HMICFRS", sections=("bodies",))


# --- roles and phrases ------------------------------------------------------------------------

@pytest.mark.parametrize("section", ["roles", "phrases"])
def test_strong_and_weak_disjoint(data, section):
    strong = {_fold(x) for x in data[section]["strong"]}
    weak = {_fold(x) for x in data[section]["weak"]}
    assert not strong & weak


def test_strong_and_weak_disjoint_across_roles_and_phrases(data):
    strong = {_fold(x) for s in ("roles", "phrases") for x in data[s]["strong"]}
    weak = {_fold(x) for s in ("roles", "phrases") for x in data[s]["weak"]}
    assert not strong & weak


def test_ranks_present(data):
    roles = {_fold(x) for x in data["roles"]["strong"] + data["roles"]["weak"]}
    for rank in ("constable", "sergeant", "inspector", "chief inspector", "superintendent", "chief superintendent",
                 "assistant chief constable", "deputy chief constable", "chief constable", "commander", "commissioner"):
        assert rank in roles, rank


def test_false_friends_do_not_swallow_strong_terms(data):
    strong = [_fold(x) for s in ("roles", "phrases") for x in data[s]["strong"]]
    for ff in data["false_friends"]:
        for term in strong:
            assert not re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", ff), (ff, term)


# --- other lists ------------------------------------------------------------------------------

def test_list_sizes(data):
    assert 20 <= len(data["hashtags"]) <= 40
    assert 15 <= len(data["organisations"]) <= 40
    assert len(data["false_friends"]) >= 30  # grows as new false friends are met
    assert data["training_centres"]
    assert data["emoji"]


def test_hashtags_are_bare(data):
    for tag in data["hashtags"]:
        assert re.fullmatch(r"\w+", tag), tag


def test_false_friends_lower_case(data):
    for ff in data["false_friends"]:
        assert ff == ff.lower(), ff


def test_emoji(data):
    for e in ("\U0001F693", "\U0001F694", "\U0001F46E", "\U0001F6A8",
              "\U0001F46E\u200D\u2642\uFE0F", "\U0001F46E\u200D\u2640\uFE0F"):
        assert e in data["emoji"]
    assert all(not any(c.isascii() for c in e) for e in data["emoji"])


# --- well-known facts -------------------------------------------------------------------------

@pytest.mark.parametrize("term, force", [
    ("GMP", "Greater Manchester Police"),
    ("BTP", "British Transport Police"),
    ("PSNI", "Police Service of Northern Ireland"),
    ("NCA", "National Crime Agency"),
    ("TVP", "Thames Valley Police"),
    ("Scotland Yard", "Metropolitan Police Service"),
    ("New Scotland Yard", "Metropolitan Police Service"),
    ("Met Police", "Metropolitan Police Service"),
    ("Metropolitan Police", "Metropolitan Police Service"),
    ("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
    ("Police Federation", "Police Federation of England and Wales"),
    ("PFEW", "Police Federation of England and Wales"),
])
def test_known_strong_mappings(data, term, force):
    assert _lookup(data, term, keys=("names", "abbreviations")) == {force}


def test_the_met_is_weak_only(data):
    assert _lookup(data, "the Met", keys=("weak",)) == {"Metropolitan Police Service"}
    assert not _lookup(data, "the Met", keys=("names", "abbreviations"))


def test_known_handles(data):
    handles = {e["name"]: {_fold(h) for h in e["handles"]} for e in data["forces"]}
    assert "metpoliceuk" in handles["Metropolitan Police Service"]
    assert "gmpolice" in handles["Greater Manchester Police"]
    assert "essexpoliceuk" in handles["Essex Police"]
    assert "btp" in handles["British Transport Police"]


def test_known_roles(data):
    strong = {_fold(x) for x in data["roles"]["strong"]}
    weak = {_fold(x) for x in data["roles"]["weak"]}
    assert "pcso" in strong
    assert "police community support officer" in strong
    assert "special constable" in strong
    assert "pc" in weak
    assert "student officer" in weak
    assert "skipper" in weak


def test_known_phrases(data):
    strong = {_fold(x) for x in data["phrases"]["strong"]}
    assert {"thin blue line", "police wife", "collar number", "warrant card"} <= strong


def test_known_false_friends(data):
    ff = set(data["false_friends"])
    assert "police academy" in ff
    assert "grammar police" in ff
    assert "nintendo ds" in ff


def test_training_centres(data):
    centres = {_fold(x) for x in data["training_centres"]}
    assert {"hendon", "peel centre", "tulliallan"} <= centres
    assert not any("garda" in c for c in centres)
