"""Check that two runs of the scorer gave the same result for every case of every corpus, timings apart.

A speed change must not change what the tool finds. Score each corpus before and after, then compare:

    python3 /work/shared/eval/score.py CORPUS --cmd "..." --json BEFORE/NAME.json   (and AFTER/NAME.json)
    .venv/bin/python bench/same_scores.py BEFORE AFTER

Every NAME.json of BEFORE must have its twin in AFTER, equal in everything but the command, the
seconds and the scorer's temporary folder in file URLs (the per-case results: hits, misses, sources,
statuses, notes, stderr). Exit 1 on any difference.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

IGNORED = {"cmd", "seconds"}
# the scorer's temporary folder for each case: footprint-eval-CASE- and tempfile's random suffix
TEMPORARY = re.compile(r"(footprint-eval-[^/]+?-)[a-z0-9_]{8}(?=/)")


def without_timings(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_timings(v) for k, v in data.items() if k not in IGNORED}
    if isinstance(data, list):
        return [without_timings(v) for v in data]
    if isinstance(data, str):
        return TEMPORARY.sub(r"\1*", data)
    return data


def differences(before: Path, after: Path) -> list[str]:
    found = []
    names = sorted(p.name for p in before.glob("*.json"))
    if not names:
        return [f"no score files in {before}"]
    for name in names:
        if not (after / name).exists():
            found.append(f"{name}: missing from {after}")
            continue
        old = without_timings(json.loads((before / name).read_text()))
        new = without_timings(json.loads((after / name).read_text()))
        cases_old = {c["id"]: c for c in old.pop("cases")}
        cases_new = {c["id"]: c for c in new.pop("cases")}
        if old != new:
            found.append(f"{name}: the totals differ")
        for case in sorted(cases_old.keys() | cases_new.keys()):
            if cases_old.get(case) != cases_new.get(case):
                found.append(f"{name}: case {case} differs")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = differences(Path(argv[0]), Path(argv[1]))
    for line in found:
        print(line)
    count = len(list(Path(argv[0]).glob("*.json")))
    print(f"{count} corpora compared: {'identical apart from timings' if not found else f'{len(found)} differences'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
