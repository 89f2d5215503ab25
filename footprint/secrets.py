"""The user's facts and the history key, kept in the system keyring and nowhere else.

Only a recommended backend (keyring priority >= 1, not a chainer) is used, so facts never
land silently in a plain-text file; every call runs with a timeout, since a locked
Secret Service can block forever.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from footprint.errors import FactsError, StoreError
from footprint.facts import Facts

log = logging.getLogger(__name__)

SERVICE = "footprint"
FACTS_KEY = "facts"
TIMEOUT = 10.0
T = TypeVar("T")


def secure_backend() -> Any:
    """The keyring backend footprint trusts, or StoreError saying why there is none."""
    try:
        import keyring
        import keyring.backend
        from keyring.backends import chainer, fail
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise StoreError(f"keyring is not installed: {exc}") from None
    current = keyring.get_keyring()
    # Any: how keyring types `priority` (a classproperty) differs between its releases
    candidates: list[Any] = [current] + [b for b in keyring.backend.get_all_keyring() if b is not current]
    for backend in candidates:
        if isinstance(backend, (chainer.ChainerBackend, fail.Keyring)):
            continue
        try:
            priority = float(backend.priority)
        except Exception:  # a backend that cannot even tell its priority is not viable
            continue
        if priority >= 1 and type(backend).__module__ != "keyring.backends.null":
            return backend
    raise StoreError("no secure keyring is available (install and unlock GNOME Keyring, KWallet, "
                     "macOS Keychain or Windows Credential Manager); facts are kept for this run only")


def _bounded(fn: Callable[[], T]) -> T:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(fn).result(timeout=TIMEOUT)
    except concurrent.futures.TimeoutError:
        raise StoreError("the keyring did not answer (is it locked?)") from None
    except StoreError:
        raise
    except Exception as exc:  # keyring backends raise many kinds; all mean "unusable now"
        raise StoreError(f"the keyring failed: {type(exc).__name__}: {exc}") from None
    finally:
        pool.shutdown(wait=False)


def get_secret(name: str) -> str | None:
    backend = secure_backend()
    return _bounded(lambda: backend.get_password(SERVICE, name))


def set_secret(name: str, value: str) -> None:
    """Store a secret and read it back, so a backend that drops writes is caught."""
    backend = secure_backend()
    _bounded(lambda: backend.set_password(SERVICE, name, value))
    if _bounded(lambda: backend.get_password(SERVICE, name)) != value:
        raise StoreError("the keyring did not keep what was stored")


def delete_secret(name: str) -> None:
    backend = secure_backend()

    def delete() -> None:
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            pass  # nothing stored is what we wanted

    _bounded(delete)


def load_facts() -> Facts:
    raw = get_secret(FACTS_KEY)
    if not raw:
        return Facts()
    try:
        return Facts.from_dict(json.loads(raw), origin="facts in the keyring")
    except ValueError as exc:
        raise FactsError(f"the facts in the keyring are not valid JSON: {exc}") from None


def save_facts(facts: Facts) -> None:
    set_secret(FACTS_KEY, json.dumps(facts.to_dict(), ensure_ascii=False))


def load_facts_quietly() -> Facts:
    """The stored facts, or none (with one line in the log) when the keyring cannot be used."""
    try:
        return load_facts()
    except StoreError as exc:
        log.info("%s", exc)
        return Facts()
