"""Reddit: the public .json listings of a user (about, comments, submitted), and the profile
page itself when Reddit refuses the .json endpoints to a logged-out client (it often does)."""

from __future__ import annotations

import re
from typing import Any, ClassVar
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, failed, json_of, ok
from collectors.generic import read_page
from collectors.html.authors import one_post, post_owner
from footprint.errors import FetchError
from footprint.http import Http, Response
from footprint.models import Profile, Status

BASE = "https://www.reddit.com/user"
_BLOCKED = ("whoa there, pardner", "blocked by network security", "your request has been blocked")
_SUB = re.compile(r"/r/([A-Za-z0-9_]+)/")
_ESCAPED = re.compile(r"&(amp|lt|gt);")
_RAW = {"amp": "&", "lt": "<", "gt": ">"}


def raw(text: Any) -> str | None:
    """Reddit's JSON (without raw_json=1) escapes &, < and > in every text field, and only
    those: undo exactly that, in one pass, so "&amp;lt;" typed by the user stays "&lt;"."""
    if text is None:
        return None
    return _ESCAPED.sub(lambda m: _RAW[m.group(1)], str(text))


class RedditCollector(Collector):
    name = "reddit"
    title = "Reddit"
    hosts: ClassVar[tuple[str, ...]] = ("reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com",
                                        "sh.reddit.com", "amp.reddit.com", "i.reddit.com")
    path = re.compile(r"^/(?:user|u)/(?P<user>[A-Za-z0-9_-]{2,30})(?:/(?:overview|comments|submitted|posts))?/?$")
    example = "https://www.reddit.com/user/yourname/"
    requests = (f"{BASE}/NAME/about.json", f"{BASE}/NAME/comments.json?limit=100",
                f"{BASE}/NAME/submitted.json?limit=100",
                f"only when the .json endpoints are refused: {BASE}/NAME/")

    def user(self, url: str) -> str | None:
        m = self.match(url)
        return m.group("user") if m else None

    def canonical(self, url: str) -> str:
        user = self.user(url)
        return f"{BASE}/{user}/" if user else super().canonical(url)

    def collect(self, url: str, http: Http) -> Collected:
        profile = Profile(url=url, platform=self.name)
        user = self.user(url)
        if user is None:
            return super().collect(url, http)
        json_headers = {"Accept": "application/json"}
        try:
            r = http.get(f"{BASE}/{user}/about.json", headers=json_headers)
            about = json_of(r)
            data = about.get("data") if isinstance(about, dict) else None
            if r.status in (404, 410):
                return Collected(profile, Status.NOT_FOUND,
                                 f"Reddit has no user u/{user} ({r.status}): deleted or never existed")
            if not (r.ok and isinstance(data, dict)):
                if r.status in (401, 403, 429) or r.ok:
                    return self._from_page(profile, user, http, r.status)
                return Collected(profile, Status.ERROR, f"Reddit answered {r.status} to about.json")
            if data.get("is_suspended"):
                return Collected(profile, Status.NOT_FOUND, f"the Reddit account u/{user} is suspended")
            read_about(profile, data, user)
            name = str(data.get("name") or user)
            for kind in ("comments", "submitted"):
                listing = http.get(f"{BASE}/{user}/{kind}.json?limit=100", headers=json_headers)
                body = json_of(listing)
                if listing.ok and isinstance(body, dict):
                    read_listing(profile, body, name)
                else:
                    profile.notes.append(f"{kind} not available ({listing.status})")
        except FetchError as exc:
            return failed(profile, exc)
        return ok(profile)

    def _from_page(self, profile: Profile, user: str, http: Http, api_status: int) -> Collected:
        """Reddit refused the .json API: read the profile page a browser would get."""
        page = http.get(f"{BASE}/{user}/")
        read = self.read_response(profile, page)
        why = f"Reddit refused the .json API to a logged-out client ({api_status})"
        if read.status is Status.OK:
            return Collected(profile, Status.OK, f"{why}; read the public profile page instead; {read.detail}")
        if read.status is Status.BLOCKED or (read.status is Status.ERROR and api_status in (401, 403, 429)):
            return Collected(profile, Status.BLOCKED, f"{why}, and the profile page gave nothing: {read.detail}")
        return Collected(profile, read.status, f"{why}; the profile page: {read.detail}")

    # ------------------------------------------------------------------ the profile page

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        text = soup.get_text(" ", strip=True).lower()
        if H.title(soup).strip().lower() == "blocked" or any(b in text for b in _BLOCKED):
            return Status.BLOCKED, "Reddit blocked the logged-out request (network security page)"
        if "nobody on reddit goes by that name" in text:
            return Status.NOT_FOUND, "Reddit says nobody goes by that name"
        if "this account has been suspended" in text:
            return Status.NOT_FOUND, "Reddit says this account has been suspended"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        """shreddit-* components (posts, profile comments), the profile description and meta."""
        m = self.path.match(urlsplit(response.url).path or "/")
        user = m.group("user") if m else None
        found = False
        for post in soup.find_all("shreddit-post"):
            title = str(post.get("post-title") or "")
            body = H.text(post.find(None, attrs={"slot": "text-body"}))
            author = str(post.get("author") or user or "")
            profile.add("\n\n".join(t for t in (title, body) if t), "post",
                        label=str(post.get("subreddit-prefixed-name") or "") or None, author=author or None,
                        date=T.iso_date(post.get("created-timestamp")),
                        own=not user or author.lower() == user.lower())
            found = True
        for comment in soup.find_all(["shreddit-profile-comment", "shreddit-comment"]):
            content = comment.find(id=re.compile(r"-content$")) or comment.find(None, attrs={"slot": "comment"}) \
                or comment.find(class_="md")
            sub = _SUB.search(str(comment.get("href") or comment.get("permalink") or ""))
            when = comment.find("faceplate-timeago")
            author = str(comment.get("author") or user or "")
            label = f"r/{sub.group(1)}" if sub else None
            date = T.iso_date(when.get("ts")) if isinstance(when, Tag) else None
            for quote in _quotes(content):     # ("> ..." quotes the comment it answers: its writer's words)
                profile.add(quote, "comment", label=label, date=date, own=False)
            profile.add(H.text(content), "comment", label=label, author=author or None, date=date,
                        own=not user or author.lower() == user.lower())
            found = True
        found = _old_things(soup, profile, user) or found
        if user:
            profile.add(user, "username", label="Username")
        elif one_post(response.url):
            # a post's own page with its comments, saved: the user's own post, the comments other people's
            poster = next((b.author for b in profile.blocks if b.field == "post" and b.author), None)
            if poster:
                post_owner(profile, poster)
        description = soup.find(None, attrs={"data-testid": "profile-description"})
        if isinstance(description, Tag):
            profile.add(H.text(description), "bio", label="About")
        if found or isinstance(description, Tag):
            H.add_meta(profile, soup)
        else:
            read_page(soup, response, profile)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if H.marks(soup).tags & {"shreddit-app", "shreddit-post", "shreddit-profile-comment"}:
            return True
        return (H.meta(soup, "og:site_name") or "").lower() == "reddit"


