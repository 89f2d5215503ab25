"""The facts vault and the history against a real Secret Service: gnome-keyring, unlocked, on a
private D-Bus session made for each test (.ci/with-secret-service.sh), so the user's own keyring
is never touched. Skipped where dbus-run-session or gnome-keyring is not installed."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

import pytest

from footprint import secrets
from tests.vault_helpers import EXPECTED_DIFF, FACT_STRINGS, FACTS, ROOT, URL, every_file_under, files, statuses

NEEDED = ("dbus-run-session", "dbus-send", "gnome-keyring-daemon", "secret-tool")
# CI sets this, so that a machine where these tests cannot run fails there instead of skipping
REQUIRED = bool(os.environ.get("FOOTPRINT_REQUIRE_SECRET_SERVICE"))
MISSING = [n for n in NEEDED if shutil.which(n) is None]
pytestmark = pytest.mark.skipif(bool(MISSING) and not REQUIRED,
                                reason="needs a Secret Service: apt-get install dbus gnome-keyring libsecret-tools")



@pytest.fixture(autouse=True)
def tools_present() -> None:
    if MISSING:  # only reached when REQUIRED
        pytest.fail(f"the Secret Service tests are required here, but these are not installed: {', '.join(MISSING)}")


FP = [sys.executable, "-m", "footprint"]
DRIVER = """
import json, subprocess, sys
results = []
for argv in json.load(open(sys.argv[1])):
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    results.append([done.returncode, done.stdout, done.stderr])
json.dump(results, open(sys.argv[2], "w"))
"""
LOCK = ("import secretstorage; "
        "secretstorage.get_default_collection(secretstorage.dbus_init()).lock()")


def in_secret_service(tmp_path, steps: list[list[str]]) -> list[tuple[int, str, str]]:
    """Run each command of `steps` in turn inside one private session with an unlocked gnome-keyring
    and no other keyring; returns (status, stdout, stderr) for each."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHON_KEYRING_BACKEND")  # keyring's own choice, as on a user's desktop: the Secret Service
    (tmp_path / "steps.json").write_text(json.dumps(steps))
    session = subprocess.run(["dbus-run-session", "--", "sh", str(ROOT / ".ci" / "with-secret-service.sh"),
                              sys.executable, "-c", DRIVER, str(tmp_path / "steps.json"), str(tmp_path / "out.json")],
                             env=env, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    if not (tmp_path / "out.json").exists():  # no session or no keyring daemon: the commands never ran
        message = f"no private Secret Service could be started here ({session.stderr.strip()[-300:]})"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    assert session.returncode == 0, session.stderr
    return [tuple(r) for r in json.loads((tmp_path / "out.json").read_text())]  # type: ignore[misc]


def test_facts_and_history_in_a_real_keyring_end_to_end(tmp_path, private_dirs):
    f = files(tmp_path)
    service = secrets.service()
    stored, shown, looked_up, first, second, diff, cleared, gone = in_secret_service(tmp_path, [
        FP + ["facts", "set", "--from", str(f["facts"])],
        FP + ["facts", "show"],
        ["secret-tool", "lookup", "service", service, "username", "facts"],
        FP + ["audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL],
        FP + ["recheck", "--history", "--replay", str(f["after"]), "--format", "json", "-q"],
        FP + ["diff", "--format", "json"],
        FP + ["facts", "clear"],
        ["secret-tool", "lookup", "service", service, "username", "facts"],
    ])
    assert [stored[0], shown[0], looked_up[0], first[0], second[0], diff[0], cleared[0], gone[0]] == [
        0, 0, 0, 0, 0, 0, 0, 1]
    assert json.loads(looked_up[1]) == FACTS  # where libsecret's own client finds it
    assert shown[1].splitlines()[0] == "full_name      S** E******"
    assert (first[2], second[2].startswith("footprint: since audit 1")) == ("", True)
    assert statuses(diff[1]) == EXPECTED_DIFF
    on_disk = every_file_under(*private_dirs.values())
    assert sorted(p.name for p in on_disk) == ["history.fernet", "history.lock"]
    assert [(p.name, s) for p, data in on_disk.items() for s in FACT_STRINGS if s.encode() in data] == []


def test_a_key_missing_from_a_real_keyring_leaves_the_store_untouched(tmp_path, private_dirs):
    f = files(tmp_path)
    store = private_dirs["DATA"] / "footprint" / "history.fernet"
    first, copied, cleared, second, listed = in_secret_service(tmp_path, [
        FP + ["audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL],
        ["cp", str(store), str(tmp_path / "saved")],
        ["secret-tool", "clear", "service", secrets.service(), "username", secrets.HISTORY_KEY],
        FP + ["audit", "--history", "--replay", str(f["after"]), "--format", "json", "-q", URL],
        FP + ["history"],
    ])
    assert [first[0], copied[0], cleared[0], second[0], listed[0]] == [0, 0, 0, 0, 1]
    assert "was encrypted with a key that is no longer in the keyring" in second[2]
    assert store.read_bytes() == (tmp_path / "saved").read_bytes()


def test_a_locked_real_keyring_is_one_sentence_and_the_audit_runs(tmp_path, private_dirs):
    f = files(tmp_path)
    first, locked, second = in_secret_service(tmp_path, [
        FP + ["audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL],
        [sys.executable, "-c", LOCK],
        FP + ["audit", "--history", "--replay", str(f["after"]), "--format", "json", "-q", URL],
    ])
    assert [first[0], locked[0], second[0]] == [0, 0, 0]
    assert json.loads(second[1])["sources"][0]["status"] == "ok"
    message = ("the system keyring is locked: unlock it (log in to your desktop session or open your keyring "
               "manager) and run again")
    assert second[2].splitlines() == [f"footprint: {message}. This audit runs without stored facts.",
                                      f"footprint: this audit is not saved to the history: {message}"]


def test_three_runs_at_once_share_one_key_and_all_land(tmp_path, private_dirs):
    f = files(tmp_path)
    audit = shlex.join(FP + ["audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL])
    together, listed, key = in_secret_service(tmp_path, [
        ["sh", "-c", f"{audit} >/dev/null & {audit} >/dev/null & {audit} >/dev/null & wait"],
        FP + ["history", "--format", "json"],
        ["secret-tool", "search", "--all", "service", secrets.service(), "username", secrets.HISTORY_KEY],
    ])
    assert (together[0], together[2]) == (0, "")
    assert [r["id"] for r in json.loads(listed[1])] == [1, 2, 3]
    assert key[1].count("label = ") == 1  # one key, made once


def test_a_keyring_with_no_unlocked_collection_is_one_sentence(tmp_path, private_dirs):
    # no wrapper: the bus starts gnome-keyring on demand with no login collection, and creating one
    # needs a prompt that cannot be shown, so every call fails with keyring's InitError
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHON_KEYRING_BACKEND")
    out = tmp_path / "out.json"  # the activated daemon writes to the session's stdout: keep footprint's apart
    command = [*FP, "audit", "--history", "--replay", str(files(tmp_path)["before"]), "--format", "json", "-q", URL]
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", f'"$@" >{shlex.quote(str(out))}', "sh", *command],
                          env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    message = ("the system keyring could not be opened (Failed to create the collection: Prompt dismissed..): create "
               "or unlock its default collection (e.g. with Passwords and Keys) and run again")
    assert done.returncode == 0 and json.loads(out.read_text())["sources"][0]["status"] == "ok", done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("footprint:")] == [
        f"footprint: {message}. This audit runs without stored facts.",
        f"footprint: this audit is not saved to the history: {message}"]
    assert not (private_dirs["DATA"] / "footprint").exists()
