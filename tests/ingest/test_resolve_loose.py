"""resolve(): mentions the knowledge base does not bind become one actor per name, whatever the NER said."""

from __future__ import annotations

from ingest.kb import KBEntity, KnowledgeBase
from ingest.resolve import Mention, resolve
from schema.ontology import EntityType

ORG, PERSON, PRODUCT = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT
KB = KnowledgeBase(
    [
        KBEntity("nimbus-ai", ORG, "Nimbus AI", ("Nimbus AI", "ニンバスAI"), ""),
        KBEntity("lena-park", PERSON, "Lena Park", ("Lena Park", "レナ・パーク"), ""),
    ]
)


def mention(text: str, kind: EntityType, at: int, kb_id: str = "") -> Mention:
    return Mention(text=text, start=at, end=at + len(text), type=kind, kb_id=kb_id)


def by_name(mentions: list[Mention]) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type.value, [m.text for m in e.mentions]) for e in resolve(mentions, KB)}


def test_one_name_is_one_actor_whatever_the_ner_label() -> None:
    found = by_name([mention("東雲精機", ORG, 0), mention("東雲精機", PERSON, 20), mention("東雲精機", ORG, 40)])
    assert found == {"東雲精機": ("ORGANIZATION", ["東雲精機", "東雲精機", "東雲精機"])}


def test_a_name_and_its_bracketed_form_are_one_actor() -> None:
    found = by_name(
        [
            mention("ヴェガ・システムズ", ORG, 0, "link:ヴェガ・システムズ"),
            mention("Vega Systems", PRODUCT, 10, "link:ヴェガ・システムズ"),
            mention("Vega Systems", ORG, 60),
        ]
    )
    assert found == {"Vega Systems": ("ORGANIZATION", ["ヴェガ・システムズ", "Vega Systems", "Vega Systems"])}


def test_short_form_joins_the_actor_named_in_full() -> None:
    entities = resolve([mention("Nimbus AI", ORG, 0, "nimbus-ai"), mention("Nimbus", PERSON, 30)], KB)
    assert [(e.id, [m.text for m in e.mentions]) for e in entities] == [("nimbus-ai", ["Nimbus AI", "Nimbus"])]


def test_given_name_or_surname_alone_joins_the_person() -> None:
    entities = resolve(
        [
            mention("レナ・パーク", PERSON, 0, "lena-park"),
            mention("パーク", ORG, 30),
            mention("ソフィア・レンツ", PERSON, 50),
            mention("ソフィア", PERSON, 80),
        ],
        KB,
    )
    found = {e.id: [m.text for m in e.mentions] for e in entities}
    assert found["lena-park"] == ["レナ・パーク", "パーク"]
    assert [texts for key, texts in found.items() if key != "lena-park"] == [["ソフィア・レンツ", "ソフィア"]]


def test_different_names_stay_apart() -> None:
    found = by_name([mention("Halden Robotics", ORG, 0), mention("Halvard Robotics", ORG, 30)])
    assert sorted(found) == ["Halden Robotics", "Halvard Robotics"]


def test_acronym_and_name_less_its_corporate_tail_join_the_full_name() -> None:
    found = by_name(
        [
            mention("Northern Grid Authority", ORG, 0),
            mention("NGA", ORG, 40),
            mention("Corvid Platforms Inc.", ORG, 60),
            mention("Corvid", PERSON, 90),
        ]
    )
    assert found == {
        "Northern Grid Authority": ("ORGANIZATION", ["Northern Grid Authority", "NGA"]),
        "Corvid Platforms": ("ORGANIZATION", ["Corvid Platforms Inc.", "Corvid"]),
    }


def test_one_capitalised_word_alone_is_not_a_person_unless_a_given_name() -> None:
    found = by_name([mention("Quillon", PERSON, 0), mention("Quillon", PERSON, 30), mention("Daniela", PERSON, 60)])
    assert found == {"Quillon": ("ORGANIZATION", ["Quillon", "Quillon"]), "Daniela": ("PERSON", ["Daniela"])}


def test_a_written_abbreviation_of_a_place_is_that_place() -> None:
    place = EntityType.LOCATION
    found = by_name([mention("Oregon", place, 0), mention("Ore.", place, 30)])
    assert found == {"Oregon": ("LOCATION", ["Oregon", "Ore."])}
