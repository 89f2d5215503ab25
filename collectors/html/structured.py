"""Structured data about a person in a page: JSON-LD, schema.org microdata and h-card."""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag

from collectors.html.parse import marks
from collectors.html.text import line, marked_others
from footprint.models import Profile


def json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, with @graph lists flattened."""
    return ld_objects(tag.string or tag.get_text() or "" for tag in marks(soup).scripts
                      if not tag.decomposed and tag.get("type") == "application/ld+json")


def ld_objects(scripts: Iterator[str]) -> list[dict[str, Any]]:
    """The objects of JSON-LD script texts, lists and @graph lists flattened; a script that is not
    JSON is passed over."""
    out: list[dict[str, Any]] = []
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                out.append(item)
    return out


def microdata(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """schema.org microdata (itemscope/itemprop) as JSON-LD-shaped dicts, top-level items only."""

    def value(el: Tag) -> Any:
        if el.has_attr("itemscope"):
            return item(el)
        for attr in ("content", "datetime"):
            if el.get(attr):
                return str(el[attr])
        if el.name in ("a", "link") and el.get("href"):
            return str(el["href"])
        if el.name in ("img", "audio", "video", "source") and el.get("src"):
            return str(el["src"])
        return line(el)

    def item(scope: Tag) -> dict[str, Any]:
        kinds = str(scope.get("itemtype") or "").split()
        out: dict[str, Any] = {"@type": [k.rstrip("/").rsplit("/", 1)[-1] for k in kinds] or ["Thing"]}
        for el in scope.find_all(None, attrs={"itemprop": True}):
            owner = el.find_parent(None, attrs={"itemscope": True})
            if owner is not scope:
                continue  # belongs to a nested item
            for prop in str(el["itemprop"]).split():
                v = value(el)
                if prop in out:
                    out[prop] = (out[prop] if isinstance(out[prop], list) else [out[prop]]) + [v]
                else:
                    out[prop] = v
        return out

    if "itemscope" not in marks(soup).attrs:
        return []
    return [item(scope) for scope in soup.find_all(None, attrs={"itemscope": True})
            if not scope.has_attr("itemprop") and isinstance(scope, Tag)]


def _types(item: dict[str, Any]) -> set[str]:
    t = item.get("@type")
    return {str(x) for x in (t if isinstance(t, list) else [t]) if x}


def _names(value: Any) -> Iterator[str]:
    """Strings from a JSON-LD value that may be a string, an object with a name, or a list."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _names(v)
    elif isinstance(value, dict):
        if value.get("name"):
            yield from _names(value["name"])
        elif value.get("address"):
            yield from _names(value["address"])
        else:
            parts = [value.get(k) for k in ("streetAddress", "addressLocality", "postalCode")]
            joined = ", ".join(str(p) for p in parts if p)
            if joined:
                yield joined


_RELATIONS = {"spouse": "spouse", "children": "child", "parent": "parent", "parents": "parent",
              "sibling": "sibling", "siblings": "sibling", "relatedTo": "relative"}


def add_json_ld_person(profile: Profile, item: dict[str, Any], field: str = "metadata") -> None:
    """Read the fields of a schema.org Person into the profile, each with its hint."""
    if "Person" not in _types(item):
        return
    add = profile.add
    for name in _names(item.get("name")):
        add(name, field, hint="name", label="name")
    for key in ("jobTitle", "description", "disambiguatingDescription"):
        for v in _names(item.get(key)):
            add(v, field, label=key, hint="job" if key == "jobTitle" else None)
    for v in _names(item.get("birthDate")):
        add(v, field, hint="date_of_birth", label="birthDate")
    for v in _names(item.get("birthPlace")):
        add(v, field, hint="birthplace", label="birthPlace")
    for key in ("address", "homeLocation"):
        places = item.get(key)
        for addr in (places if isinstance(places, list) else [places]):
            add_address(profile, addr, field, label=key)
    for key in ("worksFor", "affiliation", "memberOf"):
        for v in _names(item.get(key)):
            add(v, field, hint="employer", label=key)
    for v in _names(item.get("alumniOf")):
        add(v, field, label="alumniOf", hint="education")
    for key, relation in _RELATIONS.items():
        for v in _names(item.get(key)):
            add(v, field, hint="family", label=relation)
    for v in _names(item.get("knows")):
        add(v, field, hint="knows", label="knows")
    for v in _names(item.get("email")):
        add(v.removeprefix("mailto:"), field, hint="email", label="email")
    for v in _names(item.get("telephone")):
        add(v.removeprefix("tel:"), field, hint="phone", label="telephone")
    same_as = item.get("sameAs")
    for same in (same_as if isinstance(same_as, list) else [same_as]):
        if isinstance(same, str):
            profile.add_link(same, rel="me", field="metadata")
    if isinstance(item.get("url"), str):
        profile.add_link(item["url"], rel="me", field="metadata")


def add_address(profile: Profile, addr: Any, field: str, label: str = "address") -> None:
    """A PostalAddress or Place: locality, region and postcode as home-location hints."""
    if isinstance(addr, str):
        profile.add(addr, field, hint="home_location", label=label)
        return
    if not isinstance(addr, dict):
        return
    if isinstance(addr.get("address"), (dict, str)):
        add_address(profile, addr["address"], field, label)
    if addr.get("name") and "Place" in _types(addr):
        profile.add(str(addr["name"]), field, hint="home_location", label=label)
    for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode"):
        if addr.get(key):
            profile.add(str(addr[key]), field, hint="home_location", label=f"{label}.{key}")


CARD_CLASSES = frozenset({"h-card", "vcard"})


