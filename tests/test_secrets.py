"""Facts live in a secure keyring only: low-priority or null backends are refused, writes are
read back, a locked keyring times out instead of hanging."""

from __future__ import annotations

import time

import keyring
import pytest
from footprint import secrets
from footprint.errors import StoreError
from footprint.facts import Facts


class MemoryKeyring:
    """A stand-in backend. Deliberately not a keyring.backend.KeyringBackend subclass: those
    register themselves with keyring for the whole process, and would leak into other tests."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("no such password")
        del self.store[(service, username)]


class DroppingKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        pass  # like the null backend: accepts and forgets


class InsecureKeyring(MemoryKeyring):
    priority = 0.5  # like keyrings.alt's plaintext file


class SlowKeyring(MemoryKeyring):
    def get_password(self, service, username):
        time.sleep(5)
        return None


@pytest.fixture
def use(monkeypatch):
    def install(backend):
        monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
        monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [backend])
        return backend
    return install


def test_facts_round_trip(use):
    backend = use(MemoryKeyring())
    facts = Facts(full_name="Sam Example", date_of_birth="1990-03-12", family=("Alfie", "Mia"))
    secrets.save_facts(facts)
    assert ("footprint", "facts") in backend.store
    assert secrets.load_facts() == facts


def test_nothing_stored_is_no_facts(use):
    use(MemoryKeyring())
    assert secrets.load_facts().empty


def test_a_backend_that_drops_writes_is_caught(use):
    use(DroppingKeyring())
    with pytest.raises(StoreError, match="did not keep"):
        secrets.save_facts(Facts(full_name="Sam Example"))


def test_insecure_backends_are_refused(use):
    use(InsecureKeyring())
    with pytest.raises(StoreError, match="no secure keyring"):
        secrets.save_facts(Facts(full_name="Sam Example"))
    assert secrets.load_facts_quietly().empty


def test_a_keyring_that_never_answers_times_out(use, monkeypatch):
    use(SlowKeyring())
    monkeypatch.setattr(secrets, "TIMEOUT", 0.2)
    start = time.monotonic()
    with pytest.raises(StoreError, match="did not answer"):
        secrets.load_facts()
    assert time.monotonic() - start < 2


def test_delete_of_nothing_is_fine(use):
    use(MemoryKeyring())
    secrets.delete_secret("facts")
