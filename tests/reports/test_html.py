"""The HTML report: self-contained, escaped, forbidding every load; opened in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports import html
from tests.reports.corpus import demo_result
from tests.reports.hostile import hostile_result, payloads

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "span", "strong", "ul", "ol",
             "li", "table", "tr", "th", "td", "blockquote", "section", "a"}


def test_the_report_is_self_contained_with_a_csp_that_forbids_every_load():
    page = BeautifulSoup(html.render(demo_result(), demo=True), "html.parser")
    metas = page.head.find_all("meta")
    assert metas[1]["http-equiv"] == "Content-Security-Policy"
    assert re.fullmatch(r"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'none'; "
                        r"img-src 'none'; base-uri 'none'; form-action 'none'", metas[1]["content"])
    assert [t.name for t in page.find_all(["script", "link", "img", "iframe", "object", "embed"])] == []
    assert "@media print" in page.style.get_text()


def test_hostile_content_is_escaped_and_only_web_links_are_links():
    page = BeautifulSoup(html.render(hostile_result(), verbose=True), "html.parser")
    assert {t.name for t in page.find_all(True)} <= SAFE_TAGS
    assert len(page.find_all("style")) == 1 and len(page.find_all("meta")) == 4
    assert [t for t in page.find_all(True) if any(k.startswith("on") for k in t.attrs)] == []
    assert [a["href"] for a in page.find_all("a")] == [
        "https://www.instagram.com/sam.hostile/",
        "http://127.0.0.1:9/profile%22onmouseover=%22document.documentElement.setAttribute%28'data-pwned','href'%29"]
    text = " ".join(page.body.get_text(" ").split())
    for payload in payloads("http://127.0.0.1:9"):
        assert " ".join(payload.split()) in text


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run",
                           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                           "--virtual-time-budget=3000", *args],
                          capture_output=True, text=True, timeout=180, check=False)


def _serve_everything(httpserver) -> str:
    httpserver.expect_request(re.compile(".*")).respond_with_data("/* counted */", content_type="text/css")
    return httpserver.url_for("").rstrip("/")


@needs_chromium
def test_chromium_renders_the_report(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(html.render(demo_result(), demo=True), "utf-8")
    run = chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = BeautifulSoup(run.stdout, "html.parser")
    assert [h.get_text() for h in dom.find_all("h2")][:2] == ["Summary", "Do these first"]
    assert dom.find("p", class_="demo").get_text().startswith("This is a demonstration")
    # the stylesheet's hash is right: the CSP refused nothing
    assert [line for line in run.stderr.splitlines() if "Content Security Policy" in line] == []


@needs_chromium
def test_chromium_runs_no_script_and_loads_nothing_from_a_hostile_report(tmp_path, httpserver):
    base = _serve_everything(httpserver)
    page = tmp_path / "hostile.html"
    page.write_text(html.render(hostile_result(base), verbose=True), "utf-8")
    run = chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = BeautifulSoup(run.stdout, "html.parser")
    assert dom.html is not None and "data-pwned" not in dom.html.attrs
    assert dom.find("h2").get_text() == "Summary"
    assert [r.path for r, _ in httpserver.log] == []


@needs_chromium
def test_the_harness_would_see_a_load_and_a_script(tmp_path, httpserver):
    """The check above is not vacuous: the same payloads unescaped do run and load."""
    base = _serve_everything(httpserver)
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><body>{''.join(payloads(base)[:3])}</body></html>", "utf-8")
    run = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert BeautifulSoup(run.stdout, "html.parser").html["data-pwned"] in {"script", "img"}
    assert sorted(r.path for r, _ in httpserver.log) == ["/img.png", "/script.js"]


@needs_chromium
def test_chromium_prints_the_report_to_pdf(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(html.render(demo_result(), demo=True), "utf-8")
    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2


def test_every_template_attribute_is_quoted():
    # reliability row 26: autoescape escapes quotes and brackets but not spaces, so an unquoted
    # attribute value (title={{ x }}) could be broken out of; every value in the templates is quoted
    import re
    from importlib import resources

    templates = [t for t in resources.files("reports.data").iterdir() if t.name.endswith(".j2")]
    assert [t.name for t in templates] == ["report.html.j2"]
    for template in templates:
        unquoted = re.findall(r"=\s*\{[{%]", template.read_text("utf-8"))
        assert unquoted == [], template.name
