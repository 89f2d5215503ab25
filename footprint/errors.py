"""The exceptions footprint raises, one subclass per area.

    FootprintError
    ├── UsageError            bad command-line use (exit 2)
    ├── InputError            a file the user gave cannot be read or parsed (exit 2)
    │   ├── CaptureError      a HAR capture that is not HAR 1.2
    │   └── FactsError        a facts file or stored facts that are not valid
    ├── FetchError            one request failed; the audit goes on with the next source
    │   ├── TooLarge          the body passed the size cap
    │   ├── DeadlineExceeded  a request, or all of one source's requests, took longer than allowed
    │   ├── Cancelled         the user stopped the audit (or its time ran out) before this request
    │   ├── UnsafeRedirect    a redirect to a scheme other than http(s)
    │   ├── TooManyRedirects  more hops than allowed
    │   ├── ForbiddenAddress  a followed link resolved to a non-public address
    │   └── RobotsDisallowed  robots.txt forbids a link the tool would follow on its own
    └── StoreError            the encrypted history or the keyring cannot be used
        ├── KeyringUnavailable  no secure keyring, or it is locked, broken or not answering
        └── HistoryUnreadable   the history exists but cannot be decrypted (kept as it is)
"""


class FootprintError(Exception):
    """Base of every error footprint raises on purpose."""


class UsageError(FootprintError):
    """The command line was used wrongly."""


class InputError(FootprintError):
    """A file the user named cannot be read or parsed."""


class CaptureError(InputError):
    """A replay capture is not a usable HAR 1.2 file."""


class FactsError(InputError):
    """A facts file (or the stored facts) is not valid."""


class FetchError(FootprintError):
    """A request could not be completed."""


class TooLarge(FetchError):
    """The response body passed the size cap."""


class DeadlineExceeded(FetchError):
    """The request took longer than its whole-request deadline."""


class Cancelled(FetchError):
    """The audit was stopped before this request could be made."""


class UnsafeRedirect(FetchError):
    """A redirect pointed at a scheme footprint never follows."""


class TooManyRedirects(FetchError):
    """A redirect chain was longer than allowed."""


class ForbiddenAddress(FetchError):
    """A followed link resolved to a loopback, private or otherwise non-public address."""


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching a URL the tool would fetch on its own initiative."""


class StoreError(FootprintError):
    """The history store or the keyring cannot be used."""


class KeyringUnavailable(StoreError):
    """No secure keyring can be used now; the message is one sentence with the fix."""


class HistoryUnreadable(StoreError):
    """The history file exists but cannot be decrypted; it is kept untouched."""


def read_json(path: object, error: type[InputError], what: str, limit: int | None = None) -> object:
    """The JSON in a file the user named (read within `limit` bytes), or `error` with one line saying
    what is wrong, whatever the bytes hold."""
    import json

    from footprint.files import MAX_BYTES, display_name, read_input

    raw = read_input(str(path), what=what, limit=limit or MAX_BYTES, error=error)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise error(f"{what} {display_name(path)} is not valid JSON: {exc}") from None
    except RecursionError:  # 100,000 nested brackets
        raise error(f"{what} {display_name(path)} is nested too deeply to be read") from None
