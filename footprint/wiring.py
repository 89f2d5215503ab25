"""The composition root: the one place that hands the engine its collectors, saved-file reader
and advisor. Both front ends (the command line and the Textual app) build their engine here."""

from __future__ import annotations

from typing import Any

from footprint.engine import Engine


def engine(**options: Any) -> Engine:
    """An engine wired to every collector and to the remediation advisor."""
    import collectors
    from collectors.saved import read_saved_file
    from reports.remediation import advise

    return Engine(find=collectors.find, pick_saved=collectors.pick_for_saved, read_saved=read_saved_file,
                  advise=advise, **options)
