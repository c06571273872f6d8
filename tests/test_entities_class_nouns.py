"""Rule ``class-noun`` ("the Velnor K-7 radio" for the radio "Velnor K-7",
:mod:`kg.merging.class_nouns`) and a heading's "the ⟨name's head⟩" ("# The Inspectorate and
the Rules" for the "Dorravel Cordage Inspectorate", :mod:`kg.merging.heading_short`). Invented
sentences, with negatives in other genres."""

from __future__ import annotations

from kg.merging.class_nouns import add_class_noun_aliases
from kg.model import Entity, Sentence
from tests.test_entities import find, with_mentions


def _aliases(label: str, kind: str, *texts: str) -> set[str]:
    entity = Entity(id="entity:a", label=label, entity_type=kind)
    add_class_noun_aliases([entity], [Sentence(text=t, doc="d", char_start=0, char_end=len(t),
                                               section=None, order=i)
                                      for i, t in enumerate(texts)])
    return entity.aliases


def test_a_name_followed_by_the_class_noun_that_describes_it_is_an_alias():
    assert _aliases("Velnor K-7", "other",
                    "In 1957 Brastel released the **Velnor K-7**, the first pocket radio.",
                    "1957: the Velnor K-7 radio") == {"Velnor K-7 radio"}
    assert _aliases("Velnor K-7", "product", "The Velnor K-7 was a small radio.",
                    "Shops sold the Velnor K-7 radio for ten pounds.") == {"Velnor K-7 radio"}


def test_no_alias_for_a_part_of_the_thing_a_firm_or_a_longer_name():
    # motoring: a car's engine is no car
    assert not _aliases("Quarrel Six", "product", "The Quarrel Six, a family car, sold well.",
                        "The Quarrel Six engine was noisy.")
    # commerce: a firm's radio is no firm ("a radio maker" describes no radio either)
    assert not _aliases("Brastel", "organization", "Brastel, a radio maker, grew fast.",
                        "The Brastel radio sold well.")
    assert not _aliases("Brastel", "other", "Brastel, a radio maker, grew fast.",
                        "The Brastel radio sold well.")
    # a capitalised noun goes on a longer name
    assert not _aliases("Velnor K-7", "product", "The Velnor K-7 was a small radio.",
                        "The Velnor K-7 Radio Club met monthly.")


def test_a_headings_the_and_a_names_head_name_the_one_entity_it_ends():
    entities, _ = with_mentions(
        "Founding\n"
        "In 1871 the harbour towns established the Dorravel Cordage Inspectorate, a body of "
        "three inspectors. Its inspectors tested every rope.\n"
        "The Inspectorate and the Rules\n"
        "Ropes that failed were burned on the quay.\n")
    body = find(entities, "Dorravel Cordage Inspectorate")
    assert body is not None and "Inspectorate" in body.aliases
    assert any(m["rule"] == "heading" for m in body.merges)


def test_no_heading_alias_for_a_head_two_names_end_or_without_the():
    # two inspectorates end in the word
    entities, _ = with_mentions(
        "Founding\n"
        "In 1871 the towns established the Dorravel Cordage Inspectorate, and in 1874 the "
        "Morlan Salt Inspectorate. Both tested goods sold at the quay.\n"
        "The Inspectorate and the Rules\n"
        "Ropes that failed were burned on the quay.\n")
    for label in ("Dorravel Cordage Inspectorate", "Morlan Salt Inspectorate"):
        body = find(entities, label)
        assert body is not None and "Inspectorate" not in body.aliases
    # pharmaceuticals: without "the", a heading's last word of a firm's name is a word
    entities, _ = with_mentions(
        "Founding\n"
        "Pellmark Biologics was founded in 1961 to make serums. Pellmark Biologics grew fast.\n"
        "Serums and Biologics\n"
        "The serums were sold across the region.\n")
    firm = find(entities, "Pellmark Biologics")
    assert firm is not None and "Biologics" not in firm.aliases


def test_no_alias_for_a_noun_that_modifies_with_another():
    # commerce: "a radio and television maker" describes a maker, not a radio (review of
    # heads15: the maker took "Velnor Sound radio")
    assert not _aliases("Velnor Sound", "other", "Velnor Sound was a radio and television maker.",
                        "The Velnor Sound radio sold well.")
    assert _aliases("Velnor K-7", "other", "The Velnor K-7 was a radio, and a cheap one.",
                    "Shops sold the Velnor K-7 radio.") == {"Velnor K-7 radio"}


def test_no_heading_alias_for_the_and_a_word_that_is_no_head_noun():
    # estates: "The Warden" of a heading is an office, not the surname of "Ada Warden"
    # (review of heads15: the person took "Warden")
    entities, _ = with_mentions(
        "Founding\n"
        "In 1850 Ada Warden bought the Welk estate. Ada Warden hired three bailiffs.\n"
        "The Warden and the Bailiffs\n"
        "The bailiffs collected rents.\n")
    owner = find(entities, "Ada Warden")
    assert owner is not None and "Warden" not in owner.aliases
