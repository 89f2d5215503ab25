"""Shared by the vault tests: two captures of one fictional profile (before and after the user
edited it), the facts that go with it, and running footprint as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
URL = "https://sam.example/"
BEFORE = ("<html><body><p>Sam Example. Born 12 March 1990. Originally from Romford, now living in Chelmsford.</p>"
          "<p>Call 07700 900123. My kids Alfie and Marisol.</p></body></html>")
AFTER = ("<html><body><p>Sam Example. Now living in Chelmsford.</p>"
         "<p>Call 07700 900123 or write to sam@example.com. My kids Alfie and Marisol.</p></body></html>")
FACTS = {"full_name": "Sam Example", "date_of_birth": "1990-03-12", "birthplace": "Romford",
         "football_team": "Example Town", "family": ["Alfie", "Marisol"], "home_postcode": "CM1 9ZZ",
         "phone": "07700 900123", "email": "sam@example.com"}
# every fact as it could be written to a file: as given, and as findings hold them
# long enough that the encrypted history's base64 cannot hold one by chance (a three-letter name could)
FACT_STRINGS = ["Sam Example", "1990-03-12", "Romford", "Example Town", "Alfie", "Marisol", "CM1 9ZZ", "07700 900123",
                "07700900123", "+447700900123", "sam@example.com"]


def write_har(path: Path, body: str) -> Path:
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": [
        {"request": {"method": "GET", "url": URL},
         "response": {"status": 200, "headers": [{"name": "Content-Type", "value": "text/html; charset=utf-8"}],
                      "content": {"text": body, "mimeType": "text/html"}}}]}}))
    return path


def files(tmp_path: Path) -> dict[str, Path]:
    """The two captures and a facts file in tmp_path."""
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(FACTS))
    return {"before": write_har(tmp_path / "before.har", BEFORE), "after": write_har(tmp_path / "after.har", AFTER),
            "facts": facts}


def footprint(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    """footprint ARGS as its own process, with this test's environment (its private XDG dirs)."""
    return subprocess.run([sys.executable, "-m", "footprint", *args], cwd=ROOT, env=env or dict(os.environ),
                          input=stdin, capture_output=True, text=True, timeout=120)


def statuses(diff_json: str) -> list[tuple[str, str, str]]:
    return [(c["status"], c["category"], c["value"]) for c in json.loads(diff_json)["changes"]]


# what the edit from BEFORE to AFTER did, as `footprint diff --format json` reports it
EXPECTED_DIFF = [
    ("new", "email_address", "sam@example.com"),
    ("still exposed", "family", "child: Alfie"),
    ("still exposed", "family", "child: Marisol"),
    ("still exposed", "home_location", "Chelmsford"),
    ("still exposed", "phone_number", "+447700900123"),
    ("fixed", "birthplace", "Romford"),
    ("fixed", "date_of_birth", "1990-03-12"),
]


def every_file_under(*dirs: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for d in dirs if d.exists() for p in d.rglob("*") if p.is_file()}
