"""The layers hold at run time too: the core loads no collectors, reports or Textual, and every
module of `footprint` is on one side of the line that .importlinter draws."""

from __future__ import annotations

import configparser
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import footprint

ROOT = Path(__file__).resolve().parent.parent
FRONT_ENDS = {"footprint.cli", "footprint.wiring", "footprint.tui", "footprint.__main__"}


def core_modules() -> set[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    return set(config["importlinter:contract:core"]["source_modules"].split())


def test_every_module_of_footprint_is_core_or_front_end():
    top = {f"footprint.{m.name}" for m in pkgutil.iter_modules(footprint.__path__)} - {"footprint.data"}
    assert top - core_modules() - FRONT_ENDS == set()
    assert core_modules() & FRONT_ENDS == set()


def test_the_core_loads_nothing_above_it():
    code = ("import json, sys\n"
            f"for name in {sorted(core_modules())!r}:\n"
            "    __import__(name)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('collectors', 'reports', 'textual'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_the_core_runs_an_audit_without_textual():
    code = ("import sys; sys.modules['textual'] = None\n"
            "from footprint import wiring; from footprint.demo import run_demo\n"
            "print(len(run_demo(wiring.engine()).sources))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) == 5  # the demo persona's five profiles
