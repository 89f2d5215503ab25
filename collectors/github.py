"""GitHub: the public users API, the user's social accounts and their profile README."""

from __future__ import annotations

import datetime as _dt
import re
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import markdown as M
from collectors import text as T
from collectors.base import Collected, Collector, failed, json_of, ok
from footprint.errors import FetchError
from footprint.http import Http, Response
from footprint.models import Profile, Status

API = "https://api.github.com/users"
RAW = "https://raw.githubusercontent.com"
# first path segments of github.com that are pages, not users
RESERVED = frozenset("""about account apps blog codespaces collections contact customer-stories dashboard
enterprise events explore features issues join login logout marketplace new notifications orgs organizations
password_reset pricing pulls readme search security sessions settings signup site sponsors team topics
trending watching""".split())

class GitHubCollector(Collector):
    name = "github"
    title = "GitHub"
    hosts: ClassVar[tuple[str, ...]] = ("github.com",)
    path = re.compile(r"^/(?P<user>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/?$")
    profile_url = "https://github.com/{user}"
    example = "https://github.com/yourname"
    requests = (f"{API}/USER", f"{RAW}/USER/USER/HEAD/README.md", f"{API}/USER/social_accounts")

    def match(self, url: str) -> re.Match[str] | None:
        m = super().match(url)
        return m if m and m.group("user").lower() not in RESERVED else None

    def collect(self, url: str, http: Http) -> Collected:
        profile = Profile(url=url, platform=self.name)
        m = self.match(url)
        if m is None:
            return super().collect(url, http)
        user = m.group("user")
        api_headers = {"Accept": "application/vnd.github+json"}
        try:
            r = http.get(f"{API}/{user}", headers=api_headers)
            data = json_of(r)
            if r.status == 404:
                return Collected(profile, Status.NOT_FOUND, f"GitHub has no user {user} (404)")
            if r.status in (403, 429):
                return Collected(profile, Status.BLOCKED, _refusal(r))
            if not (r.ok and isinstance(data, dict) and data.get("login")):
                return Collected(profile, Status.ERROR, f"GitHub answered {r.status} to the users API")
            login = str(data["login"])
            read_user(profile, data)
            social = http.get(f"{API}/{login}/social_accounts", headers=api_headers)
            accounts = json_of(social)
            if social.ok and isinstance(accounts, list):
                read_social(profile, accounts)
            readme = http.get(f"{RAW}/{login}/{login}/HEAD/README.md")
            if readme.ok:
                read_readme(profile, readme.text(), login)
            else:
                profile.notes.append("no profile README")
        except FetchError as exc:
            return failed(profile, exc)
        return ok(profile)

    # ------------------------------------------------------------------ a saved profile page

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        """The logged-out profile page: vcard name and user name, bio, itemprop fields, README."""
        def first(selector: str) -> str:
            tag = soup.select_one(selector)
            return H.line(tag) if isinstance(tag, Tag) else ""

        profile.add(first(".vcard-fullname, .p-name"), "name", hint="name", label="Name")
        profile.add(first(".vcard-username, .p-nickname"), "username", label="Username")
        bio = soup.select_one(".user-profile-bio, .p-note")
        if isinstance(bio, Tag):
            profile.add(str(bio.get("data-bio-text") or "") or H.text(bio), "bio", label="Bio")
        for prop, field, hint, label in (("homeLocation", "location", "home_location", "Location"),
                                         ("worksFor", "metadata", "employer", "Company"),
                                         ("email", "metadata", "email", "Email")):
            profile.add(first(f'[itemprop="{prop}"]'), field, hint=hint, label=label)
        for a in soup.select('[itemprop="url"] a[href], [itemprop="social"] a[href], a[rel~="me"][href]'):
            profile.add_link(str(a["href"]), text=H.line(a), rel="me")
        readme = soup.select_one("article.markdown-body")
        if isinstance(readme, Tag):
            for block in readme.find_all(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td"]):
                if not block.find(["p", "li"]):
                    profile.add(H.line(block), "about", label="README")
            for a in readme.find_all("a", href=True):
                if T.add_contact(partial(T.add_once, profile), str(a["href"]), H.line(a)):
                    continue
                if str(a["href"]).startswith(("http://", "https://")):
                    profile.add_link(str(a["href"]), text=H.line(a))

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        return "vcard-username" in H.marks(soup).classes or (H.meta(soup, "og:site_name") or "") == "GitHub"


def _refusal(r: Response) -> str:
    if r.headers.get("x-ratelimit-remaining") == "0" or r.status == 429:
        reset = r.headers.get("x-ratelimit-reset", "")
        when = "later"
        if reset.isdigit():
            when = "after " + _dt.datetime.fromtimestamp(int(reset), _dt.timezone.utc).strftime("%H:%M UTC on %d %b %Y")
        return f"GitHub rate limit reached, try again {when}"
    return f"GitHub refused a logged-out request ({r.status})"


def read_user(profile: Profile, data: dict[str, Any]) -> None:
    """The public fields of GET /users/USER."""
    profile.add(data.get("name"), "name", hint="name", label="Name")
    profile.add(data.get("login"), "username", label="Username")
    bio = str(data.get("bio") or "")
    profile.add(bio, "bio", label="Bio")
    for url in T.urls_in(bio):
        profile.add_link(url, rel="me")
    profile.add(data.get("company"), "metadata", hint="employer", label="Company")
    profile.add(data.get("location"), "location", hint="home_location", label="Location")
    profile.add(data.get("email"), "metadata", hint="email", label="Email")
    blog = str(data.get("blog") or "").strip()
    if blog:
        profile.add(blog, "link", hint="website", label="Website")
        site = web_address(blog)
        if site:
            profile.add_link(site, text="Website", rel="me")
    twitter = str(data.get("twitter_username") or "").strip().lstrip("@")
    if twitter:
        profile.add(f"X: @{twitter}", "profile_field", label="X")
        profile.add_link(f"https://x.com/{twitter}", text=f"@{twitter}", rel="me")


_HOST = re.compile(r"^(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}\.?(?::\d{1,5})?$")


def web_address(text: str) -> str | None:
    """The website field as a web address, or None when it is not one: GitHub keeps the field
    as typed, so it may hold any string (a `${jndi:...}` probe, a sentence, a bare word)."""
    url = T.with_https(text)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or any(c.isspace() for c in url) \
            or not _HOST.match(parts.netloc.rsplit("@", 1)[-1]):
        return None
    return url


def read_social(profile: Profile, accounts: list[Any]) -> None:
    """GET /users/USER/social_accounts: [{provider, url}], each a profile field and a rel=me link."""
    for item in accounts:
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            provider = str(item.get("provider") or "link")
            profile.add(f"{provider}: {item['url']}", "profile_field", label=provider)
            profile.add_link(item["url"], text=provider, rel="me")


def read_readme(profile: Profile, markdown: str, login: str) -> None:
    """The profile README: one "about" block per paragraph, heading or list item (code blocks
    are samples, and are left out as the rendered page's reading leaves them), markdown
    and inline HTML (badges, <p align="center"> blocks) reduced to their text and image alt
    text; its links are added as links (not rel=me: they may be anyone's), and mailto:/tel:
    links (markdown, HTML or <address@host> autolinks) as e-mail and phone blocks."""
    own = re.compile(rf"^https?://(?:www\.)?github\.com/{re.escape(login)}(?:[/?#]|$)", re.I)
    for paragraph in M.paragraphs(markdown):
        if paragraph.code:
            continue  # a code sample's numbers and names are inputs, not the owner's (as on the page)
        for url, label in paragraph.links:
            if T.add_contact(partial(T.add_once, profile), url, label):
                continue  # mailto:, tel:, sms: and WhatsApp links are the address or number itself
            if url.startswith(("http://", "https://")) and not own.match(url):
                profile.add_link(url, text=label)
        profile.add(paragraph.text, "about", label="README")
