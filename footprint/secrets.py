"""The user's facts and the history key, kept in a secure system keyring and nowhere else.

Only a recommended backend (keyring priority >= 1; never the chainer, plaintext, null or fail
backends) is used, so facts never land silently in a plain-text file. Every keyring call runs in
a daemon thread with a timeout: a locked Secret Service can block forever, and such a call must
neither hang the command nor keep the process alive after it has finished. Every failure becomes
KeyringUnavailable, whose message is one sentence with the fix, fit to show the user.

Environment: FOOTPRINT_KEYRING_SERVICE names the keyring service (default "footprint"; tests use
their own), FOOTPRINT_KEYRING_TIMEOUT the seconds to wait for one call (default 10),
PYTHON_KEYRING_BACKEND (keyring's own) the backend, which is still refused if it is not secure.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from footprint.errors import FactsError, KeyringUnavailable
from footprint.facts import Facts

FACTS_KEY = "facts"
HISTORY_KEY = "history-key"
TIMEOUT = 10.0
# What each of keyring's own backends (by entry point) needs before it can be viable, checked without
# importing it: its platform, a D-Bus session bus, or the binding it talks through. One whose needs
# are missing is never loaded: keyring's macOS backend, imported on Linux, looks for the macOS
# libraries with gcc and ld (about 80 ms) only to refuse, and where no backend can be viable keyring
# is not imported at all (it and its Secret Service backend cost a fifth of a replayed audit).
# Any other backend (a plug-in) is always asked.
NEEDS: dict[str, Callable[[], bool]] = {
    "keyring.backends.macOS": lambda: sys.platform == "darwin",
    "keyring.backends.Windows": lambda: _importable("win32ctypes", "win32cred"),
    "keyring.backends.SecretService": lambda: _session_bus(),
    "keyring.backends.kwallet": lambda: _importable("dbus"),
    "keyring.backends.libsecret": lambda: _importable("gi"),
    "keyring.backends.chainer": lambda: False,     # never secure (INSECURE): it only chains the others
}
INSECURE = ("keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
FIX = "install and unlock a system keyring (GNOME Keyring or KWallet on Linux; macOS and Windows have their own)"
T = TypeVar("T")

_backend: Any = None          # the backend chosen, once per process
_stuck: str | None = None     # why the keyring is not asked again in this process (a call never returned)
_missing: KeyringUnavailable | None = None   # why no backend could be chosen: probing costs a third of a second


def service() -> str:
    """The keyring service name footprint's entries are stored under."""
    return os.environ.get("FOOTPRINT_KEYRING_SERVICE") or "footprint"


def timeout() -> float:
    try:
        return float(os.environ.get("FOOTPRINT_KEYRING_TIMEOUT") or TIMEOUT)
    except ValueError:
        return TIMEOUT


def reset() -> None:
    """Forget the chosen backend, a failed choice and any stuck call (for tests, and after the user fixed
    the keyring)."""
    global _backend, _stuck, _missing
    _backend, _stuck, _missing = None, None, None


def _bounded(fn: Callable[[], T]) -> T:
    """fn() in a daemon thread, given up after timeout(). The thread is never joined: if the
    keyring never answers, the thread dies with the process instead of keeping it alive."""
    global _stuck
    if _stuck:
        raise KeyringUnavailable(_stuck)
    box: list[tuple[bool, Any]] = []
    done = threading.Event()

    def work() -> None:
        try:
            box.append((True, fn()))
        except BaseException as exc:  # handed to the caller, which explains it
            box.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=work, name="footprint-keyring", daemon=True).start()
    if not done.wait(timeout()):
        _stuck = (f"the system keyring did not answer within {timeout():g} seconds (it may be waiting to be "
                  "unlocked): unlock it and run again")
        raise KeyringUnavailable(_stuck)
    ok, value = box[0]
    if ok:
        return value
    raise explain(value) from None


def explain(exc: BaseException) -> KeyringUnavailable:
    """One sentence, with the fix, for any failure of a keyring backend."""
    if isinstance(exc, KeyringUnavailable):
        return exc
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return KeyringUnavailable(f"no system keyring is available: {FIX}")
    if isinstance(exc, errors.KeyringLocked):
        return KeyringUnavailable("the system keyring is locked: unlock it (log in to your desktop session or "
                                  "open your keyring manager) and run again")
    if isinstance(exc, errors.InitError):
        return KeyringUnavailable(f"the system keyring could not be opened ({exc}): create or unlock its default "
                                  "collection (e.g. with Passwords and Keys) and run again")
    if isinstance(exc, RuntimeError) and not isinstance(exc, errors.KeyringError):
        return KeyringUnavailable(f"no system keyring is available ({exc}): {FIX}")
    return KeyringUnavailable(f"the system keyring failed ({type(exc).__name__}: {exc}): check that it is "
                              "installed and unlocked")


def insecure(backend: Any) -> str | None:
    """Why `backend` must not hold facts, or None when it is a recommended one."""
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if kind.__module__.startswith(INSECURE) or "plaintext" in name.casefold():
        return f"{name} is not a secure keyring"
    try:
        priority = float(backend.priority)
    except Exception as exc:  # a backend that cannot tell its priority is not viable
        return f"{name} is not usable ({exc})"
    if priority < 1:
        return f"{name} is not a recommended keyring (priority {priority:g})"
    return None


