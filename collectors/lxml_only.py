"""BeautifulSoup without its html5lib tree builder, and with soupsieve loaded on first use; the
collectors package imports this first.

bs4 registers a tree builder for every parser it can import, and html5lib is installed because
mf2py requires it (footprint runs mf2py with lxml too). Importing html5lib pulls in http.client
and ssl: a sixth of a replayed audit's start-up. Every page here is parsed with lxml, so bs4 is
imported while html5lib cannot be, and html5lib is importable again straight after.

bs4 also imports soupsieve, its CSS selector engine, whose parser compiles its patterns on import
(about a fifth of bs4's import), though only a few platform readers ever select with CSS, and the
character-set detector it guesses encodings with (charset_normalizer, or chardet or cchardet where
installed: another fifth), though a page that names its charset never needs a guess. Each is held
back the same way, and bs4 is handed a stand-in that imports it when first used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
import warnings
from typing import Any


class _OnFirstUse(types.ModuleType):
    """A module, imported when bs4 first uses it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module(self.__name__), name)


# bs4.dammit's encoding guessers, in the order it tries to import them
GUESSERS = ("cchardet", "chardet", "charset_normalizer")


if "bs4" not in sys.modules:
    held = [name for name in ("html5lib", "soupsieve", *GUESSERS) if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # `import NAME` fails, for this moment only
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")     # bs4 warns that soupsieve is missing
            import bs4.css
    finally:
        for name in held:
            del sys.modules[name]
    if bs4.css.soupsieve is None:
        bs4.css.soupsieve = _OnFirstUse("soupsieve")
    # the guesser bs4 would have taken: the first that imports (or was imported already), on first use
    guesser = next((name for name in GUESSERS if sys.modules.get(name) is not None
                    or name not in sys.modules and importlib.util.find_spec(name) is not None), None)
    if guesser is not None and getattr(bs4.dammit.chardet_module, "__name__", None) != guesser:
        bs4.dammit.chardet_module = sys.modules.get(guesser) or _OnFirstUse(guesser)
