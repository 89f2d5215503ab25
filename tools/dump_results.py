"""Keep every corpus case's raw JSON result, so that a change meant to keep findings (a speed change) can
be checked to change none: run it before and after, then `diff -r BEFORE AFTER`.

Usage: python tools/dump_results.py OUTDIR [FOOTPRINT]   (FOOTPRINT defaults to .venv/bin/footprint)
Runs ../shared/eval/score.py on every corpus in eval/floors with a stand-in tool that runs FOOTPRINT and
keeps what it prints; times and temporary paths are blanked so that two runs compare.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
# what differs between two runs of the same code
VOLATILE = (re.compile(r"/tmp/[\w./-]+"), re.compile(r'"(created|checked_at|generated|started|finished|when|elapsed|'
                                                     r'seconds)": [^,}\n]+'))

KEEPER = """#!/bin/sh
n=$(ls "{out}" | wc -l)
file=$(printf '%s/%04d.json' "{out}" "$n")
"{tool}" "$@" > "$file"
status=$?
cat "$file"
exit $status
"""


def corpora() -> list[Path]:
    lines = (ROOT / "eval" / "floors").read_text().splitlines()
    return [(ROOT / line.split()[0]).resolve() for line in lines if line.strip() and not line.startswith("#")]


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    tool = Path(argv[1] if len(argv) > 1 else ROOT / ".venv" / "bin" / "footprint").resolve()
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora():
            folder = out / corpus.name
            folder.mkdir(parents=True)
            keeper = Path(tmp, f"keep-{corpus.name}.sh")
            keeper.write_text(KEEPER.format(out=folder, tool=tool))
            keeper.chmod(keeper.stat().st_mode | stat.S_IXUSR)
            score = subprocess.run([sys.executable, str(SCORER), str(corpus), "--cmd", str(keeper)],
                                   capture_output=True, text=True)
            (out / f"{corpus.name}.score").write_text(score.stdout + score.stderr)
            print(corpus.name, next((line for line in score.stdout.splitlines() if line.startswith("overall")), "?"))
    for path in out.rglob("*.json"):
        text = path.read_text()
        text = VOLATILE[0].sub("TMP", text)
        path.write_text(VOLATILE[1].sub(lambda m: f'"{m.group(1)}": X', text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