def _old_things(soup: BeautifulSoup, profile: Profile, user: str | None) -> bool:
    """The old layout (old.reddit.com): each comment or post a `div.thing` with its author in `data-author`, its
    text in `.md` (inside a `form.usertext`, which the generic reader skips as a form), its time and the author's
    flair in the tagline; a comment shows the post it answers, another user's title, in `p.parent`. The
    sidebar's `.md` is the profile's description."""
    things = soup.select("div.thing[data-type]")
    for thing in things:
        author = str(thing.get("data-author") or "")
        mine = not user or author.lower() == user.lower()
        sub = thing.get("data-subreddit")
        label = f"r/{sub}" if sub else None
        when = thing.select_one("p.tagline time[datetime]")
        date = T.iso_date(when.get("datetime")) if isinstance(when, Tag) else None
        parent = thing.select_one("p.parent a.title")
        if isinstance(parent, Tag):
            answered = thing.select_one("p.parent a.author")
            profile.add(H.text(parent), "post", label=label, own=False,
                        author=H.text(answered) if isinstance(answered, Tag) else None)
        flair = thing.select_one("p.tagline .flair")
        flair_label = f"user flair in {label}" if label else "user flair"
        if mine and isinstance(flair, Tag) and not any(b.label == flair_label and b.text == H.text(flair)
                                                       for b in profile.blocks):
            profile.add(H.text(flair), "metadata", label=flair_label)
        body = thing.select_one(".usertext-body .md, .md")
        if thing.get("data-type") == "link":
            title = thing.select_one("p.title a.title")
            text = "\n\n".join(t for t in (H.text(title) if isinstance(title, Tag) else "",
                                            H.text(body) if isinstance(body, Tag) else "") if t)
            profile.add(text, "post", label=label, author=author or None, date=date, own=mine)
        elif isinstance(body, Tag):
            profile.add(H.text(body), "comment", label=label, author=author or None, date=date, own=mine)
    about = soup.select_one(".side .titlebox .md")
    if things and isinstance(about, Tag):
        profile.add(H.text(about), "bio", label="About")
    return bool(things)


