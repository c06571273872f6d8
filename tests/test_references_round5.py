"""Reference resolution, round 5: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from kg.entities import extract_entities
from tests.test_entities import build, find


def _entities(text: str):
    docs, sections, sentences = build(text)
    return extract_entities(docs, sections, sentences)


def _refs(mentions, entity, index) -> bool:
    """True when sentence ``index`` mentions ``entity`` by reference."""
    return any(m.entity == entity.id and m.sentence == index and m.via == "reference"
               for m in mentions)


_REGULATED = (
    "Harbour Varrow Ltd supplies gas to the towns of the Osk valley. "
    "Its prices are checked by the Northern Energy Standards Authority (NESA). "
    "Harbour Varrow Ltd raised its prices in 2019. "
    "Customers complained about the increase. "
    "Harbour Varrow Ltd blamed the cost of pipes. "
    "The company paid a dividend of £9 million that year. "
    "The regulator has fined Harbour Varrow Ltd twice since 2020.\n")


def test_the_regulator_is_a_regulating_body_named_long_before():
    entities, mentions = _entities(_REGULATED)
    nesa = find(entities, "Northern Energy Standards Authority")
    firm = find(entities, "Harbour Varrow Ltd")
    assert nesa is not None and firm is not None
    assert _refs(mentions, nesa, 6)
    assert not _refs(mentions, firm, 6)


def test_the_regulator_is_never_the_dominant_firm():
    entities, mentions = _entities(
        "The Tessin Mutual Bank was founded in 1921 by farmers in Oskby. "
        "The Tessin Mutual Bank lends only to its members. "
        "In 1990 the Tessin Mutual Bank opened a branch in Varrow. "
        "Members elect the directors each spring. "
        "Deposits grew slowly for a decade. "
        "The new bonds were designed to satisfy the regulator without breaking that rule.\n")
    bank = find(entities, "Tessin Mutual Bank")
    assert bank is not None
    assert not any(m.sentence == 5 and m.via == "reference" for m in mentions)
