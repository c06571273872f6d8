"""A decade in a query names the date entities of its years (web.periods, search round 16)."""

from __future__ import annotations

import networkx as nx

from web.periods import YearIndex, decade_spans
from web.query import QueryAnalyser


def _spans(query: str) -> list[tuple[str, int, int]]:
    return [(query[s:e], years.start, years.stop) for s, e, years in decade_spans(query)]


def test_decades_are_read_with_their_ten_years():
    assert _spans("What was built in the 1950s?") == [("1950s", 1950, 1960)]
    assert _spans("in the mid-1990s") == [("1990s", 1990, 2000)]
    assert _spans("the 1930s and 1940s") == [("1930s", 1930, 1940), ("1940s", 1940, 1950)]
    assert _spans("the 1950's") == [("1950's", 1950, 1960)]
    assert _spans("the 2000s") == [("2000s", 2000, 2010)]


def test_a_hundreds_decade_before_2000_is_read_as_its_century():
    assert _spans("mills of the 1800s") == [("1800s", 1800, 1900)]


def test_a_range_of_decades_holds_every_year_from_the_first_to_the_last():
    assert _spans("the 1950s–60s") == [("1950s–60s", 1950, 1970)]
    assert _spans("the 1950s-70s") == [("1950s-70s", 1950, 1980)]
    assert _spans("from the 1950s to the 1970s") == [("1950s to the 1970s", 1950, 1980)]
    assert _spans("the 1950s—1970s") == [("1950s—1970s", 1950, 1980)]
    assert _spans("the 1990s–’00s") == [("1990s–’00s", 1990, 2010)]
    # a dash that starts no decade leaves the first one alone
    assert _spans("the 1950s-era lamps") == [("1950s", 1950, 1960)]
    assert _spans("the 1950s to date") == [("1950s", 1950, 1960)]


def test_a_decade_before_christ_names_no_year_and_case_does_not_matter():
    for query in ("the 1200s BC", "the 1200s B.C.", "the 1950s–60s BCE", "1250s bc"):
        assert _spans(query) == [], query
    assert _spans("THE 1950S") == [("1950S", 1950, 1960)]


def test_years_numbers_and_other_plurals_are_no_decades():
    for query in ("What happened in 1950?", "the 150s", "about 1950 tonnes", "the 12000s",
                  "the 1950 season", "ABCs of 1950"):
        assert _spans(query) == [], query


def test_the_year_index_reads_years_and_dates_but_not_quantities():
    index = YearIndex([
        (("1955",), "entity:a"),
        (("march", "1958"), "entity:b"),
        (("4", "march", "1951"), "entity:c"),
        (("1957", "tonnes"), "entity:quantity"),
        (("1953", "1954"), "entity:two-years"),
        (("1962",), "entity:later"),
    ])
    assert index.entities(range(1950, 1960)) == ["entity:c", "entity:a", "entity:b"]
    assert index.entities(range(1960, 1970)) == ["entity:later"]
    assert index.entities(range(1900, 1910)) == []


def test_seasons_and_decades_are_dates_and_a_decade_lies_within_its_years():
    index = YearIndex([
        (("spring", "1955"), "entity:spring"),
        (("1950s",), "entity:fifties"),
        (("1900s",), "entity:century"),
        (("1962",), "entity:later"),
    ])
    assert index.entities(range(1950, 1960)) == ["entity:fifties", "entity:spring"]
    assert index.entities(range(1940, 1960)) == ["entity:fifties", "entity:spring"]
    assert index.entities(range(1900, 2000)) == [
        "entity:century", "entity:fifties", "entity:spring", "entity:later"
    ]
    assert index.entities(range(1940, 1950)) == []


def test_a_decade_qualified_or_in_a_range_names_the_texts_decade():
    graph, claims = _dated_graph()
    graph.add_node("entity:fifties", kind="entity", label="1950s", aliases="", entity_type="date")
    graph.add_edge(claims[5], "entity:fifties", key="mentions", relation="mentions",
                   via="literal", surface="1950s")
    analyser = QueryAnalyser(graph, claims)
    for query in ("the mid-1950s", "the 1940s-50s", "the 1900s"):
        assert "entity:fifties" in [h.entity for h in analyser.analyse(query).entities], query
    assert "entity:fifties" not in [h.entity for h in analyser.analyse("the 1960s").entities]


def _dated_graph():
    """Six claims: the years 1955 and March 1958 of the 1950s, 1962, and a quantity."""
    graph = nx.MultiDiGraph()
    claims = [f"claim:{i}" for i in range(6)]
    for claim in claims:
        graph.add_node(claim, kind="claim", text="…")
    dates = {
        "entity:1955": ("1955", "date"),
        "entity:1958": ("March 1958", "date"),
        "entity:1962": ("1962", "date"),
        "entity:tonnes": ("1957 tonnes", "quantity"),
        "entity:lamp": ("Pelmor lamp", "product"),
    }
    for row, (node, (label, kind)) in enumerate(dates.items()):
        graph.add_node(node, kind="entity", label=label, aliases="", entity_type=kind)
        graph.add_edge(claims[row], node, key="mentions", relation="mentions",
                       via="literal", surface=label)
    return graph, claims


def test_a_decade_names_the_date_entities_of_its_years():
    analyser = QueryAnalyser(*_dated_graph())
    analysis = analyser.analyse("What replaced the Pelmor lamp in the late 1950s?")
    assert [h.entity for h in analysis.entities] == ["entity:lamp", "entity:1955", "entity:1958"]
    decade = analysis.entities[1:]
    assert all(analysis.text[h.start : h.end] == "1950s" for h in decade)
    assert all(not h.name and h.weight > 0 for h in decade)
    # the decade stays in the embedded text
    assert analysis.dense_text == analysis.text


def test_no_decade_names_no_date_and_other_decades_name_their_own():
    analyser = QueryAnalyser(*_dated_graph())
    assert analyser.analyse("What replaced the lamp?").entities == ()
    assert [h.entity for h in analyser.analyse("Who came in the 1960s?").entities] == [
        "entity:1962"
    ]
    assert analyser.analyse("What changed in the 1940s?").entities == ()


def test_a_range_of_decades_names_the_dates_of_each():
    analyser = QueryAnalyser(*_dated_graph())
    analysis = analyser.analyse("Who came in the 1950s–60s?")
    assert [h.entity for h in analysis.entities] == ["entity:1955", "entity:1958", "entity:1962"]
    assert analyser.analyse("Who came in the 1900s BC?").entities == ()


def test_a_year_named_and_its_decade_give_one_hit():
    analyser = QueryAnalyser(*_dated_graph())
    analysis = analyser.analyse("Did 1955 open the 1950s?")
    assert [h.entity for h in analysis.entities] == ["entity:1955", "entity:1958"]
    assert analysis.text[analysis.entities[0].start : analysis.entities[0].end] == "1955"
