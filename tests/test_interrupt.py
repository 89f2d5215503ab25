"""Ctrl-C during an audit or scan: the first stops it (the result still printed), a second quits; no thread."""

from __future__ import annotations

import os
import signal
import threading

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
