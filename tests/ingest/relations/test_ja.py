"""Japanese grammar: particles, passives, benefactives, coordination, enumerations, dropped subjects."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.models
Found = Callable[[str, str], dict[tuple[str, str, str], float]]

CASES = [
    ("ソフトバンクグループはOpenAIに400億ドルを出資した。", ("SoftBank Group", "INVESTS_IN", "OpenAI")),
    ("AnthropicはGoogleから出資を受けた。", ("Google", "INVESTS_IN", "Anthropic")),
    ("OpenAIはマイクロソフトの支援を受けて成長した。", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("グーグルはDeepMindを買収した。", ("Google", "ACQUIRES", "Google DeepMind")),
    ("DeepMindはグーグルに買収された。", ("Google", "ACQUIRES", "Google DeepMind")),
    ("イーロン・マスクはOpenAIを提訴した。", ("Elon Musk", "SUES", "OpenAI")),
    ("xAIはGrokを開発した。", ("xAI", "DEVELOPS", "Grok")),
    ("サム・アルトマンはOpenAIを率いる。", ("Sam Altman", "LEADS", "OpenAI")),
    ("OpenAIのCEOであるサム・アルトマンは新しい方針を示した。", ("Sam Altman", "LEADS", "OpenAI")),
    ("ゲイツ氏はテスラの株を空売りした。", ("Bill Gates", "SHORT_SELLS", "Tesla")),
    ("マスク氏はマイクロソフトを批判した。", ("Elon Musk", "CRITICIZES", "Microsoft")),
    ("マスク氏とアルトマン氏の対立が深まっている。", ("Elon Musk", "RIVAL_OF", "Sam Altman")),
    ("マイクロソフトはOpenAIと提携した。", ("Microsoft", "PARTNERS_WITH", "OpenAI")),
    ("OpenAIのライバルであるAnthropicは急成長している。", ("Anthropic", "COMPETES_WITH", "OpenAI")),
    ("xAIのデータセンターColossusは稼働を始めた。", ("xAI", "OWNS", "Colossus")),
    ("ソフトバンクは東京に本社を置く。", ("SoftBank Corp.", "LOCATED_IN", "Tokyo")),
    ("マスク氏はxAIを設立すると発表した。", ("Elon Musk", "FOUNDED", "xAI")),
    ("OpenAIはGPT-4を発表した。", ("OpenAI", "ANNOUNCES", "GPT-4")),
    ("アルトマン氏はマイクロソフトに入社した。", ("Sam Altman", "WORKS_FOR", "Microsoft")),
    ("DeepMindはグーグルによって買収された。", ("Google", "ACQUIRES", "Google DeepMind")),
    ("グーグルはOpenAIと競合している。", ("Google", "COMPETES_WITH", "OpenAI")),
]


def _has(found: dict[tuple[str, str, str], float], triple: tuple[str, str, str]) -> bool:
    head, kind, tail = triple
    return triple in found or (kind in ("RIVAL_OF", "COMPETES_WITH", "PARTNERS_WITH") and (tail, kind, head) in found)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:12] for c in CASES])
def test_relation_found_with_direction(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    got = relations(text, "ja")
    assert _has(got, expected), got
    head, kind, tail = expected
    if kind not in ("RIVAL_OF", "COMPETES_WITH", "PARTNERS_WITH"):
        assert (tail, kind, head) not in got


def test_enumeration_gives_one_relation_per_member(relations: Found) -> None:
    got = relations("xAIはGoogle、OpenAI、Metaを含むすべての競合を上回ると述べた。", "ja")
    for rival in ("Google", "OpenAI", "Meta"):
        assert _has(got, ("xAI", "COMPETES_WITH", rival)), got


def test_pronoun_subject_carried_from_previous_sentence(relations: Found) -> None:
    got = relations("アルトマン氏は記者会見に出席した。彼はOpenAIの共同創業者の一人だ。", "ja")
    assert ("Sam Altman", "FOUNDED", "OpenAI") in got


def test_negated_relation_is_not_a_fact(relations: Found) -> None:
    assert relations("マイクロソフトはxAIに投資しなかった。", "ja") == {}


def test_rumour_lowers_confidence(relations: Found) -> None:
    plain = relations("アマゾンはAnthropicに出資した。", "ja")
    rumour = relations("アマゾンはAnthropicに出資すると噂されている。", "ja")
    triple = ("Amazon", "INVESTS_IN", "Anthropic")
    assert rumour[triple] < plain[triple]


def test_mentioned_together_is_not_a_relation(relations: Found) -> None:
    assert relations("グーグルとメタの株価はともに上昇した。", "ja") == {}