def _choose() -> Any:
    if _none_viable():
        raise KeyringUnavailable(f"no secure system keyring is available: {FIX}")
    import keyring.backend
    import keyring.core

    # the user's explicit choice (PYTHON_KEYRING_BACKEND, then keyringrc.cfg) is honoured or refused,
    # never replaced by another backend behind their back
    try:
        chosen = keyring.core.load_env() or keyring.core.load_config()
    except (ImportError, AttributeError, ValueError) as exc:
        raise KeyringUnavailable(f"the keyring backend you chose cannot be loaded ({type(exc).__name__}: {exc}): "
                                 "fix or unset PYTHON_KEYRING_BACKEND (or keyringrc.cfg)") from None
    if chosen is not None:
        if type(chosen).__module__ == "keyring.backends.fail":
            raise KeyringUnavailable(f"no system keyring is available: {FIX}")
        why = insecure(chosen)
        if why:
            raise KeyringUnavailable(f"the keyring backend you chose, {why}: choose a secure one (or unset "
                                     "PYTHON_KEYRING_BACKEND)")
        return chosen
    candidates = [b for b in backends() if insecure(b) is None]
    if candidates:
        return max(candidates, key=lambda b: float(b.priority))
    raise KeyringUnavailable(f"no secure system keyring is available: {FIX}")


def backends() -> list[Any]:
    """Every viable keyring backend, found as keyring's own get_all_keyring finds them (the entry
    points of keyring and its plug-ins), less keyring's own that lack what they need (NEEDS)."""
    import keyring.backend
    from keyring.util import suppress_exceptions

    for entry in keyring.backend.metadata.entry_points(group="keyring.backends"):
        if entry.value in NEEDS and not NEEDS[entry.value]():
            continue
        try:
            init = entry.load()
            if callable(init):
                init()
        except Exception:  # as keyring does: a broken plug-in is reported and passed over
            logging.getLogger("keyring.backend").exception(f"Error initializing plugin {entry}.")
    return list(suppress_exceptions(keyring.backend.KeyringBackend.get_viable_backends(), exceptions=TypeError))


def _none_viable() -> bool:
    """True when keyring could find no viable backend here, judged without importing it: the user
    chose none (PYTHON_KEYRING_BACKEND, keyringrc.cfg), no backend class can have been defined in
    this process (keyring is not loaded), and every backend installed is one of keyring's own that
    lacks what it needs. Then keyring would only refuse, at the cost of importing it."""
    if os.name != "posix" or "keyring" in sys.modules or "PYTHON_KEYRING_BACKEND" in os.environ:
        return False
    # keyring's config file on POSIX systems (keyring.util.platform_.config_root)
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    if os.path.exists(os.path.join(config, "python_keyring", "keyringrc.cfg")):
        return False
    if any(need() for need in NEEDS.values()):
        return False
    installed = backend_modules()
    return installed is not None and all(value in NEEDS for value in installed)


def backend_modules() -> list[str] | None:
    """What every distribution on sys.path names as a keyring backend (entry points of the group
    "keyring.backends"), read from their entry_points.txt as importlib.metadata finds them, without
    importing it (that would cost as much as the rest of the check). None where a path entry is a
    zip file or an egg, which only importlib.metadata reads."""
    found: list[str] = []
    for entry in sys.path:
        folder = entry or "."
        if os.path.isfile(folder) or folder.endswith(".egg"):
            return None
        try:
            names = os.listdir(folder)
        except OSError:                    # a path that is not there, or a path hook's name
            continue
        for name in names:
            if not name.lower().endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as file:
                    text = file.read()
            except (OSError, UnicodeDecodeError):
                continue
            group = None
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("["):
                    group = line.strip("[]").strip()
                elif group == "keyring.backends" and "=" in line and not line.startswith("#"):
                    found.append(line.split("=", 1)[1].strip())
    return found


def _session_bus() -> bool:
    """Whether a D-Bus session bus may be reached: its address is set (all the Secret Service client
    reads), or the per-user bus socket exists, or an X display could start one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS") or os.environ.get("DISPLAY")
                or runtime and os.path.exists(os.path.join(runtime, "bus")))


def _importable(*names: str) -> bool:
    from importlib.util import find_spec

    return any(find_spec(name) is not None for name in names)


def secure_backend() -> Any:
    """The keyring backend footprint trusts, or KeyringUnavailable saying why there is none."""
    global _backend, _missing
    if _missing is not None:
        raise _missing
    if _backend is None:
        try:
            _backend = _bounded(_choose)
        except KeyringUnavailable as exc:     # an audit asks for facts, then for the history key
            _missing = exc
            raise
    return _backend


def get_secret(name: str) -> str | None:
    backend = secure_backend()
    return _bounded(lambda: backend.get_password(service(), name))


def set_secret(name: str, value: str) -> None:
    """Store a secret and read it back, so a backend that drops writes is caught."""
    backend = secure_backend()
    _bounded(lambda: backend.set_password(service(), name, value))
    if _bounded(lambda: backend.get_password(service(), name)) != value:
        raise KeyringUnavailable("the system keyring did not keep what was stored: check that it is a "
                                 "working, unlocked keyring")


def delete_secret(name: str) -> None:
    """Delete a secret; deleting one that is not there is fine."""
    backend = secure_backend()

    def delete() -> None:
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(service(), name)
        except PasswordDeleteError:
            pass  # nothing stored is what we wanted

    _bounded(delete)


def load_facts() -> Facts:
    """The facts stored in the keyring (empty when none are); KeyringUnavailable when it cannot be read."""
    raw = get_secret(FACTS_KEY)
    if not raw:
        return Facts()
    try:
        return Facts.from_dict(json.loads(raw), origin="facts in the keyring")
    except ValueError as exc:
        raise FactsError(f"the facts in the keyring are not valid JSON ({exc}): run `footprint facts set` "
                         "to store them again") from None


def save_facts(facts: Facts) -> None:
    """Store the facts (replacing what was stored) and check they were kept."""
    set_secret(FACTS_KEY, json.dumps(facts.to_dict(), ensure_ascii=False))


def clear_facts() -> None:
    delete_secret(FACTS_KEY)
