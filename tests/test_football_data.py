"""Validation of footprint/data/football_clubs.json (reference data for the football-club detector)."""

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "footprint" / "data" / "football_clubs.json"

KINDS = {"name", "short_name", "abbreviation", "hashtag", "nickname", "fan_word", "ground", "chant", "emoji"}
STRENGTHS = {"strong", "weak"}


def norm(text):
    """Case-insensitive key; ignores the emoji variation selector and curly apostrophes."""
    return unicodedata.normalize("NFC", text).replace("\ufe0f", "").replace("\u2019", "'").casefold().strip()


@pytest.fixture(scope="module")
def data():
    with DATA.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def clubs(data):
    return {c["name"]: c for c in data["clubs"]}


def term(clubs, club, text):
    """The term `text` under `club`, or fail."""
    assert club in clubs, f"missing club {club!r}"
    for t in clubs[club]["terms"]:
        if norm(t["text"]) == norm(text):
            return t
    pytest.fail(f"{text!r} is not a term of {club!r}")


def owners(data, text):
    return {c["name"] for c in data["clubs"] for t in c["terms"] if norm(t["text"]) == norm(text)}


def test_top_level_shape(data):
    assert set(data) == {"_about", "context_words", "false_friends", "other_sports", "video_games", "primary_for_shared",
                         "clubs", "other_sport_after", "cheer_patterns", "disclaim_objects", "case_sensitive", "communities",
                         "match_duty", "ambiguous_suffixes", "for_customers", "club_bodies", "ground_habits", "support_cues",
                         "competition_tiers", "singular_fan_words", "suffix_also"}
    assert "2025-26" in data["_about"] and "icence" in data["_about"]
    assert 40 <= len(data["context_words"]) <= 80
    assert len(data["false_friends"]) >= 30  # grows as new false friends are met
    for lst in (data["context_words"], data["false_friends"]):
        assert all(isinstance(x, str) and x == x.strip() and x for x in lst)
        assert len({norm(x) for x in lst}) == len(lst), "duplicate entries"


def test_file_is_plain_two_space_json():
    raw = DATA.read_text(encoding="utf-8")
    assert raw.startswith('{\n  "_about": ')
    assert "\\u" not in raw, "write UTF-8 directly, not \\u escapes"


def test_club_count_and_names_unique(data):
    names = [c["name"] for c in data["clubs"]]
    assert 140 <= len(names) <= 200
    assert len(set(names)) == len(names)


def test_every_club_well_formed(data):
    for c in data["clubs"]:
        assert set(c) == {"name", "country", "town", "competition", "terms"}, c["name"]
        assert c["country"] in {"England", "Scotland", "Wales", "Northern Ireland"}, c["name"]
        assert c["competition"], c["name"]
        assert any(t["kind"] == "name" and t["text"] == c["name"] for t in c["terms"]), c["name"]
        seen = set()
        for t in c["terms"]:
            assert set(t) == {"text", "kind", "strength"}, (c["name"], t)
            assert t["kind"] in KINDS, (c["name"], t)
            assert t["strength"] in STRENGTHS, (c["name"], t)
            assert t["text"] and t["text"] == t["text"].strip(), (c["name"], t)
            key = norm(t["text"])
            assert key not in seen, f"duplicate term {t['text']!r} in {c['name']}"
            seen.add(key)


def test_shared_terms_are_weak(data):
    by_text = defaultdict(list)
    for c in data["clubs"]:
        for t in c["terms"]:
            by_text[norm(t["text"])].append((c["name"], t["strength"]))
    shared = {k: v for k, v in by_text.items() if len(v) > 1}
    assert shared, "expected some shared terms (e.g. Blues, Saints, the U's)"
    for text, uses in shared.items():
        assert all(s == "weak" for _, s in uses), f"shared term {text!r} must be weak everywhere: {uses}"


LEAGUE_SIZES = {
    "Premier League": 20,
    "Championship": 24,
    "League One": 24,
    "League Two": 24,
    "National League": 24,
    "Scottish Premiership": 12,
    "Scottish Championship": 10,
}


def test_league_sizes(data):
    counts = defaultdict(int)
    for c in data["clubs"]:
        counts[c["competition"]] += 1
    for comp, n in LEAGUE_SIZES.items():
        assert counts[comp] == n, (comp, counts[comp])


@pytest.mark.parametrize("club, competition", [
    ("Sunderland", "Premier League"),
    ("Leeds United", "Premier League"),
    ("Burnley", "Premier League"),
    ("Wrexham", "Championship"),
    ("Leicester City", "Championship"),
    ("Cardiff City", "League One"),
    ("Colchester United", "League Two"),
    ("Southend United", "National League"),
    ("Celtic", "Scottish Premiership"),
    ("Partick Thistle", "Scottish Championship"),
    ("Linfield", "NIFL Premiership"),
    ("The New Saints", "Cymru Premier"),
])
def test_competitions(clubs, club, competition):
    assert clubs[club]["competition"] == competition


