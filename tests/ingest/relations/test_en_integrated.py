"""English: one company putting another's product inside its own works with it (en_integrated.py), and
staying on a board is still working for the company."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check, has

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samsung, which has built Google's Gemini into its Galaxy phones, says sales rose.",
            ("Samsung", "PARTNERS_WITH", "Google"),
        ),
        (
            "Critics attacked Microsoft's integration of OpenAI's ChatGPT into Bing.",
            ("Microsoft", "PARTNERS_WITH", "OpenAI"),
        ),
        (
            "Alexandr Wang co-founded Scale AI in 2016. He said he would remain on the company's board.",
            ("Alexandr Wang", "WORKS_FOR", "Scale AI"),
        ),
    ],
)
def test_integration(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_the_product_stays_its_makers(relations: Found) -> None:
    got = relations("Critics attacked Microsoft's integration of OpenAI's ChatGPT into Bing.", "en")
    assert has(got, ("OpenAI", "DEVELOPS", "ChatGPT")), got
    assert not has(got, ("Microsoft", "DEVELOPS", "ChatGPT")), got


@pytest.mark.parametrize(
    "text",
    [
        "Apple did not build Google's Gemini into Siri.",
        "Meta uses Google's Gemini for ads.",
        "Meta will remain on track to spend more.",
    ],
)
def test_no_integration(relations: Found, text: str) -> None:
    got = relations(text, "en")
    assert not [t for t in got if t[1] in ("PARTNERS_WITH", "WORKS_FOR")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ke Yang was appointed to lead Apple's search effort.", ("Ke Yang", "WORKS_FOR", "Apple")),
        ("Jane Roe now runs Microsoft's consumer business.", ("Jane Roe", "WORKS_FOR", "Microsoft")),
    ],
)
def test_leading_part_of_a_company_is_working_for_it(
    relations: Found, text: str, expected: tuple[str, str, str]
) -> None:
    got = relations(text, "en")
    check(got, expected)
    assert not has(got, (expected[0], "LEADS", expected[2])), got
