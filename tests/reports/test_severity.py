"""The severity model: details joined up are worse than apart; a login wall is not clean."""

from __future__ import annotations

from footprint.models import AuditResult, Finding, Source, Status
from footprint.severity import grade, overall, risks

URL = "https://www.instagram.com/sam"


def f(category: str, value: str) -> Finding:
    return Finding(category, value, value, "low", 0.9, URL, "instagram", "bio", value, [])


def levels(*findings: Finding) -> list[tuple[str, str, str]]:
    graded = grade(AuditResult(sources=[Source(URL, "instagram", Status.OK)], findings=list(findings)))
    return [(x.category, x.value, x.severity) for x in graded.findings]


def test_a_full_date_of_birth_outranks_a_year_alone():
    assert levels(f("date_of_birth", "1990")) == [("date_of_birth", "1990", "low")]
    assert levels(f("date_of_birth", "--03-12")) == [("date_of_birth", "--03-12", "medium")]
    assert levels(f("date_of_birth", "1990-03-12")) == [("date_of_birth", "1990-03-12", "high")]


def test_full_date_of_birth_with_birthplace_raises_the_birthplace():
    assert levels(f("birthplace", "Romford")) == [("birthplace", "Romford", "medium")]
    assert levels(f("birthplace", "Romford"), f("date_of_birth", "1990-03-12")) == [
        ("date_of_birth", "1990-03-12", "high"), ("birthplace", "Romford", "high")]


def test_police_with_home_town_or_childrens_names_is_worse_than_either():
    assert levels(f("police_affiliation", "Essex Police")) == [("police_affiliation", "Essex Police", "high")]
    assert levels(f("home_location", "Chelmsford")) == [("home_location", "Chelmsford", "medium")]
    assert levels(f("police_affiliation", "Essex Police"), f("home_location", "Chelmsford")) == [
        ("police_affiliation", "Essex Police", "critical"), ("home_location", "Chelmsford", "critical")]
    assert levels(f("family", "son: Alfie"), f("family", "daughter"), f("police_affiliation", "police")) == [
        ("police_affiliation", "police", "critical"), ("family", "son: Alfie", "critical"),
        ("family", "daughter", "medium")]


def test_a_postcode_outranks_a_town():
    assert levels(f("home_location", "CM1 1AA")) == [("home_location", "CM1 1AA", "high")]


def test_risks_name_what_is_joined_up():
    found = risks([f("police_affiliation", "police"), f("home_location", "Leeds"), f("family", "wife: Sarah")])
    assert [(r.level, r.title) for r in found] == [("critical", "Police link and where you live"),
                                                   ("critical", "Police link and your family's names")]


def test_overall_is_unknown_when_a_source_could_not_be_read():
    wall = AuditResult(sources=[Source(URL, "instagram", Status.OK), Source("https://x.com/s", "x", Status.LOGIN_REQUIRED)])
    clean = AuditResult(sources=[Source(URL, "instagram", Status.OK)])
    assert (overall(wall), overall(clean), overall(AuditResult())) == ("unknown", "none", "unknown")
    assert overall(AuditResult(sources=clean.sources, findings=[f("football_team", "Leeds United")])) == "medium"
