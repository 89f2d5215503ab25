"""The encrypted history of audits, kept under the user's data directory with its key in the keyring.

One file, `history.fernet` in platformdirs' user data directory (folder 0700, files 0600), holds
every audit (the JSON result and the URLs or files it covered), the findings the user marked as
done, and the profile URLs last audited. It is encrypted with a Fernet key created once and kept
in the system keyring (footprint.secrets), never beside the file.

Rules that keep the history safe:
- writes are atomic (temporary file in the same folder, fsync, os.replace), so a process killed
  mid-write leaves the last good history;
- every read-modify-write holds an exclusive lock (`history.lock`), so two runs at once both land;
- temporary files left by a killed run are swept while the lock is held (no writer can own them);
- a new key is never created over an existing history, and a history that cannot be decrypted is
  kept as it is and reported (HistoryUnreadable); only `forget` removes it.

The app and the command line use History: records(), last(), compare(), last_urls(), add(),
mark_done(), done_keys(), remember_urls(), forget(); "done" keys are footprint.diff.finding_key().
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footprint import secrets
from footprint.errors import HistoryUnreadable

if TYPE_CHECKING:
    from footprint.diff import Diff

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: one run at a time is the user's job there
    fcntl = None  # type: ignore[assignment]

FORMAT = "footprint.history/1"
FILE = "history.fernet"
LOCK = "history.lock"
TMP_PREFIX = ".history-"
TMP_SUFFIX = ".tmp"
MAX_RECORDS = 200     # the oldest audits go first; each is small, but the file is rewritten whole


def data_dir() -> Path:
    """Where footprint keeps its history: platformdirs' user data directory (XDG_DATA_HOME on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("footprint", appauthor=False))


def _today() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Record:
    """One saved audit: `kind` is "audit" (targets are URLs) or "scan" (targets are file names);
    `result` is AuditResult.to_dict()."""

    id: int
    kind: str
    targets: tuple[str, ...]
    result: Mapping[str, Any]

    @property
    def created(self) -> str:
        return str(self.result.get("created", ""))

    @property
    def findings(self) -> list[Mapping[str, Any]]:
        return list(self.result.get("findings") or [])

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "targets": list(self.targets), "result": dict(self.result)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        return cls(id=int(data["id"]), kind=str(data["kind"]), targets=tuple(data["targets"]),
                   result=dict(data["result"]))


