"""The facts vault and the history through the command line, each run its own process, with
stand-in keyrings (tests/fake_keyrings.py); test_secret_service.py repeats the key cases with a
real Secret Service."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from footprint.facts import KEYS
from tests.vault_helpers import EXPECTED_DIFF, FACT_STRINGS, FACTS, ROOT, URL, every_file_under, files, footprint, statuses

NO_KEYRING = ("footprint: no system keyring is available: install and unlock a system keyring (GNOME Keyring or "
              "KWallet on Linux; macOS and Windows have their own)")


@pytest.fixture
def cli(capsys, monkeypatch):
    """footprint ARGS in this process (quicker), answering like footprint() does."""
    from footprint.cli import main

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main(list(args))
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A keyring kept in a JSON file outside the private dirs, shared by the processes of one test."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fake_keyrings.File")
    monkeypatch.setenv("FAKE_KEYRING_FILE", str(tmp_path / "fake-keyring.json"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    return tmp_path / "fake-keyring.json"


def test_audit_recheck_diff_end_to_end_with_stored_facts(tmp_path, file_keyring, private_dirs):
    f = files(tmp_path)
    stored = footprint("facts", "set", "--from", str(f["facts"]))
    assert (stored.returncode, stored.stderr) == (0, "footprint: facts stored in the system keyring (full_name, "
                                                  "date_of_birth, birthplace, football_team, family, home_postcode, "
                                                  f"phone, email); you can delete {f['facts']} now\n")
    first = footprint("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    assert (first.returncode, first.stderr) == (0, "")
    second = footprint("recheck", "--history", "--replay", str(f["after"]), "--format", "json", "-q")
    assert second.returncode == 0 and [s["url"] for s in json.loads(second.stdout)["sources"]] == [URL]
    assert second.stderr == ("footprint: since audit 1 ({day}): 1 new, 0 changed, 4 still exposed, 0 not checked, "
                             "2 fixed (details: `footprint diff 1 2`)\n").format(day=json.loads(first.stdout)["created"][:10])
    diff = footprint("diff", "--format", "json")
    assert diff.returncode == 0 and statuses(diff.stdout) == EXPECTED_DIFF
    text = footprint("diff")
    assert text.stdout.splitlines()[1].split() == ["new", "email_address", "website", "sam@example.com", "(new", "on",
                                                   json.loads(second.stdout)["created"][:10] + ")"]
    listed = footprint("history", "--format", "json")
    assert [(r["id"], r["kind"], r["targets"], r["findings"]) for r in json.loads(listed.stdout)] == [
        (1, "audit", [URL], len(json.loads(first.stdout)["findings"])),
        (2, "audit", [URL], len(json.loads(second.stdout)["findings"]))]
    # the facts were used (the birthplace is found only through them) and never written in the clear
    assert ("birthplace", "Romford") in {(x["category"], x["value"]) for x in json.loads(first.stdout)["findings"]}
    on_disk = every_file_under(*private_dirs.values())
    assert sorted(p.name for p in on_disk) == ["history.fernet", "history.lock"]
    leaks = [(p.name, s) for p, data in on_disk.items() for s in FACT_STRINGS if s.encode() in data]
    assert leaks == []


def test_without_a_keyring_the_audit_runs_and_says_so(tmp_path, private_dirs):
    f = files(tmp_path)
    done = footprint("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    assert done.returncode == 0 and json.loads(done.stdout)["sources"][0]["status"] == "ok"
    assert done.stderr.splitlines() == [
        f"{NO_KEYRING}. This audit runs without stored facts.",
        f"footprint: this audit is not saved to the history: {NO_KEYRING[len('footprint: '):]}"]
    with_facts = footprint("audit", "--history", "--replay", str(f["before"]), "--facts", str(f["facts"]), "--format", "json",
                           "-q", URL)
    assert with_facts.returncode == 0 and with_facts.stderr.splitlines() == [
        f"footprint: this audit is not saved to the history: {NO_KEYRING[len('footprint: '):]}"]
    assert every_file_under(*private_dirs.values()) == {}
    refused = footprint("facts", "set", "--from", str(f["facts"]))
    assert (refused.returncode, refused.stderr) == (1, NO_KEYRING + "\n")


@pytest.mark.parametrize("backend,message", [
    ("keyring.backends.null.Keyring", "keyring.backends.null.Keyring is not a secure keyring"),
    ("tests.fake_keyrings.Insecure", "tests.fake_keyrings.Insecure is not a recommended keyring (priority 0.5)"),
])
def test_an_insecure_backend_is_refused(tmp_path, monkeypatch, backend, message, cli):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    f = files(tmp_path)
    refused = cli("facts", "set", "--from", str(f["facts"]))
    assert (refused.returncode, refused.stderr) == (
        1, f"footprint: the keyring backend you chose, {message}: choose a secure one (or unset "
           "PYTHON_KEYRING_BACKEND)\n")


def test_a_locked_keyring_is_one_sentence_and_the_audit_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fake_keyrings.Locked")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    done = footprint("audit", "--history", "--replay", str(files(tmp_path)["before"]), "--format", "json", "-q", URL)
    locked = ("the system keyring is locked: unlock it (log in to your desktop session or open your keyring "
              "manager) and run again")
    assert done.returncode == 0 and done.stderr.splitlines() == [
        f"footprint: {locked}. This audit runs without stored facts.",
        f"footprint: this audit is not saved to the history: {locked}"]


def test_a_keyring_that_never_answers_does_not_keep_the_process_alive(tmp_path, monkeypatch):
    # before, the timed-out call's thread was joined at exit and the process never ended: the
    # subprocess timeout in footprint() would fail this test
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fake_keyrings.Blocking")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("FOOTPRINT_KEYRING_TIMEOUT", "0.5")
    done = footprint("audit", "--history", "--replay", str(files(tmp_path)["before"]), "--format", "json", "-q", URL)
    stuck = ("the system keyring did not answer within 0.5 seconds (it may be waiting to be unlocked): unlock it "
             "and run again")
    assert done.returncode == 0 and json.loads(done.stdout)["sources"][0]["status"] == "ok"
    assert done.stderr.splitlines() == [f"footprint: {stuck}. This audit runs without stored facts.",
                                        f"footprint: this audit is not saved to the history: {stuck}"]


def test_a_missing_key_or_a_damaged_store_is_kept_and_reported(tmp_path, file_keyring, private_dirs, cli):
    f = files(tmp_path)
    assert cli("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL).returncode == 0
    store = private_dirs["DATA"] / "footprint" / "history.fernet"
    saved = store.read_bytes()
    keys = json.loads(file_keyring.read_text())
    file_keyring.write_text(json.dumps({k: v for k, v in keys.items() if not k.endswith("history-key")}))
    again = cli("audit", "--history", "--replay", str(f["after"]), "--format", "json", "-q", URL)
    assert again.returncode == 0 and again.stderr == (
        f"footprint: this audit is not saved to the history: the history at {store} was encrypted with a key that "
        "is no longer in the keyring (was the keyring reset, or is this another machine?); it is kept as it is: "
        "restore the keyring, or run `footprint forget` to start a new history\n")
    assert cli("history").returncode == 1
    assert store.read_bytes() == saved and json.loads(file_keyring.read_text()) == {}

    file_keyring.write_text(json.dumps(keys))  # the key is back; now the file is damaged
    store.write_bytes(saved[:-10])
    damaged = cli("diff")
    assert (damaged.returncode, damaged.stderr) == (
        1, f"footprint: the history at {store} cannot be decrypted (it is damaged, or was encrypted with another "
           "key); it is kept as it is: run `footprint forget` to start a new history\n")
    assert cli("audit", "--history", "--replay", str(f["after"]), "-q", "--format", "json", URL).returncode == 0
    assert store.read_bytes() == saved[:-10]


def test_forget_asks_first(tmp_path, file_keyring, private_dirs, cli):
    f = files(tmp_path)
    cli("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    unasked = cli("forget")
    assert (unasked.returncode, unasked.stderr) == (
        2, "footprint: forget needs a confirmation: run it on a terminal, or add --yes\n")
    done = cli("forget", "--yes")
    assert (done.returncode, done.stderr) == (0, "footprint: deleted the history of 1 audit(s) and its key\n")
    assert every_file_under(*private_dirs.values()) == {}
    assert json.loads(file_keyring.read_text()) == {}


def test_no_history_and_nothing_to_recheck(tmp_path, file_keyring, private_dirs, cli):
    f = files(tmp_path)
    done = cli("audit", "--no-history", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    assert (done.returncode, done.stderr) == (0, "")
    assert every_file_under(*private_dirs.values()) == {}
    nothing = cli("recheck")
    assert (nothing.returncode, nothing.stderr) == (
        2, "footprint: there is no earlier audit to re-check: run `footprint audit URL...` first\n")
    one = cli("diff")
    assert (one.returncode, one.stderr) == (
        2, "footprint: the history needs two audits to compare: run `footprint recheck` after an audit\n")


def test_facts_show_masks_and_clear_removes(tmp_path, file_keyring, cli):
    assert cli("facts", "set", stdin=json.dumps(FACTS)).returncode == 0
    shown = cli("facts", "show")
    assert shown.stdout.splitlines() == [
        "full_name      S** E******", "date_of_birth  1***-**-**", "birthplace     R******",
        "football_team  E****** T***", "family         A****, M******", "home_postcode  C** 9**",
        "phone          0**** 9*****", "email          s**@*******.***"]
    revealed = cli("facts", "show", "--reveal")
    assert revealed.stdout.splitlines()[4] == "family         Alfie, Marisol"
    bad = cli("facts", "set", stdin='{"birthplace": "["}')
    assert (bad.returncode, bad.stderr) == (
        2, "footprint: facts on stdin: 'birthplace' is too short or only punctuation to be matched safely: '['\n")
    assert cli("facts", "clear").returncode == 0
    assert json.loads(file_keyring.read_text()) == {}
    assert cli("facts", "show").stdout == ""


def test_help_lists_the_facts_keys():
    for command in ("audit", "scan", "recheck", "facts"):
        shown = footprint(command, "--help").stdout
        assert [key for key in KEYS if f"\n  {key} " in shown] == list(KEYS), command


def test_facts_set_on_a_terminal_asks_for_each_key(keyring_backend, monkeypatch, capsys):
    import sys

    from footprint import secrets
    from footprint.cli import main
    from footprint.facts import Facts

    keyring_backend("Memory")
    secrets.save_facts(Facts(full_name="Sam Example", birthplace="Romford"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["", "1990-03-12", "-", "", "Alfie, Mia, alfie", "", "", "", ""])
    prompts = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None  # what input() raises at Ctrl-D

    monkeypatch.setattr("builtins.input", typed)
    assert main(["facts", "set"]) == 0
    assert secrets.load_facts() == Facts(full_name="Sam Example", date_of_birth="1990-03-12", family=("Alfie", "Mia"))
    assert prompts[:3] == ['full_name - your full name as people write it, e.g. "Sam Example" [S** E******]: ',
                           'date_of_birth - YYYY-MM-DD, e.g. "1990-03-12" [not set]: ',
                           "birthplace - the town you were born in [R******]: "]
    assert main(["facts", "set", "fone"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "footprint: unknown fact 'fone' (the keys are: full_name, date_of_birth, birthplace, football_team, family, "
        "home_postcode, phone, email, usernames)")
    assert main(["facts", "set", "phone"]) == 2  # input ends (Ctrl-D): nothing is stored
    assert capsys.readouterr().err.splitlines()[-1] == "footprint: stopped: the stored facts are unchanged"
    assert secrets.load_facts().phone == ""


def test_a_finding_marked_done_but_still_exposed_says_so(tmp_path, keyring_backend, cli):
    from footprint.store import History

    keyring_backend("Memory")
    f = files(tmp_path)
    assert cli("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL).returncode == 0
    history = History()
    history.mark_done("phone_number|website|447700900123")  # the user thinks it is gone
    history.mark_done("date_of_birth|website|1990 03 12")
    assert cli("recheck", "--history", "--replay", str(f["after"]), "--format", "json", "-q").returncode == 0
    marked = history.done()
    lines = [line.split() for line in cli("diff").stdout.splitlines()]
    assert [line for line in lines if "marked" in line] == [
        ["still", "exposed", "phone_number", "website", "+447700900123", "(since", history.records()[0].created[:10]
         + ";", "you", "marked", "it", "done", "on", marked["phone_number|website|447700900123"][:10] + ")"]]
    assert json.loads(cli("diff", "--format", "json").stdout)["marked_done"] == marked


REPLAY_NOT_SAVED = "footprint: a replayed audit is not saved to the history (--history saves it)"


def test_a_replay_is_a_rehearsal_saved_only_when_asked(tmp_path, file_keyring, private_dirs, cli):
    f = files(tmp_path)
    quiet = cli("audit", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    assert (quiet.returncode, quiet.stderr) == (0, "")
    told = cli("audit", "--replay", str(f["before"]), "--format", "json", URL)
    assert told.returncode == 0 and [ln for ln in told.stderr.splitlines() if "history" in ln] == [REPLAY_NOT_SAVED]
    assert told.stderr.splitlines()[-1] == REPLAY_NOT_SAVED
    declined = cli("audit", "--no-history", "--replay", str(f["before"]), "--format", "json", URL)
    assert declined.returncode == 0 and REPLAY_NOT_SAVED not in declined.stderr  # they said so themselves
    assert every_file_under(*private_dirs.values()) == {}
    assert cli("recheck").stderr == ("footprint: there is no earlier audit to re-check: run `footprint audit "
                                     "URL...` first\n")

    first = cli("audit", "--history", "--replay", str(f["before"]), "--format", "json", "-q", URL)
    assert (first.returncode, first.stderr) == (0, "")
    rehearsed = cli("recheck", "--replay", str(f["after"]), "--format", "json", "-q")
    assert rehearsed.returncode == 0 and [s["url"] for s in json.loads(rehearsed.stdout)["sources"]] == [URL]
    assert rehearsed.stderr == ("footprint: the replay, against audit 1 ({day}): 1 new, 0 changed, 4 still exposed, "
                                "0 not checked, 2 fixed\n").format(day=json.loads(first.stdout)["created"][:10])
    listed = cli("history", "--format", "json")
    assert [(r["id"], r["kind"]) for r in json.loads(listed.stdout)] == [(1, "audit")]  # the rehearsal is not kept
