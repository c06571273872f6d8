"""Rule ``vessel``: "the brig Harrenby Star" gives the ship the alias "brig Harrenby Star"
(:mod:`kg.merging.vessel_names`). Invented sentences, with negatives in other genres."""

from __future__ import annotations

from kg.merging.vessel_names import add_vessel_aliases
from kg.model import Entity, Sentence
from tests.test_entities import find, with_mentions


def _one(label: str, kind: str, text: str) -> Entity:
    entity = Entity(id="entity:a", label=label, entity_type=kind)
    add_vessel_aliases([entity], [Sentence(text=text, doc="d", char_start=0, char_end=len(text),
                                           section=None, order=0)])
    return entity


def test_a_ship_named_with_its_kind_has_that_wording_as_an_alias():
    entities, _ = with_mentions(
        "Trade\n"
        "The most famous of the vessels was the brig Harrenby Star, which the firm bought in "
        "1849. Harrenby Star was wrecked in 1879.\n")
    ship = find(entities, "Harrenby Star")
    assert ship is not None and "brig Harrenby Star" in ship.aliases
    assert any(m["rule"] == "vessel" for m in ship.merges)
    assert _one("Ostley", "product", "She sailed on the coastal steamer Ostley in 1877."
                ).aliases == {"steamer Ostley"}


def test_no_alias_for_a_longer_name_a_place_or_a_word_no_ship_noun():
    # a shipping line the name begins; a town after a boat noun; a company after "the firm"
    assert not _one("Harrenby Star", "product",
                    "Tickets for the ferry Harrenby Star Line were cheap.").aliases
    assert not _one("Ostley", "place", "Fish came in on the boat Ostley harbour sent.").aliases
    assert not _one("Dunmarsh Rope", "organization",
                    "Orders went to the firm Dunmarsh Rope in 1901.").aliases
