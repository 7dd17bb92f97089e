"""Real web news is not as clean as a reference text: page furniture around the story, datelines and bylines,
spaces around Latin words and digits in Japanese, model names full of digits. Sentences written for these
tests; none comes from an article."""

from __future__ import annotations

import unicodedata

import pytest

from ingest.clean import junk_line, segments
from ingest.extract import extract_stream
from ingest.figures import grammar
from ingest.options import ExtractOptions
from schema.models import Article, Extraction


def _extract(text: str, lang: str) -> Extraction:
    [result] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(result, Extraction)
    return result


@pytest.mark.parametrize(
    "line",
    [
        "By Priya Raman and Tomas Klein",
        "By Ana Souza, Reuters",
        "Photo: Getty Images",
        "Image credit: Kiyoshi Ota/Bloomberg",
        "Marta Ruiz/Getty Images",
        "Related: The chip makers riding the data-centre boom",
        "Read more: Inside the race for power",
        "(Reporting by Lena Fox in Berlin; Editing by Omar Haddad)",
        "Updated 9:12 AM ET, Tue June 10, 2025",
        "4 min read",
        "写真：共同",
        "関連記事：国内AI新興の調達が過去最高に",
        "© 2025 Example Media. All rights reserved.",
        "By Lena Fox 9:05 am EST",
        "（ニュース提供元：共同通信）",
        "This story originally appeared on Example Wire",
        "日経ビジネス電子版 / 2025年7月2日 6時00分",
        "Technology",
        "Markets",
        "テクノロジー",
        "Our Standards: The Example Trust Principles.",
        "X で共有 / LINE で送る",
        "Share on LinkedIn | Share on X",
        "トップ > 経済 > 半導体",
    ],
)
def test_page_furniture_lines_are_junk(line: str) -> None:
    assert junk_line().fullmatch(unicodedata.normalize("NFKC", line))


@pytest.mark.parametrize(
    "line",
    [
        "By 2028 the lab expects to run a million accelerators.",
        "Published filings show the startup raised $90 million.",
        "Reuters reported that the chip maker was in talks to invest.",
        "Photos of the new campus were shared by the company.",
        "関連会社の株式を売却した。",
        "By the end of 2027 the site will draw 3 GW.",
        "Arm / Qualcomm licensing fight returns",
        "ソフトバンクは決算資料をXで共有した。",
    ],
)
def test_story_lines_that_start_like_furniture_are_kept(line: str) -> None:
    assert not junk_line().fullmatch(unicodedata.normalize("NFKC", line))


@pytest.mark.parametrize(
    ("line", "first_words"),
    [
        ("TORONTO, May 2 (Reuters) - Cohere said it had hired a new CFO.", "Cohere said"),
        ("AUSTIN, Texas - The campus will open in 2027.", "The campus"),
        ("Sept 9 (Reuters) - Nvidia shares rose.", "Nvidia shares"),
        ("PARIS (AP) — Mistral AI unveiled a model.", "Mistral AI"),
        ("【大阪共同】さくらインターネットは新拠点を開いた。", "さくらインターネット"),
        ("Nvidia - the chip maker - gained again.", "Nvidia - the"),
        ("AI - a field in flux - drew record money.", "AI - a field"),
    ],
)
def test_a_dateline_is_not_read_as_story(line: str, first_words: str) -> None:
    [segment] = segments(line)
    assert line[segment.start :].startswith(first_words)


def test_a_dateline_agency_is_no_actor_and_the_byline_names_no_people() -> None:
    text = (
        "BERLIN, June 4 (Reuters) - Aleph Alpha said on Wednesday it had raised $500 million in a round led by Bosch.\n"
        "By Priya Raman and Tomas Klein\n"
        "Related: Nvidia's quiet stake in European labs\n"
    )
    ids = {e.id for e in _extract(text, "en").entities}
    assert "reuters" not in ids and "berlin" not in ids and "nvidia" not in ids
    assert not any("raman" in i or "klein" in i for i in ids)
    assert {"aleph-alpha", "organization:bosch"} <= ids


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("同社は来年末までに30万基の H100 GPU 相当の計算能力をそろえる。", 3e5),
        ("新拠点には 12 万基の GB200 を設置する。", 1.2e5),
        ("8万個のエヌビディア製チップを購入した。", 8e4),
        ("B200を4万基導入する。", 4e4),
        ("GPU2万基を追加した。", 2e4),
    ],
)
def test_japanese_gpu_counts_read_past_model_names(text: str, value: float) -> None:
    [amount] = grammar("ja").amounts(text)
    assert (amount.value, amount.unit) == (value, "GPU")


