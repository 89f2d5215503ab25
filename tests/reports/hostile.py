"""A result built from hostile scraped content: markup, script, javascript: links, event handlers, CSS."""

from __future__ import annotations

from footprint.models import AuditResult, Finding, Source, Status

PWN = "document.documentElement.setAttribute('data-pwned','{}')"


def payloads(base: str) -> list[str]:
    """Each tries to run script or load from `base` (a local server that counts requests)."""
    return [
        f"<script>{PWN.format('script')}</script>",
        f"<script src=\"{base}/script.js\"></script>",
        f"<img src=\"{base}/img.png\" onerror=\"{PWN.format('img')}\">",
        f"<a href=\"javascript:{PWN.format('link')}\">click me</a>",
        "[click me](javascript:alert(1))",
        f"<style>body {{ background: url({base}/bg.png) }}</style>",
        f"<link rel=\"stylesheet\" href=\"{base}/sheet.css\">",
        f"<iframe src=\"{base}/frame.html\"></iframe>",
        f"<svg onload=\"{PWN.format('svg')}\"></svg>",
        f"</blockquote></section><object data=\"{base}/object\"></object>",
        f"\"><img src={base}/attr.png>",
        "{{ 7 * 7 }} {% raw %}",
        f"<meta http-equiv=\"refresh\" content=\"0;url={base}/refresh\">",
        f"<base href=\"{base}/\">",
    ]


def hostile_result(base: str = "http://127.0.0.1:9") -> AuditResult:
    evil = payloads(base)
    url = "https://www.instagram.com/sam.hostile/"
    sources = [Source(url, "instagram", Status.OK, detail=evil[0]),
               Source("javascript:alert(1)", "<script>alert(1)</script>", Status.LOGIN_REQUIRED, detail=evil[2]),
               Source(f"{base}/profile\"onmouseover=\"{PWN.format('href')}", "website", Status.BLOCKED)]
    findings = [Finding("family", f"wife: {text}", f"wife: {text}", "high", 0.9, url, "instagram", "bio", text,
                        ["3.4"], reason=text, matched=text) for text in evil]
    findings += [Finding("linked_account", link, link, "low", 0.9, url, "instagram", "link", link, ["3.4"])
                 for link in ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                              "JaVaScRiPt:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)")]
    return AuditResult(sources=sources, findings=findings)
