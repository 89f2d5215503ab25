"""Facts live in a secure keyring only: insecure backends are refused, writes are read back, every
failure is one sentence with the fix, and a keyring that never answers times out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.errors
import pytest

from footprint import secrets
from footprint.errors import FactsError, KeyringUnavailable
from footprint.facts import Facts


def test_facts_round_trip(keyring_backend):
    backend = keyring_backend("Memory")
    facts = Facts(full_name="Sam Example", date_of_birth="1990-03-12", family=("Alfie", "Mia"))
    secrets.save_facts(facts)
    assert set(backend.store) == {(secrets.service(), "facts")}
    assert secrets.load_facts() == facts
    secrets.clear_facts()
    assert backend.store == {}
    assert secrets.load_facts() == Facts()


def test_the_service_name_comes_from_the_environment(keyring_backend, monkeypatch):
    backend = keyring_backend("Memory")
    monkeypatch.setenv("FOOTPRINT_KEYRING_SERVICE", "footprint-elsewhere")
    secrets.save_facts(Facts(full_name="Sam Example"))
    assert set(backend.store) == {("footprint-elsewhere", "facts")}


def test_a_backend_that_drops_writes_is_caught(keyring_backend):
    keyring_backend("Dropping")
    with pytest.raises(KeyringUnavailable, match="did not keep what was stored"):
        secrets.save_facts(Facts(full_name="Sam Example"))


@pytest.mark.parametrize("backend,reason", [
    ("tests.fake_keyrings.Insecure", "tests.fake_keyrings.Insecure is not a recommended keyring (priority 0.5)"),
    ("keyring.backends.null.Keyring", "keyring.backends.null.Keyring is not a secure keyring"),
    ("keyring.backends.chainer.ChainerBackend", "keyring.backends.chainer.ChainerBackend is not a secure keyring"),
])
def test_insecure_backends_are_refused(monkeypatch, backend, reason):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.save_facts(Facts(full_name="Sam Example"))
    assert str(caught.value) == (f"the keyring backend you chose, {reason}: choose a secure one (or unset "
                                 "PYTHON_KEYRING_BACKEND)")


def test_plaintext_backends_are_refused_whatever_their_priority():
    class PlaintextKeyring:
        priority = 5

    assert secrets.insecure(PlaintextKeyring()) == (
        "tests.test_secrets.test_plaintext_backends_are_refused_whatever_their_priority.<locals>."
        "PlaintextKeyring is not a secure keyring")


def test_only_recommended_backends_are_chosen(monkeypatch):
    from tests import fake_keyrings

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    good = fake_keyrings.Memory()
    monkeypatch.setattr(secrets, "backends", lambda: [fake_keyrings.Insecure(), good])
    assert secrets.secure_backend() is good
    secrets.reset()
    monkeypatch.setattr(secrets, "backends", lambda: [fake_keyrings.Insecure()])
    with pytest.raises(KeyringUnavailable, match="^no secure system keyring is available: install and unlock"):
        secrets.secure_backend()


@pytest.mark.parametrize("name,message", [
    ("keyring.backends.fail.Keyring", "no system keyring is available: install and unlock a system keyring "
     "(GNOME Keyring or KWallet on Linux; macOS and Windows have their own)"),
    ("tests.fake_keyrings.Locked", "the system keyring is locked: unlock it (log in to your desktop session or "
     "open your keyring manager) and run again"),
    ("tests.fake_keyrings.NotCreated", "the system keyring could not be opened (Failed to create the collection: "
     "Prompt dismissed..): create or unlock its default collection (e.g. with Passwords and Keys) and run again"),
])
def test_keyring_failures_are_one_sentence_with_the_fix(monkeypatch, name, message):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_facts()
    assert str(caught.value) == message


def test_a_keyring_that_never_answers_times_out_once(keyring_backend, monkeypatch):
    keyring_backend("Blocking")
    monkeypatch.setenv("FOOTPRINT_KEYRING_TIMEOUT", "0.2")
    message = ("the system keyring did not answer within 0.2 seconds (it may be waiting to be unlocked): "
               "unlock it and run again")
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_facts()
    assert str(caught.value) == message
    with pytest.raises(KeyringUnavailable) as again:  # not asked again: the first call still hangs
        secrets.save_facts(Facts(full_name="Sam Example"))
    assert str(again.value) == message


def test_stored_facts_that_are_not_json(keyring_backend):
    keyring_backend("Memory")
    secrets.set_secret("facts", "{not json")
    with pytest.raises(FactsError, match="^the facts in the keyring are not valid JSON"):
        secrets.load_facts()


def test_delete_of_nothing_is_fine(keyring_backend):
    keyring_backend("Memory")
    secrets.delete_secret("facts")


def test_every_keyring_error_is_explained():
    assert str(secrets.explain(keyring.errors.NoKeyringError())) == str(secrets.explain(RuntimeError("x"))).replace(
        " (x)", "")
    assert str(secrets.explain(keyring.errors.PasswordSetError("denied"))) == (
        "the system keyring failed (PasswordSetError: denied): check that it is installed and unlocked")


def test_a_backend_that_cannot_be_loaded(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_facts()
    assert str(caught.value) == ("the keyring backend you chose cannot be loaded (ModuleNotFoundError: No module "
                                 "named 'no_such_module'): fix or unset PYTHON_KEYRING_BACKEND (or keyringrc.cfg)")


def test_a_missing_keyring_is_probed_once_per_process(monkeypatch):
    probes = []

    def choose():
        probes.append(1)
        raise KeyringUnavailable("no secure system keyring is available")

    monkeypatch.setattr(secrets, "_choose", choose)
    for _ in range(2):                      # the facts, then the history key
        with pytest.raises(KeyringUnavailable):
            secrets.load_facts()
    assert probes == [1]
    secrets.reset()
    with pytest.raises(KeyringUnavailable):
        secrets.secure_backend()
    assert probes == [1, 1]


def test_backends_are_found_as_keyring_finds_them():
    import keyring.backend

    assert sorted(type(b).__qualname__ for b in secrets.backends()) == sorted(
        type(b).__qualname__ for b in keyring.backend.get_all_keyring())


def without_a_keyring(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine with no session bus, no X display and no keyring chosen or configured."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    return {**env, "XDG_RUNTIME_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}


@pytest.mark.skipif(sys.platform == "darwin", reason="the macOS backend is the one to load there")
@pytest.mark.parametrize("bus", [True, False])
def test_a_backend_that_lacks_what_it_needs_is_not_loaded(tmp_path, bus):
    env = without_a_keyring(tmp_path)
    if bus:  # an address is all the Secret Service backend needs before it is asked
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'bus-gone'}"
    code = ("import sys; from footprint import secrets; secrets.backends(); "
            "print('keyring.backends.macOS' in sys.modules, 'keyring.backends.SecretService' in sys.modules)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert found.stdout.split() == ["False", str(bus)]


PROBE = """
import sys
from footprint import secrets
try:
    secrets.secure_backend()
