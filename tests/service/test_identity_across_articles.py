"""One actor across articles and scripts: a Japanese and an English article about the same person and
company nobody listed become one person and one company, on both stores (real models, real stores)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from queries.store import GraphStore
from schema.models import Article, EntityRecord, Extraction
from service.ingestion import write_batch

pytestmark = pytest.mark.models

JA = "米新興企業クアンタリスは、ハロルド・ベンソン氏が2021年に創業した。ベンソン氏は同社の最高経営責任者を務めている。"
EN = "Harold Benson founded Quantaris Inc. in 2021 and remains its chief executive. Quantaris builds warehouse robots."


def _extracted(text: str, lang: str) -> Extraction:
    [found] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(found, Extraction)
    return found


async def _named(store: GraphStore, kind: str, *names: str) -> list[EntityRecord]:
    every = (await store.list_entities(entity_type=kind, limit=500)).items
    return [e for e in every if {e.name, *e.aliases} & set(names)]


@pytest.mark.parametrize("one_batch", [False, True], ids=["article-by-article", "one-batch"])
async def test_a_person_and_a_company_in_two_scripts_are_one_of_each(store: GraphStore, one_batch: bool) -> None:
    ja, en = _extracted(JA, "ja"), _extracted(EN, "en")
    if one_batch:
        await write_batch(store, [ja, en])
    else:
        await write_batch(store, [ja])
        await write_batch(store, [en])
    [person] = await _named(store, "PERSON", "Harold Benson", "ハロルド・ベンソン")
    assert {"Harold Benson", "ハロルド・ベンソン"} <= {person.name, *person.aliases}
    [company] = await _named(store, "ORGANIZATION", "Quantaris", "クアンタリス", "Quantaris Inc.")
    assert {"Quantaris", "クアンタリス"} <= {company.name, *company.aliases}
    founded = (await store.relations_of(entity_id=person.id, types=["FOUNDED"])).items
    assert [(r.tail.id, r.support) for r in founded] == [(company.id, 2)]
