"""A product is developed, not founded: verbs of creation with a product after them give DEVELOPS
(real pipelines, sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.ingest.relations.conftest import Triple

pytestmark = pytest.mark.models
Found = Callable[[str, str], dict[Triple, float]]


@pytest.mark.parametrize(
    ("text", "lang", "head", "product"),
    [
        ("Meta created Llama to rival closed models.", "en", "Meta", "Llama"),
        ("OpenAI started ChatGPT as a research preview in 2022.", "en", "OpenAI", "ChatGPT"),
        ("グーグルは2023年にGeminiを立ち上げた。", "ja", "Google", "Gemini"),
    ],
)
def test_creating_a_product_is_developing_it(relations: Found, text: str, lang: str, head: str, product: str) -> None:
    found = relations(text, lang)
    assert (head, "DEVELOPS", product) in found
    assert (head, "FOUNDED", product) not in found


def test_founding_a_company_stays_founded(relations: Found) -> None:
    assert ("Sam Altman", "FOUNDED", "OpenAI") in relations("Sam Altman co-founded OpenAI in 2015.", "en")
