"""Generic nouns are not actors, also behind a generic prefix ('AIスタートアップ'); names still are
(real pipelines, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.ingest.test_entities_pipeline import extracted

pytestmark = pytest.mark.models


def test_japanese_generic_nouns_behind_a_prefix_are_not_actors() -> None:
    text = (
        "米スタートアップや新興企業のほか、パブリッシャー各社もウェブサイトへのクローリングに反発した。"
        "AIスタートアップはオープンソースのモデルを公開し、数ギガワットのサーバーを求める。"
    )
    assert extracted(text, "ja") == []


def test_a_name_after_a_generic_prefix_is_still_an_actor() -> None:
    names = {e.name for e in extracted("米エヌビディアとAIスタートアップのアンソロピックが提携した。", "ja")}
    assert {"Nvidia", "Anthropic"} <= names


def test_english_generic_nouns_are_not_actors() -> None:
    text = "Startups and publishers objected when the Website crawler ignored them; Open Source models spread."
    assert extracted(text, "en") == []


def test_a_headline_verb_is_not_part_of_the_name_before_it() -> None:
    text = "Rivals Slam Deal as Tom Okoye Quits After Two Years\n\nZenith Labs Sues Rival Over Chips"
    names = {(e.name, e.type) for e in extracted(text, "en")}
    assert names == {("Tom Okoye", "PERSON"), ("Zenith Labs", "ORGANIZATION")}
