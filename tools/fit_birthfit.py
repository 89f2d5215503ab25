"""Fit the birthplace context weights from every labelled corpus, and measure them leaving each corpus out.

usage: python tools/fit_birthfit.py [--l2 X] [--drop PREFIX ...] [--out footprint/data/birthfit_weights.json]

Runs BirthplaceDetector's candidate step (footprint/detect/places.py, birth_candidates) over every case of
every corpus in eval/floors exactly as the scorer runs them (tools/corpus_profiles.py), labels each candidate
from the case (1 an expected birthplace, 0 forbidden or unlabelled; optional ones left out), writes the rows, and
fits them with tools/fit_weights.py, which picks the threshold by leave-one-corpus-out F1. It then prints the
honest measure of the category: birthplace tp/fp/fn and F1 over all corpora for the rules alone and for the
rules with weights fitted without the corpus being scored (leave-one-corpus-out), corpus by corpus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from footprint.detect import REPORT_AT  # noqa: E402
from footprint.detect.places import BirthplaceDetector, HomeCandidate, birth_candidates  # noqa: E402
from footprint.detect.places import decide_birth as decide  # noqa: E402
from footprint.detect.weigh import Weights  # noqa: E402
from footprint.facts import Facts  # noqa: E402
from footprint.models import Profile  # noqa: E402
from tools.corpus_profiles import ROOT, Page, f1, kept, label, loco, score, table_of  # noqa: E402
from tools.corpus_profiles import pages as read_pages  # noqa: E402

CATEGORY = "birthplace"
ABOUT = ("Fitted context weights for birthplace (footprint/detect/places.py: birth_candidates, decide_birth): a "
         "candidate place no wording rule found is reported when the logistic score of its named features "
         "(word classes of birth_features.json in its clause and sentence; the words before and after it; "
         "a 'now' before or after it; its type and kind of block; whose the clause says it is) reaches the "
         "threshold. Reproduce: .venv/bin/python tools/fit_birthfit.py")


def pages(skip: list[str]) -> list[Page]:
    detector = BirthplaceDetector()

    def read(profile: Profile, facts: Facts) -> tuple[list[Any], list[Any]]:
        ruled = detector.ruled(profile, facts)
        return ruled, birth_candidates(profile, ruled)

    return read_pages(skip, read)


def open_candidates(page: Page) -> list[HomeCandidate]:
    """The candidates the fitted weights decide: those no rule found (a rule's finding stays regardless)."""
    ruled = {h.value.casefold() for h in page.ruled}
    return [c for c in page.candidates if "rule" not in c.features and c.hit.value.casefold() not in ruled]


def rows(all_pages: list[Page], drop: list[str]) -> list[dict]:
    out = []
    for page in all_pages:
        for c in open_candidates(page):
            y = label(page.case, CATEGORY, c.hit.value, page.url)
            if y is not None:
                out.append({"group": page.group, "label": y, "features": kept(c.features, drop)})
    return out


def case_counts(case: Any, found: dict[str, set[str]]) -> tuple[int, int, int]:
    """tp, fp, fn of the category in one case, as ../shared/eval/score.py counts them."""
    findings = [{"category": CATEGORY, "value": v, "display": v, "source_url": url}
                for url, values in found.items() for v in values]
    expected = [lab for lab in case.expected if lab.category == CATEGORY]
    tp = sum(1 for lab in expected if any(score.matches(lab, f) for f in findings))
    fp = sum(1 for f in findings if not any(score.matches(lab, f) for lab in case.expected)
             and not any(score.matches(lab, f) for lab in case.optional))
    return tp, fp, len(expected) - tp


def measure(all_pages: list[Page], models: Mapping[str, Weights | None]) -> dict[str, tuple[int, int, int]]:
    """Per corpus tp, fp, fn: each page decided by models[its corpus] (None: the rules alone)."""
    by_case: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    cases_of: dict[tuple[str, str], Any] = {}
    for page in all_pages:
        key = (page.group, page.case.id)
        cases_of[key] = page.case
        model = models[page.group]
        hits = decide(page.ruled, page.candidates, model) if model else decide(page.ruled, [], NONE)
        by_case[key][page.url] |= {h.value for h in hits if h.confidence >= REPORT_AT}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, case in cases_of.items():
        for i, n in enumerate(case_counts(case, by_case[key])):
            totals[key[0]][i] += n
    return {g: (t[0], t[1], t[2]) for g, t in totals.items()}


NONE = Weights(-30.0, {}, 1.0)
FEATURES = ROOT / "footprint" / "data" / "birth_features.json"
PRIOR: dict[str, float] = json.loads(FEATURES.read_text()).get("prior", {})


def sweep(all_pages: list[Page], models: dict[str, Weights]) -> tuple[float, dict[str, tuple[int, int, int]]]:
    """The threshold with the best category F1 over all corpora, each decided by weights fitted without it."""
    best: tuple[float, float, dict[str, tuple[int, int, int]]] = (-1.0, 1.0, {})
    for t in range(20, 96, 5):
        at = {g: Weights(m.bias, m.weights, t / 100) for g, m in models.items()}
        counts = measure(all_pages, at)
        total = f1(*(sum(c[i] for c in counts.values()) for i in range(3)))
        if total > best[0] + 1e-9:
            best = (total, t / 100, counts)
    return best[1], best[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--drop", nargs="*", default=[], help="leave out features whose names start so")
    ap.add_argument("--out", default=str(ROOT / "footprint" / "data" / "birthfit_weights.json"))
    ap.add_argument("--rows", default="", help="keep the rows in this file")
    ap.add_argument("--skip", nargs="*", default=[], help="leave out these corpora (by folder name)")
    args = ap.parse_args()
    all_pages = pages(args.skip)
    table = rows(all_pages, args.drop)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.rows or Path(tmp, "birthfit_rows.jsonl"))
        path.write_text("".join(json.dumps(r) + "\n" for r in table))
        about = ABOUT + (f" --l2 {args.l2:g}" if args.l2 != 2.0 else "") + \
            (" --drop " + " ".join(args.drop) if args.drop else "") + \
            (" --skip " + " ".join(args.skip) if args.skip else "")
        subprocess.run([sys.executable, str(ROOT / "tools" / "fit_weights.py"), str(path), args.out,
                        "--l2", str(args.l2), "--about", about, "--prior", str(FEATURES)], check=True)
    # A rule's finding stays whatever the weights say, so the threshold that matters is the one that gives the
    # category its best F1 with the rules' findings counted in: chosen here, again leaving each corpus out.
    threshold, fitted = sweep(all_pages, loco([p.group for p in all_pages], table, args.l2, PRIOR))
    alone = measure(all_pages, dict.fromkeys(fitted))
    out = json.loads(Path(args.out).read_text())
    total = [sum(c[i] for c in fitted.values()) for i in range(3)]
    base = [sum(c[i] for c in alone.values()) for i in range(3)]
    out["threshold"] = threshold
    out["_fitted"] += (f"; threshold {threshold:.2f} chosen by the category's leave-one-corpus-out F1 with the "
                       f"rules' findings counted: {f1(*total):.3f} (tp {total[0]} fp {total[1]} fn {total[2]}), "
                       f"rules alone {f1(*base):.3f} (tp {base[0]} fp {base[1]} fn {base[2]})")
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(table_of(alone, fitted))
    print(f"threshold {threshold:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
