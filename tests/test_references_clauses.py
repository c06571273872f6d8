"""Tests for references in reported clauses and to named structures (kg.references.reference_phrases,
kg.references.antecedents): "Orvik said it was …", "The Harl Lighthouse … Its height …"."""

from __future__ import annotations

from test_coref import _refs


def test_it_opening_a_reported_clause_takes_the_previous_subject():
    text = ("Ada Orvik designed offices for twenty years. The last of these works was the "
            "Tollan Chapel, a small chapel for a fishing village, completed in 1984. It has "
            "thick walls and one window. Orvik said it was the only house she got right.\n")
    entities, refs = _refs(text)
    assert {e.label: e.entity_type for e in entities}.get("Tollan Chapel") == "place"
    assert (2, "It", "Tollan Chapel") in refs
    assert (3, "it", "Tollan Chapel") in refs


def test_a_reported_it_takes_the_named_subject_of_its_own_sentence_first():
    text = ("Ada Orvik joined Brask Motors in 2001. Later the Brask Motors board announced "
            "that it had cut prices.\n")
    _, refs = _refs(text)
    assert not any(surface == "it" and label != "Brask Motors" for _s, surface, label in refs)


def test_a_reported_it_before_an_adjective_or_infinitive_is_no_reference():
    text = ("The Tollan Chapel was finished in 1989. Ada Orvik said it was easy to love "
            "and wrote it down.\n")
    _, refs = _refs(text)
    assert not any(s == 1 for s, _surface, _label in refs)


def test_its_takes_a_named_structure_that_was_the_subject():
    text = ("The oldest light on the coast stood at Harl. The **Harl Lighthouse** was begun "
            "in 1690 and finished in 1702. Old writers credit its design to Per Amund.\n")
    _, refs = _refs(text)
    assert (2, "its", "Harl Lighthouse") in refs


def test_a_place_after_a_preposition_does_not_compete_for_its():
    text = ("Farmers in Oskby County founded the Lunde Growers Trust in 1978. Its members sold "
            "grain together.\n")
    _, refs = _refs(text)
    assert (1, "Its", "Lunde Growers Trust") in refs


def test_the_object_of_made_is_a_reference_before_its_complement():
    text = ("The Orvik Bridge Trust wrote the Safe Joint Protocol in 2012. The trust made "
            "the protocol public, and others adopted it.\n")
    _, refs = _refs(text)
    assert (1, "the protocol", "Safe Joint Protocol") in refs


def test_a_noun_introduced_in_the_same_sentence_is_not_the_named_one():
    text = ("The Tessin Ridge runs under the sea. If lava rises at a ridge and cools, the "
            "ridge grows wider.\n")
    _, refs = _refs(text)
    assert not any(s == 1 for s, _surface, _label in refs)


def test_a_description_prefers_an_entity_outside_a_prepositional_phrase():
    text = ("Ada Lind and Per Varrick met at the Varn Institute in 1946. In 1950 the two "
            "returned from the Varn Institute and founded their own practice, Lind & Varrick, "
            "in a former bakery. The firm was small at first.\n")
    _, refs = _refs(text)
    assert (2, "The firm", "Lind & Varrick") in refs


def test_a_river_named_noun_first_is_what_the_river_stands_for():
    text = ("The burning of the Dunwick River in 1969 made news abroad. The River Orm "
            "runs through Kessby. Mills lined the banks for a century. Farms grew along the "
            "valley. Towns grew too. By 1990 the river was clean again.\n")
    _, refs = _refs(text)
    assert (5, "the river", "River Orm") in refs or (5, "the river", "Orm") in refs


def test_the_first_standing_alone_takes_the_previous_subject():
    text = ("Ships kept sinking near Harlport. The Harl Rocks wrecked so many ships that "
            "four towers have risen on them. The first was the design of Ada Lind.\n")
    _, refs = _refs(text)
    assert (2, "The first", "Harl Rocks") in refs


def test_a_name_given_to_the_first_is_no_alias_of_the_whole():
    text = ("The Harl Rocks wrecked so many ships that four towers have risen on them. "
            "The first was called the Lind Tower and burned in 1703.\n")
    entities, refs = _refs(text)
    assert (1, "The first", "Harl Rocks") in refs
    rocks = next(e for e in entities if e.label == "Harl Rocks")
    assert not any("Lind" in a for a in rocks.aliases)


def test_the_company_is_no_university_or_council():
    text = ("Orm Water Ltd supplies the town of Kessby. Its pipes are old. Dr Ada Lind of "
            "the University of Kessby studied the leaks. By her count the company loses a "
            "quarter of its water.\n")
    _, refs = _refs(text)
    assert not any(label == "University of Kessby" for _s, _surface, label in refs)
    assert (3, "the company", "Orm Water Ltd") in refs


def test_the_sea_far_from_a_named_sea_is_generic():
    text = ("Greek ships crossed the Aegean. Stone towers rose along the coast. Keepers "
            "lit fires each night. Oil lamps came later. Lenses came last. Their beams "
            "reached far out over the sea.\n")
    _, refs = _refs(text)
    assert not any(surface == "the sea" for _s, surface, _label in refs)


def test_an_object_it_is_not_a_name_after_a_preposition():
    text = ("By 2023 Quillstore was used by the railway. A survey by the Orm Data Institute "
            "(ODI) that year ranked it the best database.\n")
    _, refs = _refs(text)
    assert (1, "it", "Quillstore") in refs


def test_the_project_takes_a_coined_name_that_was_the_subject():
    text = ("Ada Lind wrote Quillmap in 2009. Quillmap 4.2 is downloaded a million times a "
            "month. The project is now led by a group of five people.\n")
    _, refs = _refs(text)
    assert (2, "The project", "Quillmap") in refs


def test_the_project_does_not_take_an_english_word_subject():
    text = ("Ada Lind studied Mercury for years. Mercury is the smallest planet. The mission "
            "will map it.\n")
    _, refs = _refs(text)
    assert not any(surface == "The mission" for _s, surface, _label in refs)
