"""The encrypted history: private files, atomic writes, a key made once, and a store that cannot be
read is kept and reported, never overwritten."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from footprint import secrets, store
from footprint.errors import HistoryUnreadable, KeyringUnavailable

ROOT = Path(__file__).resolve().parent.parent


def result(created: str, *values: str) -> dict:
    return {"schema": "footprint.audit/1", "created": created,
            "sources": [{"url": "https://sam.example/", "platform": "website", "status": "ok", "detail": ""}],
            "findings": [{"category": "birthplace", "value": v, "platform": "website",
                          "source_url": "https://sam.example/"} for v in values]}


def test_history_round_trip_in_private_files(keyring_backend, private_dirs):
    keyring_backend("Memory")
    history = store.History()
    assert history.path == private_dirs["DATA"] / "footprint" / "history.fernet"
    assert history.records() == [] and history.last() is None and history.last_urls() == []
    first = history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    history.add(result("2026-12-02T10:00:00+00:00"), ["saved.html"], kind="scan")
    history.mark_done("birthplace|website|romford")
    assert [(r.id, r.kind, r.targets, r.created) for r in history.records()] == [
        (1, "audit", ("https://sam.example/",), "2026-12-01T10:00:00+00:00"),
        (2, "scan", ("saved.html",), "2026-12-02T10:00:00+00:00")]
    assert history.last() == first and history.last(None).id == 2
    assert history.last_urls() == ["https://sam.example/"]
    assert history.done_keys() == {"birthplace|website|romford"}
    history.unmark_done("birthplace|website|romford")
    assert history.done_keys() == set()
    history.remember_urls(["https://a.example/", "https://b.example/"])
    assert history.last_urls() == ["https://a.example/", "https://b.example/"]
    assert stat.S_IMODE(history.dir.stat().st_mode) == 0o700
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in history.dir.iterdir()} == {
        "history.fernet": 0o600, "history.lock": 0o600}
    assert b"Romford" not in history.path.read_bytes() and b"sam.example" not in history.path.read_bytes()


def test_without_a_keyring_nothing_is_written(private_dirs):
    history = store.History()
    with pytest.raises(KeyringUnavailable, match="^no system keyring is available"):
        history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    assert not history.path.exists()
    assert history.records() == []  # no history is simply empty; no keyring needed to say so


def test_a_missing_key_never_replaces_an_existing_store(keyring_backend):
    keyring_backend("Memory")
    history = store.History()
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    before = history.path.read_bytes()
    secrets.delete_secret(secrets.HISTORY_KEY)
    for attempt in (history.records, lambda: history.add(result("2026-12-02T10:00:00+00:00"), ["https://x.example/"]),
                    lambda: history.mark_done("k")):
        with pytest.raises(HistoryUnreadable, match="encrypted with a key that is no longer in the keyring"):
            attempt()
    assert history.path.read_bytes() == before
    assert secrets.get_secret(secrets.HISTORY_KEY) is None  # no new key was made either


def test_a_first_history_written_by_another_run_while_the_key_is_read_is_not_an_orphan(keyring_backend, monkeypatch):
    """Another run stores the key and writes the first history just after this run asked the keyring."""
    keyring_backend("Memory")
    history = store.History()
    real = secrets.get_secret

    def racing(name):
        answer = real(name)                       # no key yet
        monkeypatch.setattr(secrets, "get_secret", real)   # the other run asks the keyring as usual
        store.History().add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
        return answer

    monkeypatch.setattr(secrets, "get_secret", racing)
    assert history._fernet(create=False) is None     # not "encrypted with a key that is no longer in the keyring"
    assert [r.id for r in history.records()] == [1]


@pytest.mark.parametrize("damage", [
    lambda b: b[:-7], lambda b: b"", lambda b: b"garbage", lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:]])
def test_a_damaged_store_is_kept_and_reported(keyring_backend, damage):
    keyring_backend("Memory")
    history = store.History()
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    history.path.write_bytes(damage(history.path.read_bytes()))
    damaged = history.path.read_bytes()
    with pytest.raises(HistoryUnreadable, match="cannot be decrypted .* it is kept as it is"):
        history.records()
    with pytest.raises(HistoryUnreadable):
        history.add(result("2026-12-02T10:00:00+00:00"), ["https://sam.example/"])
    assert history.path.read_bytes() == damaged


def test_a_store_under_another_key_is_kept(keyring_backend):
    from cryptography.fernet import Fernet

    keyring_backend("Memory")
    history = store.History()
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    secrets.set_secret(secrets.HISTORY_KEY, Fernet.generate_key().decode())
    with pytest.raises(HistoryUnreadable, match="cannot be decrypted"):
        history.records()


def test_forget_removes_the_history_and_its_key(keyring_backend):
    keyring_backend("Memory")
    history = store.History()
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    history.path.write_bytes(b"damaged")  # forget is the way out of an unreadable history
    history.forget()
    assert list(history.dir.iterdir()) == []
    assert secrets.get_secret(secrets.HISTORY_KEY) is None
    history.add(result("2026-12-03T10:00:00+00:00"), ["https://sam.example/"])  # a fresh start works
    assert [r.id for r in history.records()] == [1]


def child(code: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def file_keyring_env(tmp_path) -> dict:
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.fake_keyrings.File",
            "FAKE_KEYRING_FILE": str(tmp_path / "fake-keyring.json"), "PYTHONPATH": str(ROOT)}


def use_file_keyring(monkeypatch, env: dict) -> None:
    for name in ("PYTHON_KEYRING_BACKEND", "FAKE_KEYRING_FILE"):
        monkeypatch.setenv(name, env[name])
    secrets.reset()


def test_a_run_killed_mid_write_leaves_the_last_good_history(tmp_path, monkeypatch):
    env = file_keyring_env(tmp_path)
    marker = tmp_path / "writing"
    code = f"""
        import os, time
        from footprint import store
        from tests.test_store import result
        history = store.History()
        history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
        def stuck(src, dst):  # the new file is written and synced; the process dies before the rename
            open({str(marker)!r}, "w").close()
            time.sleep(600)
        store.os.replace = stuck
        history.add(result("2026-12-02T10:00:00+00:00", "Chelmsford"), ["https://sam.example/"])
    """
    proc = child(code, env)
    try:
        for _ in range(600):
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), proc.communicate()
    finally:
        proc.kill()
        proc.wait()
    history = store.History()
    leftovers = sorted(p.name.startswith(".history-") for p in history.dir.iterdir())
    assert leftovers == [False, False, True]  # history, lock, and the half-finished temporary file
    use_file_keyring(monkeypatch, env)
    assert [(r.id, r.created) for r in history.records()] == [(1, "2026-12-01T10:00:00+00:00")]
    history.add(result("2026-12-03T10:00:00+00:00"), ["https://sam.example/"])
    assert sorted(p.name for p in history.dir.iterdir()) == ["history.fernet", "history.lock"]  # swept


def test_two_runs_at_once_both_land(tmp_path, monkeypatch):
    env = file_keyring_env(tmp_path)
    code = """
        import sys
        from footprint import store
        from tests.test_store import result
        for i in range(15):
            store.History().add(result(f"2026-12-01T10:{i:02}:00+00:00", sys.argv[1] if len(sys.argv) > 1 else "x"),
                                ["https://sam.example/"])
    """
    procs = [child(code, env) for _ in range(2)]
    outcomes = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert [o[2] for o in outcomes] == [0, 0], outcomes
    use_file_keyring(monkeypatch, env)
    assert [r.id for r in store.History().records()] == list(range(1, 31))
    assert list(json.loads((tmp_path / "fake-keyring.json").read_text())) == [
        f"{secrets.service()}\0{secrets.HISTORY_KEY}"]  # one key, made once


def test_compare_two_saved_audits(keyring_backend):
    keyring_backend("Memory")
    history = store.History()
    assert history.compare() is None
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    assert history.compare() is None
    history.add(result("2026-12-02T10:00:00+00:00", "Brentwood"), ["saved.html"], kind="scan")
    history.add(result("2026-12-03T10:00:00+00:00", "Romford", "Chelmsford"), ["https://sam.example/"])
    old, new, diff = history.compare()
    assert (old.id, new.id, [(c.status, c.value, c.first_seen) for c in diff.changes]) == (
        1, 3, [("new", "Chelmsford", "2026-12-03"), ("still exposed", "Romford", "2026-12-01")])
    old, new, diff = history.compare(2, 3)
    assert (old.id, new.id, diff.counts()["fixed"]) == (2, 3, 1)
    with pytest.raises(KeyError):
        history.compare(9)


def test_an_old_history_still_decrypts_since_no_ttl_is_set(keyring_backend, private_dirs):
    # reliability row 39: a Fernet token carries its creation time; a ttl would make a history
    # written long ago (or before the clock moved) unreadable, so none is used for data at rest
    from cryptography.fernet import Fernet

    keyring_backend("Memory")
    history = store.History()
    history.add(result("2026-12-01T10:00:00+00:00", "Romford"), ["https://sam.example/"])
    fernet = Fernet(secrets.get_secret(secrets.HISTORY_KEY).encode("ascii"))
    plain = fernet.decrypt(history.path.read_bytes())
    history.path.write_bytes(fernet.encrypt_at_time(plain, current_time=86_400))  # 2 January 1970
    assert fernet.extract_timestamp(history.path.read_bytes()) == 86_400
    assert [(r.id, r.targets) for r in store.History().records()] == [(1, ("https://sam.example/",))]
