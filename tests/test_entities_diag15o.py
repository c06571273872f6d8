"""diag15o: a name given in a relative clause ("X, whom everyone called Y"), the gender of a
French or German honorific, a person-shaped trade name of a thing sold, and a plain "called
it Y" after a sentence that names the thing (:mod:`kg.merging.alias_cues`,
:mod:`kg.references.name_traits`, :mod:`kg.kinds.naming_cues`, :mod:`kg.merging.plain_calls`),
on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _pronoun_targets(text: str, pronoun: str) -> set[str]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return {label[m.entity] for m in mentions if m.via == "reference" and m.surface == pronoun}


def test_a_name_given_in_a_relative_clause_joins_the_name_before_it():
    text = ("The Docks\n"
            "Harlan Quibbet arrived at the harbour in 1901. Quibbet, whom the dock workers "
            "called the Owl, ran the steam crane for forty years. The Owl retired in 1941.\n")
    entities, _ = with_mentions(text)
    crane_man = find(entities, "Harlan Quibbet")
    assert crane_man is not None and "Owl" in crane_man.aliases


def test_a_relative_clause_whose_verb_calls_someone_in_names_nothing():
    # sport: "called" with an object that does not end the clause is a summons, not a name
    text = ("The Final\n"
            "Tavin Marsk played for the Ellery Rovers. Marsk, whom the coach called Saturday "
            "morning before the final, scored twice.\n")
    entities, _ = with_mentions(text)
    player = find(entities, "Tavin Marsk")
    assert player is not None and "Saturday" not in player.aliases


def test_he_after_a_madame_goes_to_the_man_named_next():
    text = ("The Theatre\n"
            "In 1888 Madame Orsolet hired a young carpenter named Berrick Famm. He built the "
            "new stage in a single winter.\n")
    assert _pronoun_targets(text, "He") == {"Berrick Famm"}


def test_she_after_a_madame_still_goes_to_her():
    # a school history: the female honorific is the antecedent "she" needs
    text = ("The School\n"
            "In 1880 Madame Orsolet, a dressmaker, opened a school for girls. "
            "She taught there until 1900.\n")
    assert _pronoun_targets(text, "She") == {"Madame Orsolet"}


def test_a_person_shaped_name_a_thing_is_sold_under_is_a_product():
    text = ("Salt\n"
            "Those pale crystals, skimmed from the upper ponds, were sold from 1870 under the "
            "name Tessary Blue. Grocers in the capital stocked Tessary Blue by 1880.\n")
    entities, _ = with_mentions(text)
    salt = find(entities, "Tessary Blue")
    assert salt is not None and salt.entity_type == "product"


def test_a_person_passively_marketed_under_a_name_stays_a_person():
    # film: the subject pronoun before a passive makes the trade name a stage name
    text = ("Film\n"
            "In 1931 she was marketed by the studio under the name Lorna Vesk. Lorna Vesk "
            "made nine films before 1940.\n")
    entities, _ = with_mentions(text)
    actress = find(entities, "Lorna Vesk")
    assert actress is not None and actress.entity_type == "person"


def test_called_it_names_the_thing_the_sentence_before_gave_a_name():
    text = ("Salt\n"
            "Those pale crystals, skimmed from the upper ponds, were sold from 1870 under the "
            "name Tessary Blue. Cooks in the towns soon called it Sea Frost, and it fetched "
            "twice the price of pan salt.\n")
    entities, _ = with_mentions(text)
    salt = find(entities, "Tessary Blue")
    assert salt is not None and "Sea Frost" in salt.aliases


def test_called_it_after_a_firm_named_from_a_place_does_not_name_the_place():
    # a chart maker's history: "it" is the firm the sentence before describes
    text = ("Charts\n"
            "The firm took its name from Pellick Point, a rocky cape north of the bay. Most "
            "customers simply called it the Cape Works, and the partners kept that name.\n")
    entities, _ = with_mentions(text)
    cape = find(entities, "Pellick Point")
    assert cape is not None and "Cape Works" not in cape.aliases


def test_called_it_is_refused_when_its_own_sentence_or_a_reference_offers_another_thing():
    # a brewery: "He opened the X Ale Company, and the town called it Y's": the firm named
    # before "called" (group 1), or a description for it in the sentence before, is meant,
    # not the one thing the sentence before named (group 0); and a person's name is no
    # thing's nickname (group 2)
    from kg.finders.gazetteer import Match
    from kg.merging.plain_calls import called_elsewhere

    types = ["place", "organization", "person", "other"]
    firm_before = [Match(unit=3, start=4, end=7, group=1)]
    assert called_elsewhere(firm_before, set(), 12, 3, types, {0})
    assert called_elsewhere([], {1}, 12, 3, types, {0})
    assert called_elsewhere([], set(), 12, 2, types, {0})
    # the thing itself referred to again, nothing else named: the nickname may be its
    assert not called_elsewhere([], {0}, 12, 3, types, {0})
