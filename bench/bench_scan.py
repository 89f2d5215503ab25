"""Benchmark: where figure 1's scan and figure 3's replayed audit spend their CPU time, outside detection.

Prints, for the footprint this Python imports, the CPU seconds (best of several runs) of each step of
reading the 1.5 MB WordPress-style page of bench_speed (in one process, after a first warm-up run),
the scan in-process with and without detection, and the whole-process CPU time of `footprint scan`
on that page and of `footprint audit --replay` on a tiny capture, against `python -c "import requests"`.
CPU time, not wall time: on a shared machine it is the steadier measure. To compare two trees, run
it with each tree's Python at the same moment:
    .venv/bin/python bench/bench_scan.py
    /path/to/other/.venv/bin/python bench/bench_scan.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_speed import wordpress_page

RUNS = 5


def best(step: Callable[[], Any], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
    return min(times)


def child_cpu(cmd: list[str], runs: int = RUNS) -> float:
    """The best CPU time (user and system) of `runs` runs of a child process."""
    times = []
    for _ in range(runs):
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        times.append(usage.ru_utime + usage.ru_stime)
    return min(times)


def in_process(page: Path) -> None:
    import collectors
    import footprint.engine as engine_module
    from collectors.html import fast
    from footprint import wiring
    from footprint.engine import Scanned
    from footprint.facts import Facts
    from footprint.models import Profile

    body = page.read_bytes()
    url = page.as_uri()
    root = fast.tree_of(body)
    steps: dict[str, Callable[[], Any]] = {
        "parse (lxml)": lambda: fast.tree_of(body),
        "signs": lambda: fast.signs(root),
        # (recognise keeps its tree for the reader: dropped, so that each run parses)
        "recognise (parse, signs, platform checks)": lambda: (fast.__dict__["_kept"].__dict__.pop("page", None),
                                                              collectors.recognise(body)),
        "title, meta": lambda: fast.add_meta(Profile(url=url, platform="website"), root),
        "h-cards": lambda: fast.add_hcards(Profile(url=url, platform="website"), root, url),
        "text blocks, with their authors": lambda: list(fast.blocks(root)),
        "text blocks into the profile, owner": lambda: fast.add_blocks(
            Profile(url=url, platform="website"), fast.blocks(root), lambda: root.iter()),
        "image alts, links": lambda: (fast.add_image_alts(Profile(url=url, platform="website"), root),
                                      fast.add_links(Profile(url=url, platform="website"), root, url)),
    }
    for name, step in steps.items():
        print(f"   {name:45} {best(step):.3f} s")
    engine = wiring.engine()
    scan = lambda: engine.scan([Scanned(page, None, None)], Facts())  # noqa: E731
    scan()
    whole = best(scan, 3)
    detect = engine_module.detect
    engine_module.detect = lambda *args, **kwargs: []     # type: ignore[assignment]
    try:
        reading = best(scan, 3)
    finally:
        engine_module.detect = detect
    print(f"   {'engine.scan, in-process':45} {whole:.3f} s")
    print(f"   {'engine.scan without detection':45} {reading:.3f} s")


def main() -> int:
    bin_dir = Path(sys.executable).parent
    footprint = str(bin_dir / "footprint")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tmp, "pycache"))
        page = Path(tmp, "blog.html")
        page.write_bytes(wordpress_page())
        har = Path(tmp, "tiny.har")
        har.write_text(json.dumps({"log": {"version": "1.2", "entries": [{
            "request": {"method": "GET", "url": "https://jo.example/"},
            "response": {"status": 200, "headers": [{"name": "Content-Type", "value": "text/html"}],
                         "content": {"text": "<p>Hello</p>"}}}]}}))
        import footprint as package
        print(f"footprint from {Path(package.__file__).parent.parent}, CPU seconds, best of {RUNS}:")
        in_process(page)
        scan = child_cpu([footprint, "scan", "--format", "json", "-q", str(page)], 3)
        requests = child_cpu([sys.executable, "-c", "import requests"], 9)
        replay = child_cpu([footprint, "audit", "--replay", str(har), "--format", "json", "-q",
                            "https://jo.example/"], 9)
        print(f"   {'footprint scan, whole process':45} {scan:.3f} s")
        print(f"   {'audit --replay, whole process':45} {replay:.3f} s ({replay / requests:.2f}x import requests, "
              f"{requests:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
