"""Details the user knows about themselves, for the facts matcher (contract section 4).

They come from a JSON file for one run (`--facts`) or from the system keyring
(footprint.secrets); they are never written to a plain file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from footprint.errors import FactsError, read_json
from footprint.sanitize import clean_line

# Every key a facts file or the keyring may hold, with what it is (shown by `--help` and the README).
DESCRIPTIONS = {
    "full_name": "your full name as people write it, e.g. \"Sam Example\"",
    "date_of_birth": "YYYY-MM-DD, e.g. \"1990-03-12\"",
    "birthplace": "the town you were born in",
    "football_team": "the club you support",
    "family": "a list of the first names of your partner, children and close family",
    "home_postcode": "your home postcode, e.g. \"CM1 9ZZ\"",
    "phone": "your mobile or home number",
    "email": "your personal e-mail address",
    "usernames": "a list of the user names you post under (forums, Reddit, games), e.g. \"sam_example\"",
}
KEYS = tuple(DESCRIPTIONS)
LISTS = ("family", "usernames")   # the keys that hold a list of names
MAX_FAMILY = 20          # names beyond this add noise faster than they find anything
MAX_LENGTH = 200         # no real fact is longer; a longer value is a pasting mistake


def keys_help() -> str:
    """One line per key, for `--help`."""
    return "\n".join(f"  {key:14} {text}" for key, text in DESCRIPTIONS.items())



@dataclass(frozen=True)
class Facts:
    full_name: str = ""
    date_of_birth: str = ""        # YYYY-MM-DD
    birthplace: str = ""
    football_team: str = ""
    family: tuple[str, ...] = ()
    home_postcode: str = ""
    phone: str = ""
    email: str = ""
    # On a page where many people write (a forum thread, a chat), the names that mark the user's own posts.
    usernames: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(getattr(self, k) for k in KEYS)

    def birth_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.date_of_birth) if self.date_of_birth else None
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in LISTS:
            data[key] = list(getattr(self, key))
        return {k: v for k, v in data.items() if v}

    @classmethod
    def from_dict(cls, data: Any, origin: str = "facts") -> Facts:
        """Facts from a JSON object; an unknown key or a value that cannot be matched safely is
        refused with one line naming the key (a silently ignored typo would mean a silent miss)."""
        if not isinstance(data, dict):
            raise FactsError(f"{origin}: expected a JSON object of facts")
        unknown = sorted(str(k) for k in data if k not in DESCRIPTIONS)
        if unknown:
            raise FactsError(f"{origin}: unknown key {unknown[0]!r} (the keys are: {', '.join(KEYS)})")
        values: dict[str, Any] = {}
        for key in KEYS:
            value = data.get(key)
            if value is None or value == "" or value == []:
                continue
            if key in LISTS:
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list):
                    raise FactsError(f"{origin}: '{key}' must be a list of names")
                names: dict[str, str] = {}  # each name once, in order; stop as soon as there are too many
                for name in value:
                    if not isinstance(name, str):
                        raise FactsError(f"{origin}: '{key}' must be a list of names")
                    name = _checked(origin, key, name)
                    if name:
                        names.setdefault(name.casefold(), name)
                    if len(names) > MAX_FAMILY:
                        raise FactsError(f"{origin}: '{key}' lists more than {MAX_FAMILY} different names")
                values[key] = tuple(names.values())
                continue
            if not isinstance(value, str):
                raise FactsError(f"{origin}: '{key}' must be text")
            values[key] = _checked(origin, key, value)
        dob = values.get("date_of_birth")
        if dob:
            try:
                dt.date.fromisoformat(dob)
            except ValueError:
                raise FactsError(f"{origin}: 'date_of_birth' must be written YYYY-MM-DD, not {dob!r}") from None
        postcode = values.get("home_postcode")
        if postcode and not re.fullmatch(r"[A-Za-z0-9 ]{5,8}", postcode):
            raise FactsError(f"{origin}: 'home_postcode' does not look like a UK postcode: {postcode!r}")
        phone = values.get("phone")
        if phone and (len(re.sub(r"\D", "", phone)) < 7 or not re.fullmatch(r"[+\d ()./-]+", phone)):
            raise FactsError(f"{origin}: 'phone' does not look like a phone number: {phone!r}")
        email = values.get("email")
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise FactsError(f"{origin}: 'email' does not look like an e-mail address: {email!r}")
        return cls(**values)

    @classmethod
    def from_file(cls, path: str | Path) -> Facts:
        return cls.from_dict(read_json(path, FactsError, "facts file"), origin=str(path))


def _checked(origin: str, key: str, value: str) -> str:
    """`value` tidied, or FactsError when it is too short or too odd to be matched without
    flooding the report ("[" or "J" would match almost anything)."""
    value = " ".join(value.split())
    if not value:
        return ""
    if len(value) > MAX_LENGTH:
        raise FactsError(f"{origin}: '{key}' is longer than {MAX_LENGTH} characters")
    if sum(ch.isalnum() for ch in value) < 2:
        raise FactsError(f"{origin}: '{key}' is too short or only punctuation to be matched safely: "
                         f"{clean_line(value)[:40]!r}")
    return value
