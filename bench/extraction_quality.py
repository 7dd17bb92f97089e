"""Extraction quality by confidence floor and by rule, on annotated articles (../shared/eval format).

    .venv/bin/python bench/extraction_quality.py ../shared/eval/dev
    .venv/bin/python bench/extraction_quality.py ../shared/eval/dev --rules      # precision of every rule id

Runs `kg extract --json` once over the folder's articles, then scores with the reference scorer
(`score.py` of --eval, ../shared/eval by default) keeping only the relations and figures whose confidence
is at least each floor: precision should rise with the floor. With --rules, each rule id is scored alone
(relations it found, how many were right), so a rule that misleads shows up by name."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Json = dict[str, Any]


def scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body(text: str) -> str:
    """What evaluate.py gives the extractor: the text after a header ended by a `---` line, if any."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:12]):
        if line.strip() == "---":
            return "\n".join(lines[i + 1 :]).strip("\n") + "\n"
    return text


def extract(kg: str, eval_dir: Path, gold_dir: Path) -> list[tuple[Json, Json]]:
    """(reference, system output) of every annotated article, from one `kg extract` run."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, gold in enumerate(golds):
            path = Path(tmp) / f"{i:03d}.txt"
            path.write_text(body((eval_dir.parent / gold["article"]).read_text(encoding="utf-8")), encoding="utf-8")
            paths.append(str(path))
        run = subprocess.run([kg, "extract", *paths, "--json"], capture_output=True, text=True, check=True)
    outputs = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return list(zip(golds, outputs, strict=True))


def kept(system: Json, keep_relation: Any, keep_metric: Any) -> Json:
    return {
        **system,
        "relations": [r for r in system["relations"] if keep_relation(r)],
        "metrics": [m for m in system["metrics"] if keep_metric(m)],
    }


def score(score_module: ModuleType, pairs: list[tuple[Json, Json]]) -> dict[str, Any]:
    total: Counter[str] = Counter()
    for gold, system in pairs:
        total.update(score_module.Article(gold, system).counts)
    summary: dict[str, Any] = score_module.summarise(total)
    return summary


def _at_least(floor: float, found: Json) -> bool:
    return float(found.get("confidence", 1.0)) >= floor


def by_floor(score_module: ModuleType, pairs: list[tuple[Json, Json]], floors: list[float]) -> None:
    print("floor  relations  P      R      F1     | figures  P      R")
    for floor in floors:
        confident = partial(_at_least, floor)
        cut = [(g, kept(s, confident, confident)) for g, s in pairs]
        s = score(score_module, cut)
        print(
            f"{floor:<5}  {s['sys_relations']:>9}  {s['relation_precision']:.3f}  {s['relation_recall']:.3f}  "
            f"{s['relation_f1']:.3f}  | {s['sys_metrics']:>7}  {s['metric_precision']:.3f}  {s['metric_recall']:.3f}"
        )


def by_rule(score_module: ModuleType, pairs: list[tuple[Json, Json]]) -> None:
    rules: dict[str, None] = {}
    for _, system in pairs:
        rules.update({r.get("rule", ""): None for r in system["relations"]})
    rows = []
    for rule in rules:
        alone = [(g, kept(s, lambda x, rule=rule: x.get("rule", "") == rule, lambda _: False)) for g, s in pairs]
        s = score(score_module, alone)
        rows.append((s.get("sys_relations", 0), s.get("relation_tp", 0), rule or "(none)"))  # absent when none
    print("\nrule                                   found  right  precision")
    for found, right, rule in sorted(rows, key=lambda r: (-r[0], r[2])):
        print(f"{rule:<38} {found:>5}  {right:>5}  {right / found if found else 0:.2f}")


def by_language(score_module: ModuleType, pairs: list[tuple[Json, Json]]) -> None:
    groups: dict[str, list[tuple[Json, Json]]] = defaultdict(list)
    for gold, system in pairs:
        groups[gold.get("lang", "?")].append((gold, system))
    for lang, group in sorted(groups.items()):
        s = score(score_module, group)
        print(
            f"{lang}: entity_f1={s['entity_f1']:.3f} relation_f1={s['relation_f1']:.3f} "
            f"(P {s['relation_precision']:.3f} R {s['relation_recall']:.3f}) metric_recall={s['metric_recall']:.3f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--kg", default=str(ROOT / ".venv" / "bin" / "kg"))
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval", help="folder holding score.py")
    ap.add_argument("--floors", type=float, nargs="+", default=[0.0, 0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--rules", action="store_true", help="also score every rule id on its own")
    args = ap.parse_args()
    score_module = scorer(args.eval)
    pairs = extract(args.kg, args.eval, args.gold_dir)
    by_floor(score_module, pairs, args.floors)
    by_language(score_module, pairs)
    if args.rules:
        by_rule(score_module, pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