except secrets.KeyringUnavailable as exc:
    print(exc)
print("keyring" in sys.modules)
"""


def plugin_on_path(tmp_path: Path) -> Path:
    """A folder holding an installed distribution that names a keyring backend of its own (a module
    that defines none)."""
    info = tmp_path / "site" / "fake_keyring_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-keyring-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[console_scripts]\nfake = tests.fake_keyrings:main\n\n"
                                           "[keyring.backends]\nFake = tests.fake_keyrings\n")
    return tmp_path / "site"


def test_keyring_backends_are_read_as_importlib_metadata_reads_them(tmp_path, monkeypatch):
    from importlib.metadata import entry_points

    assert set(secrets.backend_modules() or []) == {e.value for e in entry_points(group="keyring.backends")}
    monkeypatch.syspath_prepend(str(plugin_on_path(tmp_path)))
    assert set(secrets.backend_modules() or []) == {e.value for e in entry_points(group="keyring.backends")}
    assert "tests.fake_keyrings" in (secrets.backend_modules() or [])


@pytest.mark.skipif(os.name != "posix", reason="keyring's backends on POSIX systems")
@pytest.mark.parametrize("case, asked", [("nothing", False), ("plug-in", True), ("config", True), ("bus", True)])
def test_keyring_is_not_imported_where_none_of_its_backends_can_be_viable(tmp_path, case, asked):
    assert set(secrets.backend_modules() or ["none read"]) <= set(secrets.NEEDS)   # keyring's own, here
    env = without_a_keyring(tmp_path)
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(root)
    if case == "plug-in":
        env["PYTHONPATH"] += os.pathsep + str(plugin_on_path(tmp_path))
    if case == "config":
        (tmp_path / "config" / "python_keyring").mkdir(parents=True)
        (tmp_path / "config" / "python_keyring" / "keyringrc.cfg").write_text("[backend]\n")
    if case == "bus":
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'bus-gone'}"
    found = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env,
                           cwd=root)
    assert found.stdout.splitlines() == [f"no secure system keyring is available: {secrets.FIX}", str(asked)]
