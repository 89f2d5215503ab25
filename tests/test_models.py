"""Profile.add_link: each URL once, the first text and rel kept."""

from __future__ import annotations

from footprint.models import Link, Profile


def test_add_link_keeps_each_url_once():
    profile = Profile(url="https://site.example/", platform="website",
                      links=[Link("https://a.example/", "A", "me")])
    profile.add_link("https://a.example/", text="again", rel="")
    profile.add_link(" https://b.example/ ", text="B")
    profile.add_link("https://b.example/", text="B again", rel="me")
    profile.add_link("")
    profile.add_link(None)
    assert profile.links == [Link("https://a.example/", "A", "me"), Link("https://b.example/", "B", "")]
