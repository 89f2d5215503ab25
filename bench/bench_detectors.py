"""Per-detector CPU time on the mixed profile text of figure 2 (bench_speed.py), best of several runs.

Run:  .venv/bin/python bench/bench_detectors.py [MB] [runs]   (default 0.5 MB, 3 runs)
Prints CPU seconds per detector and in all, and the throughput that makes (CPU time, a forked child's
included: the machine is shared, so wall time says more about the other sessions than about this code).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_speed import cpu_seconds, mixed_text_profile  # noqa: E402

from footprint.detect import detect, detectors, windowed  # noqa: E402
from footprint.detect.listing import listed  # noqa: E402
from footprint.facts import Facts  # noqa: E402


def clear_text_caches() -> None:
    """Forget what the bounded caches of footprint.detect (kept per text block) hold, so that each run
    reads every block afresh; the unbounded ones (data files, indexes) stay loaded."""
    import importlib
    import pkgutil

    import footprint.detect as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"footprint.detect.{info.name}")
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params and params()["maxsize"] is not None and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()


def main() -> int:
    size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    whole, size = mixed_text_profile(int(size_mb * 1e6))
    facts = Facts(full_name="Jo Example", family=("Gareth",))
    profile = windowed(listed(whole.owned_by([facts.full_name]), facts))
    best: dict[str, float] = {}
    for _ in range(runs):
        for name, step in (("detect() in all", lambda: detect(whole, facts)),
                           ("owned_by + listed", lambda: listed(whole.owned_by([facts.full_name]), facts))):
            clear_text_caches()
            start = cpu_seconds()
            step()
            best[name] = min(best.get(name, float("inf")), cpu_seconds() - start)
        clear_text_caches()
        for det in detectors():
            start = time.process_time()
            det.detect(profile, facts)
            name = type(det).__name__
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    total = best.pop("detect() in all")
    for name, seconds in best.items():
        print(f"{name:24} {seconds:.3f} s")
    print(f"{'detect() in all':24} {total:.3f} s CPU for {size / 1e6:.2f} MB = {size / 1e6 / total:.2f} MB/s "
          f"(best of {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
