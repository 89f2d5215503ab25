"""The command line (contract section 1): `audit`, `scan`, `demo`, `report`, `platforms`, the facts
vault and history (`facts`, `history`, `diff`, `recheck`, `forget`), and `tui` (the app, which
`footprint` alone and `footprint demo` open on a terminal).

stdout carries only the result; progress and logs go to stderr. A user mistake gets
one clear line on stderr and exit status 2; an unexpected failure exits 1.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import shutil
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from footprint import __version__
from footprint.errors import FootprintError, InputError, UsageError
from footprint.files import write_private
from footprint.models import AuditResult
from reports import FORMATS, SUFFIXES

if TYPE_CHECKING:
    from footprint.diff import Diff
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

    def output(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default=None,
                       help="text (the default on a terminal), json (the default otherwise), markdown, html, "
                       "or manager (a one-page summary for your line manager, without personal details)")
        p.add_argument("-o", "--output", metavar="FILE",
                       help="write the report to FILE (format from its extension unless --format says)")
        p.add_argument("--redact", "--mask", dest="redact", action="store_true",
                       help="hide every value, handle and URL in the report (for showing it to others)")
        p.add_argument("--verbose", action="store_true", help="add technical detail (statuses, reasons)")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--facts", metavar="FACTS.json",
                       help="details you know about yourself, for this run only (instead of the keyring)")
        output(p)
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
    output(d)
    d.add_argument("-q", "--quiet", action="store_true")

    r = sub.add_parser("report", help="render a saved JSON result again, in any format")
    r.add_argument("saved", metavar="SAVED.json")
    output(r)

    sub.add_parser("platforms", help="list the supported platforms with an example URL each")

    t = sub.add_parser("tui", help="open the app (what `footprint` alone does on a terminal)")
    t.add_argument("urls", nargs="*", metavar="URL", help="profile addresses to start with")
    t.add_argument("--replay", metavar="CAPTURE.har", help="answer every request from a HAR capture (offline)")
    t.add_argument("--follow-links", action="store_true", help="start with following links switched on")
    t.add_argument("--mask", action="store_true", help="presenter mode: hide values, handles and addresses")
    _add_vault_commands(sub, common)
    return parser


class _Progress:
    """Progress lines on stderr, from the engine's events (sources finish in any order); URLs and
    details are masked when the report is redacted."""

    def __init__(self, quiet: bool, redact: bool = False) -> None:
        self.quiet = quiet
        self.redact = redact
        self.total = 0

    def __call__(self, event: Event) -> None:
        from footprint.engine import SourceFinished, SourceQueued, SourceStarted

        if isinstance(event, SourceQueued):
            self.total = max(self.total, event.index)
        if self.quiet:
            return
        if isinstance(event, SourceStarted):
            url = event.url
            if self.redact:
                from reports.redact import mask_url

                url = mask_url(url)
            print(f"[{event.index}/{self.total}] {event.platform}: {url} ...", file=sys.stderr, flush=True)
        elif isinstance(event, SourceFinished):
            source = event.source
            if self.redact:
                from reports.redact import masked_source

                source = masked_source(source)
            detail = f" ({source.detail})" if source.status.value != "ok" and source.detail else ""
            print(f"[{event.index}/{self.total}] {source.platform}: {source.status.value}, "
                  f"{event.findings} finding(s){detail}", file=sys.stderr, flush=True)


def _load_facts(path: str | None) -> Facts:
    from footprint.facts import Facts

    if path:
        return Facts.from_file(path)
    from footprint import secrets
    from footprint.errors import KeyringUnavailable

    try:
        return secrets.load_facts()
    except KeyringUnavailable as exc:
        print(f"footprint: {exc}. This audit runs without stored facts.", file=sys.stderr, flush=True)
        return Facts()


def _emit(result: AuditResult, args: argparse.Namespace, facts: Facts | None = None) -> None:
    """Render the result as the options ask (redacted first, when asked) to stdout or, atomically, a file.
    `facts` are those the audit used, so that redaction hides the user's names wherever they appear."""
    import reports

    # the demo is for people reading it; otherwise JSON unless a person is at the terminal
    fmt = args.format or SUFFIXES.get(Path(args.output).suffix.lower() if args.output else "") or (
        "text" if args.command == "demo" or not args.output and sys.stdout.isatty() else "json")
    if args.redact:
        from reports.redact import redact

        if facts is None and getattr(args, "facts", None):
            facts = _load_facts(args.facts)
        # the user's own name and family names are hidden wherever they appear, not only where detected
        result = redact(result, [facts.full_name, *facts.family] if facts else [])
    terminal = not args.output and sys.stdout.isatty()
    out = reports.render(result, fmt, width=shutil.get_terminal_size((88, 24)).columns - 1 if terminal else 88,
                         emphasis=terminal and not os.environ.get("NO_COLOR"), verbose=args.verbose,
                         demo=args.command == "demo")
    if args.output:
        write_private(Path(args.output), out.encode("utf-8", errors="replace"))
        return
    sys.stdout.buffer.write(out.encode("utf-8", errors="replace"))
    sys.stdout.flush()


