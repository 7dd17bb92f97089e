"""Entities from real spaCy models on texts written for these tests (actors the knowledge base lacks)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions, Failure
from schema.models import Article, Extraction

pytestmark = pytest.mark.models


def run(*texts: str, lang: str | None = None) -> list[Extraction | Failure]:
    return list(extract_stream([Article(text=t, lang=lang) for t in texts], ExtractOptions()))


def entities(text: str, lang: str | None = None) -> dict[str, tuple[str, str]]:
    [result] = run(text, lang=lang)
    assert isinstance(result, Extraction)
    return {e.id: (e.name, e.type.value) for e in result.entities}


def test_english_new_person_and_company_with_partial_name_resolved() -> None:
    text = (
        "Jane Holloway, chief executive of Brightwave Robotics, said on Monday that the start-up would "
        "compete with Nvidia. Holloway founded the company in Boston in 2021."
    )
    [result] = run(text)
    assert isinstance(result, Extraction) and result.article.lang == "en"
    found = {e.id: e for e in result.entities}
    person = next(e for e in found.values() if e.name == "Jane Holloway")
    assert person.type.value == "PERSON"
    assert [m.text for m in person.mentions] == ["Jane Holloway", "Holloway"]
    assert any(e.name == "Brightwave Robotics" and e.type.value == "ORGANIZATION" for e in found.values())
    assert found["nvidia"].type.value == "ORGANIZATION"
    for entity in result.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


def test_japanese_new_company_and_person() -> None:
    found = entities(
        "ソフトウェア企業のミドリテックは東京に本社を置く。同社の田中一郎社長は新しい検索エンジンを発表した。"
    )
    names = {name: kind for name, kind in found.values()}
    assert names.get("ミドリテック") == "ORGANIZATION"
    assert names.get("田中一郎") == "PERSON"
    assert found["tokyo"] == ("Tokyo", "LOCATION")


def test_every_spelling_of_one_actor_is_one_entity() -> None:
    found = entities("馬斯克はxAIを創設した。マスクはテスラも率いる。馬斯クとイーロン・マスクは同一人物だ。")
    assert [eid for eid in found if found[eid][1] == "PERSON"] == ["elon-musk"]


def test_region_named_investor_groups_are_one_actor() -> None:
    found = entities("中東の石油財団がxAIに出資した。中東の主権基金も参入した。")
    groups = [eid for eid, (_, kind) in found.items() if kind == "ORGANIZATION" and eid != "xai"]
    assert groups == ["middle-east-funds"]


def test_same_name_different_type_stays_apart() -> None:
    from ingest.resolve import new_entity_id
    from schema.ontology import EntityType

    assert new_entity_id("Orion", EntityType.PRODUCT) != new_entity_id("Orion", EntityType.ORGANIZATION)


def test_junk_lines_and_repeated_paragraphs_count_once() -> None:
    paragraph = "OpenAIはマイクロソフトの支援を受けている。"
    [result] = run("\n".join([paragraph, "6.5K 人気度", "540K 人気度", "見出し", paragraph]))
    assert isinstance(result, Extraction)
    openai = next(e for e in result.entities if e.id == "openai")
    assert len(openai.mentions) == 1
    assert all("人気度" not in e.name for e in result.entities)


@pytest.mark.parametrize(("text", "message"), [("   \n ", "empty"), ("abc\x00def", "NUL"), ("x" * 2_000_001, "limit")])
def test_bad_articles_fail_alone_with_a_clear_message(text: str, message: str) -> None:
    results = run(text, "Anthropic is an AI lab.")
    assert isinstance(results[0], Failure) and message in results[0].error
    assert isinstance(results[1], Extraction)


def test_long_text_is_split_for_the_tokenizer() -> None:
    sentence = "アンソロピックは新しいモデルを公開した。"
    [result] = run(sentence * 4000)  # about 240 KB, five times Sudachi's input limit
    assert isinstance(result, Extraction)
    assert [e.id for e in result.entities] == ["anthropic"]


def test_a_cut_knowledge_base_keeps_only_its_first_actors() -> None:
    """KG_KB_LIMIT: the first row of the knowledge base is still known; the rest are found as new actors."""
    text = "Elon Musk said on Tuesday that Microsoft would not invest in his new venture."
    options = ExtractOptions(kb_limit=1)
    [cut] = list(extract_stream([Article(text=text, lang="en")], options))
    [full] = run(text, lang="en")
    assert isinstance(cut, Extraction) and isinstance(full, Extraction)
    assert {e.id for e in full.entities} >= {"elon-musk", "microsoft"}
    cut_ids = {e.id: e.name for e in cut.entities}
    assert "elon-musk" in cut_ids and "microsoft" not in cut_ids
    assert "Microsoft" in cut_ids.values()  # still an actor, under an id of its own
