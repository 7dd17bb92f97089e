"""Generated English news briefs about known actors, for the fault tests (real pipeline, many articles)."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = ["Elon Musk", "Sam Altman", "Bill Gates", "Satya Nadella", "Jensen Huang", "Sundar Pichai", "Dario Amodei"]
COMPANIES = ["OpenAI", "Microsoft", "Google", "Anthropic", "Nvidia", "Meta", "Amazon", "Tesla", "xAI", "SoftBank"]
SENTENCES = [
    "{c1} invested in {c2}.",
    "{p1} criticized {c1} on Monday.",
    "{c1} acquired {c2} last year.",
    "{p1} sued {c2}.",
    "{c1} partnered with {c2}.",
    "{p1} leads {c1}.",
    "{c1} raised ${n} billion at a valuation of ${v} billion.",
]


def write_corpus(path: Path, count: int, seed: int = 3) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            parts = []
            for template in rng.sample(SENTENCES, 3):
                c1, c2 = rng.sample(COMPANIES, 2)
                values = {
                    "c1": c1,
                    "c2": c2,
                    "p1": rng.choice(PEOPLE),
                    "n": rng.randint(1, 9),
                    "v": rng.randint(10, 99),
                }
                parts.append(template.format(**values))
            article = {"id": f"brief-{i:04d}", "title": f"Brief {i}", "lang": "en", "text": " ".join(parts)}
            out.write(json.dumps(article) + "\n")
    return path
