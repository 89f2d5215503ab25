"""A large page's detection on two cores: some detectors run in a forked copy of the process, same hits in order."""

from __future__ import annotations

import gc
import io
import os
import threading
from collections.abc import Sequence
from typing import IO, Any

from footprint.detect.base import Detector, Hit
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

# Characters of the user's own text from which a second process pays: the split costs 0.04-0.05 s more CPU at
# any size (the fork, pages copied on write, the child's own first look-ups), detection about 0.002 s per 1,000
# characters, so from here the extra is under a fifth of what it splits (bench/bench_split.py).
SPLIT_AT = 60_000

# The detectors the child runs: about half of detection's time on long pages (bench/bench_phases.py).
CHILD_CATEGORIES = frozenset({"family", "home_location"})


def detect_all(detectors: Sequence[Detector], profile: Profile, facts: Facts) -> list[Hit]:
    """Every detector's hits, in the detectors' order; on a large page some are found by a forked child
    while this process finds the rest. Any failure of the child's part is made good here, serially."""
    # Everything made so far outlives detection: the collector skips it until detection is done. Its passes
    # over the whole heap cost a twentieth of detection on a large page, and in a split would write to each
    # object's header, copying the pages the two processes share. Not with another thread running, which
    # may be detecting too and would unfreeze this one's objects, or freeze its own for good.
    alone = threading.active_count() == 1
    if alone:
        gc.freeze()
    try:
        return _detect_all(detectors, profile, facts)
    finally:
        if alone:
            gc.unfreeze()


def _detect_all(detectors: Sequence[Detector], profile: Profile, facts: Facts) -> list[Hit]:
    theirs = [i for i, d in enumerate(detectors) if d.category in CHILD_CATEGORIES]
    if not theirs or not can_split(profile):
        return [h for d in detectors for h in d.detect(profile, facts)]
    found: dict[int, list[Hit]] = {}
    child = _start([detectors[i] for i in theirs], profile, facts)
    try:
        for i, detector in enumerate(detectors):
            if i not in theirs:
                found[i] = detector.detect(profile, facts)
        got = _finish(child, profile) if child else None
    finally:
        if child:
            _end(child)
    if got is not None and len(got) == len(theirs):
        found.update(zip(theirs, got, strict=True))
    for i in theirs:
        if i not in found:
            found[i] = detectors[i].detect(profile, facts)
    return [h for i in range(len(detectors)) for h in found[i]]


def can_split(profile: Profile) -> bool:
    """Whether a second process is worth it and safe: a large page, fork available, no other thread (a forked
    child has only the thread that forked, and whatever lock another held stays held in it), and a core free."""
    return (hasattr(os, "fork") and threading.active_count() == 1
            and sum(len(b.text) for b in profile.blocks if b.own) >= SPLIT_AT and core_free())


def core_free() -> bool:
    """Whether a second core is there for the child: two or more this process may use, and by the last
    minute's load average one of them idle. On a busy machine the child would only wait for a core, and the
    split costs more CPU than it saves (bench/bench_split.py)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows has no fork either): the cores alone say
        load = 0.0
    return cores >= 2 and load <= cores - 0.5


class _Child:
    def __init__(self, pid: int, read: int) -> None:
        self.pid, self.read, self.reaped = pid, read, False


def _start(detectors: list[Detector], profile: Profile, facts: Facts) -> _Child | None:
    """The child forked and finding its detectors' hits, or None when it could not be forked."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: never returns
        status = 1
        gc.disable()  # short-lived: its collections would only copy the parent's pages it walks
        try:
            import signal

            os.close(read)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to act on
            hits = [d.detect(profile, facts) for d in detectors]
            with os.fdopen(write, "wb") as out:
                dump(hits, out, profile)
            status = 0
        finally:
            os._exit(status)  # no exit handlers, no flushing of the parent's buffered output
    os.close(write)
    return _Child(pid, read)


def _finish(child: _Child, profile: Profile) -> list[list[Hit]] | None:
    """The child's hits per detector, or None when it failed (it is then reaped here)."""
    chunks = []
    with os.fdopen(child.read, "rb", closefd=False) as pipe:
        while chunk := pipe.read(1 << 16):
            chunks.append(chunk)
    _, status = os.waitpid(child.pid, 0)
    child.reaped = True
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        hits = load(io.BytesIO(b"".join(chunks)), profile)
    except Exception:
        return None
    return hits if isinstance(hits, list) else None


def _end(child: _Child) -> None:
    """The pipe closed and the child reaped, stopped first if this process gave up on it (an error here)."""
    import signal

    os.close(child.read)
    if not child.reaped:
        try:
            os.kill(child.pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(child.pid, 0)


def dump(hits: list[list[Hit]], out: IO[bytes], profile: Profile) -> None:
    """Hits pickled with their blocks as indexes into the profile both processes hold, so that `load` gives back
    the same block objects, not copies (pickle is imported here: only a split needs it)."""
    import pickle

    index = {id(b): i for i, b in enumerate(profile.blocks)}
    pickler = pickle.Pickler(out, pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = lambda obj: index.get(id(obj)) if type(obj) is TextBlock else None  # type: ignore
    pickler.dump(hits)


def load(data: IO[bytes], profile: Profile) -> Any:
    import pickle

    def block(pid: object) -> TextBlock:
        if not isinstance(pid, int):
            raise pickle.UnpicklingError("not a block's index")
        return profile.blocks[pid]

    unpickler = pickle.Unpickler(data)
    unpickler.persistent_load = block  # type: ignore
    return unpickler.load()
