"""JSON embedded in a page: script tags, Next.js data, `window.X = {...}` assignments."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

_FIRST_OBJECT = re.compile(r"(?=\{)")


def script_json(soup: BeautifulSoup, **attrs: Any) -> Any:
    """Parse the JSON inside the first <script> with these attributes, or None."""
    tag = soup.find("script", attrs=attrs)
    if not isinstance(tag, Tag):
        return None
    try:
        return json.loads(tag.string or tag.get_text() or "")
    except ValueError:
        return None


def next_data(soup: BeautifulSoup) -> dict[str, Any]:
    """The Next.js `__NEXT_DATA__` object, or an empty dict."""
    data = script_json(soup, id="__NEXT_DATA__")
    return data if isinstance(data, dict) else {}


def scripts_json(soup: BeautifulSoup, needle: str) -> Iterator[Any]:
    """Parsed JSON from every <script> whose text contains `needle`: plain JSON scripts and
    `window.X = {...};` assignments alike."""
    for tag in soup.find_all("script"):
        text = tag.string or tag.get_text() or ""
        if needle not in text:
            continue
        try:
            yield json.loads(text)
            continue
        except ValueError:
            pass
        value = json_after(text, _FIRST_OBJECT)
        if value is not None:
            yield value


def json_after(text: str, marker: re.Pattern[str]) -> Any:
    """The JSON value that starts right after `marker` in `text` (e.g. `var x = {...};`)."""
    m = marker.search(text)
    if not m:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text, m.end())
    except ValueError:
        return None
    return value


def walk(value: Any, limit: int = 200_000) -> Iterator[dict[str, Any]]:
    """Every dict inside a parsed JSON value, in document order, with a bound on the work."""
    stack: list[Any] = [value]
    seen = 0
    while stack and seen < limit:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
        elif isinstance(item, list):
            stack.extend(reversed([v for v in item if isinstance(v, (dict, list))]))
