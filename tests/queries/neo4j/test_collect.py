import pytest

from queries.neo4j.collect import collected
from schema.errors import InvalidInput


def test_final_return_becomes_with_and_one_collected_list() -> None:
    query = "MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY name DESC SKIP $skip LIMIT $limit"
    assert collected(query) == (
        "MATCH (e:Entity) WITH e.id AS id, e.name AS name ORDER BY name DESC SKIP $skip LIMIT $limit "
        "RETURN collect({id: id, name: name}) AS rows"
    )


def test_return_inside_a_subquery_is_left_alone() -> None:
    query = (
        "UNWIND $ids AS rid CALL (rid) { MATCH (v:Evidence {relation_id: rid}) RETURN v LIMIT 2 } "
        "RETURN rid, v.text AS text"
    )
    rewritten = collected(query)
    assert rewritten.startswith(
        "UNWIND $ids AS rid CALL (rid) { MATCH (v:Evidence {relation_id: rid}) RETURN v LIMIT 2 } "
    )
    assert rewritten.endswith("WITH rid, v.text AS text RETURN collect({rid: rid, text: text}) AS rows")


def test_distinct_maps_and_commas_inside_brackets_or_strings() -> None:
    query = (
        "MATCH (n) RETURN DISTINCT [x IN n.list | {a: x, b: 'p, q'}] AS items, "
        "n {.*, text: null} AS n, 'RETURN, AS x' AS label ORDER BY label"
    )
    assert collected(query).endswith(
        "WITH DISTINCT [x IN n.list | {a: x, b: 'p, q'}] AS items, n {.*, text: null} AS n, "
        "'RETURN, AS x' AS label ORDER BY label RETURN collect({items: items, n: n, label: label}) AS rows"
    )


@pytest.mark.parametrize("query", ["MATCH (n) DELETE n", "MATCH (n) RETURN n.id", "MATCH (n) RETURN count(*)"])
def test_queries_without_named_columns_are_refused(query: str) -> None:
    with pytest.raises(InvalidInput):
        collected(query)
