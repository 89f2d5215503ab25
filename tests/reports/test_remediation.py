"""Remediation data: every platform (and saved files) has plain-words advice for every category."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import collectors
from footprint.models import Category, Finding, Source, Status
from reports.remediation import advice, advise, knowledge, platforms, status_advice

CATEGORIES = {c.value for c in Category}
PLATFORMS = sorted({c.name for c in collectors.COLLECTORS} | {"saved"})
# words a recruit cannot act on; technical detail belongs in JSON and --verbose
JARGON = re.compile(r"JSON|h-card|rel=me|\bAPI\b|\b[45]\d\d\b|HTTP|endpoint|metadata|schema", re.I)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_platform_has_advice_for_every_category(platform):
    entry = platforms()[platform]
    assert set(entry["steps"]) == CATEGORIES
    for category, (where, do) in entry["steps"].items():
        assert where.strip() and do.strip(), (platform, category)
    assert all(str(entry[k]).strip() for k in ("title", "check", "limits"))
    assert len(entry["post"]) == 2 and all(entry["post"])
    assert dt.date.fromisoformat(entry["checked"] + "-01") <= dt.date.today()


def test_no_advice_for_a_platform_no_collector_has():
    assert set(platforms()) == set(PLATFORMS)


def test_advice_is_in_plain_words():
    texts = [t for entry in platforms().values() for t in
             [entry["check"], entry["limits"], *entry["post"], *(s for pair in entry["steps"].values() for s in pair)]]
    texts += list(knowledge()["status"].values()) + list(knowledge()["saved"].values())
    assert [t for t in texts if JARGON.search(t)] == []


def _finding(category="date_of_birth", platform="facebook", field="about", url="https://www.facebook.com/sam"):
    return Finding(category, "1990-03-12", "12 March 1990", "high", 1.0, url, platform, field, "Born 12 March 1990",
                   ["3.4"])


def test_a_finding_gets_its_platforms_step_and_a_post_gets_the_post_step():
    assert advice(_finding()).line() == ("Facebook: your profile > About > Contact and basic info > Basic info: "
                                         "Set the audience of Birth date and of Birth year to 'Only me'.")
    assert advice(_finding(field="post")).step.where == "Facebook: Settings & privacy > Settings > Audience and visibility > Posts"
    assert advise(_finding()).startswith("Your date of birth answers bank and account security questions")


def test_saved_files_get_their_own_wording():
    text_file = Source("file:///home/sam/notes.txt", "website", Status.OK, "read from a text file you saved",
                       origin="file")
    saved_page = Source("https://www.facebook.com/sam", "facebook", Status.OK, "", origin="file")
    finding = _finding(platform="website", url=text_file.url)
    assert advice(finding, text_file).step.where == "Wherever you published this text"
    assert status_advice(text_file, 1) == "Read from a text file you saved: change the detail wherever you published the text."
    assert advice(_finding(), saved_page).step.where.startswith("Facebook: your profile > About")
    assert status_advice(saved_page, 1).startswith("Read from a page you saved, not from the live site")


def test_a_login_wall_is_not_an_all_clear_and_says_how_to_check():
    wall = Source("https://x.com/sam", "x", Status.LOGIN_REQUIRED, "redirected to a login page")
    assert status_advice(wall, 0) == (
        "X (Twitter) showed nothing to a logged-out visitor, so footprint could not check it. That is not an "
        "all-clear: people with an account may still see your profile. X shows nothing to logged-out visitors now, "
        "but anyone with an account sees your profile: ask a colleague to look at it. To check what they see, save "
        "your profile page while logged in (in the browser: Save page as) and run `footprint scan` on the saved file.")
