"""Re-linking an article's unknown actors to actors already known (pure: no store, no models)."""

from __future__ import annotations

from ingest.link import Ambiguity, lookup_keys, relink
from schema.models import ActorNames, ArticleMeta, Evidence, ExtractedEntity, ExtractedRelation, Extraction, Span
from schema.ontology import EntityType

PERSON, ORG = EntityType.PERSON, EntityType.ORGANIZATION
KEVIN = ActorNames(id="person:kevin-scott", name="Kevin Scott", type="PERSON")
Triple = tuple[str, str, str]


def _entity(entity_id: str, name: str, kind: EntityType, aliases: list[str] | None = None) -> ExtractedEntity:
    mention = Span(text=name, start=0, end=len(name))
    return ExtractedEntity(id=entity_id, name=name, type=kind, aliases=aliases or [], mentions=[mention])


def _article(article_id: str, entities: list[ExtractedEntity], relations: list[Triple] | None = None) -> Extraction:
    evidence = [Evidence(text="s", start=0, end=1, confidence=0.8, rule="test")]
    rels = [
        ExtractedRelation(head=h, type=t, tail=tl, confidence=0.8, evidence=evidence) for h, t, tl in relations or []
    ]
    return Extraction(article=ArticleMeta(id=article_id), entities=entities, relations=rels)


def test_a_katakana_name_joins_the_known_latin_one_with_its_relations() -> None:
    article = _article(
        "ja",
        [_entity("person:ケビンスコット", "ケビン・スコット", PERSON), _entity("microsoft", "Microsoft", ORG)],
        [("person:ケビンスコット", "WORKS_FOR", "microsoft")],
    )
    assert "~kbnskt" in lookup_keys([article])
    [linked], ambiguous = relink([article], [KEVIN])
    assert ambiguous == []
    assert {e.id for e in linked.entities} == {"person:kevin-scott", "microsoft"}
    assert [(r.head, r.tail) for r in linked.relations] == [("person:kevin-scott", "microsoft")]


def test_an_actor_met_earlier_in_the_batch_is_a_candidate_too() -> None:
    first = _article("en", [_entity("organization:lux-capital", "Lux Capital", ORG)])
    second = _article("ja", [_entity("organization:ラックスキャピタル", "ラックス・キャピタル", ORG)])
    [_, linked], _ = relink([first, second], [])
    assert [e.id for e in linked.entities] == ["organization:lux-capital"]


def test_types_must_agree_and_lone_surnames_are_not_looked_up() -> None:
    company = _article("a", [_entity("organization:kevin-scott", "Kevin Scott", ORG)])
    surname = _article("b", [_entity("person:scott", "Scott", PERSON)])
    assert lookup_keys([surname]) == []
    linked, _ = relink([company, surname], [KEVIN])
    assert [e.id for x in linked for e in x.entities] == ["organization:kevin-scott", "person:scott"]


def test_two_candidates_link_to_neither_and_are_reported() -> None:
    other = ActorNames(id="person:kevin-scott-2", name="ケヴィン・スコット", type="PERSON")
    article = _article("a", [_entity("person:kevin-scott-jr", "Kevin Scott", PERSON)])
    [linked], ambiguous = relink([article], [KEVIN, other])
    assert [e.id for e in linked.entities] == ["person:kevin-scott-jr"]
    assert ambiguous == [Ambiguity("person:kevin-scott-jr", ("person:kevin-scott", "person:kevin-scott-2"))]


def test_two_actors_of_one_article_linked_to_one_become_one_without_a_self_loop() -> None:
    article = _article(
        "a",
        [
            _entity("person:k-scott", "K. Scott", PERSON, ["Kevin Scott"]),
            _entity("person:kevin-scott", "Kevin Scott", PERSON),
        ],
        [("person:k-scott", "RIVAL_OF", "person:kevin-scott")],
    )
    [linked], _ = relink([article], [KEVIN])
    [kevin] = linked.entities
    assert kevin.id == "person:kevin-scott" and {kevin.name, *kevin.aliases} == {"K. Scott", "Kevin Scott"}
    assert linked.relations == []
