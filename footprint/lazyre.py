"""Regular expressions compiled on first use, so that start-up does not pay for patterns a run never needs."""

from __future__ import annotations

import re
from typing import Any, cast

# Everything a compiled pattern offers; each is copied onto the stand-in when the pattern is first used, so
# later calls go straight to the compiled pattern's own methods.
_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "groups", "groupindex")


class _Lazy:
    """Stands for `re.compile(pattern, flags)` until something other than `pattern` or `flags` is asked of it."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # only called for names not yet on the instance: compile once, then keep the compiled methods
        compiled = re.compile(self.pattern, self.flags)
        for attr in _ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        self.flags = compiled.flags
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r}, {self.flags})"


def lazy_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern compiled when first searched with (typed as the compiled pattern it stands for)."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))