def hcard_roots(soup: BeautifulSoup) -> list[Tag]:
    """The outermost h-card (or old-style vcard) elements, in page order; h-cards inside them
    stay in their subtree. Cards in other people's parts of the page (a comment's author, a
    related post's) are not the owner's and are left out, as their text is not the owner's."""
    roots: list[Tag] = []
    if not marks(soup).classes & CARD_CLASSES:
        return roots
    stack: list[Tag] = [soup]
    while stack:                       # one walk, page order, never into someone else's part
        el = stack.pop()
        if el is not soup and marked_others(el):
            continue
        classes: str | list[str] = el.get("class") or []
        if CARD_CLASSES.intersection(classes if isinstance(classes, list) else str(classes).split()):
            roots.append(el)
            continue
        stack.extend(child for child in reversed(el.contents) if isinstance(child, Tag))
    return roots


def add_hcards(profile: Profile, soup: BeautifulSoup, url: str) -> None:
    """h-card microformats (mf2py): bday, locality, postcode, email, tel, org, note.

    mf2py is given only the distinct h-card subtrees, not the page: on a page with the older
    classes (hfeed, hentry: most WordPress themes) its compatibility pass copies every element
    under every post, which made a 1.5 MB blog page take 15 s. An h-card reads the same on its own."""
    # distinct: a byline's author vcard repeated on every post is read once
    cards = list(dict.fromkeys(str(root) for root in hcard_roots(soup)))
    if not cards:
        return
    base = soup.find("base", href=True) if "base" in marks(soup).tags else None
    head = base if isinstance(base, Tag) else ""
    read_hcards(profile, f"<html><head>{head}</head><body>{''.join(cards)}</body></html>", url)


# held while mf2py is imported with a stand-in for requests in sys.modules
_IMPORTING = threading.Lock()


class _RequestsOnFirstUse(types.ModuleType):
    """requests, imported when first used. mf2py imports requests (as costly as the rest of an
    audit's start-up) only to fetch a page when it is handed none, and footprint always hands it
    the page, so mf2py is imported with this stand-in; a thread that meets it while mf2py is being
    imported waits until the real requests can be imported in its place."""

    def __getattr__(self, name: str) -> Any:
        with _IMPORTING:
            pass
        import requests

        return getattr(requests, name)


def _mf2py() -> types.ModuleType:
    """mf2py, imported without importing requests when nothing has imported it yet, and with its
    version read from beside it (_mf2py_version)."""
    if "mf2py" not in sys.modules:
        with _IMPORTING:
            if "mf2py" not in sys.modules:
                if "mf2py.version" not in sys.modules:
                    version = _mf2py_version()
                    if version is not None:
                        sys.modules["mf2py.version"] = version
                stand_in = "requests" not in sys.modules
                if stand_in:
                    sys.modules["requests"] = _RequestsOnFirstUse("requests")
                try:
                    import mf2py  # noqa: F401
                finally:
                    if stand_in:
                        del sys.modules["requests"]
    import mf2py

    return mf2py


def _mf2py_version() -> types.ModuleType | None:
    """mf2py.version, with the version mf2py's installed metadata gives, read from that metadata
    beside the package. mf2py's own module asks importlib.metadata, which searches every installed
    distribution and parses the match with the e-mail parser: a fifth of a scan's start-up, for a
    string that only goes into mf2py's user agent and debug block. None when the metadata is not
    found there (mf2py's own module is used)."""
    spec = importlib.util.find_spec("mf2py")
    if spec is None or not spec.origin:
        return None
    found = sorted(Path(spec.origin).parent.parent.glob("mf2py-*.dist-info"))
    if len(found) != 1:
        return None
    try:
        lines = (found[0] / "METADATA").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    versions = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Version:")]
    if len(versions) != 1:
        return None
    module = types.ModuleType("mf2py.version")
    module.__version__ = versions[0]  # type: ignore[attr-defined]
    return module


def read_hcards(profile: Profile, doc: str, url: str) -> None:
    """The h-cards of `doc` (a page made of the distinct card subtrees) into the profile."""
    try:
        parsed = _mf2py().parse(doc=doc, url=url, html_parser="lxml")
    except Exception:  # a broken microformat must not sink the page; the rest is still read
        return
    stack = list(parsed.get("items", []))
    while stack:
        item = stack.pop()
        stack.extend(item.get("children", []))
        for prop_values in item.get("properties", {}).values():
            stack.extend(v for v in prop_values if isinstance(v, dict) and "type" in v)
        if "h-card" not in item.get("type", []):
            continue
        props = item.get("properties", {})

        def values(key: str, props: dict[str, Any] = props) -> Iterator[str]:
            for v in props.get(key, []):
                if isinstance(v, dict):
                    v = v.get("value") or v.get("html") or ""
                if isinstance(v, str) and v.strip():
                    yield v.strip()

        for v in values("name"):
            profile.add(v, "metadata", hint="name", label="h-card name")
        for v in values("bday"):
            profile.add(v, "metadata", hint="date_of_birth", label="h-card bday")
        for key in ("street-address", "locality", "region", "postal-code"):
            for v in values(key):
                profile.add(v, "metadata", hint="home_location", label=f"h-card {key}")
        for v in values("email"):
            profile.add(v.removeprefix("mailto:"), "metadata", hint="email", label="h-card email")
        for v in values("tel"):
            profile.add(v.removeprefix("tel:"), "metadata", hint="phone", label="h-card tel")
        for key in ("org", "job-title", "role"):
            for v in values(key):
                profile.add(v, "metadata", hint="employer" if key == "org" else "job", label=f"h-card {key}")
        for v in values("note"):
            profile.add(v, "metadata", label="h-card note")

