"""Run labelled corpus cases in-process and hand back what the detectors saw, with the case's labels.

For fitting context weights (tools/fit_weights.py): a detector's candidate step runs on each profile, and
`label()` says whether a candidate is one of the owner's details (1), a forbidden or unlabelled one (0) or
arguable (None, left out). Cases run exactly as ../shared/eval/score.py runs them (the same replay capture,
the same facts, the same private copy of a scanned file), only without a process per case.

    from tools.corpus_profiles import cases, label
    for case, profile, facts in cases(Path("eval/realgenres-a")): ...
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from footprint import engine as engine_module, wiring  # noqa: E402
from footprint.engine import Scanned  # noqa: E402
from footprint.detect import prepared  # noqa: E402
from footprint.detect.weigh import Weights, fit  # noqa: E402
from footprint.facts import Facts  # noqa: E402
from footprint.har import ReplayTransport  # noqa: E402
from footprint.http import Http  # noqa: E402
from footprint.models import Profile  # noqa: E402


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


score = _scorer()


def corpora() -> list[Path]:
    """Every labelled corpus the floors list (the development corpus included)."""
    lines = (ROOT / "eval" / "floors").read_text().splitlines()
    return [(ROOT / line.split()[0]).resolve() for line in lines if line.strip() and not line.startswith("#")]


def cases(corpus: Path) -> Iterator[tuple[Any, Profile, Facts]]:
    """(case, profile, facts) for every source that was read in every case of CORPUS."""
    seen: list[Profile] = []
    real_detect = engine_module.detect

    def record(profile: Profile, facts: Facts) -> Any:
        seen.append(profile)
        return real_detect(profile, facts)

    engine_module.detect = record  # type: ignore[assignment]
    try:
        for case in score.load_corpus(corpus):
            seen.clear()
            facts = Facts.from_dict(case.facts or {})
            engine = wiring.engine()
            with tempfile.TemporaryDirectory(prefix=f"footprint-fit-{case.id}-") as tmp:
                if case.command == "audit":
                    har = Path(tmp, "capture.har")
                    har.write_text(json.dumps(score.build_har(case), ensure_ascii=False), encoding="utf-8")
                    engine.audit(case.urls, Http(ReplayTransport.from_file(str(har))), facts)
                else:
                    files = []
                    for i, f in enumerate(case.files):
                        copy = Path(tmp, f"file{i}", Path(f["file"]).name)
                        copy.parent.mkdir()
                        copy.write_bytes((case.folder / f["file"]).read_bytes())
                        files.append(Scanned(copy, f.get("platform"), f.get("source_url")))
                    engine.scan(files, facts)
            for profile in list(seen):
                yield case, profile, facts
    finally:
        engine_module.detect = real_detect


@dataclass
class Page:
    """One source read in one case: a detector's rule hits and candidates, and the case to label them by."""

    group: str
    case: Any
    url: str
    ruled: list[Any]
    candidates: list[Any]


def pages(skip: Iterable[str], read: Callable[[Profile, Facts], tuple[list[Any], list[Any]]]) -> list[Page]:
    """Every source of every corpus but those in SKIP, as the detectors see it, read by READ into
    (rule hits, candidates)."""
    out = []
    for corpus in corpora():
        if corpus.name in skip:
            continue
        for case, profile, facts in cases(corpus):
            profile = prepared(profile, facts)
            ruled, candidates = read(profile, facts)
            out.append(Page(corpus.name, case, profile.url, ruled, candidates))
        print(f"read {corpus.name}", file=sys.stderr)
    return out


def kept(features: Iterable[str], drop: list[str]) -> list[str]:
    """The feature names, less those starting with one of `drop` (to try a smaller feature set)."""
    return sorted(f for f in features if not any(f.startswith(d) for d in drop))


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def total(counts: Mapping[str, tuple[int, int, int]]) -> tuple[int, int, int]:
    return (sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values()), sum(c[2] for c in counts.values()))


def loco(groups: Iterable[str], table: list[dict], l2: float, prior: Mapping[str, float]) -> dict[str, Weights]:
    """Per corpus, weights fitted on every other corpus's rows (leave-one-corpus-out)."""
    return {g: fit([(r["features"], r["label"]) for r in table if r["group"] != g], l2=l2, prior=prior)
            for g in sorted(set(groups))}


def table_of(alone: Mapping[str, tuple[int, int, int]], fitted: Mapping[str, tuple[int, int, int]]) -> str:
    """Per corpus and in all, a category's tp/fp/fn and F1 by the rules alone and with fitted weights."""
    lines = [f"{'corpus':<16} {'rules alone tp/fp/fn  F1':>26}   {'rules + model (LOCO)':>26}"]
    for g in sorted(alone):
        a, b = alone[g], fitted[g]
        lines.append(f"{g:<16} {a[0]:>6}/{a[1]}/{a[2]:<8} {f1(*a):.3f}   {b[0]:>6}/{b[1]}/{b[2]:<8} {f1(*b):.3f}")
    a, b = total(alone), total(fitted)
    lines.append(f"{'all':<16} {a[0]:>6}/{a[1]}/{a[2]:<8} {f1(*a):.3f}   {b[0]:>6}/{b[1]}/{b[2]:<8} {f1(*b):.3f}")
    return "\n".join(lines)


def label(case: Any, category: str, value: str, source_url: str) -> int | None:
    """1 if VALUE, found on SOURCE_URL (the profile's url), is one of the owner's details the case
    expects, None if arguable, else 0."""
    finding = {"category": category, "value": value, "display": value, "source_url": source_url}
    if any(score.matches(lab, finding) for lab in case.expected):
        return 1
    if any(score.matches(lab, finding) for lab in case.optional):
        return None
    return 0
