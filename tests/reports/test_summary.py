"""What every format shares: each snippet once, actions worst first, obfuscated addresses always masked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from footprint.severity import rank
from reports.redact import mask_text
from reports.summary import build
from tests.reports.corpus import demo_result


def test_each_snippet_is_shown_once_per_source():
    instagram = build(demo_result()).sections[0]
    assert [(ev.field, len(ev.findings)) for ev in instagram.evidence] == [("bio", 6)]
    assert instagram.evidence[0].text.startswith("PCSO")


def test_actions_are_ordered_worst_first_and_the_summary_lists_the_unchecked():
    report = build(demo_result())
    levels = [rank(a.level) for a in report.actions]
    assert levels == sorted(levels)
    assert [(s.title, s.state) for s in report.unchecked] == [("X (Twitter)", "login wall: not checked"),
                                                              ("Reddit", "refused: not checked")]


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


@given(WORD, WORD, st.sampled_from(["com", "co.uk", "org"]),
       st.sampled_from([(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot "), ("[at]", "[dot]"),
                        (" {at} ", "."), ("@", ".")]))
def test_any_written_out_e_mail_address_is_masked(user, domain, tld, marks):
    at, dot = marks
    address = f"{user}{at}{domain}{dot}{tld.replace('.', dot)}"
    assert mask_text(f"mail {address} today", []) == "mail [e-mail address] today"


def test_scraped_terminal_escapes_never_reach_the_terminal():
    import re

    from footprint.models import AuditResult, Finding, Source, Status
    from reports import text

    url = "https://www.instagram.com/sam"
    evil = "\x1b[2J\x1b]0;owned\x07\x9b31m\r\x08bio"
    result = AuditResult(sources=[Source(url, "instagram", Status.OK, detail=evil)],
                         findings=[Finding("football_team", "Leeds United", evil, "medium", 1.0, url, "instagram",
                                           evil, evil, ["3.4"], reason=evil)])
    plain = text.render(result, verbose=True)
    coloured = text.render(result, verbose=True, emphasis=True)
    assert [c for c in plain if ord(c) < 32 and c != "\n" or 0x7F <= ord(c) < 0xA0] == []
    assert set(re.findall(r"\x1b[^m]*m", coloured)) == {"\x1b[1m", "\x1b[0m", "\x1b[33m"}
    assert coloured.count("\x1b") == 2 * len(re.findall(r"\x1b\[[0-9;]+m[^\x1b]*\x1b\[0m", coloured))
