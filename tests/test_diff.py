"""Findings are matched across audits by category, platform and normalised value, not by snippet."""

from __future__ import annotations

from footprint.diff import compare, finding_key, normalise


def finding(category: str, value: str, platform: str = "instagram", evidence: str = "",
            source_url: str = "https://www.instagram.com/sam.example/") -> dict:
    return {"category": category, "value": value, "platform": platform, "evidence": evidence,
            "source_url": source_url}


def audit(created: str, *findings: dict, blocked: tuple[str, ...] = ()) -> dict:
    urls = {"https://www.instagram.com/sam.example/", "https://bsky.app/profile/sam.example",
            *(f["source_url"] for f in findings)}
    return {"created": created, "findings": list(findings),
            "sources": [{"url": u, "status": "blocked" if u in blocked else "ok"} for u in sorted(urls)]}


def test_normalise_and_key():
    assert normalise("  Romford. ") == normalise("ROMFORD") == "romford"
    assert normalise("Southend-on-Sea") == "southend on sea"
    assert finding_key(finding("birthplace", "Romford!")) == "birthplace|instagram|romford"


def test_fixed_still_new_changed_with_dates():
    first = audit("2026-11-20T09:00:00+00:00", finding("family", "Alfie"))
    before = audit("2026-12-01T09:00:00+00:00",
                   finding("date_of_birth", "1990-03-12", evidence="born 12 March"),
                   finding("family", "Alfie"), finding("home_location", "Romford"),
                   finding("phone_number", "+447700900123", platform="bluesky",
                           source_url="https://bsky.app/profile/sam.example"))
    after = audit("2026-12-05T09:00:00+00:00",
                  finding("date_of_birth", "1990-03-12", evidence="birthday 12/03 (edited text)"),
                  finding("home_location", "Chelmsford"), finding("football_team", "Example Town FC"),
                  finding("phone_number", "+447700900123", platform="bluesky",
                          source_url="https://bsky.app/profile/sam.example"))
    diff = compare(before, after, [first])
    assert [(c.status, c.category, c.platform, c.value, c.first_seen, c.last_seen) for c in diff.changes] == [
        ("new", "football_team", "instagram", "Example Town FC", "2026-12-05", "2026-12-05"),
        ("changed", "home_location", "instagram", "Chelmsford", "2026-12-05", "2026-12-05"),
        ("still exposed", "date_of_birth", "instagram", "1990-03-12", "2026-12-01", "2026-12-05"),
        ("still exposed", "phone_number", "bluesky", "+447700900123", "2026-12-01", "2026-12-05"),
        ("fixed", "family", "instagram", "Alfie", "2026-11-20", "2026-12-01"),
    ]
    changed = diff.changes[1].to_dict()
    assert (changed["before"], changed["after"]) == ("Romford", "Chelmsford")
    assert diff.counts() == {"new": 1, "changed": 1, "still exposed": 2, "not checked": 0, "fixed": 1}


def test_a_profile_that_could_not_be_read_proves_nothing():
    before = audit("2026-12-01T09:00:00+00:00", finding("family", "Alfie"), finding("home_location", "Romford"))
    after = audit("2026-12-05T09:00:00+00:00", blocked=("https://www.instagram.com/sam.example/",))
    assert [(c.status, c.value) for c in compare(before, after).changes] == [
        ("not checked", "Alfie"), ("not checked", "Romford")]


def test_the_same_value_twice_is_one_exposure():
    before = audit("2026-12-01T09:00:00+00:00", finding("family", "Alfie", evidence="bio"),
                   finding("family", "alfie", evidence="post"))
    after = audit("2026-12-05T09:00:00+00:00", finding("family", "ALFIE"))
    assert [(c.status, c.value) for c in compare(before, after).changes] == [("still exposed", "ALFIE")]
