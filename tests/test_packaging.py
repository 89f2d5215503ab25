"""Every data file the code reads is declared as package data, so a normal (non-editable)
install carries it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages, package_data = config["packages"], config["package-data"]
    for package in package_data:
        assert package in packages, f"{package} has data but is not a listed package"
    for data_dir in ("footprint/data", "footprint/data/demo", "reports/data"):
        package = data_dir.replace("/", ".")
        for path in (ROOT / data_dir).iterdir():
            if path.is_file() and path.suffix != ".py":
                assert any(fnmatch.fnmatch(path.name, p) for p in package_data[package]), path


def test_every_python_package_is_listed():
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    found = {str(init.parent.relative_to(ROOT)).replace("/", ".")
             for top in ("footprint", "collectors", "reports") for init in (ROOT / top).rglob("__init__.py")}
    assert found - set(packages) == set()
