"""Mastodon's API answers: the account (display name, bio, metadata fields, a moved-to account)
and its statuses (public and unlisted posts, boosts and quotes as not the owner's)."""

from __future__ import annotations

from typing import Any

from collectors import html as H
from collectors import text as T
from footprint.models import Profile

PUBLIC = ("public", "unlisted")


def read_account(profile: Profile, account: dict[str, Any]) -> None:
    """Display name, user name, bio (note), metadata fields and a moved-to account."""
    profile.add(account.get("display_name"), "name", hint="name", label="Display name")
    profile.add(account.get("acct") or account.get("username"), "username", label="Username")
    note = str(account.get("note") or "")
    profile.add(H.text(note), "bio", label="Bio")
    for href, text, classes in H.html_links(note):
        if "mention" not in classes and "hashtag" not in classes and not text.startswith(("#", "@")):
            profile.add_link(href, text=text, rel="me")
    for item in account.get("fields") or []:
        if not isinstance(item, dict):
            continue
        label = H.text(str(item.get("name") or "")) or "Field"
        value = H.text(str(item.get("value") or ""))
        if value:
            profile.add(f"{label}: {value}", "profile_field", label=label)
        for href, _text, _classes in H.html_links(str(item.get("value") or "")):
            profile.add_link(href, text=label, rel="me")
    moved = account.get("moved")
    if isinstance(moved, dict) and moved.get("url"):
        profile.notes.append(f"the account has moved to {moved.get('acct') or moved['url']}")
        profile.add_link(str(moved["url"]), text="moved to", rel="me")


def read_statuses(profile: Profile, statuses: list[Any], user: str) -> None:
    """Public and unlisted posts; a boost or quote of someone else's post is added as not own."""
    for status in statuses:
        if not isinstance(status, dict) or status.get("visibility", "public") not in PUBLIC:
            continue
        boosted = status.get("reblog")
        if isinstance(boosted, dict):
            _add_status(profile, boosted, user, field="post", boost=True)
            continue
        _add_status(profile, status, user, field="post")
        quote_ = status.get("quote")
        quoted = quote_.get("quoted_status") if isinstance(quote_, dict) else None
        if isinstance(quoted, dict):
            _add_status(profile, quoted, user, field="post", boost=True)


def _add_status(profile: Profile, status: dict[str, Any], user: str, field: str, boost: bool = False) -> None:
    poster = status.get("account")
    account = poster if isinstance(poster, dict) else {}
    author = str(account.get("acct") or user)
    own = not boost or author.lower() == user.lower()
    date = T.iso_date(status.get("created_at"))
    text = H.text(status.get("content"))
    if status.get("spoiler_text"):
        text = f"{status['spoiler_text']}\n\n{text}".strip()
    profile.add(text, field, author=author, date=date, own=own, label="boost" if boost else None)
    for media in status.get("media_attachments") or []:
        if isinstance(media, dict) and media.get("description"):
            profile.add(media["description"], "image_alt", author=author, date=date, own=own)
