"""Identity keys: one actor's names meet across scripts and legal forms; different actors' do not."""

from __future__ import annotations

import pytest

from schema.identity import identity_keys, same_sound, sound_key, without_legal_form


@pytest.mark.parametrize(
    ("katakana", "latin"),
    [
        ("ケビン・スコット", "Kevin Scott"),
        ("ラックス・キャピタル", "Lux Capital"),
        ("ミラ・ムラティ", "Mira Murati"),
        ("チャールズ・スミス", "Charles Smith"),
        ("ウィリアム・ブラウン", "William Brown"),
        ("デミス・ハサビス", "Demis Hassabis"),
        ("ジェイソン・ドロージ", "Jason Droege"),
        ("ロジャー・ダッセン", "Roger Dassen"),  # the r Japanese does not pronounce
        ("サム・アルトマン", "Sam Altman"),
    ],
)
def test_a_katakana_name_and_its_latin_spelling_share_a_sound_key(katakana: str, latin: str) -> None:
    assert set(identity_keys([katakana])) & set(identity_keys([latin]))
    assert same_sound(katakana, latin)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kevin Scott", "Kevin Smith"),
        ("ケビン・スコット", "Calvin Scott"),
        ("Mira Murati", "Maria Moratti"),  # two Latin spellings meet only when equal
        ("ロジャー・ダッセン", "Rick Dawson"),
    ],
)
def test_different_people_do_not_meet(one: str, other: str) -> None:
    shared = set(identity_keys([one])) & set(identity_keys([other]))
    assert not shared or not same_sound(one, other)


def test_legal_forms_are_not_part_of_the_key() -> None:
    assert without_legal_form("Acme Robotics, Inc.") == "Acme Robotics"
    assert without_legal_form("アクメ株式会社") == without_legal_form("株式会社アクメ") == "アクメ"
    assert without_legal_form("Incline") == "Incline"  # a name that only starts like a form keeps it
    assert identity_keys(["Acme Robotics Inc."])[0] == identity_keys(["Acme Robotics"])[0] == "acmerobotics"


def test_short_names_and_kanji_names_get_no_sound_key() -> None:
    assert sound_key("David Ha") == ""  # three consonants: too short to tell people apart
    assert sound_key("孫正義") == ""  # kanji have no single sure reading
    assert identity_keys(["孫正義"]) == ["孫正義"]
