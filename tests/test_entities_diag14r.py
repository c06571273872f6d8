"""diag14r: a nickname given to a sentence's subject past a phrase set off by commas, and three
kind nouns (:mod:`kg.merging.alias_cues`, :mod:`kg.words.kind_nouns`), on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_nickname_past_a_participle_phrase_is_not_the_makers():
    text = ("Engines\n"
            "In 1890 Ulla Brant designed a steam winch for the quarry. The winch, cast to her "
            "plans by the Tellmere Iron Company, was nicknamed the Iron Mule. The Iron Mule "
            "still stands at the quarry gate.\n")
    entities, _ = with_mentions(text)
    maker = find(entities, "Tellmere Iron Company")
    assert maker is not None and "Iron Mule" not in maker.aliases


def test_a_nickname_of_a_name_in_apposition_is_still_taken():
    # a different genre: a name standing alone between commas is the subject's own
    text = ("Music\n"
            "The band's drummer, Pendrake Ostley, was nicknamed the Metronome by the other "
            "players. Ostley toured with them for ten years.\n")
    entities, _ = with_mentions(text)
    drummer = find(entities, "Pendrake Ostley")
    assert drummer is not None and "Metronome" in drummer.aliases


def test_syndicate_and_inspectorate_head_an_organisation_and_a_shed_a_place():
    text = ("Trade\n"
            "In 1902 the Velkin Grain Syndicate bought the Bramcote Malting Shed. The Dorvash "
            "Weights Inspectorate fined the Velkin Grain Syndicate in 1905. The Bramcote "
            "Malting Shed burned down in 1910.\n")
    entities, _ = with_mentions(text)
    kinds = {e.label: e.entity_type for e in entities}
    assert kinds.get("Velkin Grain Syndicate") == "organization"
    assert kinds.get("Dorvash Weights Inspectorate") == "organization"
    assert kinds.get("Bramcote Malting Shed") == "place"
