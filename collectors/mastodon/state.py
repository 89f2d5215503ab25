"""A Mastodon 4 profile page: the account in the page's `initial-state` JSON, posts as rendered."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.mastodon.address import page_account
from collectors.mastodon.api import read_account
from collectors.mastodon.rendered import read_page_posts
from footprint.http import Response
from footprint.models import Profile


def _account(soup: BeautifulSoup) -> dict[str, Any] | None:
    """The account the page is about, from the initial state (None when it is not there)."""
    state = H.script_json(soup, id="initial-state")
    accounts = state.get("accounts") if isinstance(state, dict) else None
    wanted = (H.meta(soup, "profile:username") or "").split("@")[0].lower()
    if isinstance(accounts, dict) and wanted:
        for account in accounts.values():
            if isinstance(account, dict) and str(account.get("username", "")).lower() == wanted:
                return account
    return None


def looks_like(soup: BeautifulSoup) -> bool:
    return _account(soup) is not None


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    account = _account(soup)
    if account is None:
        return
    read_account(profile, account)
    user, host = page_account(H.meta(soup, "profile:username") or "", response.url, profile.url,
                              H.meta(soup, "og:url") or "")
    read_page_posts(profile, soup, user, host)