@pytest.mark.parametrize(
    "text",
    ["H100 GPU の供給が逼迫している。", "GB200 GPU を採用した。", "新型車を50万台販売した。"],
)
def test_model_numbers_and_other_counts_are_no_gpu_figures(text: str) -> None:
    assert grammar("ja").amounts(text) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("新ラウンドには Cisco Investments と Sony Ventures が加わった。", "ja"),
        ("出資者にはCisco Investmentsも名を連ねる。", "ja"),
        ("The startup counts Cisco Investments among its backers.", "en"),
    ],
)
def test_an_investment_arm_is_its_own_organisation(text: str, lang: str) -> None:
    names = {e.name for e in _extract(text, lang).entities}
    assert "Cisco Investments" in names and "Cisco" not in names


def test_an_event_named_after_a_company_is_no_arm_of_it() -> None:
    names = {e.name for e in _extract("フアン氏は「NVIDIA AI Summit Tokyo」で講演した。", "ja").entities}
    assert "NVIDIA AI" not in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vantage Labs raised US$250 million from pension funds.", "en"),
        ("Kite Robotics closed an A$40 million round.", "en"),
        ("同社は US$3億の資金を集めた。", "ja"),
    ],
)
def test_a_country_before_a_dollar_sign_is_a_currency_not_a_place(text: str, lang: str) -> None:
    types = {e.type.value for e in _extract(text, lang).entities}
    assert "LOCATION" not in types


def test_a_company_form_co_is_no_part_of_the_name() -> None:
    names = {e.name for e in _extract("The Denver Ledger Co. sued the chatbot maker in May.", "en").entities}
    assert "Denver Ledger" in names


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Pinecone is now valued at roughly $9 billion after raising $400 million.", "VALUATION"),
        ("en", "The lab is worth more than $30bn after it raised $2bn.", "VALUATION"),
        ("en", "Pinecone raised $400 million, valuing it at $9 billion.", "FUNDING_AMOUNT"),
    ],
)
def test_a_hedge_between_a_kind_word_and_its_amount_adds_no_distance(lang: str, text: str, kind: str) -> None:
    g = grammar(lang)
    amounts = g.amounts(text)
    hit = g.kind_near(text, amounts[0], amounts)
    assert hit is not None and hit.kind.value == kind


def _figures(text: str) -> set[tuple[str, str, float]]:
    return {(m.entity, m.kind.value, m.value) for m in _extract(text, "ja").metrics}


@pytest.mark.parametrize(
    ("spaced", "tight"),
    [
        (
            "Cohere は Oracle から 5 億ドル の出資を受け、評価額は 40 億ドル となった。",
            "CohereはOracleから5億ドルの出資を受け、評価額は40億ドルとなった。",
        ),
        ("Oracle は AMD に 20 億ドル を投資する。", "OracleはAMDに20億ドルを投資する。"),
        ("CoreWeave は 3 万基の GPU を新拠点に置く。", "CoreWeaveは3万基のGPUを新拠点に置く。"),
    ],
)
def test_japanese_figures_read_through_spaces_around_latin_names(spaced: str, tight: str) -> None:
    found = _figures(spaced)
    assert found and found == _figures(tight)


def test_a_spaced_investor_is_still_no_holder_of_the_valuation() -> None:
    found = _figures("Cohere は Oracle から 5 億ドル の出資を受け、評価額は 40 億ドル となった。")
    assert not any(holder != "cohere" for holder, kind, _ in found if kind == "VALUATION")


def test_a_sentence_split_inside_a_spaced_latin_name_keeps_the_name() -> None:
    """The Japanese parser may start a sentence inside 'Aleph Alpha'; the name still holds its figure."""
    assert ("aleph-alpha", "FUNDING_AMOUNT", 3e8) in _figures("Aleph Alphaは3億ユーロを新たに調達した。")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("アマゾン ウェブ サービスは大阪に新しい拠点を置いた。", "aws"),
        ("アマゾン　ウェブ　サービスが値下げを発表した。", "aws"),
        ("アマゾン ギフト券の販売が伸びた。", "amazon"),
    ],
)
def test_a_katakana_name_spaced_word_by_word_is_one_name(text: str, actor: str) -> None:
    ids = {e.id for e in _extract(text, "ja").entities}
    assert actor in ids and not ({"aws", "amazon"} - {actor}) & ids


@pytest.mark.parametrize(
    "text",
    [
        "Nokia (NOK) said it would sell network gear to the lab.",
        "Nokia (NYSE: NOK) won a contract from the cloud provider.",
    ],
)
def test_a_name_with_a_stock_code_is_a_company_and_the_exchange_no_actor(text: str) -> None:
    found = {e.name: e.type.value for e in _extract(text, "en").entities}
    assert found.get("Nokia") == "ORGANIZATION"
    assert "NYSE" not in found


def test_an_exchange_named_in_the_story_is_still_an_actor() -> None:
    found = {e.name for e in _extract("The NYSE said it would list the chip designer in June.", "en").entities}
    assert "NYSE" in found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The Abu Dhabi fund MGX backed the robotics startup.", "en", "MGX"),
        ("サウジの政府系ファンドPIFが出資した。", "ja", "Public Investment Fund"),
    ],
)
def test_a_place_and_fund_before_a_name_describe_it_and_form_no_group(text: str, lang: str, name: str) -> None:
    names = {e.name for e in _extract(text, lang).entities}
    assert name in names and not any(n.endswith((" fund", "ファンド")) for n in names)


