"""Name edges, generic nouns, type cues and quoted names: the grammar of entity_cues, without models."""

from __future__ import annotations

from ingest.entity_cues import cues

JA = cues("ja")
EN = cues("en")


def edges(rules: object, text: str, name: str) -> str:
    start = text.index(name)
    s, e = JA.edges(text, start, start + len(name)) if rules is JA else EN.edges(text, start, start + len(name))
    return text[s:e]


def test_generic_nouns_are_not_names() -> None:
    for word in (
        "生成AI",
        "大規模言語モデル",
        "LLM",
        "GPU",
        "ＧＰＵ",
        "データセンター",
        "投資家",
        "ユニコーン",
        "CTO",
        "IPO",
    ):
        assert JA.is_generic(word), word
    assert JA.is_generic("シリーズC") and EN.is_generic("Series D")
    for name in ("Mistral", "ホシゾラ", "Northwind Capital"):
        assert not JA.is_generic(name)


def test_japanese_name_edges() -> None:
    assert edges(JA, "米紙ワシントン・ポストが報じた", "米紙ワシントン・ポスト") == "ワシントン・ポスト"
    assert edges(JA, "ヘレナ・ボス最高財務責任者が語った", "ヘレナ・ボス最高財務責任者") == "ヘレナ・ボス"
    assert edges(JA, "投資会社ノルド・グローバル傘下の新聞", "ノルド・グローバル傘下") == "ノルド・グローバル"
    assert edges(JA, "米半導体大手クォーツが発表", "米半導体大手クォーツ") == "クォーツ"
    assert edges(JA, "売りが続き、米半導体大手クォーツが発表", "米半導体大手クォーツ") == "クォーツ"
    # A katakana name runs over its middle dots, whichever part the NER found.
    assert edges(JA, "マルコ・デ・ルカ氏が退任", "マルコ・デ") == "マルコ・デ・ルカ"
    assert edges(JA, "マルコ・デ・ルカ氏が退任", "ルカ") == "マルコ・デ・ルカ"
    # A country name alone keeps its first character.
    assert edges(JA, "米国で販売", "米国") == "米国"


def test_english_name_edges() -> None:
    assert edges(EN, "shares of Orion Dynamics's rival", "Orion Dynamics's") == "Orion Dynamics"
    assert edges(EN, "run by the Halvorsen Group today", "the Halvorsen Group") == "Halvorsen Group"


def test_type_cues() -> None:
    text = "ベルナ・キャピタルとオハイオ州とアナ・ペトロワ氏"
    assert JA.label(text, 0, 9, "PRODUCT") == "ORGANIZATION"
    start = text.index("アナ")
    assert JA.label(text, start, text.index("氏"), "ORGANIZATION") == "PERSON"
    assert EN.label("Kestrel Ventures", 0, 16, "PERSON") == "ORGANIZATION"
    assert EN.label("said Dr. Amara Obi", 9, 18, "ORGANIZATION") == "PERSON"
    assert EN.label("in Tensas Parish", 3, 16, "PERSON") == "LOCATION"


def test_names_quoted_after_a_type_noun() -> None:
    text = "同社は新会社「ホシゾラ・ラボ」を設立し、独自LLM「Kumo（クモ）」「Kumo-2」と検索拠点「North-7」を公開した。"
    found = {text[e.start : e.end]: e.label for e in JA.quoted(text)}
    assert found == {"ホシゾラ・ラボ": "ORGANIZATION", "Kumo": "PRODUCT", "Kumo-2": "PRODUCT", "North-7": "FACILITY"}
    text = "同社の「Vexa 3」を採用し、「Summit」にも出展した。"
    assert {text[e.start : e.end]: e.label for e in JA.quoted(text)} == {"Vexa 3": "PRODUCT"}


def test_quotes_that_are_not_names() -> None:
    text = "社長は「規模より速さだ」と語り、「AIエージェント」として働く「生成AI」を挙げた。"
    assert JA.quoted(text) == []


def test_names_marked_by_their_surroundings() -> None:
    text = "米データ分析大手ストラトスは、エミリー・カーター氏が率いる。ジョナス・リーCEOも出席した。"
    found = {text[e.start : e.end]: e.label for e in JA.pattern_names(text)}
    assert found == {"ストラトス": "ORGANIZATION", "エミリー・カーター": "PERSON", "ジョナス・リー": "PERSON"}


def test_country_prefix_before_non_company_words() -> None:
    text = "米ドル建てで、米ハリス副大統領が語った。日米の協議。"
    assert JA.pattern_names(text) == []


