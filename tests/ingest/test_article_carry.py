"""'同社', '同氏', 'the company', 'he' or a dropped subject opening a paragraph: the actor an earlier
paragraph handed on (relations/article.py), at a lower confidence than an antecedent in the paragraph.
Real pipelines, sentences written for these tests."""

from __future__ import annotations

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from schema.models import Article, Extraction
from tests.ingest.relations.conftest import found

Triple = tuple[str, str, str]


def _guessed(got: dict[Triple, float], triple: Triple) -> bool:
    return triple in got and got[triple] <= 0.5


def test_ja_dousha_opening_a_paragraph_is_the_previous_paragraphs_company() -> None:
    text = "アマゾンは生成AIへの投資を加速している。\n\n同社は2023年、米アンソロピックに40億ドルを出資した。"
    assert _guessed(found(text, "ja"), ("Amazon", "INVESTS_IN", "Anthropic"))


def test_ja_doushi_opening_a_paragraph_is_the_previous_paragraphs_person() -> None:
    text = "ジェンスン・フアン氏は台北で基調講演に立った。\n\n同氏は1993年にエヌビディアを創業した。"
    assert _guessed(found(text, "ja"), ("Jensen Huang", "FOUNDED", "Nvidia"))


def test_ja_a_heading_names_the_company_of_the_paragraph_below() -> None:
    text = "今週の主な発表\n\n◆アンソロピック（米サンフランシスコ）\n\n同社は新型モデル「Claude 4」を発表した。"
    assert _guessed(found(text, "ja"), ("Anthropic", "ANNOUNCES", "Claude 4"))


def test_ja_a_company_receiving_money_across_paragraphs() -> None:
    text = "アンソロピックは新モデルを公開した。\n\n同社はグーグルから20億ドルの出資を受けた。"
    assert _guessed(found(text, "ja"), ("Google", "INVESTS_IN", "Anthropic"))


def test_ja_an_unsaid_target_is_not_the_earlier_company() -> None:
    text = "アンソロピックは新モデルを公開した。\n\nグーグルは20億ドルを投じて日本の研究拠点を増強する。"
    assert ("Google", "INVESTS_IN", "Anthropic") not in found(text, "ja")


def test_ja_no_company_before_gives_nothing() -> None:
    text = "サム・アルトマン氏は東京で記者会見に臨んだ。\n\n同社は米アンソロピックに出資した。"
    got = found(text, "ja")
    assert not any(t[1] == "INVESTS_IN" for t in got), got


def test_ja_another_company_in_between_is_not_skipped() -> None:
    text = (
        "アマゾンは生成AIへの投資を加速している。\n\n"
        "一方、マイクロソフトはクラウド事業の拡大を急ぐ。マイクロソフトは新たな研究所も設けた。\n\n"
        "同社は米アンソロピックに出資した。"
    )
    assert ("Amazon", "INVESTS_IN", "Anthropic") not in found(text, "ja")


def test_ja_a_company_named_in_the_paragraph_wins_over_the_earlier_one() -> None:
    text = (
        "アマゾンは生成AIへの投資を加速している。\n\n米グーグルからの人材流出も続く。同社は米アンソロピックに出資した。"
    )
    assert ("Amazon", "INVESTS_IN", "Anthropic") not in found(text, "ja")


def test_en_the_company_opening_a_paragraph_is_the_previous_paragraphs_company() -> None:
    text = "Nvidia reported record quarterly revenue on Wednesday.\n\nThe company has also invested in Mistral AI."
    assert _guessed(found(text, "en"), ("Nvidia", "INVESTS_IN", "Mistral AI"))


def test_en_he_opening_a_paragraph_is_the_previous_paragraphs_person() -> None:
    text = "Jensen Huang spoke for two hours in Taipei on Monday.\n\nHe co-founded Nvidia in 1993."
    assert _guessed(found(text, "en"), ("Jensen Huang", "FOUNDED", "Nvidia"))


def test_en_a_person_before_is_no_company() -> None:
    text = "Sam Altman spoke to reporters in Tokyo.\n\nThe company has invested in Mistral AI."
    [result] = list(extract_stream([Article(text=text, lang="en")], ExtractOptions()))
    assert isinstance(result, Extraction)
    assert not any("+earlier" in r.rule for r in result.relations), result.relations


def test_en_another_company_in_between_is_not_skipped() -> None:
    text = (
        "Nvidia reported record quarterly revenue on Wednesday.\n\n"
        "Separately, Google opened a research lab in London, Google said.\n\n"
        "The company has also invested in Mistral AI."
    )
    assert ("Nvidia", "INVESTS_IN", "Mistral AI") not in found(text, "en")


def test_ja_a_round_under_a_heading_funds_the_heading_s_company_not_the_article_s() -> None:
    text = (
        "今週の主な調達\n\n◆ミストラルAI（仏パリ）\n\n"
        "ミストラルAIは9日、17億ユーロの調達を発表した。ミストラルAIはASMLと提携した。\n\n"
        "◆セーフ・スーパーインテリジェンス（米パロアルト）\n\n"
        "4月、グリーンオークスが主導したラウンドで20億ドルを調達した。"
    )
    got = found(text, "ja")
    assert _guessed(got, ("Greenoaks", "INVESTS_IN", "Safe Superintelligence")), got
    assert ("Greenoaks", "INVESTS_IN", "Mistral AI") not in got


def test_en_a_round_under_a_heading_funds_the_heading_s_company_not_the_article_s() -> None:
    text = (
        "Funding roundup\n\nMistral AI (Paris)\n\n"
        "Mistral AI raised 1.7 billion euros. Mistral AI also signed a deal with ASML.\n\n"
        "Safe Superintelligence (Palo Alto)\n\n"
        "The round was led by Greenoaks, with participation from Nvidia and Alphabet."
    )
    got = found(text, "en")
    assert _guessed(got, ("Nvidia", "INVESTS_IN", "Safe Superintelligence")), got
    assert ("Greenoaks", "INVESTS_IN", "Mistral AI") not in got


AMAZON_THEN_MICROSOFT = (
    "アマゾンは生成AIへの投資を加速している。アマゾンは自社半導体の開発も進め、アマゾンの幹部は強気だ。\n\n"
    "一方、マイクロソフトはクラウド事業の拡大を急ぐ。\n\n"
)


def test_ja_dousha_means_the_last_paragraphs_company_even_when_the_article_is_about_another() -> None:
    got = found(AMAZON_THEN_MICROSOFT + "同社は米アンソロピックに出資した。", "ja")
    assert _guessed(got, ("Microsoft", "INVESTS_IN", "Anthropic")), got
    assert ("Amazon", "INVESTS_IN", "Anthropic") not in got


def test_ja_an_unsaid_subject_is_not_a_passing_company() -> None:
    got = found(AMAZON_THEN_MICROSOFT + "2月には米アンソロピックにも出資した。", "ja")
    assert not any(t[1] == "INVESTS_IN" for t in got), got


def test_en_its_opening_a_paragraph_is_the_previous_paragraphs_company() -> None:
    text = "Nvidia reported record quarterly revenue on Wednesday.\n\nIts early backers included Sequoia Capital."
    assert _guessed(found(text, "en"), ("Sequoia Capital", "INVESTS_IN", "Nvidia"))
