"""Patterns compiled on first use behave as the compiled patterns they stand for."""

import re

from footprint.lazyre import lazy_re


def test_a_lazy_pattern_is_compiled_on_first_use_and_answers_as_re_does():
    lazy = lazy_re(r"(?P<word>[a-z]+)(\d)", re.I)
    real = re.compile(r"(?P<word>[a-z]+)(\d)", re.I)
    assert "search" not in vars(lazy)      # nothing compiled at import
    assert (lazy.pattern, lazy.flags) == (real.pattern, re.I)
    text = "ab1 CD2 ef"
    assert lazy.search(text).span() == real.search(text).span() == (0, 3)
    assert "search" in vars(lazy)
    assert lazy.flags == real.flags
    assert [m.group("word") for m in lazy.finditer(text)] == ["ab", "CD"]
    assert lazy.findall(text) == real.findall(text) == [("ab", "1"), ("CD", "2")]
    assert lazy.sub("-", text) == real.sub("-", text) == "- - ef"
    assert lazy.match("ef") is None and lazy.fullmatch("x9").group() == "x9"
    assert lazy.split(text) == real.split(text)
    assert (lazy.groups, lazy.groupindex) == (2, {"word": 1})


def test_a_lazy_pattern_can_be_built_into_another():
    inner = lazy_re(r"\d{2}")
    assert re.fullmatch(rf"x{inner.pattern}", "x42")
    assert "search" not in vars(inner)
