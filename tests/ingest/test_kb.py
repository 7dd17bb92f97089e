"""The knowledge base file and its name matcher (no spaCy: character matching only)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ingest.kb import KB_FILE, KBEntity, KnowledgeBase, fold, load
from schema.ontology import EntityType

ROWS = [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
ID_SHAPE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Words that name a kind of thing, not one actor: they must never be knowledge-base names.
GENERIC = {
    "ai", "gpu", "gpus", "llm", "cpu", "api", "ipo", "cfo", "ceo", "cto", "chip", "cloud", "model", "fund",
    "scale", "figure", "bank", "labs", "capital", "ventures", "group", "data", "data center", "startup",
    "foundation", "intelligence", "research", "energy", "project", "platform", "inflection", "perplexity",
    "runway", "lambda", "fidelity", "meta", "arm", "apple", "mistral",
    "データセンター", "投資家", "人工知能", "生成ai", "半導体", "企業", "政府", "銀行", "基金", "ファンド",
    "スタートアップ", "スパコン", "モデル", "チップ", "クラウド", "ユニコーン", "グループ", "パイ", "フェア",
    "楽天的", "日経", "都内",
}  # fmt: skip


def all_names(row: dict[str, Any]) -> list[str]:
    return [row["name"], *row.get("names_en", []), *row.get("names_ja", []), *row.get("exact", [])]


def test_rows_are_valid_and_ids_unique() -> None:
    assert len(ROWS) >= 400
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    for row in ROWS:
        assert ID_SHAPE.match(row["id"]), row["id"]
        EntityType(row["type"])
        assert row["description"].strip(), row["id"]
        assert set(row) <= {"id", "type", "name", "names_en", "names_ja", "exact", "description"}, row["id"]
        assert all(isinstance(n, str) and n.strip() == n and n for n in all_names(row)), row["id"]


def test_no_name_is_claimed_by_two_actors() -> None:
    owner: dict[str, str] = {}
    for row in ROWS:
        for name in all_names(row):
            assert owner.setdefault(fold(name), row["id"]) == row["id"], (name, owner[fold(name)], row["id"])


def test_no_generic_word_is_matched_in_any_case() -> None:
    for row in ROWS:
        exact = set(row.get("exact", []))
        loose = {fold(n) for n in all_names(row) if n not in exact}
        assert not loose & GENERIC, (row["id"], loose & GENERIC)


def test_exact_names_are_single_tokens_or_short_brands() -> None:
    for row in ROWS:
        for name in row.get("exact", []):
            assert name not in row.get("names_en", []), (row["id"], name)
            assert name[0].isupper() or name[0].isdigit() or name.startswith("o"), (row["id"], name)


def test_limit_loads_exactly_the_first_rows() -> None:
    kb = load(KB_FILE, 30)
    assert list(kb.entities) == [row["id"] for row in ROWS[:30]]
    assert len(load(KB_FILE, 0).entities) == len(ROWS)
    assert load(KB_FILE, 30) is kb  # cached


def test_most_central_actors_come_first() -> None:
    first = {row["id"] for row in ROWS[:30]}
    for actor in ("elon-musk", "sam-altman", "openai", "microsoft", "xai", "google", "nvidia", "anthropic", "meta"):
        assert actor in first


def test_limit_of_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "kb.jsonl"
    rows = [{"id": f"a{i}", "type": "ORGANIZATION", "name": f"Acme{i}", "description": "test"} for i in range(5)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert list(load(path, 2).entities) == ["a0", "a1"]


def test_bad_row_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "kb.jsonl"
    path.write_text('{"id": "x", "type": "PLANET", "name": "X"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"kb\.jsonl:1"):
        load(path)


def ids(text: str) -> list[str]:
    return [m.entity.id for m in load().find(text)]


def test_exact_case_names_skip_ordinary_words() -> None:
    assert ids("She hurt her arm and ate an apple; the start-up has a long runway and high perplexity.") == []
    assert ids("The meta question is about fidelity, not an inflection point.") == []
    assert ids("Arm and Apple signed a deal; Meta backed Runway and Perplexity.") == [
        "arm", "apple", "meta", "runway", "perplexity",
    ]  # fmt: skip
    assert load().lookup("Arm") is not None and load().lookup("arm") is None


def test_exact_case_with_full_width_letters() -> None:
    assert ids("ＡｒｍはＮｖｉｄｉａと組む。") == ["arm", "nvidia"]


def test_exact_case_matcher_on_its_own() -> None:
    entity = KBEntity("acme", EntityType.ORGANIZATION, "Acme", ("Acme", "Acme Rockets"), "", frozenset({"Acme"}))
    kb = KnowledgeBase([entity])
    assert [m.start for m in kb.find("acme Acme ACME acme rockets")] == [5, 15]


def test_longest_name_wins_and_word_edges_hold() -> None:
    assert ids("SoftBank Vision Fund and SoftBank Group both invested.") == ["softbank-vision-fund", "softbank"]
    assert ids("Metaverse plans at Samsungs") == []
    assert ids("ニューヨーク・タイムズはマイクロソフトを提訴した。") == ["new-york-times", "microsoft"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisa Su said AMD would ship the MI300X to Oracle Cloud customers in Texas.", ["lisa-su", "amd", "mi300"]),
        ("Thrive Capital and Coatue joined a round for Mistral AI in Paris.", ["thrive-capital", "coatue"]),
        ("エヌビディアのジェンスン・フアンCEOは台湾でTSMCと会談した。", ["nvidia", "jensen-huang", "taiwan", "tsmc"]),
        ("ソフトバンクグループの孫正義会長はスターゲート計画を語った。", ["softbank", "masayoshi-son", "stargate"]),
        ("米アマゾン・ドット・コムはアンソロピックに追加出資した。", ["amazon", "anthropic"]),
        ("三菱UFJ銀行とみずほ銀行が融資団に加わった。", ["mufg-bank", "mizuho-bank"]),
    ],
)
def test_sentences_find_their_actors(text: str, expected: list[str]) -> None:
    found = ids(text)
    assert set(expected) <= set(found), found


def test_a_group_and_its_operating_company_are_two_actors() -> None:
    found = ids("ソフトバンクグループ傘下のソフトバンクは東京で通信事業を営む。")
    assert found == ["softbank", "softbank-corp", "tokyo"]
    assert ids("SoftBank and SoftBank Corp. both signed.") == ["softbank", "softbank-corp"]
