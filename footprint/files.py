"""Files the user names: read by streaming up to a cap (saved pages, facts, captures, standard input),
and written whole and private (reports).

Every path into footprint shares one input limit: a page fetched, replayed or scanned is at most
`MAX_BYTES` once decoded. Only regular files are opened (a FIFO or a device is named, never read),
and binary content is refused before any parser sees it.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from footprint.errors import InputError
from footprint.sanitize import clean_line

MAX_BYTES = 5 * 1024 * 1024       # one page, however it arrives
CHUNK = 64 * 1024
STDIN = "-"

# the openings of the binary formats most likely to be named by mistake
_MAGIC = (
    (b"\x7fELF", "a program (ELF)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
)
# text in UTF-16 or UTF-32 holds NUL bytes by nature; with a byte-order mark it is still text
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def format_kind(body: bytes) -> str | None:
    """The known binary format `body` starts with ("a PNG image"), or None."""
    for magic, what in _MAGIC:
        if body.startswith(magic):
            return what
    return None


def binary_kind(body: bytes) -> str | None:
    """What binary content `body` is ("a PNG image", "binary data"), or None for text."""
    known = format_kind(body)
    if known is not None:
        return known
    if b"\x00" in body and not body.startswith(_WIDE_BOMS):
        return "binary data"
    return None


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def display_name(path: object) -> str:
    """A file name as it may be shown: cleaned of anything that could drive a terminal."""
    return clean_line(path)


def read_input(path: str | Path, *, what: str = "file", limit: int = MAX_BYTES, text: bool = True,
               error: type[InputError] = InputError) -> bytes:
    """The bytes of a file the user named (or standard input for "-"), or `error` saying why not.

    The file is read in chunks and never beyond `limit`; with `text`, binary content is refused."""
    name = display_name(path)
    if str(path) == STDIN:
        body = _read_stdin(what, limit, error)
    else:
        body = _read_file(Path(str(path)), name, what, limit, error)
    if text:
        kind = binary_kind(body[:limit])
        if kind is not None:
            raise error(f"{what} {name} is not a web page or text file ({kind})")
    return body


def check_input(path: str | Path, *, what: str = "file", limit: int = MAX_BYTES,
                error: type[InputError] = InputError) -> None:
    """Refuse, without opening it, a file that is missing, not a regular file or over `limit`;
    standard input ("-") passes, as it can only be judged by reading it."""
    if str(path) == STDIN:
        return
    name = display_name(path)
    try:
        info = os.stat(path)  # before opening: opening a FIFO would wait for a writer
    except FileNotFoundError:
        raise error(f"cannot read {what} {name}: no such file") from None
    except OSError as exc:
        raise error(f"cannot read {what} {name}: {clean_line(exc.strerror or exc)}") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        raise error(f"{what} {name} is {kind}, not a file footprint can read")
    if info.st_size > limit:
        raise error(_too_large(what, name, limit))


def _read_file(path: Path, name: str, what: str, limit: int, error: type[InputError]) -> bytes:
    check_input(path, what=what, limit=limit, error=error)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening still returns at once
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise error(f"cannot read {what} {name}: {clean_line(exc.strerror or exc)}") from None
    with os.fdopen(fd, "rb") as f:
        if _kind(os.fstat(f.fileno()).st_mode) is not None:
            raise error(f"{what} {name} is not a regular file")
        try:
            return _bounded(f, what, name, limit, error)
        except OSError as exc:
            raise error(f"cannot read {what} {name}: {clean_line(exc.strerror or exc)}") from None


def _read_stdin(what: str, limit: int, error: type[InputError]) -> bytes:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise error(f"no standard input to read the {what} from")
    if stream.isatty():
        raise error(f"'-' reads the {what} from standard input, which is a terminal here; "
                    "pipe the file in (footprint scan - < page.html) or name it")
    return _bounded(stream, what, "from standard input", limit, error)


def _bounded(stream: BinaryIO, what: str, name: str, limit: int, error: type[InputError]) -> bytes:
    body = bytearray()
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - len(body)))
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limit:
            raise error(_too_large(what, name, limit))


def _too_large(what: str, name: str, limit: int) -> str:
    return f"{what} {name} is too large (the cap is {limit:,} bytes)"


def write_private(path: Path, data: bytes) -> None:
    """Write the whole file or nothing, readable by its owner only (a report holds personal details):
    a temporary file beside it, then a rename, which replaces a symlink planted at `path` rather than
    writing through it. OSError is raised as InputError naming the file."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    except OSError as exc:
        raise InputError(f"cannot write {display_name(path)}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {display_name(path)}: {exc.strerror or exc}") from None
