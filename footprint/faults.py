"""Telling a fault in footprint's own code from a page it did not expect, and keeping the evidence."""

from __future__ import annotations

import datetime as dt
import os
import re
import traceback
from pathlib import Path
from types import ModuleType

from footprint.sanitize import clean_line

STRICT = "FOOTPRINT_STRICT"   # set to 1 (the tests and CI do): a fault in our code is raised, not hidden
FILE = "errors.log"
MAX_BYTES = 256 * 1024        # then the log starts again, the previous one kept as errors.log.1

# Raised by code that is wrong whatever the page says: a name or module that is not there, a claim
# the code made of itself (assert), a method left to write. A page of an unexpected shape raises
# KeyError, IndexError, ValueError, TypeError on a value, AttributeError on None, RecursionError on
# deep nesting: those stay "page layout not recognised".
_ALWAYS_OURS = (NameError, ImportError, SyntaxError, AssertionError, NotImplementedError)
# TypeError from a call that does not fit the function's signature; a value of the wrong type
# ("'NoneType' object is not subscriptable", "int() argument must be ...") says none of these
_BAD_CALL = re.compile(r"takes \d+ positional arguments? but \d+ (?:was|were) given"
                       r"|missing \d+ required (?:positional|keyword-only) arguments?"
                       r"|got an unexpected keyword argument|got multiple values for argument"
                       r"|takes no (?:keyword )?arguments")
_OUR_PACKAGES = ("footprint", "collectors", "reports")


def strict() -> bool:
    """True under the developer switch FOOTPRINT_STRICT=1 (read each time, so a test may change it)."""
    return os.environ.get(STRICT, "") not in ("", "0")


def ours(exc: BaseException) -> bool:
    """True when `exc` can only mean that footprint's code is wrong, not that a page surprised it."""
    if isinstance(exc, _ALWAYS_OURS):
        return True
    if isinstance(exc, AttributeError):
        # a module, a class, or an object of our own making has a fixed set of attributes; a page
        # decides only whether a lookup finds a tag or None, a dict or a list
        obj = exc.obj if hasattr(exc, "obj") else None
        if isinstance(obj, (ModuleType, type)) or str(exc).startswith(("module ", "type object ")):
            return True
        return obj is not None and type(obj).__module__.split(".")[0] in _OUR_PACKAGES
    if isinstance(exc, TypeError):
        return bool(_BAD_CALL.search(str(exc)))
    return False


def log_path() -> Path:
    """The error log: platformdirs' user state directory (XDG_STATE_HOME on Linux)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("footprint", appauthor=False)) / FILE


def shown(path: Path) -> str:
    """`path` as a message names it: under the home folder as ~/..., so a shared report does not
    carry the account name."""
    home = Path.home()
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)


def record(platform: str, exc: BaseException) -> Path | None:
    """Append `exc`'s traceback to the error log (folder 0700, file 0600); the log, or None if it
    cannot be written. The messages of exceptions that a page caused are left out, since they may
    quote the page (the history is encrypted; this plain file must hold only code), and so is the URL."""
    path = log_path()
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    from footprint import __version__

    text = f"== {stamp} footprint {__version__}: the {platform} reader failed\n" + "".join(_traceback(exc))
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(FILE + ".1"))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as out:
            out.write(text)
    except OSError:
        return None
    return path


def _traceback(exc: BaseException) -> list[str]:
    chain: list[BaseException] = []
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:  # what was being handled when `exc` was raised, first
        seen.add(id(e))
        chain.append(e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    lines: list[str] = []
    for e in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(traceback.extract_tb(e.__traceback__)))
        kind = type(e).__qualname__
        if type(e).__module__ != "builtins":
            kind = f"{type(e).__module__}.{kind}"
        lines.append(f"{kind}: {clean_line(str(e))[:300]}\n" if ours(e)
                     else f"{kind} (its message is left out: it may quote the page)\n")
    home = str(Path.home())  # file paths under it as ~/..., so the log does not carry the account name
    return [line.replace(home + os.sep, "~" + os.sep) for line in lines] if len(home) > 1 else lines
