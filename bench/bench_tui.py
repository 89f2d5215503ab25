"""Benchmark: the app's welcome screen must appear within a second of start.

Two measures, best of several runs each:
  * the real program in a terminal (tmux, when installed): from starting `footprint tui` to the
    welcome screen being on the terminal, Python start-up and imports included;
  * in-process, headless: from creating the app to its welcome screen being mounted.
Run:  .venv/bin/python bench/bench_tui.py
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 1.0
RUNS = 5


def in_terminal() -> float:
    """Seconds from starting the program in tmux to "Welcome" on its screen."""
    socket = f"footprint-bench-{os.getpid()}-{time.monotonic_ns()}"
    home = tempfile.mkdtemp()
    command = f"{sys.executable} -m footprint tui"
    try:
        started = time.perf_counter()
        subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "b", "-x", "80", "-y", "24",
                        "-e", f"HOME={home}", "-e", "TERM=xterm-256color", command], check=True)
        while True:
            shown = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "b"],
                                   capture_output=True, text=True).stdout
            if "Press Enter to start" in shown:
                return time.perf_counter() - started
            if time.perf_counter() - started > 30:
                raise SystemExit(f"the welcome screen never appeared:\n{shown}")
            time.sleep(0.005)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)


def headless() -> float:
    """Seconds from creating the app to its welcome screen, without a terminal."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from footprint.tui import launch
    from footprint.tui.app import FootprintApp
    from footprint.tui.welcome import WelcomeScreen

    async def run() -> float:
        started = time.perf_counter()
        app = FootprintApp(launch.real())
        async with app.run_test(size=(80, 24)) as pilot:
            while not isinstance(app.screen, WelcomeScreen) or not app.screen.is_mounted:
                await pilot.pause(0.001)
            return time.perf_counter() - started

    return asyncio.run(run())


def main() -> int:
    results = {}
    if shutil.which("tmux"):
        results["real program in a terminal"] = min(in_terminal() for _ in range(RUNS))
    results["in-process, headless"] = min(headless() for _ in range(RUNS))
    for what, seconds in results.items():
        print(f"welcome screen, {what}: {seconds:.3f} s (best of {RUNS}; goal < {GOAL_SECONDS:.1f} s)")
    return 0 if all(s < GOAL_SECONDS for s in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
