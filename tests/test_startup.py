"""What start-up loads: the help and a replayed audit load neither the app, the network stack, html5lib,
soupsieve (loaded when a platform reader first selects with CSS), the readers of platforms the URL
is not on, phonenumbers (when no text holds a run of digits), nor, when given facts and no history or
where no keyring backend could be viable, the keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keyring too: with --facts and --no-history nothing asks it for facts or the history key
HEAVY = ("textual", "footprint.tui", "requests", "urllib3", "html5lib", "soupsieve", "keyring", "secretstorage",
         "jeepney", "cryptography")
# the platform readers a personal site's audit does not need (Mastodon's is asked of every host)
PLATFORMS = ("collectors.linkedin", "collectors.strava", "collectors.youtube", "collectors.linktree",
             "collectors.parkrun", "collectors.justgiving", "collectors.bluesky", "collectors.reddit",
             "collectors.github", "collectors.instagram", "collectors.facebook", "collectors.x",
             "collectors.threads", "collectors.tiktok")
# bs4's encoding guessers: a page that names its charset needs no guess
GUESSERS = ("charset_normalizer", "chardet", "cchardet")


def loaded_after(tmp_path: Path, *argv: str, env: dict[str, str] | None = None,
                 heavy: tuple[str, ...] = HEAVY) -> tuple[int, list[str]]:
    """The exit status of `footprint ARGV` run in a fresh interpreter, and the heavy modules it loaded."""
    code = ("import json, sys\n"
            "from footprint.cli import main\n"
            f"sys.argv = ['footprint', *{list(argv)!r}]\n"
            "try:\n"
            "    status = main()\n"
            "except SystemExit as exc:\n"
            "    status = exc.code\n"
            f"heavy = {heavy!r}\n"
            "print(json.dumps([status or 0, sorted(m for m in sys.modules if m.startswith(heavy) and "
            "(m in heavy or m.startswith(tuple(h + '.' for h in heavy))))]), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env=env)
    status, heavy = json.loads(proc.stderr.strip().splitlines()[-1])
    return status, heavy


def test_help_loads_neither_the_app_nor_the_network(tmp_path):
    assert loaded_after(tmp_path, "--help") == (0, [])


def test_a_replayed_audit_loads_neither_the_app_nor_the_network(tmp_path):
    har = tmp_path / "tiny.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [{
        "request": {"method": "GET", "url": "https://jo.example/"},
        "response": {"status": 200, "headers": [{"name": "Content-Type", "value": "text/html"}],
                     "content": {"text": "<p>Hello from Jo</p>"}}}]}}))
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    assert loaded_after(tmp_path, "audit", "--replay", str(har), "--facts", str(facts), "--format", "json",
                        "--no-history", "-q", "https://jo.example/",
                        heavy=HEAVY + PLATFORMS + ("phonenumbers",)) == (0, [])


def test_a_replayed_audit_where_no_keyring_could_be_viable_loads_no_keyring(tmp_path):
    # no session bus, no X display, no keyring chosen or configured: none of keyring's backends can be
    # viable, so the facts and the history key are not asked of it (tests.test_secrets checks the rule)
    har = tmp_path / "tiny.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [{
        "request": {"method": "GET", "url": "https://jo.example/"},
        "response": {"status": 200, "headers": [{"name": "Content-Type", "value": "text/html"}],
                     "content": {"text": "<p>Hello from Jo</p>"}}}]}}))
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    assert loaded_after(tmp_path, "audit", "--replay", str(har), "--format", "json", "-q", "https://jo.example/",
                        env=env, heavy=HEAVY + PLATFORMS) == (0, [])


def test_a_scanned_page_with_an_h_card_loads_no_network_stack(tmp_path):
    # mf2py reads the h-card; it is imported with a stand-in for requests, which it never uses, and its
    # version read without importlib.metadata; the page names its charset, so bs4 guesses none; it shows
    # no platform's signs, so no platform reader is loaded to judge it
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    page = ROOT / "tests" / "captures" / "generic" / "wordpress_hcard.html"
    assert loaded_after(tmp_path, "scan", "--facts", str(facts), "--no-history", "--format", "json", "-q",
                        str(page), heavy=HEAVY + GUESSERS + PLATFORMS + ("importlib.metadata",)) == (0, [])


def test_mf2py_gets_the_real_requests_when_it_uses_it():
    code = ("import sys\n"
            "from collectors.html.structured import _mf2py\n"
            "parser = sys.modules[_mf2py().__name__ + '.parser']\n"
            "loaded = 'requests' in sys.modules\n"
            "import requests\n"
            "print(loaded, parser.requests.get is requests.get, sys.modules['requests'] is requests)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.split() == ["False", "True", "True"]


def test_bs4_guesses_with_the_real_guesser_when_a_page_names_no_charset():
    code = ("import sys\n"
            "import collectors\n"
            "from bs4.dammit import UnicodeDammit\n"
            "loaded = 'charset_normalizer' in sys.modules\n"
            "guess = UnicodeDammit('<p>Caf\\u00e9 Jo</p>'.encode('utf-8'), [], is_html=True).original_encoding\n"
            "print(loaded, guess, 'charset_normalizer' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.split() == ["False", "utf-8", "True"]


def test_mf2py_has_the_version_its_metadata_gives():
    code = ("import importlib.metadata, sys\n"
            "from collectors.html.structured import _mf2py\n"
            "print(_mf2py().__version__ == importlib.metadata.version('mf2py'))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.split() == ["True"]
