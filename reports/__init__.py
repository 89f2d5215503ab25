"""Reports: remediation knowledge (per platform and category), redaction, and renderers, one per format."""

from __future__ import annotations

from footprint.models import AuditResult

FORMATS = ("text", "json", "markdown", "html", "manager")
SUFFIXES = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
            ".txt": "text"}


def render(result: AuditResult, fmt: str, *, width: int = 88, emphasis: bool = False, verbose: bool = False,
           demo: bool = False) -> str:
    """The result in one format; redaction, when wanted, is applied to `result` before this."""
    if fmt == "json":
        from reports import json_report

        return json_report.render(result)
    if fmt == "markdown":
        from reports import markdown

        return markdown.render(result, verbose=verbose, demo=demo)
    if fmt == "html":
        from reports import html

        return html.render(result, verbose=verbose, demo=demo)
    if fmt == "manager":
        from reports import manager

        return manager.render(result)
    if fmt == "text":
        from reports import text

        return text.render(result, width=width, emphasis=emphasis, verbose=verbose, demo=demo)
    raise ValueError(f"unknown format {fmt!r}")
