"""Details the user knows about themselves, for the facts matcher (contract section 4).

They come from a JSON file for one run (`--facts`) or from the system keyring
(footprint.secrets); they are never written to a plain file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from footprint.errors import FactsError, read_json
from footprint.sanitize import clean_line

KEYS = ("full_name", "date_of_birth", "birthplace", "football_team", "family", "home_postcode", "phone", "email")


MAX_FAMILY = 100     # names; more would slow every page's matching and no family is that large


def _check_matchable(origin: str, key: str, value: str) -> None:
    """Refuse a value that would match almost any page ("[", "a", "--"): it needs two letters or digits."""
    if sum(ch.isalnum() for ch in value) < 2:
        raise FactsError(f"{origin}: '{key}' value {clean_line(value)[:40]!r} is too short to look for "
                         "(it needs at least two letters or digits)")


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
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

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
        data.pop("extra")
        data["family"] = list(self.family)
        return {k: v for k, v in data.items() if v}

    @classmethod
    def from_dict(cls, data: Any, origin: str = "facts") -> Facts:
        if not isinstance(data, dict):
            raise FactsError(f"{origin}: expected a JSON object of facts")
        values: dict[str, Any] = {}
        for key in KEYS:
            value = data.get(key)
            if value is None or value == "":
                continue
            if key == "family":
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list):
                    raise FactsError(f"{origin}: 'family' must be a list of names")
                names: dict[str, None] = {}  # each name once, in order; stop as soon as there are too many
                for name in value:
                    if not isinstance(name, str):
                        raise FactsError(f"{origin}: 'family' must be a list of names")
                    if name.strip():
                        _check_matchable(origin, key, name.strip())
                        names[name.strip()] = None
                    if len(names) > MAX_FAMILY:
                        raise FactsError(f"{origin}: 'family' lists more than {MAX_FAMILY} different names")
                values[key] = tuple(names)
                continue
            if not isinstance(value, str):
                raise FactsError(f"{origin}: '{key}' must be text")
            values[key] = value.strip()
            _check_matchable(origin, key, values[key])
        dob = values.get("date_of_birth")
        if dob:
            try:
                dt.date.fromisoformat(dob)
            except ValueError:
                raise FactsError(f"{origin}: 'date_of_birth' must be written YYYY-MM-DD, not {dob!r}") from None
        postcode = values.get("home_postcode")
        if postcode and not re.fullmatch(r"[A-Za-z0-9 ]{5,8}", postcode):
            raise FactsError(f"{origin}: 'home_postcode' does not look like a UK postcode: {postcode!r}")
        extra = {k: v for k, v in data.items() if k not in KEYS}
        return cls(**values, extra=extra)

    @classmethod
    def from_file(cls, path: str | Path) -> Facts:
        return cls.from_dict(read_json(path, FactsError, "facts file"), origin=str(path))