@pytest.mark.parametrize("club, text, strength", [
    ("West Ham United", "COYI", "strong"),
    ("West Ham United", "WHUFC", "strong"),
    ("West Ham United", "⚒️", "weak"),
    ("West Ham United", "Irons", "weak"),
    ("Arsenal", "Gooner", "strong"),
    ("Arsenal", "Emirates Stadium", "strong"),
    ("Arsenal", "the Emirates", "weak"),
    ("Liverpool", "YNWA", "strong"),
    ("Liverpool", "Kopite", "strong"),
    ("Manchester United", "GGMU", "strong"),
    ("Manchester United", "MUFC", "strong"),
    ("Manchester United", "Man Utd", "strong"),
    ("Manchester United", "Red Devil", "weak"),
    ("Manchester United", "Old Trafford", "weak"),
    ("Tottenham Hotspur", "COYS", "strong"),
    ("Tottenham Hotspur", "THFC", "strong"),
    ("Chelsea", "KTBFFH", "strong"),
    ("Chelsea", "Stamford Bridge", "strong"),
    ("Norwich City", "OTBC", "strong"),
    ("Burnley", "Up the Clarets", "strong"),
    ("Aston Villa", "UTV", "weak"),
    ("Aston Villa", "AVFC", "strong"),
    ("Southend United", "Shrimpers", "strong"),
    ("Southend United", "Up the Shrimpers", "strong"),
    ("Southend United", "Southend", "weak"),
    ("Southend United", "Roots Hall", "strong"),
    ("Colchester United", "ColU", "strong"),
    ("Colchester United", "COYU", "weak"),
    ("Colchester United", "the U's", "weak"),
    ("Colchester United", "JobServe Community Stadium", "strong"),
    ("Celtic", "Hail Hail", "strong"),
    ("Celtic", "🍀", "weak"),
    ("Celtic", "Parkhead", "weak"),
    ("Rangers", "WATP", "strong"),
    ("Leeds United", "Marching on Together", "strong"),
    ("Ipswich Town", "Tractor Boys", "strong"),
    ("Ipswich Town", "Ipswich Town", "strong"),
    ("Ipswich Town", "Portman Road", "weak"),
    ("Everton", "Goodison Park", "strong"),
    ("Hibernian", "Hibees", "strong"),
    ("Heart of Midlothian", "Jambos", "strong"),
])
def test_known_facts(clubs, club, text, strength):
    assert term(clubs, club, text)["strength"] == strength


@pytest.mark.parametrize("club, text", [
    ("Liverpool", "Liverpool"),
    ("Chelsea", "Chelsea"),
    ("Arsenal", "Arsenal"),
    ("Celtic", "Celtic"),
    ("Everton", "Everton"),
    ("Bury", "Bury"),
    ("Tottenham Hotspur", "Spurs"),
    ("Nottingham Forest", "Forest"),
    ("Aston Villa", "Villa"),
    ("Heart of Midlothian", "Hearts"),
])
def test_ambiguous_words_are_weak(clubs, club, text):
    assert term(clubs, club, text)["strength"] == "weak"


@pytest.mark.parametrize("text, expected", [
    ("the U's", {"Colchester United", "Cambridge United", "Oxford United"}),
    ("COYU", {"Colchester United", "Cambridge United", "Oxford United"}),
    ("Blues", {"Chelsea", "Everton", "Birmingham City"}),
    ("Saints", {"Southampton", "St Mirren", "St Johnstone"}),
    ("Red Devils", {"Manchester United", "Crawley Town"}),
    ("Magpies", {"Newcastle United", "Notts County"}),
    ("COYB", {"Chelsea", "Everton"}),
])
def test_shared_terms_listed_under_each_club(data, text, expected):
    assert expected <= owners(data, text)


@pytest.mark.parametrize("text, club", [
    ("COYI", "West Ham United"),
    ("Gooner", "Arsenal"),
    ("YNWA", "Liverpool"),
    ("GGMU", "Manchester United"),
    ("KTBFFH", "Chelsea"),
    ("OTBC", "Norwich City"),
    ("ColU", "Colchester United"),
    ("Shrimpers", "Southend United"),
    ("Mad Stad", "Reading"),
    ("Blue side of Manchester", "Manchester City"),
    ("Red side of Manchester", "Manchester United"),
    ("Blue half of Merseyside", "Everton"),
    ("Red half of Merseyside", "Liverpool"),
])
def test_signature_terms_belong_to_one_club(data, text, club):
    assert owners(data, text) == {club}


def test_context_words_and_false_friends_content(data):
    ctx = {norm(x) for x in data["context_words"]}
    for w in ("season ticket", "supporter", "fan", "matchday", "till i die", "up the", "come on you", "fc", "⚽"):
        assert w in ctx, w
    ff = {norm(x) for x in data["false_friends"]}
    for w in ("liverpool street", "celtic knot", "celtic cross", "arsenal of", "chelsea flower show",
              "united kingdom", "manchester city council", "bury st edmunds", "reading festival"):
        assert w in ff, w
    # a false friend must never itself be a strong club term
    strong = {norm(t["text"]) for c in data["clubs"] for t in c["terms"] if t["strength"] == "strong"}
    assert not ff & strong


def test_primary_for_shared_names_a_club_that_shares_the_term(data):
    owners = {}
    for club in data["clubs"]:
        for term in club["terms"]:
            owners.setdefault(term["text"].casefold(), set()).add(club["name"])
    for term, club in data["primary_for_shared"].items():
        assert len(owners[term.casefold()]) > 1, f"{term} is not shared: it needs no primary"
        assert club in owners[term.casefold()], (term, club)


def test_case_sensitive_terms_and_communities_name_known_clubs(data, clubs):
    terms = {t["text"] for c in data["clubs"] for t in c["terms"]}
    assert set(data["case_sensitive"]) <= terms
    assert set(data["communities"].values()) <= set(clubs)
