"""The command line: `footprint audit | scan | demo | platforms` (contract section 1).

stdout carries only the result; progress and logs go to stderr. A user mistake gets
one clear line on stderr and exit status 2; an unexpected failure exits 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from footprint import __version__
from footprint.errors import FootprintError, InputError, UsageError
from footprint.models import AuditResult

if TYPE_CHECKING:
    from footprint.engine import Event
    from footprint.facts import Facts

log = logging.getLogger("footprint")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `footprint {self.prog.split()[-1]} --help`)"
                         if " " in self.prog else f"{message} (see `footprint --help`)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="footprint", description="Audit your own public profiles as a logged-out stranger "
                     "would see them, and learn what to change.")
    parser.add_argument("--version", action="version", version=f"footprint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--facts", metavar="FACTS.json",
                       help="details you know about yourself, for this run only (instead of the keyring)")
        p.add_argument("--format", choices=("json", "text"), default=None,
                       help="json, or readable text (the default on a terminal)")
        p.add_argument("--mask", action="store_true", help="mask values in the text report (for demonstrations)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")

    a = sub.add_parser("audit", help="audit profile URLs that are your own")
    a.add_argument("urls", nargs="+", metavar="URL")
    a.add_argument("--replay", metavar="CAPTURE.har", help="answer every request from a HAR capture (offline)")
    a.add_argument("--follow-links", action="store_true",
                   help="also audit links your profiles point to (robots.txt is obeyed for them)")
    common(a)

    s = sub.add_parser("scan", help="audit pages you saved from your browser, or text files")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--platform", metavar="NAME", help="the platform the page came from")
    s.add_argument("--source-url", metavar="URL", help="the profile URL that findings are reported against")
    common(s)

    d = sub.add_parser("demo", help="audit a built-in fictional person, offline")
    d.add_argument("--format", choices=("json", "text"), default="text")
    d.add_argument("--mask", action="store_true", help="mask values, as for a room of trainees")
    d.add_argument("-q", "--quiet", action="store_true")

    sub.add_parser("platforms", help="list the supported platforms with an example URL each")
    return parser


class _Progress:
    """Progress lines on stderr, from the engine's events (sources finish in any order)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.total = 0

    def __call__(self, event: Event) -> None:
        from footprint.engine import SourceFinished, SourceQueued, SourceStarted

        if isinstance(event, SourceQueued):
            self.total = max(self.total, event.index)
        if self.quiet:
            return
        if isinstance(event, SourceStarted):
            print(f"[{event.index}/{self.total}] {event.platform}: {event.url} ...", file=sys.stderr, flush=True)
        elif isinstance(event, SourceFinished):
            source = event.source
            detail = f" ({source.detail})" if source.status.value != "ok" and source.detail else ""
            print(f"[{event.index}/{self.total}] {source.platform}: {source.status.value}, "
                  f"{event.findings} finding(s){detail}", file=sys.stderr, flush=True)


def _load_facts(path: str | None) -> Facts:
    from footprint.facts import Facts

    if path:
        return Facts.from_file(path)
    from footprint import secrets

    return secrets.load_facts_quietly()


def _emit(result: AuditResult, fmt: str | None, masked: bool = False) -> None:
    if fmt is None:
        fmt = "text" if sys.stdout.isatty() else "json"
    if fmt == "json":
        out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        from reports.text import render

        out = render(result, masked=masked)
    sys.stdout.buffer.write(out.encode("utf-8", errors="replace"))
    sys.stdout.flush()


def _interruptible(run: Callable[[threading.Event], AuditResult]) -> AuditResult:
    """Run an audit in a worker thread so that Ctrl-C cancels it: sources not finished are
    reported as cancelled and the result is still printed."""
    cancel = threading.Event()
    box: list[AuditResult | BaseException] = []

    def work() -> None:
        try:
            box.append(run(cancel))
        except BaseException as exc:  # handed back to the main thread, which reports it
            box.append(exc)

    worker = threading.Thread(target=work, name="footprint-audit", daemon=True)
    worker.start()
    while worker.is_alive():
        try:
            worker.join(0.2)
        except KeyboardInterrupt:
            if cancel.is_set():
                raise
            cancel.set()
            print("footprint: stopping: finishing the requests in flight (Ctrl-C again to quit now)",
                  file=sys.stderr, flush=True)
    outcome = box[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def cmd_audit(args: argparse.Namespace) -> int:
    from footprint import wiring
    from footprint.engine import check_url
    from footprint.http import Http

    urls = [check_url(u) for u in args.urls]
    facts = _load_facts(args.facts)
    if args.replay:
        from footprint.har import ReplayTransport

        http = Http(ReplayTransport.from_file(args.replay))
    else:
        http = Http.network()
    engine = wiring.engine()
    result = _interruptible(lambda cancel: engine.audit(urls, http, facts, observer=_Progress(args.quiet),
                                                        follow_links=args.follow_links, cancel=cancel))
    _emit(result, args.format, args.mask)
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from footprint import wiring
    from footprint.engine import Scanned, check_url
    from footprint.files import STDIN, check_input

    source_url = check_url(args.source_url) if args.source_url else None
    files = []
    for name in args.files:
        check_input(name)  # a missing file, a directory, a FIFO or a device is named before any work
        files.append(Scanned(Path(name), args.platform, source_url))
    if args.files.count(STDIN) > 1:
        raise UsageError("standard input ('-') can be read only once")
    facts = _load_facts(args.facts)
    engine = wiring.engine()
    result = _interruptible(lambda cancel: engine.scan(files, facts, observer=_Progress(args.quiet), cancel=cancel))
    _emit(result, args.format, args.mask)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from footprint import wiring
    from footprint.demo import run_demo

    result = run_demo(wiring.engine(), observer=_Progress(args.quiet))
    _emit(result, args.format, args.mask)
    return 0


def cmd_platforms(args: argparse.Namespace) -> int:
    import collectors

    platforms = sorted(collectors.COLLECTORS, key=lambda c: (c.name == "website", c.title.casefold()))
    for c in platforms:
        print(f"{c.name:12} {c.title:40} {c.example}")
    return 0


COMMANDS = {"audit": cmd_audit, "scan": cmd_scan, "demo": cmd_demo, "platforms": cmd_platforms}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="footprint: %(message)s", stream=sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return 2
        return COMMANDS[args.command](args)
    except (UsageError, InputError) as exc:
        print(f"footprint: {exc}", file=sys.stderr)
        return 2
    except FootprintError as exc:
        print(f"footprint: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("footprint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place an unexpected failure becomes a message
        if os.environ.get("FOOTPRINT_DEBUG"):
            traceback.print_exc()
        from footprint.sanitize import clean_line  # exception text may quote what came from outside

        print(f"footprint: unexpected failure ({type(exc).__name__}: {clean_line(exc)[:300]}); please report it "
              "(set FOOTPRINT_DEBUG=1 for the details)", file=sys.stderr)
        return 1
