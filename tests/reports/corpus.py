"""Audit results to test reports on: the demo, and every case of the corpora (run through the command line)."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
from functools import cache
from pathlib import Path

from footprint.cli import main
from footprint.models import AuditResult
from reports.load import from_dict

ROOT = Path(__file__).resolve().parents[2]
# the shared development corpus, where this machine has it (tests skip its cases elsewhere)
DEV = Path(os.environ.get("FOOTPRINT_DEV_CORPUS", ROOT.parent / "shared" / "eval" / "dev"))


def case_folders() -> list[Path]:
    corpora = sorted(p for p in (ROOT / "eval").iterdir() if p.is_dir())
    if DEV.is_dir():
        corpora.append(DEV)
    return sorted(c.parent for corpus in corpora for c in corpus.glob("*/case.json"))


def _har(case: dict, folder: Path) -> dict:
    entries = []
    for r in case.get("responses", []):
        headers = [{"name": k, "value": v} for k, v in (r.get("headers") or {}).items()]
        if r.get("content_type"):
            headers.append({"name": "Content-Type", "value": r["content_type"]})
        body = (folder / r["file"]).read_bytes() if r.get("file") else b""
        entries.append({"request": {"method": "GET", "url": r["url"], "headers": []},
                        "response": {"status": r["status"], "headers": headers,
                                     "content": {"text": base64.b64encode(body).decode(), "encoding": "base64"}}})
    return {"log": {"version": "1.2", "entries": entries}}


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
        out.flush()
        return code, out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


@cache
def case_result(folder: Path, tmp: Path) -> AuditResult:
    case = json.loads((folder / "case.json").read_text("utf-8"))
    facts = tmp / f"{folder.name}-facts.json"
    facts.write_text(json.dumps(case.get("facts") or {}))
    if case.get("command") == "scan":
        argv = ["scan", "-q", "--facts", str(facts), "--format", "json"]
        for f in case["files"]:
            argv += [str(folder / f["file"])]
        platform = {f.get("platform") for f in case["files"]}
        url = {f.get("source_url") for f in case["files"]}
        if len(platform) == 1 and None not in platform:
            argv += ["--platform", platform.pop()]
        if len(url) == 1 and None not in url:
            argv += ["--source-url", url.pop()]
    else:
        har = tmp / f"{folder.name}.har"
        har.write_text(json.dumps(_har(case, folder)))
        argv = ["audit", "-q", "--replay", str(har), "--facts", str(facts), "--format", "json", *case["urls"]]
    code, out = run_cli(*argv)
    assert code == 0, folder
    return from_dict(json.loads(out))


@cache
def demo_result() -> AuditResult:
    code, out = run_cli("demo", "-q", "--format", "json")
    assert code == 0
    return from_dict(json.loads(out))