def test_a_place_and_fund_alone_still_form_a_group() -> None:
    names = {e.name for e in _extract("中東の政府系ファンドが相次いで出資した。", "ja").entities}
    assert any(n.endswith("ファンド") for n in names)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("ja", "新拠点には 8 万個 の GPU を並べる。", 8e4, "GPU"),
        ("ja", "同社は 2,500 億円 を投じる。", 2.5e11, "JPY"),
        ("ja", "出力は 500 メガワット（MW）に達する。", 500.0, "MW"),
        ("en", "It closed a $2.5-billion round.", 2.5e9, "USD"),
        ("en", "It is building a 2-gigawatt campus.", 2000.0, "MW"),
        ("en", "The lab plans to deploy 1 million GPUs.", 1e6, "GPU"),
        ("en", "It signed a $30 billion-plus contract.", 3e10, "USD"),
        ("en", "Investors valued it at nearly $90bn.", 9e10, "USD"),
    ],
)
def test_amounts_as_web_news_writes_them(lang: str, text: str, value: float, unit: str) -> None:
    [amount] = grammar(lang).amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_title_case_headline_names_only_known_actors() -> None:
    text = "Amazon To Invest $4 Billion In Anthropic, Deepening Cloud Ties\nAmazon said the money comes in two parts."
    names = {e.name for e in _extract(text, "en").entities}
    assert {"Amazon", "Anthropic"} <= names
    assert not names & {"Invest", "Deepening Cloud Ties"}


def test_a_sentence_case_line_keeps_new_names() -> None:
    names = {e.name for e in _extract("Quillion Robotics said it hired two engineers from Tesla.", "en").entities}
    assert "Quillion Robotics" in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta（旧 Facebook）はパリに研究所を開いた。", "ja"),
        ("Meta（旧Facebook）が新しい眼鏡を売り出した。", "ja"),
        ("Meta (formerly Facebook) hired a robotics chief.", "en"),
    ],
)
def test_a_former_name_in_brackets_is_the_same_actor(text: str, lang: str) -> None:
    found = {e.id: [m.text for m in e.mentions] for e in _extract(text, lang).entities}
    assert "Facebook" in found.get("meta", []) and "facebook" not in found


def test_a_product_in_brackets_is_no_former_name() -> None:
    ids = {e.id for e in _extract("Meta (maker of Facebook) hired a robotics chief.", "en").entities}
    assert "meta" in ids


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Lisa Su speaks at a launch in Austin. (Photo by Omar Haddad/Getty Images)",
            "Lisa Su speaks at a launch in Austin.",
        ),
        ("孫氏は都内で会見した（写真：共同）", "孫氏は都内で会見した"),
        ("Jensen Huang on stage in Taipei. Reuters/Lena Fox", "Jensen Huang on stage in Taipei."),
        (
            "The chip maker bought a stake (its third this year).",
            "The chip maker bought a stake (its third this year).",
        ),
        ("The image model (called Iris) shipped in May.", "The image model (called Iris) shipped in May."),
    ],
)
def test_a_caption_is_read_without_its_credit(line: str, kept: str) -> None:
    [segment] = segments(line)
    assert line[segment.start : segment.end] == kept


def test_a_short_name_without_its_industry_word_is_the_same_actor() -> None:
    text = "Kestrel Robotics raised $80 million on Monday. Kestrel plans to double its staff."
    ids = {e.id for e in _extract(text, "en").entities}
    assert len([i for i in ids if "kestrel" in i]) == 1


@pytest.mark.parametrize("text", ["ソフトバンクグループの孫 正義会長は語った。", "孫　正義 氏は新しい基金を発表した。"])
def test_a_kanji_name_spaced_between_surname_and_given_name_is_known(text: str) -> None:
    people = [e for e in _extract(text, "ja").entities if e.type.value == "PERSON"]
    assert [p.name for p in people] == ["Masayoshi Son"]


def test_an_author_line_above_a_time_stamp_is_no_actor() -> None:
    text = (
        "Harbor Labs lands $40 million\nTomas Klein\nWed, March 4, 2026 at 7:00 AM EST\n"
        "Harbor Labs said it raised $40 million.\n佐藤 美咲\n2026年3月4日 7時00分\n本文です。"
    )
    assert [s for s in segments(text) if text[s.start : s.end] in ("Tomas Klein", "佐藤 美咲")] == []


def test_a_name_line_above_story_text_is_kept() -> None:
    text = "Lisa Su\nLisa Su has run AMD since 2014."
    first = segments(text)[0]
    assert text[first.start : first.end] == "Lisa Su"
