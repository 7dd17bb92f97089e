"""Japanese paragraphs whose subject is dropped: the co-founders met with 'と' still founded the company,
and a partnership or product with no subject in the paragraph is the article's own actor's."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found

pytestmark = pytest.mark.models

ARTICLE = (
    "コヒアは企業向けのAIを手がける。コヒアの強みは安全性だ。\n\n"
    "昨年にはオラクルと複数年にわたる包括的なパートナーシップを結んだ。"
)


def test_cofounders_of_a_sentence_without_subject(relations: Found) -> None:
    text = (
        "2020年に退社した。翌年、物理学者のジャレッド・カプラン氏、ジャック・クラーク氏らと、"
        "アンソロピックを共同で立ち上げた。"
    )
    got = relations(text, "ja")
    assert ("Jared Kaplan", "FOUNDED", "Anthropic") in got, got
    assert ("Jack Clark", "FOUNDED", "Anthropic") in got, got


def test_a_partnership_without_subject_is_the_articles_actors(relations: Found) -> None:
    got = relations(ARTICLE, "ja")
    assert ("Cohere", "PARTNERS_WITH", "Oracle") in got or ("Oracle", "PARTNERS_WITH", "Cohere") in got, got


def test_a_named_unknown_subject_is_not_the_articles_actor(relations: Found) -> None:
    text = "コヒアは企業向けのAIを手がける。コヒアの強みは安全性だ。\n\n同業の新興企業は昨年、オラクルと提携を結んだ。"
    got = relations(text, "ja")
    assert not any("Oracle" in (h, t) and "Cohere" in (h, t) for h, _, t in got), got


def test_a_head_of_state_titled_after_a_country_prefix(relations: Found) -> None:
    got = relations("スターゲートは1月、トランプ米大統領がホワイトハウスで発表した。", "ja")
    assert ("Donald Trump", "ANNOUNCES", "Stargate") in got or ("トランプ", "ANNOUNCES", "Stargate") in got, got


def test_a_list_member_described_with_its_country(relations: Found) -> None:
    text = "スターゲートは巨大なAI事業だ。オラクル、アラブ首長国連邦（UAE）の投資会社MGXが出資した。"
    got = relations(text, "ja")
    invested = {head for head, kind, _ in got if kind == "INVESTS_IN"}
    assert {"Oracle", "MGX"} <= invested, got