def _interruptible(run: Callable[[threading.Event], AuditResult]) -> AuditResult:
    """Run an audit so that Ctrl-C cancels it: sources not finished are reported as cancelled and the
    result is still printed; a second Ctrl-C quits. The work runs in this thread, Ctrl-C only setting the
    stop flag, so that a scan starts no thread (detection forks a second process only when none runs)."""
    import signal

    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # only the main thread is told of Ctrl-C
        return run(cancel)

    def stop(signum: int, frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("footprint: stopping: finishing the requests in flight (Ctrl-C again to quit now)",
              file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, stop)
    try:
        return run(cancel)
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_audit(args: argparse.Namespace) -> int:
    from footprint import wiring
    from footprint.engine import check_url
    from footprint.http import Http

    urls = [check_url(u) for u in args.urls]
    if args.replay:
        from footprint.har import ReplayTransport

        http = Http(ReplayTransport.from_file(args.replay))
    else:
        http = Http.network()
    facts = _load_facts(args.facts)
    engine = wiring.engine()
    result = _interruptible(lambda cancel: engine.audit(urls, http, facts, observer=_Progress(args.quiet, args.redact),
                                                        follow_links=args.follow_links, cancel=cancel))
    _emit(result, args, facts)
    args.audited = result  # `recheck` compares it with the last audit even when it is not saved
    if args.replay and not args.history and not args.no_history:
        # answers from a capture are a rehearsal: a later real re-check must not be compared with them
        if not args.quiet:
            print("footprint: a replayed audit is not saved to the history (--history saves it)",
                  file=sys.stderr, flush=True)
        return 0
    _save_history(args, result, urls, "audit")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from footprint import wiring
    from footprint.engine import Scanned, check_source_url
    from footprint.files import STDIN, check_input

    source_url = check_source_url(args.source_url) if args.source_url else None
    files = []
    for name in args.files:
        check_input(name)  # a missing file, a directory, a FIFO or a device is named before any work
        files.append(Scanned(Path(name), args.platform, source_url))
    if args.files.count(STDIN) > 1:
        raise UsageError("standard input ('-') can be read only once")
    facts = _load_facts(args.facts)
    engine = wiring.engine()
    result = _interruptible(lambda cancel: engine.scan(files, facts, observer=_Progress(args.quiet, args.redact),
                                                       cancel=cancel))
    _emit(result, args, facts)
    _save_history(args, result, [str(f.path) for f in files], "scan")
    return 0


def interactive() -> bool:
    """Whether a person is at a terminal (the app opens) rather than a pipe or a script."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def cmd_tui(args: argparse.Namespace) -> int:
    from footprint.tui import launch

    return launch.run(launch.real(args.urls, replay=args.replay, follow_links=args.follow_links, masked=args.mask))


def cmd_demo(args: argparse.Namespace) -> int:
    if args.format is None and not args.output and interactive():
        from footprint.tui import launch

        return launch.run(launch.demo(masked=args.redact))
    from footprint import wiring
    from footprint.demo import run_demo

    result = run_demo(wiring.engine(), observer=_Progress(args.quiet, args.redact))
    _emit(result, args)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from footprint.errors import read_json
    from reports.load import from_dict

    # a saved result is footprint's own output, which may hold many pages' findings
    _emit(from_dict(read_json(args.saved, InputError, "saved result", 64 * 1024 * 1024)), args)
    return 0


def cmd_platforms(args: argparse.Namespace) -> int:
    import collectors

    platforms = sorted(collectors.COLLECTORS, key=lambda c: (c.name == "website", c.title.casefold()))
    for c in platforms:
        print(f"{c.name:12} {c.title:40} {c.example}")
    return 0


# --- the facts vault and the history (issue 10) -------------------------------------------------

FACTS_EPILOG = ("A facts file is a JSON object with any of these keys (others are refused):\n"
                "{keys}\n\nWithout --facts, the facts stored with `footprint facts set` are used. Each audit "
                "is saved to the\nencrypted history (see `footprint history`) unless --no-history is given; "
                "an audit\nanswered from a capture (--replay) is a rehearsal, saved only with --history.")


def _add_vault_commands(sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    from footprint.facts import keys_help

    epilog = FACTS_EPILOG.format(keys=keys_help())
    for name in ("audit", "scan"):
        p = sub.choices[name]
        p.epilog, p.formatter_class = epilog, argparse.RawDescriptionHelpFormatter
        p.add_argument("--no-history", action="store_true", help="do not save this audit to the history")

    f = sub.add_parser("facts", help="store the details you know about yourself in the system keyring",
                       epilog=epilog.split("\n\n")[0],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    fsub = f.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    fs = fsub.add_parser("set", help="store facts: from a JSON file, from stdin, or asked one by one on a terminal")
    fs.add_argument("--from", dest="source", metavar="FACTS.json", help="replace the stored facts with this file's")
    fs.add_argument("keys", nargs="*", metavar="KEY", help="ask only for these keys (on a terminal)")
    fshow = fsub.add_parser("show", help="show the stored facts, masked")
    fshow.add_argument("--reveal", action="store_true", help="show the values unmasked")
    fsub.add_parser("clear", help="delete the stored facts from the keyring")

    h = sub.add_parser("history", help="list the audits saved in the encrypted history")
    h.add_argument("--format", choices=("json", "text"), default="text")

    d = sub.add_parser("diff", help="what changed between two saved audits (the last two by default)")
    d.add_argument("ids", nargs="*", type=int, metavar="ID", help="the older and newer audit numbers "
                   "(from `footprint history`); one number compares it with the latest")
    d.add_argument("--format", choices=("json", "text"), default="text")

    r = sub.add_parser("recheck", help="audit the URLs of the last audit again, and say what changed",
                       epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("--replay", metavar="CAPTURE.har", help="answer every request from a HAR capture (offline)")
    r.add_argument("--follow-links", action="store_true", help="also audit links your profiles point to")
    common(r)
    r.add_argument("--no-history", action="store_true", help="do not save this audit to the history")
    for p in (sub.choices["audit"], r):
        p.add_argument("--history", action="store_true",
                       help="save this audit to the history even though --replay answers it from a capture")

    g = sub.add_parser("forget", help="delete the history and its key (after a confirmation)")
    g.add_argument("--yes", action="store_true", help="do not ask (for scripts)")


def _save_history(args: argparse.Namespace, result: AuditResult, targets: Sequence[str], kind: str) -> None:
    """Save the audit to the encrypted history; if it cannot be, say why on stderr (the result is out)."""
    if getattr(args, "no_history", False):
        return
    from footprint.errors import StoreError
    from footprint.store import History

    try:
        History().add(result, targets, kind)
    except StoreError as exc:
        print(f"footprint: this audit is not saved to the history: {exc}", file=sys.stderr, flush=True)


def _ask_yes(question: str, yes: bool, what: str) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(f"{what} needs a confirmation: run it on a terminal, or add --yes")
    answer = input(f"{question} [y/N] ")
    return answer.strip().casefold() in ("y", "yes")


def mask(value: str) -> str:
    """Each word's first character, the other letters and digits as '*' ("Sam Example" -> "S** E******")."""
    return " ".join(w[:1] + "".join("*" if ch.isalnum() else ch for ch in w[1:]) for w in value.split(" "))


def _ask_facts(current: Facts, keys: Sequence[str]) -> dict[str, object]:
    from footprint.facts import DESCRIPTIONS, LISTS

    print("Type each detail and press Enter; Enter alone keeps what is stored, '-' removes it.",
          file=sys.stderr)
    data: dict[str, object] = dict(current.to_dict())
    for key in keys or DESCRIPTIONS:
        if key not in DESCRIPTIONS:
            raise UsageError(f"unknown fact {key!r} (the keys are: {', '.join(DESCRIPTIONS)})")
        old = current.to_dict().get(key)
        shown = mask(", ".join(old) if isinstance(old, list) else old) if old else "not set"
        hint = " (names separated by commas)" if key in LISTS else ""
        try:
            answer = input(f"{key} - {DESCRIPTIONS[key]}{hint} [{shown}]: ").strip()
        except EOFError:
            raise UsageError("stopped: the stored facts are unchanged") from None
        if answer == "-":
            data.pop(key, None)
        elif answer:
            data[key] = [n.strip() for n in answer.split(",")] if key in LISTS else answer
    return data


def cmd_facts(args: argparse.Namespace) -> int:
    from footprint import secrets
    from footprint.errors import FactsError
    from footprint.facts import Facts

    if args.action == "clear":
        secrets.clear_facts()
        print("footprint: your facts are removed from the keyring", file=sys.stderr)
        return 0
    if args.action == "show":
        stored = secrets.load_facts().to_dict()
        if not stored:
            print("footprint: no facts are stored (store them with `footprint facts set`)", file=sys.stderr)
        for key, value in stored.items():
            text = ", ".join(value) if isinstance(value, list) else str(value)
            if not args.reveal:
                text = ", ".join(mask(v) for v in value) if isinstance(value, list) else mask(text)
            print(f"{key:14} {text}")
        return 0
    # set: check the keyring first, so nobody types their details for nothing
    secrets.secure_backend()
    if args.source:
        facts = Facts.from_file(args.source)
    elif sys.stdin.isatty():
        facts = Facts.from_dict(_ask_facts(secrets.load_facts(), args.keys), origin="what you typed")
    else:
        try:
            data = json.loads(sys.stdin.buffer.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise FactsError(f"the facts on stdin are not valid JSON: {exc}") from None
        facts = Facts.from_dict(data, origin="facts on stdin")
    secrets.save_facts(facts)
    kept = ", ".join(facts.to_dict()) or "none"
    print(f"footprint: facts stored in the system keyring ({kept})"
          + (f"; you can delete {args.source} now" if args.source else ""), file=sys.stderr)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from footprint.store import History

    records = History().records()
    if args.format == "json":
        rows = [{"id": r.id, "kind": r.kind, "created": r.created, "targets": list(r.targets),
                 "findings": len(r.findings)} for r in records]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print("footprint: the history is empty (every audit is saved to it, but for --replay ones)", file=sys.stderr)
    for r in records:
        print(f"{r.id:>4}  {r.created[:16].replace('T', ' ')}  {r.kind:5}  {len(r.findings):>3} finding(s)  "
              f"{' '.join(r.targets)}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from footprint.store import History

    if len(args.ids) > 2:
        raise UsageError("diff takes at most two audit numbers (see `footprint history`)")
    history = History()
    try:
        found = history.compare(*args.ids)
    except KeyError as exc:
        raise UsageError(f"there is no audit number {exc.args[0]} in the history (see `footprint history`)") from None
    if found is None:
        raise UsageError("the history needs two audits to compare: run `footprint recheck` after an audit")
    old, new, diff = found
    marks = history.done()
    done = {c.key: marks[c.key] for c in diff.changes if c.key in marks}
    if args.format == "json":
        print(json.dumps({**diff.to_dict(), "before_id": old.id, "after_id": new.id, "marked_done": done},
                         ensure_ascii=False, indent=2))
        return 0
    _print_diff(diff, old.id, new.id, done)
    return 0


def _print_diff(diff: Diff, old_id: int, new_id: int, done: dict[str, str]) -> None:
    """The diff as lines; a finding the user marked as done but still exposed says so."""
    from footprint.diff import CHANGED, FIXED, NEW, STILL

    now = diff.after[:10]
    print(f"Audit {old_id} ({diff.before[:10]}) -> audit {new_id} ({now}): "
          + ", ".join(f"{n} {status}" for status, n in diff.counts().items()))
    for c in diff.changes:
        when = {FIXED: f"seen {c.first_seen} to {c.last_seen}, gone by {now}", NEW: f"new on {now}",
                STILL: f"since {c.first_seen}", CHANGED: f"was {c.to_dict()['before']}, changed by {now}"}.get(
                    c.status, f"last seen {c.last_seen}; the profile could not be read this time")
        if c.key in done and c.status in (STILL, CHANGED):
            when += f"; you marked it done on {done[c.key][:10]}"
        print(f"  {c.status:13}  {c.category:18} {c.platform:12} {c.value}  ({when})")


def cmd_recheck(args: argparse.Namespace) -> int:
    from footprint.store import History

    history = History()
    previous = history.last()
    if previous is None:
        raise UsageError("there is no earlier audit to re-check: run `footprint audit URL...` first")
    args.urls = list(previous.targets)
    code = cmd_audit(args)
    found = history.compare(previous.id) if history.last() != previous else None
    if found is None and args.replay:  # a rehearsal is compared with the last audit, and not kept
        from footprint.diff import compare

        earlier = [r.result for r in history.records() if r.id < previous.id]
        diff = compare(previous.result, args.audited.to_dict(), earlier)
        print(f"footprint: the replay, against audit {previous.id} ({previous.created[:10]}): "
              + ", ".join(f"{n} {status}" for status, n in diff.counts().items()), file=sys.stderr)
        return code
    if found is None:
        print("footprint: nothing to compare, as this audit was not saved to the history", file=sys.stderr)
        return code
    _, latest, diff = found
    print(f"footprint: since audit {previous.id} ({previous.created[:10]}): "
          + ", ".join(f"{n} {status}" for status, n in diff.counts().items())
          + f" (details: `footprint diff {previous.id} {latest.id}`)", file=sys.stderr)
    return code


def cmd_forget(args: argparse.Namespace) -> int:
    from footprint.errors import KeyringUnavailable, StoreError
    from footprint.store import History

    history = History()
    try:
        what = f"the history of {len(history.records())} audit(s)"
    except StoreError:
        what = "the history (which cannot be read now)"
    if not _ask_yes(f"Delete {what} and its key from the keyring? This cannot be undone.", args.yes, "forget"):
        print("footprint: nothing deleted", file=sys.stderr)
        return 1
    try:
        history.forget()
    except KeyringUnavailable as exc:
        print(f"footprint: the history file is deleted, but its key could not be removed from the keyring: {exc}",
              file=sys.stderr)
        return 1
    print(f"footprint: deleted {what} and its key", file=sys.stderr)
    return 0


COMMANDS = {"audit": cmd_audit, "scan": cmd_scan, "demo": cmd_demo, "report": cmd_report,
            "platforms": cmd_platforms, "facts": cmd_facts, "history": cmd_history, "diff": cmd_diff,
            "recheck": cmd_recheck, "forget": cmd_forget, "tui": cmd_tui}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; without `argv`, the process's own command line, which ends when this returns."""
    try:
        return _main(argv)
    finally:
        if argv is None:
            # Left to the OS: at exit the interpreter would free every object the run made, most of them
            # through the collector (a module's functions and its globals are a cycle), 0.1 s after a large scan.
            gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    logging.basicConfig(level=logging.WARNING, format="footprint: %(message)s", stream=sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command and interactive():
            return cmd_tui(parser.parse_args(["tui"]))
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
        from footprint.faults import strict

        if os.environ.get("FOOTPRINT_DEBUG") or strict():  # strict: a fault that ended a CI run shows where
            traceback.print_exc()
        from footprint.sanitize import clean_line  # exception text may quote what came from outside

        print(f"footprint: unexpected failure ({type(exc).__name__}: {clean_line(exc)[:300]}); please report it "
              "(set FOOTPRINT_DEBUG=1 for the details)", file=sys.stderr)
        return 1
