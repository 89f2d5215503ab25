"""Platforms with several page layouts: which layout module says each capture looks like its own."""

from __future__ import annotations

import pytest

import collectors.facebook
import collectors.linkedin
import collectors.mastodon
from collectors import html as H
from tests.conftest import capture

PACKAGES = {"facebook": collectors.facebook, "linkedin": collectors.linkedin, "mastodon": collectors.mastodon}


@pytest.mark.parametrize(("platform", "page", "layouts"), [
    ("facebook", "about.html", ["current"]),
    ("facebook", "view_as_public.html", ["current"]),
    ("facebook", "logged_out.html", ["current"]),            # the Intro card's JSON
    ("facebook", "classic_timeline.html", ["classic"]),
    ("facebook", "mbasic_about.html", ["classic"]),
    ("facebook", "login.html", []),
    ("facebook", "missing.html", []),
    ("linkedin", "ok.html", ["guest"]),
    ("linkedin", "pv_layout.html", ["signed_in"]),
    ("linkedin", "authwall.html", []),
    ("mastodon", "v3_profile.html", ["rendered"]),            # the rendered layout reads any page
    ("mastodon", "akkoma_shell.html", ["rendered"]),
])
def test_which_layout_a_page_looks_like(platform, page, layouts):
    soup = H.soup_of(capture(platform, page))
    found = [layout.__name__.rsplit(".", 1)[-1] for layout in PACKAGES[platform].LAYOUTS if layout.looks_like(soup)]
    assert found == layouts


MASTODON_4 = b"""<!DOCTYPE html><html><head>
<meta property="profile:username" content="carysp@town.example">
<meta property="og:url" content="https://town.example/@carysp">
<script id="initial-state" type="application/json">{"accounts": {
 "7": {"id": "7", "username": "dai_walks", "acct": "dai_walks@hills.example", "display_name": "Dai", "note": "<p>Hills</p>"},
 "9": {"id": "9", "username": "carysp", "acct": "carysp", "display_name": "Carys",
       "note": "<p>Knitting in Swindon.<br>Born in Aberystwyth, 3<sup>rd</sup> May.</p>",
       "fields": [{"name": "Home", "value": "Swindon, <span>Wiltshire</span>"},
                  {"name": "Blog", "value": "<a href=\\"https://carys.example/\\" rel=\\"me\\">carys.example</a>"}]}}}</script>
</head><body><div id="mastodon" data-props="{}"></div></body></html>"""


def test_a_mastodon_4_page_is_read_from_its_initial_state():
    soup = H.soup_of(MASTODON_4)
    assert [layout.looks_like(soup) for layout in collectors.mastodon.LAYOUTS] == [True, True]
    collected = collectors.mastodon.MastodonCollector().read_saved(MASTODON_4, "https://town.example/@carysp")
    assert [(b.text, b.field) for b in collected.profile.blocks] == [
        ("Carys", "name"), ("carysp", "username"),
        ("Knitting in Swindon.\nBorn in Aberystwyth, 3rd May.", "bio"),
        ("Home: Swindon, Wiltshire", "profile_field"), ("Blog: carys.example", "profile_field")]
    assert [(link.url, link.rel) for link in collected.profile.links] == [("https://carys.example/", "me")]
