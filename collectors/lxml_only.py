"""BeautifulSoup without its html5lib tree builder; the collectors package imports this first.

bs4 registers a tree builder for every parser it can import, and html5lib is installed because
mf2py requires it (footprint runs mf2py with lxml too). Importing html5lib pulls in http.client
and ssl: a sixth of a replayed audit's start-up. Every page here is parsed with lxml, so bs4 is
imported while html5lib cannot be, and html5lib is importable again straight after.
"""

from __future__ import annotations

import sys

if "bs4" not in sys.modules and "html5lib" not in sys.modules:
    sys.modules["html5lib"] = None  # type: ignore[assignment]  # `import html5lib` fails, for this moment only
    try:
        import bs4  # noqa: F401
    finally:
        del sys.modules["html5lib"]
