"""Detection on one core and on two (footprint/detect/split.py): wall and CPU seconds of a first `detect()` in a
fresh process, for figure 1's page and for pieces of figure 2's mixed text of several sizes, best of several
processes, serial and split alternately (split forced at every size, to see where it pays). CPU counts the forked
child's too: the split does more work, not less. The longer of the two processes' CPU times is what the wall
time would be with a core free for each, which a loaded machine does not give.

Run:  .venv/bin/python bench/bench_split.py [runs] [sizes in KB ...]   (default 5 runs; 10 30 60 120 500 KB)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from footprint.detect import detect, split
from footprint.facts import Facts
how, what = sys.argv[2], sys.argv[3]
split.SPLIT_AT = float("inf") if how == "serial" else 0   # split at every size, to see where it pays
if what == "page":
    from footprint import wiring
    from footprint.files import read_input
    from pathlib import Path
    page = Path(sys.argv[4])
    engine = wiring.engine()
    body = read_input(page)
    profile = engine.read_saved(body, page.as_uri(), engine.pick_saved(body, None, page.as_uri())).profile
    facts = Facts()
else:
    from bench_speed import mixed_text_profile
    profile, _ = mixed_text_profile(int(what) * 1000)
    facts = Facts(full_name="Jo Example", family=("Gareth",))
def cpu(who):
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime
wall, me, kids = time.perf_counter(), cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
findings = detect(profile, facts)
wall, me, kids = time.perf_counter() - wall, cpu(resource.RUSAGE_SELF) - me, cpu(resource.RUSAGE_CHILDREN) - kids
print(json.dumps({"wall": wall, "cpu": me + kids, "path": max(me, kids), "findings": repr(findings)}))
"""


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_speed import wordpress_page

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sizes = sys.argv[2:] or ["10", "30", "60", "120", "500"]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "blog.html")
        page.write_bytes(wordpress_page())
        print(f"first detect() in a fresh process, seconds, best of {runs}: wall / CPU (the child's included) / for "
              "split, the longer of the two processes' CPU (the wall time with a core free for each)")
        for what in ["page", *sizes]:
            best: dict[str, list[float]] = {"serial": [1e9, 1e9, 1e9], "split": [1e9, 1e9, 1e9]}
            said: set[str] = set()
            for _ in range(runs):
                for how in best:
                    out = json.loads(subprocess.run(
                        [sys.executable, "-c", CHILD, str(Path(__file__).parent), how, what, str(page)],
                        capture_output=True, text=True, check=True).stdout)
                    best[how] = [min(b, out[k]) for b, k in zip(best[how], ("wall", "cpu", "path"), strict=True)]
                    said.add(out["findings"])
            name = "figure 1's page" if what == "page" else f"{what} KB of figure 2's text"
            print(f"   {name:28} serial {best['serial'][0]:.3f} / {best['serial'][1]:.3f}   "
                  f"split {best['split'][0]:.3f} / {best['split'][1]:.3f} / {best['split'][2]:.3f}"
                  f"{'' if len(said) == 1 else '   FINDINGS DIFFER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
