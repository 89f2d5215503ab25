"""Markdown, and the HTML written inside it, reduced to the text a reader sees, one paragraph,
heading or list item at a time, with the links each one holds."""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.text import urls_in

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")
_REF_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*(\S+)", re.M)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MAIL_AUTOLINK = re.compile(r"<(?:mailto:)?([^\s<>@:]+@[^\s<>@]+\.[^\s<>@]+)>", re.I)
_TAG = re.compile(r"<[a-zA-Z][^>]*>|</[a-zA-Z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|~~|\*|`)")
_UNDERSCORE = re.compile(r"(?<![\w/])_(\S(?:[^_\n]*\S)?)_(?![\w/])")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class Paragraph:
    text: str
    links: list[tuple[str, str]] = field(default_factory=list)    # (url, label); mailto: for e-mail
    quote: bool = False        # every line quoted ("> ..."): someone else's words, in a reply or a forum copy
    code: bool = False         # a fenced code block: a sample of input or output, not prose


def paragraphs(markdown: str, keep_lines: bool = False) -> list[Paragraph]:
    """Each paragraph, heading, list item or code block as one line of text: Markdown markup
    and inline HTML reduced to their text (links to their label, images to their alt text),
    with the links it holds: Markdown and HTML links, reference links, <...> autolinks and
    URLs written out. With `keep_lines`, the line breaks inside a paragraph are kept (a text
    file's "Name: ...", "Lives in: ..." lines) except where prose was wrapped to a width (see
    `unwrap`), else they are spaces as Markdown renders them."""
    text = _COMMENT.sub("", markdown)
    refs = {k.lower(): v for k, v in _REF_DEF.findall(text)}
    text = _REF_DEF.sub("", text)
    out = []
    for block, code in _blocks(text):
        links: list[tuple[str, str]] = []
        quote = all(_QUOTE.match(line) for line in block.split("\n"))

        def mail_autolink(m: re.Match[str], links: list[tuple[str, str]] = links) -> str:
            links.append(("mailto:" + m.group(1), ""))
            return m.group(1)

        block = _AUTOLINK.sub(lambda m: m.group(1), block)
        block = _MAIL_AUTOLINK.sub(mail_autolink, block)
        if _TAG.search(block):
            soup = BeautifulSoup(block.replace("\n", "<br>\n") if keep_lines else block, "lxml")
            for a in soup.find_all("a", href=True):
                img = a.find("img")
                links.append((str(a["href"]), H.line(a) or (str(img.get("alt", "")) if img else "")))
            block = H.text(soup) if keep_lines else H.line(soup)
        else:
            block = _html.unescape(block)
        block = _IMAGE.sub(lambda m: m.group(1), block)
        links.extend((url, label) for label, url in _LINK.findall(block))
        block = _LINK.sub(lambda m: m.group(1), block)
        links.extend((refs.get((ref or label).lower(), ""), label) for label, ref in _REF_LINK.findall(block))
        block = _REF_LINK.sub(lambda m: m.group(1), block)
        links.extend((url, "") for url in urls_in(block))
        lines = [_QUOTE.sub("", _LIST.sub("", _HEADING.sub("", line))) for line in block.split("\n")]
        block = _UNDERSCORE.sub(lambda m: m.group(1), _EMPHASIS.sub("", "\n".join(lines)))
        lines = [" ".join(line.replace("|", " ").split()) for line in block.split("\n")]
        block = "\n".join(unwrap([line for line in lines if line])) if keep_lines else " ".join(" ".join(lines).split())
        if block or links:
            out.append(Paragraph(block, [(url, label) for url, label in links if url], quote, code))
    return out


# a line that ends a sentence, a clause before a list, or a figure (a date, a number) ends a line of its own
_LINE_END = re.compile(r"[.!?:;)\]\"”'’]$|(?:^|\s)\d[\d.,:/–-]*$")
_BROKEN = re.compile(r"[a-z]-$")       # a word broken across two lines
_LABELLED = re.compile(r"^[\w][\w '’-]{0,30}:(?:\s|$)")   # "To: ...", "Lives in: ..." start a line of their own
WRAP_WIDTH = 40


def unwrap(lines: list[str]) -> list[str]:
    """Lines of prose hard-wrapped to a width (a PDF's or an e-mail's text) joined back into their
    sentences: a line as wide as the paragraph's widest (within a quarter) that ends mid-sentence
    runs on into the next, and a word broken by a hyphen ("volun-" / "teers") is made whole. Short
    lines, lines that end a sentence or a figure, and a line that opens with a label ("To: ...",
    "Lives in: ...") stay lines."""
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    joined = False
    for line in lines:
        joined = joined and not _LABELLED.match(line)
        if joined and _BROKEN.search(out[-1]):
            out[-1] = (out[-1][:-1] if line[:1].islower() else out[-1]) + line
        elif joined:
            out[-1] += " " + line
        else:
            out.append(line)
        joined = bool(_BROKEN.search(line)) or (len(line) >= max(WRAP_WIDTH, width * 3 // 4)
                                                and not _LINE_END.search(line))
    return out


def _fences(lines: list[str]) -> set[int]:
    """The lines that open and close fenced code blocks (the closing one the same character, at least as many,
    nothing after). A fence never closed runs to the end of the file, unless words follow it: that is a line of
    decoration ("~~~ Our Christmas News ~~~"), which must not make the rest of a plain text file a code block."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m:
            mark = re.match(r"\s*((`|~)\2*)", lines[i])
            assert mark is not None
            close = re.compile(rf"^\s*{re.escape(mark.group(2))}{{{len(mark.group(1))},}}\s*$")
            end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
            if end is not None:
                found |= {i, end}
                i = end
            elif len(lines[i][mark.end():].split()) <= 1:
                found.add(i)   # a fence left open ("```python" and no end) runs to the end of the file
                break
        i += 1
    return found


def _blocks(text: str) -> list[tuple[str, bool]]:
    """Markdown split into paragraphs, headings, list items and code blocks, each with whether
    it is a fenced code block."""
    blocks: list[tuple[str, bool]] = []
    current: list[str] = []

    def flush(code: bool = False) -> None:
        if current:
            blocks.append(("\n".join(current), code))
            current.clear()

    lines = text.splitlines()
    fence_lines = _fences(lines)
    fenced = False
    for i, line in enumerate(lines):
        if i in fence_lines:
            flush(fenced)
            fenced = not fenced
        elif fenced:
            current.append(line.rstrip())
        elif not line.strip() or _RULE.match(line) or _TABLE_RULE.match(line):
            flush()
        elif _HEADING.match(line):
            flush()
            blocks.append((line, False))
        else:
            if _LIST.match(line):
                flush()
            current.append(line.strip())
    flush(fenced)
    return blocks