class History:
    """The encrypted history in `directory` (default: data_dir()). Every method may raise
    KeyringUnavailable (the key cannot be read or stored) or HistoryUnreadable (a history exists
    but cannot be decrypted; it is left untouched)."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.dir = Path(directory) if directory is not None else data_dir()
        self.path = self.dir / FILE

    # --- reading -------------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def records(self) -> list[Record]:
        """Every saved audit, oldest first."""
        return [Record.from_dict(r) for r in self._read()["records"]]

    def last(self, kind: str | None = "audit") -> Record | None:
        """The newest record (of `kind`, or of any kind for None)."""
        found = [r for r in self.records() if kind is None or r.kind == kind]
        return found[-1] if found else None

    def compare(self, old_id: int | None = None, new_id: int | None = None) -> tuple[Record, Record, Diff] | None:
        """The diff from audit `old_id` to `new_id` (default: the newest record, and the record of the same
        kind before it), or None when there are not two to compare. KeyError names an unknown id."""
        from footprint.diff import compare

        records = self.records()
        by_id = {r.id: r for r in records}
        for wanted in (old_id, new_id):
            if wanted is not None and wanted not in by_id:
                raise KeyError(wanted)
        new = by_id[new_id] if new_id is not None else (records[-1] if records else None)
        if new is None:
            return None
        if old_id is None:
            older = [r for r in records if r.kind == new.kind and r.id < new.id]
            if not older:
                return None
            old = older[-1]
        else:
            old = by_id[old_id]
        earlier = [r.result for r in records if r.id < old.id]
        return old, new, compare(old.result, new.result, earlier)

    def last_urls(self) -> list[str]:
        """The profile URLs the user audited last (or remembered with remember_urls)."""
        return list(self._read()["urls"])

    def done_keys(self) -> set[str]:
        """The finding keys (footprint.diff.finding_key) the user marked as done."""
        return set(self._read()["done"])

    def done(self) -> dict[str, str]:
        """Finding key -> when it was marked as done."""
        return dict(self._read()["done"])

    # --- writing -------------------------------------------------------------------------------

    def add(self, result: Any, targets: Sequence[str], kind: str = "audit") -> Record:
        """Save one audit (an AuditResult or its to_dict()) and return its record."""
        data = result.to_dict() if hasattr(result, "to_dict") else dict(result)
        box: list[Record] = []

        def change(history: dict[str, Any]) -> None:
            ids = [r["id"] for r in history["records"]]
            record = Record(id=max(ids, default=0) + 1, kind=kind, targets=tuple(targets), result=data)
            history["records"] = (history["records"] + [record.to_dict()])[-MAX_RECORDS:]
            if kind == "audit":
                history["urls"] = list(targets)
            box.append(record)

        self._update(change)
        return box[0]

    def remember_urls(self, urls: Sequence[str]) -> None:
        """Keep the profile URL list (the app's list) without running an audit."""
        self._update(lambda history: history.__setitem__("urls", list(urls)))

    def mark_done(self, key: str) -> None:
        """Remember that the user dealt with the finding whose finding_key is `key`."""
        self._update(lambda history: history["done"].setdefault(key, _today()))

    def unmark_done(self, key: str) -> None:
        self._update(lambda history: history["done"].pop(key, None))

    def forget(self) -> None:
        """Delete the history, its leftovers and then its key (the only way a history is removed)."""
        if self.dir.exists():
            with self._locked():
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
        secrets.delete_secret(secrets.HISTORY_KEY)
        with contextlib.suppress(FileNotFoundError):
            (self.dir / LOCK).unlink()

    # --- the file ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.dir, 0o700)
        fd = os.open(self.dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            self._sweep()
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _sweep(self) -> None:
        """Remove temporary files a killed run left (safe: the caller holds the lock)."""
        for leftover in self.dir.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()

    def _fernet(self, create: bool) -> Any:
        # Whether a history exists is asked before its key: a history is written only after its key is
        # stored, so one that existed already has a key. Asked after, another run's first history,
        # written while this one read the keyring, would be taken for a history whose key was lost.
        existed = self.path.exists()
        key = secrets.get_secret(secrets.HISTORY_KEY)  # before importing: no keyring, no cryptography
        from cryptography.fernet import Fernet

        if not key:
            if existed:
                raise HistoryUnreadable(
                    f"the history at {self.path} was encrypted with a key that is no longer in the keyring "
                    "(was the keyring reset, or is this another machine?); it is kept as it is: restore the "
                    "keyring, or run `footprint forget` to start a new history")
            if not create:
                return None
            key = Fernet.generate_key().decode("ascii")
            secrets.set_secret(secrets.HISTORY_KEY, key)
        try:
            return Fernet(key.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise HistoryUnreadable(f"the history key in the keyring is damaged; the history at {self.path} is "
                                    "kept as it is: run `footprint forget` to start a new history") from None

    def _read(self, fernet: Any = None) -> dict[str, Any]:
        empty: dict[str, Any] = {"format": FORMAT, "records": [], "done": {}, "urls": []}
        try:
            token = self.path.read_bytes()
        except FileNotFoundError:
            return empty
        from cryptography.fernet import InvalidToken

        fernet = fernet or self._fernet(create=False)
        unreadable = HistoryUnreadable(
            f"the history at {self.path} cannot be decrypted (it is damaged, or was encrypted with another "
            "key); it is kept as it is: run `footprint forget` to start a new history")
        try:
            data = json.loads(fernet.decrypt(token).decode("utf-8"))
        except (InvalidToken, ValueError):
            raise unreadable from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise unreadable
        return {**empty, **data}

    def _update(self, change: Callable[[dict[str, Any]], object]) -> None:
        fernet = self._fernet(create=False)  # ask the keyring first: if it cannot answer, write nothing at all
        with self._locked():
            fernet = fernet or self._fernet(create=True)  # made under the lock, so two first runs make one key
            history = self._read(fernet)
            change(history)
            self._write(fernet.encrypt(json.dumps(history, ensure_ascii=False).encode("utf-8")))

    def _write(self, token: bytes) -> None:
        fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=self.dir)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(token)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows
            dir_fd = os.open(self.dir, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