_QUOTE_LINE = re.compile(r"^\s*(?:>|&gt;)\s?")


def _quotes(content: Tag | None) -> list[str]:
    """The text of each quote in a comment, taken out of it (what is left is the commenter's own)."""
    if not isinstance(content, Tag):
        return []
    quotes = content.find_all("blockquote")
    out = [H.text(q) for q in quotes]
    for q in quotes:
        q.extract()
    return out


def read_about(profile: Profile, data: dict[str, Any], user: str) -> None:
    """User name, display name (title) and bio (public_description) of about.json."""
    profile.add(str(data.get("name") or user), "username", label="Username")
    subreddit = data.get("subreddit")
    sub = subreddit if isinstance(subreddit, dict) else {}
    profile.add(raw(sub.get("title")), "name", hint="name", label="Display name")
    bio = raw(sub.get("public_description")) or ""
    profile.add(bio, "bio", label="About")
    for url in T.urls_in(bio):
        profile.add_link(url, rel="me")
    if data.get("hide_from_robots"):
        profile.notes.append("hidden from search engines, yet the profile is still public")


def read_listing(profile: Profile, listing: dict[str, Any], user: str) -> None:
    """Comments (body) and posts (title and selftext), each with its subreddit and date."""
    inner = listing.get("data")
    data = inner if isinstance(inner, dict) else {}
    for child in data.get("children") or []:
        item = child.get("data") if isinstance(child, dict) else None
        if not isinstance(item, dict):
            continue
        label = item.get("subreddit_name_prefixed") or (f"r/{item['subreddit']}" if item.get("subreddit") else None)
        author = str(item.get("author") or user)
        own = author.lower() in (user.lower(), "[deleted]")
        date = T.iso_date(item.get("created_utc"))
        if "body" in item:
            body = raw(item.get("body")) or ""
            quoted = [line for line in body.splitlines() if _QUOTE_LINE.match(line)]
            if quoted:     # ("> ..." quotes the comment it answers: its writer's words)
                profile.add("\n".join(_QUOTE_LINE.sub("", line) for line in quoted), "comment", label=label, date=date,
                            own=False)
                body = "\n".join(line for line in body.splitlines() if not _QUOTE_LINE.match(line))
            profile.add(body, "comment", label=label, author=author, date=date, own=own)
        else:
            text = "\n\n".join(raw(t) or "" for t in (item.get("title"), item.get("selftext")) if t)
            profile.add(text, "post", label=label, author=author, date=date, own=own)
        flair = raw(item.get("author_flair_text"))
        flair_label = f"user flair in {label}" if label else "user flair"
        if own and isinstance(flair, str) and flair.strip() and \
                not any(b.label == flair_label and b.text == flair.strip() for b in profile.blocks):
            profile.add(flair, "metadata", label=flair_label)
