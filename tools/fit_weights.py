"""Fit a detector's context weights from labelled candidates, and say by cross-validation how well they generalise.

usage: python tools/fit_weights.py ROWS.jsonl OUT.json [--l2 X] [--about TEXT]

Each line of ROWS.jsonl is {"group": corpus name, "label": 0 or 1, "features": [names]}: one candidate
(a place, a club, ...) that a detector's candidate step produced on a labelled corpus case. The weights are
fitted on every row; the threshold is the one that gives the best F1 when each group is left out in turn and
scored by weights fitted on the others (leave-one-corpus-out), which is the figure that says how the weights
will do on writing they were not fitted to. That figure is printed and kept in the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from footprint.detect.weigh import fit  # noqa: E402


def f1_at(scored: list[tuple[float, int]], threshold: float) -> tuple[float, int, int, int]:
    tp = sum(1 for s, y in scored if s >= threshold and y)
    fp = sum(1 for s, y in scored if s >= threshold and not y)
    fn = sum(1 for s, y in scored if s < threshold and y)
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows")
    ap.add_argument("out")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--about", default="")
    ap.add_argument("--prior", default="", help="a JSON file whose 'prior' holds hand-set weights to pull towards")
    args = ap.parse_args()
    prior = json.loads(Path(args.prior).read_text()).get("prior", {}) if args.prior else {}
    rows = [json.loads(line) for line in Path(args.rows).read_text().splitlines() if line.strip()]
    groups = sorted({r["group"] for r in rows})
    scored: list[tuple[float, int]] = []
    for g in groups:
        train = [(r["features"], r["label"]) for r in rows if r["group"] != g]
        model = fit(train, l2=args.l2, prior=prior)
        scored += [(model.score(r["features"]), int(r["label"])) for r in rows if r["group"] == g]
    best = max((f1_at(scored, t / 100), t / 100) for t in range(5, 96))
    (f1, tp, fp, fn), threshold = best
    print(f"{len(rows)} candidates, {sum(r['label'] for r in rows)} positive, {len(groups)} groups")
    print(f"leave-one-group-out: threshold {threshold:.2f}  F1 {f1:.3f}  tp {tp} fp {fp} fn {fn}")
    model = fit([(r["features"], r["label"]) for r in rows], l2=args.l2, prior=prior)
    out = {
        "_about": args.about,
        "_fitted": f"tools/fit_weights.py, l2 {args.l2}, {len(rows)} candidates from {len(groups)} corpora; "
                   f"leave-one-corpus-out F1 {f1:.3f} at threshold {threshold:.2f}",
        "bias": round(model.bias, 4),
        "threshold": threshold,
        "weights": {k: round(v, 4) for k, v in sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))
                    if abs(v) >= 0.01},
    }
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

