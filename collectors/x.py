"""X (Twitter): a logged-out fetch gets a JavaScript shell or a redirect to the login flow,
so a fetched page is reported as login_required. A profile page the user saved from their
own browser (`footprint scan`) is read: the profile header (UserName, UserDescription,
UserLocation, UserUrl, UserBirthdate, UserProfessionalCategory) and the visible posts
(tweetText with their dates; a "reposted" social context or a quoted post by someone
else is marked not own). The join date is left out: it is not a birth date.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector
from footprint.http import Response
from footprint.models import Profile, Status

RESERVED = ("i", "home", "search", "explore", "settings", "notifications", "messages", "login", "logout",
            "signup", "tos", "privacy", "compose", "hashtag", "intent", "share", "account", "jobs",
            "who_to_follow", "download", "about", "lists", "bookmarks", "communities", "premium",
            "verified-choose", "rules", "help", "en", "oauth", "x", "twitter")

LOGIN_DETAIL = ("X shows nothing to logged-out visitors; check your profile while logged out or with "
                "`footprint scan` on a saved page")
PROTECTED_NOTE = "protected account: name, bio, location and website are still public"
PREVIEW_NOTE = ("X showed only its link preview (name and bio): location, website and posts are shown to "
                "logged-in viewers, who may see more")
_TWIMG = re.compile(r"abs\.twimg\.com")


def _testid(root: BeautifulSoup | Tag, name: str) -> Tag | None:
    tag = root.find(None, attrs={"data-testid": name})
    return tag if isinstance(tag, Tag) else None


class XCollector(Collector):
    name = "x"
    title = "X (Twitter)"
    hosts = ("x.com", "twitter.com")
    path = re.compile(r"^/(?!(?:" + "|".join(re.escape(r) for r in RESERVED) + r")/?$)"
                      r"(?P<user>[A-Za-z0-9_]{1,15})/?$", re.I)
    profile_url = "https://x.com/{user}"
    example = "https://x.com/sam_example"
    requests = ("https://x.com/USER (the profile page itself)",)

    def read_response(self, profile: Profile, response: Response) -> Collected:
        result = super().read_response(profile, response)
        if result.status is Status.LOGIN_REQUIRED:
            result.detail = LOGIN_DETAIL
        return result

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup)
        header = _testid(soup, "UserName") or _testid(soup, "UserDescription")
        if header is None:
            text = soup.get_text(" ", strip=True)
            if re.search(r"This account doesn.t exist", text):
                return Status.NOT_FOUND, "X says this account doesn't exist"
            if re.search(r"\bAccount suspended\b", text):
                return Status.NOT_FOUND, "X says this account is suspended"
        if re.match(r"^\s*(Log in to (X|Twitter)|Login on (X|Twitter))", title):
            return Status.LOGIN_REQUIRED, LOGIN_DETAIL
        if header is None and _testid(soup, "tweetText") is None and _looks_like_x(soup) \
                and _preview(soup) is None:
            return Status.LOGIN_REQUIRED, LOGIN_DETAIL
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        name, handle = _header_name(soup)
        t_name, t_user = T.name_and_handle(H.title(soup) or H.meta(soup, "og:title"))
        page_handle = handle or t_user
        from_url = self.user_in(response.url) or self.user_in(profile.url)
        handle = page_handle or from_url
        T.add_once(profile, name or t_name, "name", hint="name", label="name")
        bio = _testid(soup, "UserDescription")
        if bio is not None:
            T.add_once(profile, H.text(bio, pre=True), "bio")
            for a in bio.find_all("a", href=True):
                _add_anchor(profile, a)
        location = _testid(soup, "UserLocation")
        if location is not None:
            T.add_once(profile, H.text(location), "location", hint="home_location", label="Location")
        category = _testid(soup, "UserProfessionalCategory")
        if category is not None:
            T.add_once(profile, H.text(category), "headline", label="Category")
        born = _testid(soup, "UserBirthdate")
        if born is not None:
            value = re.sub(r"^\s*Born\s+", "", H.text(born))
            T.add_once(profile, value, "about", hint="date_of_birth", label="Born")
        url = _testid(soup, "UserUrl")
        if url is not None:
            anchor = url if url.name == "a" else url.find("a", href=True)
            _add_anchor(profile, anchor if isinstance(anchor, Tag) else url)
        _add_tweets(profile, soup, handle)
        if bio is None and name is None and _testid(soup, "tweetText") is None and _preview(soup) is not None:
            # the bare page served to clients that run no JavaScript: only its preview tags
            T.add_once(profile, H.meta(soup, "og:description"), "bio")
            profile.notes.append(PREVIEW_NOTE)
        T.add_username(profile, from_url, shown=page_handle)
        if soup.find(None, attrs={"data-testid": "icon-lock"}) is not None or re.search(
                r"These (posts|Tweets) are protected", soup.get_text(" ", strip=True)):
            if profile.blocks:
                profile.notes.append(PROTECTED_NOTE)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        testids = H.marks(soup).testids
        if "UserName" in testids or "tweetText" in testids:
            return _looks_like_x(soup) or "primaryColumn" in testids
        return _looks_like_x(soup)


def _looks_like_x(soup: BeautifulSoup) -> bool:
    site = H.meta(soup, "og:site_name") or ""
    if site.startswith("X (formerly Twitter)") or site == "Twitter":
        return True
    title = H.title(soup)
    if re.search(r"\s/\s(X|Twitter)$", title):
        return True
    return any(_TWIMG.search(str(link.get("href") or "")) for link in H.marks(soup).links)


def _preview(soup: BeautifulSoup) -> str | None:
    """The handle in a profile's preview title ("Name (@handle) on X"), or None when the page
    has no profile preview (the login shell, a post's card)."""
    if H.meta(soup, "og:type") not in (None, "profile"):
        return None
    return T.name_and_handle(H.meta(soup, "og:title"))[1]


def _header_name(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    """Display name (emoji images read from their alt text) and @handle from the header."""
    box = _testid(soup, "UserName")
    if box is None:
        return None, None
    parts: list[str] = []
    handle = None
    for node in box.descendants:
        if isinstance(node, Tag):
            if node.name == "img" and node.get("alt"):
                parts.append(str(node["alt"]))
            continue
        text = str(node).strip()
        if text.startswith("@") and len(text) > 1:
            handle = text[1:]
            break
        parts.append(str(node))
    name = " ".join("".join(parts).split()) or None
    return name, handle


def _add_anchor(profile: Profile, a: Tag) -> None:
    """A link in the bio or the website field: X wraps them in t.co, so the visible text
    (the real address) is used when it is not cut short."""
    href = str(a.get("href") or "")
    text = H.text(a).strip()
    if href.startswith("/") or text.startswith(("@", "#")):
        return  # mentions and hashtags stay on X
    target = href
    if text and "…" not in text and "." in text and " " not in text:
        target = T.with_https(text)
    elif a.get("title") and str(a["title"]).startswith("http"):
        target = str(a["title"])
    if target:
        T.add_bio_link(profile, target, "" if target.endswith(text) else text)


def _add_tweets(profile: Profile, soup: BeautifulSoup, handle: str | None) -> None:
    articles = [a for a in soup.find_all(None, attrs={"data-testid": "tweet"})
                if not any(isinstance(p, Tag) and p.get("data-testid") == "tweet" for p in a.parents)]
    seen: set[int] = set()
    for article in articles:
        context = _testid(article, "socialContext")
        reposted = context is not None and re.search(r"\b(reposted|retweeted)\b", context.get_text(" "), re.I)
        names = article.find_all(None, attrs={"data-testid": "User-Name"})
        for i, text_el in enumerate(article.find_all(None, attrs={"data-testid": "tweetText"})):
            seen.add(id(text_el))
            author = _handle_in(names[i]) if i < len(names) else None
            quoted = i > 0
            own = not reposted and not quoted and not (author and handle and author.lower() != handle.lower())
            if quoted and author and handle and author.lower() == handle.lower():
                own = True
            times = article.find_all("time", datetime=True)
            date = T.iso_date(str(times[i]["datetime"])) if i < len(times) else None
            profile.add(H.text(text_el, pre=True), "post", author=author, date=date, own=own)
    for text_el in soup.find_all(None, attrs={"data-testid": "tweetText"}):
        if id(text_el) not in seen:
            profile.add(H.text(text_el, pre=True), "post", author=handle)


def _handle_in(el: Tag) -> str | None:
    for s in el.find_all(string=True):
        text = str(s).strip()
        if text.startswith("@") and len(text) > 1:
            return text[1:]
    return None
