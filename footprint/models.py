"""The plain data that flows through an audit: Profile in, Source and Finding out."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

SCHEMA = "footprint.audit/1"


class Status(str, Enum):
    """What happened when footprint looked at one source."""

    OK = "ok"
    LOGIN_REQUIRED = "login_required"
    NOT_FOUND = "not_found"
    BLOCKED = "blocked"
    ERROR = "error"
    CANCELLED = "cancelled"


class Category(str, Enum):
    """The closed list of finding categories (contract section 3)."""

    DATE_OF_BIRTH = "date_of_birth"
    BIRTHPLACE = "birthplace"
    FOOTBALL_TEAM = "football_team"
    POLICE_AFFILIATION = "police_affiliation"
    FAMILY = "family"
    HOME_LOCATION = "home_location"
    PHONE_NUMBER = "phone_number"
    EMAIL_ADDRESS = "email_address"
    LINKED_ACCOUNT = "linked_account"


@dataclass(frozen=True)
class TextBlock:
    """One piece of text a profile shows, with where it was seen.

    `field` is where on the profile it was (bio, post, location, about, ...).
    `hint` says what a structured field holds when the platform labels it
    (home_location, birthplace, date_of_birth, employer, relationship, family, ...).
    `own` is False for a repost, boost or quote of someone else's words.
    `author` is who wrote the block, where the page says so (a post, a chat message, a comment).
    """

    text: str
    field: str
    hint: str | None = None
    label: str | None = None
    author: str | None = None
    date: str | None = None
    own: bool = True


@dataclass(frozen=True)
class Link:
    """A link the profile shows; `rel` holds e.g. "me" for rel=me links."""

    url: str
    text: str = ""
    rel: str = ""
    field: str = "link"


@dataclass
class Profile:
    """Everything a collector read from one source, as text blocks and links."""

    url: str
    platform: str
    blocks: list[TextBlock] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # On a page where many people write (a forum thread, a chat export, a comment section): the
    # author the collector took for the owner, or "" when it could not tell. None on one-voice pages.
    owner: str | None = None
    # On a page that lists several people (a committee, a cast, a choir): each block's author is
    # the person its section is about, written of in the third person (detect/listing.py).
    listing: bool = False
    _link_urls: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def add(self, text: str | None, field: str, **kw: Any) -> None:
        """Add a text block unless the text is empty; strings are cleaned on the way in."""
        from footprint.sanitize import clean

        if text is None:
            return
        text = clean(str(text)).strip()
        if text:
            self.blocks.append(TextBlock(text=text, field=field, **kw))

    def add_link(self, url: str | None, text: str = "", rel: str = "", field: str = "link") -> None:
        from footprint.sanitize import clean

        if not url:
            return
        url = clean(url).strip()
        if len(self._link_urls) != len(self.links):      # links given to the constructor
            self._link_urls = {link.url for link in self.links}
        if url and url not in self._link_urls:
            self._link_urls.add(url)
            self.links.append(Link(url=url, text=clean(text).strip(), rel=rel, field=field))

    @property
    def is_empty(self) -> bool:
        return not self.blocks and not self.links

    def about_owner(self, block: TextBlock) -> bool:
        """The block is the owner's own section of a page that lists several people."""
        return self.listing and block.own and block.author == self.owner

    @property
    def authors(self) -> list[str]:
        """The authors of the blocks, each once, in the order they first wrote."""
        return list(dict.fromkeys(b.author for b in self.blocks if b.author))

    def owned_by(self, names: Iterable[str]) -> Profile:
        """On a page where many people write, the profile with each authored block's `own`
        decided anew when one of the authors is the user by one of `names` (their full name, a
        handle; their first name alone when only one author goes by it): that author's blocks are
        the owner's words, everyone else's are not. Otherwise (a one-voice page, or no author is
        the user) the profile as it is."""
        if self.owner is None:
            return self
        keys = {k for k in map(author_key, names) if k}
        mine = next((a for a in self.authors if author_key(a) in keys), None)
        if mine is None:   # a transcript or chat that names its speakers by first name alone ("AMRIT:")
            firsts = {author_key(n.split()[0]) for n in names if len(n.split()) > 1}
            alone = [a for a in self.authors if len(a.split()) == 1 and author_key(a) in firsts]
            mine = alone[0] if len(alone) == 1 else None
        if mine is None or mine == self.owner:
            return self
        blocks = self.owners_blocks(mine)
        if not self.owner:
            # a web page nobody on it owns (a guestbook, a review site) on which the user is one of the writers:
            # what no one signed there is the site's, about its own subject (in a file the user saved, a mail
            # or a thread, what no one signed is the user's)
            blocks = [replace(b, own=False) if not b.author and b.own and b.field in SITE_FIELDS else b
                      for b in blocks]
        return replace(self, blocks=blocks, owner=mine)

    def owners_blocks(self, owner: str) -> list[TextBlock]:
        """The blocks with `owner` taken for the owner: an authored block is theirs only if they
        wrote it ("" for an owner nobody could tell: no authored block is)."""
        return [b if not b.author or b.own == (b.author == owner) else replace(b, own=b.author == owner)
                for b in self.blocks]


# The fields of a web page's own text and metadata (collectors.html), not a profile's name or bio
SITE_FIELDS = frozenset({"page", "caption", "metadata"})


def author_key(name: str) -> str:
    """An author's name as compared with the user's: case, spaces, dots, dashes, underscores and
    a leading @ aside ("Sam Example", "sam_example" and "@SamExample" are one)."""
    return re.sub(r"[\W_]+", "", name.casefold())


@dataclass
class Source:
    """One URL the user entered (or file they scanned) and what happened to it."""

    url: str
    platform: str
    status: Status
    detail: str = ""
    origin: str = "web"   # "web" when fetched, "file" when read from a file the user saved (scan)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "platform": self.platform, "status": self.status.value,
                "detail": self.detail, "origin": self.origin}


@dataclass
class Finding:
    """One exposed detail, as the contract's JSON describes it."""

    category: str
    value: str
    display: str
    severity: str
    confidence: float
    source_url: str
    platform: str
    field: str
    evidence: str
    policy: list[str]
    remediation: str = ""
    reason: str = ""
    matched: str = ""     # the exact text that gave it away (for masking in demonstrations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category, "value": self.value, "display": self.display,
            "severity": self.severity, "confidence": round(self.confidence, 2),
            "source_url": self.source_url, "platform": self.platform, "field": self.field,
            "evidence": self.evidence, "policy": list(self.policy),
            "remediation": self.remediation, "reason": self.reason, "matched": self.matched,
        }


@dataclass
class AuditResult:
    """The outcome of one audit: what was looked at and what was found."""

    sources: list[Source] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    created: str = field(
        default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        from footprint import __version__

        return {
            "schema": SCHEMA,
            "tool": f"footprint {__version__}",
            "created": self.created,
            "sources": [s.to_dict() for s in self.sources],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Collected:
    """A collector's answer for one source: what it read, and what happened."""

    profile: Profile
    status: Status
    detail: str = ""