def test_a_region_and_a_place_in_it_are_two_places() -> None:
    text = "オハイオ州コロンバスとドイツ・ミュンヘン"
    parts = [text[s:e] for s, e in JA.place_parts(text, 0, text.index("と"), lambda _: False)]
    assert parts == ["オハイオ州", "コロンバス"]
    start = text.index("ドイツ")
    assert [text[s:e] for s, e in JA.place_parts(text, start, len(text), {"ドイツ"}.__contains__)] == [
        "ドイツ",
        "ミュンヘン",
    ]
    # A middle dot after a word that is not a known place joins one name.
    text = "ボストン・グローブ"
    assert JA.place_parts(text, 0, len(text), lambda _: False) == [(0, len(text))]


def test_names_listed_next_to_an_actor_are_actors_of_its_type() -> None:
    from ingest.entity_cues import Edit

    text = "Backers such as Norrland Partners, Vireo Bank and Kestrel took part."
    start = text.index("Norrland")
    found = EN.conjuncts(text, [Edit(start, start + len("Norrland Partners"), "ORGANIZATION")])
    assert [(text[e.start : e.end], e.label) for e in found] == [
        ("Vireo Bank", "ORGANIZATION"),
        ("Kestrel", "ORGANIZATION"),
    ]
    text = "大手のKDDIや、ミライテック、HoshiPayなどが採用した。"
    start = text.index("KDDI")
    found = JA.conjuncts(text, [Edit(start, start + 4, "ORGANIZATION")])
    assert [text[e.start : e.end] for e in found] == ["ミライテック", "HoshiPay"]


def test_words_after_a_list_comma_that_are_not_names() -> None:
    from ingest.entity_cues import Edit

    text = "SEATTLE, Oct 31 - Orbis and The company said. Orbis, and AI demand rose."
    found = EN.conjuncts(
        text, [Edit(0, 7, "LOCATION"), Edit(text.index("Orbis"), text.index("Orbis") + 5, "ORGANIZATION")]
    )
    assert found == []
    text = "NTTとパートナーシップを結んだ。"
    assert JA.conjuncts(text, [Edit(0, 3, "ORGANIZATION")]) == []


def test_foreign_company_written_in_latin_letters() -> None:
    text = "4月に米Corvexが主導し、英Halcyon AIも加わった。"
    assert [text[e.start : e.end] for e in JA.pattern_names(text)] == ["Corvex", "Halcyon AI"]


def test_company_cues_around_a_name() -> None:
    text = "ベルデンのマーカス・ホルトCEOは語った。"
    assert JA.label(text, 0, 4, "PERSON") == "ORGANIZATION"
    text = "米銀オルダーズ・トラストが融資した。"
    assert JA.label(text, 2, text.index("が"), "PERSON") == "ORGANIZATION"
    text = "Quillon's chief executive said shares of Tarrant fell."
    assert EN.label(text, 0, 7, "PERSON") == "ORGANIZATION"
    start = text.index("Tarrant")
    assert EN.label(text, start, start + 7, "PERSON") == "ORGANIZATION"


def test_a_given_name_and_surname_is_a_person() -> None:
    assert EN.label("Curtis Brandt", 0, 13, "ORGANIZATION") == "PERSON"
    assert EN.label("Jordan Capital", 0, 14, "PERSON") == "ORGANIZATION"


def test_a_place_that_only_names_a_court_or_market() -> None:
    text = "訴えを大阪地裁に起こし、大阪市場で株価が下げた。大阪に本社を置く。"
    assert JA.names_an_institution(text, text.index("地裁"))
    assert JA.names_an_institution(text, text.index("市場"))
    assert not JA.names_an_institution(text, text.index("に本社"))
    text = "It sued in Denver District Court, while Denver grew."
    assert EN.names_an_institution(text, text.index(" District"))
    assert not EN.names_an_institution(text, text.index(" grew"))


def test_an_apposition_names_the_type() -> None:
    cases = {
        "Helios, the largest of the company's clusters, opened.": "FACILITY",
        "Varda, a Lisbon-based robotics startup, said.": "ORGANIZATION",
        "Lyra, the chatbot made by Varda, replied.": "PRODUCT",
        "Okafor, the chief executive of the startup, said.": "PERSON",
    }
    for text, kind in cases.items():
        assert EN.label(text, 0, text.index(","), "LOCATION") == kind, text


def test_one_katakana_word_is_a_person_only_with_a_person_marker() -> None:
    text = "ベルデンが融資を主導した。"
    assert JA.label(text, 0, 4, "PERSON") == "ORGANIZATION"
    text = "ホルト氏とホルトCEOが語った。"
    assert JA.label(text, 0, 3, "PERSON") == "PERSON"
    assert JA.label(text, 5, 8, "PERSON") == "PERSON"
    text = "マルコ・デ・ルカが語った。"
    assert JA.label(text, 0, 8, "PERSON") == "PERSON"
