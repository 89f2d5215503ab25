"""The printable HTML report: one self-contained file, Jinja2 with autoescape, a CSP that forbids every load."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

from jinja2 import Environment, FunctionLoader, Template
from markupsafe import Markup

from footprint.models import AuditResult
from footprint.sanitize import clean
from reports.markdown import web_url
from reports.remediation import why
from reports.summary import build, label
from reports.text import DEMO, NEXT, NEXT_DEMO


def _data(name: str) -> str:
    return resources.files("reports.data").joinpath(name).read_text("utf-8")


@cache
def _template() -> tuple[Template, str, str]:
    env = Environment(loader=FunctionLoader(_data), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    # scraped strings are cleaned of control characters; our own Markup (the stylesheet) passes as it is
    env.finalize = lambda value: value if isinstance(value, Markup) or not isinstance(value, str) else clean(value)
    css = _data("report.css")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    # nothing may load or run: no script, no fetch, no image, no font, no frame, no form, no base
    csp = (f"default-src 'none'; style-src 'sha256-{digest}'; script-src 'none'; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template("report.html.j2"), css, csp


def render(result: AuditResult, *, verbose: bool = False, demo: bool = False) -> str:
    template, css, csp = _template()
    return template.render(r=build(result), css=Markup(css), csp=csp, demo=demo, demo_note=DEMO,
                           next_step=NEXT_DEMO if demo else NEXT, verbose=verbose, label=label, why=why,
                           web_url=web_url)
