"""Ctrl-C during an audit or scan: the first stops it (the result still printed), a second quits; no thread."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from footprint.cli import _interruptible
from footprint.models import AuditResult


def test_the_work_runs_in_this_thread_and_ctrl_c_sets_its_stop_flag(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[object] = []
    result = AuditResult(sources=[], findings=[])

    def work(cancel: threading.Event) -> AuditResult:
        seen.append(threading.current_thread() is threading.main_thread())
        seen.append(threading.active_count())
        os.kill(os.getpid(), signal.SIGINT)
        seen.append(cancel.wait(5))
        return result

    before, threads = signal.getsignal(signal.SIGINT), threading.active_count()
    assert _interruptible(work) is result
    assert seen == [True, threads, True]
    assert signal.getsignal(signal.SIGINT) is before
    assert capsys.readouterr().err == ("footprint: stopping: finishing the requests in flight "
                                       "(Ctrl-C again to quit now)\n")


def test_a_second_ctrl_c_quits() -> None:
    stopped: list[bool] = []

    def work(cancel: threading.Event) -> AuditResult:
        os.kill(os.getpid(), signal.SIGINT)
        cancel.wait(5)
        stopped.append(cancel.is_set())
        os.kill(os.getpid(), signal.SIGINT)
        threading.Event().wait(5)  # the handler raises here
        raise AssertionError("not interrupted")

    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        _interruptible(work)
    assert stopped == [True]
    assert signal.getsignal(signal.SIGINT) is before


def test_a_scan_stopped_between_files_reports_the_rest_cancelled(tmp_path: Path) -> None:
    from footprint.engine import Scanned, SourceFinished
    from footprint.wiring import engine

    files = []
    for n in range(3):
        files.append(tmp_path / f"page{n}.txt")
        files[-1].write_text("Born and raised in Wakefield.")
    cancel = threading.Event()

    def observer(event: object) -> None:
        if isinstance(event, SourceFinished):
            cancel.set()  # as Ctrl-C does, once the first file is read

    result = engine().scan([Scanned(f) for f in files], observer=observer, cancel=cancel)
    assert [s.status.value for s in result.sources] == ["ok", "cancelled", "cancelled"]
    assert [f.value for f in result.findings] == ["Wakefield"]
