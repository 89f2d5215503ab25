"""Stand-in keyring backends, loadable by PYTHON_KEYRING_BACKEND=tests.fake_keyrings.<Name> in a
child process, or installed in-process with the `keyring_backend` fixture.

Deliberately not keyring.backend.KeyringBackend subclasses: those register themselves with keyring
for the whole process and would leak into other tests."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path


class Memory:
    """Keeps secrets in memory, shared by every instance (keyring builds a new one per load)."""

    priority = 1
    store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("No such password!")
        del self.store[(service, username)]


class File(Memory):
    """Keeps secrets in the JSON file named by FAKE_KEYRING_FILE, so several processes share them.
    A test stand-in only: the file is outside the data, config, state and cache directories."""

    @property
    def store(self):  # type: ignore[override]
        path = Path(os.environ["FAKE_KEYRING_FILE"])
        data = json.loads(path.read_text()) if path.exists() else {}
        return _Saved(path, {tuple(k.split("\0")): v for k, v in data.items()})


class _Saved(dict):
    def __init__(self, path, data):
        super().__init__(data)
        self.path = path

    def _save(self):
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"\0".join(k): v for k, v in self.items()}))
        os.replace(tmp, self.path)

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self._save()

    def __delitem__(self, key):
        super().__delitem__(key)
        self._save()


class Dropping(Memory):
    def set_password(self, service, username, password):
        pass  # like the null backend: accepts and forgets


class Insecure(Memory):
    priority = 0.5  # like keyrings.alt's plaintext file


class Blocking(Memory):
    """Never answers, like a Secret Service waiting on an unlock prompt nobody sees."""

    def get_password(self, service, username):
        threading.Event().wait()

    set_password = delete_password = get_password  # type: ignore[assignment]


class Locked(Memory):
    def get_password(self, service, username):
        from keyring.errors import KeyringLocked

        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password  # type: ignore[assignment]


class NotCreated(Memory):
    def get_password(self, service, username):
        from keyring.errors import InitError

        raise InitError("Failed to create the collection: Prompt dismissed..")

    set_password = delete_password = get_password  # type: ignore[assignment]
