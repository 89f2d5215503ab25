"""Where UK places are, and which of them a text names: what a reader uses to tell which of two towns' clubs a
shared nickname means ("Blues" on a page that says Handsworth). Coordinates come from the gazetteer's files:
towns from GeoNames (uk_places.tsv), a city's district where its city is (uk_districts.tsv), a county or council
area where its seat is (uk_regions.tsv), an everyday alias or demonym ("Brum", "Wiganer") where its place is.
Nothing here is loaded until a detector asks."""

from __future__ import annotations

import math
import re
from functools import cache

from footprint.detect.text import gazetteer_rows, name_forms, place_at, place_names

Point = tuple[float, float]


@cache
def coordinates() -> dict[str, Point]:
    """Lower-cased place names, in every form the gazetteer knows them by -> (latitude, longitude). Where two
    places share a form ("Newcastle" is Newcastle upon Tyne's everyday name and a town in County Down), the more
    populous one's."""
    where: dict[str, Point] = {}
    population: dict[str, int] = {}
    for name, _country, pop, lat, lon in gazetteer_rows("uk_places.tsv"):
        for key, _ in name_forms(name):
            if population.get(key, -1) < int(pop):
                population[key] = int(pop)
                where[key] = (float(lat), float(lon))
    for row in gazetteer_rows("uk_districts.tsv"):
        if (city := where.get(row[1].casefold())) is not None:
            for key, _ in name_forms(row[0]):
                where.setdefault(key, city)
    for row in gazetteer_rows("uk_regions.tsv"):
        seat = where.get(row[2].casefold()) if len(row) > 2 else None
        for key, _ in name_forms(row[0]):
            if seat is not None:
                where.setdefault(key, seat)
            else:
                where.pop(key, None)   # a region or a country is nowhere in particular, not a village of its name

    names = place_names()
    for kind in ("aliases", "demonyms"):
        for word, place in names[kind].items():
            if (there := where.get(place.casefold())) is not None:
                where.setdefault(word.casefold(), there)
    return where


def located(name: str) -> Point | None:
    return coordinates().get(name.strip().casefold())


def km(a: Point, b: Point) -> float:
    """The distance between two points in kilometres (flat-earth, close enough within the UK)."""
    mid = math.radians((a[0] + b[0]) / 2)
    dy, dx = math.radians(a[0] - b[0]), math.radians(a[1] - b[1]) * math.cos(mid)
    return 6371 * math.hypot(dx, dy)


_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z]")


@cache
def _demonyms() -> re.Pattern[str]:
    words = sorted(place_names()["demonyms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")


def places_named(text: str) -> list[Point]:
    """Where each UK place the text names is, in order: a place as written with its capital ("Stockport",
    "Heaton Moor", "Merseyside") or a demonym ("a Brummie", "proper Wiganer")."""
    found: list[tuple[int, Point]] = []
    pos = 0
    for m in _CAPITAL.finditer(text):
        if m.start() < pos:
            continue
        place = place_at(text, m.start())
        if place is not None:
            pos = place[2]
            if (there := located(place[0])) is not None:
                found.append((m.start(), there))
    for m in _demonyms().finditer(text):
        if (there := located(m.group()) or located(m.group()[:-1])) is not None:   # (or its plural: "Scousers")
            found.append((m.start(), there))
    return [p for _, p in sorted(found)]
