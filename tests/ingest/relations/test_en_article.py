"""English 'the company' with no antecedent in its paragraph goes to the article's company; co-founders
named with 'with' (en.py, en_clause.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found

pytestmark = pytest.mark.models

ARTICLE = (
    "Databricks sells data tools. Databricks raised money in December, and Databricks hired staff.\n\n"
    "Ali Ghodsi, a Swedish-Iranian computer scientist who taught at Berkeley, founded the company in 2013 "
    "with Reynold Xin and Ion Stoica.\n\n"
    "Critics have attacked the company for years."
)


def test_the_company_opening_a_paragraph_is_the_articles_company(relations: Found) -> None:
    got = relations(ARTICLE, "en")
    assert ("Ali Ghodsi", "FOUNDED", "Databricks") in got, got
    assert got[("Ali Ghodsi", "FOUNDED", "Databricks")] <= 0.5, got


def test_co_founders_named_with_with(relations: Found) -> None:
    got = relations(ARTICLE, "en")
    assert ("Reynold Xin", "FOUNDED", "Databricks") in got and ("Ion Stoica", "FOUNDED", "Databricks") in got, got


def test_co_founders_with_a_named_company(relations: Found) -> None:
    got = relations("Reid Hoffman founded LinkedIn in 2002 with Allen Blue.", "en")
    assert ("Allen Blue", "FOUNDED", "LinkedIn") in got, got


def test_the_company_prefers_the_paragraphs_own_subject(relations: Found) -> None:
    got = relations("Databricks sells tools.\n\nSnowflake grew fast. Frank Slootman ran the company until 2024.", "en")
    assert ("Frank Slootman", "LEADS", "Databricks") not in got, got
