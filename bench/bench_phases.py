"""Figure 1's scan by phase: CPU seconds (a second process's included) and wall seconds of each step of a first
scan of the 1.5 MB WordPress-style page in a fresh process (imports, wiring, reading and recognising, collecting,
detection), best of several processes.

A fresh process pays once for what a long-lived one pays once for all pages (imports, compiling patterns,
building phrase indexes), as `footprint scan` does. To compare two trees, run it with each tree's Python at the
same moment (CPU time: on a shared machine wall time says more about the other sessions than about this code):
    .venv/bin/python bench/bench_phases.py [runs]
    /path/to/other/.venv/bin/python bench/bench_phases.py [runs]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
def cpu():  # this process's and its waited-for children's (detection's second process on a large page)
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime
start, wall = cpu(), time.perf_counter()
from footprint import wiring
from footprint.detect import detect
from footprint.facts import Facts
from footprint.files import read_input
from pathlib import Path
steps = {"imports": cpu() - start}
def step(name, work):
    t, w = cpu(), time.perf_counter()
    out = work()
    steps[name] = cpu() - t
    steps[name + " (wall)"] = time.perf_counter() - w
    return out
page = Path(sys.argv[1])
engine = step("wiring", wiring.engine)
body = step("read", lambda: read_input(page))
collector = step("recognise", lambda: engine.pick_saved(body, None, page.as_uri()))
collected = step("collect", lambda: engine.read_saved(body, page.as_uri(), collector))
findings = step("detect", lambda: detect(collected.profile, Facts()))
steps["total"] = cpu() - start
steps["total (wall)"] = time.perf_counter() - wall
print(json.dumps({"steps": steps, "findings": len(findings)}))
"""


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_speed import wordpress_page

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "blog.html")
        page.write_bytes(wordpress_page())
        best: dict[str, float] = {}
        findings = 0
        for _ in range(runs):
            out = json.loads(subprocess.run([sys.executable, "-c", CHILD, str(page)], capture_output=True, text=True,
                                            check=True).stdout)
            findings = out["findings"]
            for name, seconds in out["steps"].items():
                best[name] = min(best.get(name, float("inf")), seconds)
    print(f"figure 1's page in a fresh process, CPU seconds and wall, best of {runs} ({findings} findings):")
    for name, seconds in best.items():
        print(f"   {name:10} {seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
