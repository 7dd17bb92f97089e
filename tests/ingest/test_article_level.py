"""What one paragraph leaves unsaid and the article says elsewhere: a round or a figure in a paragraph
that names no company belongs to the company the article is about (real models, sentences written here)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from schema.models import Article, Extraction

pytestmark = pytest.mark.models


def _extract(text: str, lang: str) -> Extraction:
    [found] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(found, Extraction)
    return found


def test_investors_of_a_round_named_in_a_later_paragraph_fund_the_article_s_company() -> None:
    text = (
        "Quantaris Robotics, a warehouse-automation start-up, raised $40 million in a Series B round on Tuesday. "
        "Quantaris Robotics makes picking robots.\n\n"
        "The round was led by Khosla Ventures, with participation from Lux Capital.\n"
    )
    found = _extract(text, "en")
    names = {e.id: e.name for e in found.entities}
    invests = {(names[r.head], names[r.tail]): r for r in found.relations if r.type == "INVESTS_IN"}
    assert set(invests) == {("Khosla Ventures", "Quantaris Robotics"), ("Lux Capital", "Quantaris Robotics")}
    assert all(r.confidence < 0.5 for r in invests.values())  # a guess from the article, not the sentence
    assert [(names[m.entity], m.kind.value, m.value) for m in found.metrics] == [
        ("Quantaris Robotics", "FUNDING_AMOUNT", 40e6)
    ]


def test_a_figure_in_a_paragraph_without_a_holder_goes_to_the_company_the_article_is_about() -> None:
    found = _extract("クアンタリスは東京のAI新興企業だ。\n\n今回のシリーズBでは50億円を調達した。\n", "ja")
    names = {e.id: e.name for e in found.entities}
    [figure] = found.metrics
    assert (names[figure.entity], figure.kind.value, figure.value, figure.unit) == (
        "クアンタリス",
        "FUNDING_AMOUNT",
        5e9,
        "JPY",
    )
    assert figure.confidence < 0.5 and figure.rule


def test_an_investor_is_never_the_company_it_funds() -> None:
    found = _extract("The round was led by Khosla Ventures.\n\nKhosla Ventures manages $15 billion.\n", "en")
    assert [r for r in found.relations if r.type == "INVESTS_IN"] == []  # no other company to fund
    assert [m for m in found.metrics if m.kind.value == "FUNDING_AMOUNT"] == []


def test_japanese_investors_joining_a_round_in_a_later_paragraph() -> None:
    text = (
        "サカナAIは300億円の資金調達を発表した。サカナAIは東京に拠点を置く。\n"
        "戦略的投資家としては NTT と KDDI が参加した。\n"  # web text: spaces around Latin names
    )
    found = _extract(text, "ja")
    names = {e.id: e.name for e in found.entities}
    invests = {(names[r.head], names[r.tail]) for r in found.relations if r.type == "INVESTS_IN"}
    assert invests == {("NTT", "Sakana AI"), ("KDDI", "Sakana AI")}


def test_a_japanese_participant_without_a_round_or_investor_word_is_not_an_investor() -> None:
    found = _extract("サカナAIは300億円を調達した。サカナAIは好調だ。\nNTTは会議に参加した。\n", "ja")
    assert [r for r in found.relations if r.type == "INVESTS_IN"] == []
