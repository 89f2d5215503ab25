"""The composition root: the one place that hands the engine its collectors, saved-file reader
and advisor. Both front ends (the command line and the Textual app) build their engine here."""

from __future__ import annotations

from typing import Any

from footprint.engine import Engine
from footprint.models import Collected, Finding


def engine(**options: Any) -> Engine:
    """An engine wired to every collector and to the remediation advisor."""
    import collectors

    return Engine(find=collectors.find, pick_saved=collectors.pick_for_saved, read_saved=_read_saved,
                  advise=_advise, **options)


# The saved-file reader (with the markdown and chat readers) and the advice are imported when first
# used: an audit of web addresses reads no file, and one that finds nothing gives no advice.

def _read_saved(body: bytes, source_url: str, collector: Any) -> Collected:
    from collectors.saved import read_saved_file

    return read_saved_file(body, source_url, collector)


def _advise(finding: Finding) -> str:
    from reports.remediation import advise

    return advise(finding)
