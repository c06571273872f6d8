"""alias21: two alias families of the probes' diagnoses, each with a positive that fails on
main (0bb1634) and a negative in another genre.

- a firm's first word used alone joins the firm though a street's name begins with it too
  (:func:`kg.merging.short_forms._without_streets`); not a town's name written as a place;
- a frequent surname used alone is kept for the person named in full after "the" and a
  person's role noun ("the Tolmarsh clockmaker Jules Cook … Cook's shop",
  :mod:`kg.finders.role_surnames`); not after a business's noun ("the Tolmarsh bakery
  Golden Cook").
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_firms_first_word_joins_it_beside_a_street_of_that_name():
    # business history: a workshop on a street, a firm named like it, the firm's short name
    entities = extracted(
        "The firm\n"
        "Ormund Quarrick bought a small workshop on Brisvane Street in 1889. He built the "
        "Brisvane Motor Company into a large maker of engines, and Brisvane became a household "
        "name.\n")
    firm = find(entities, "Brisvane Motor Company")
    assert firm is not None and "Brisvane" in firm.aliases
    assert find(entities, "Brisvane Street") is not firm


@needs_wordfreq
def test_a_town_written_as_a_place_stays_apart_from_the_firm():
    # civic news: the town, its street and a firm named after it
    entities = extracted(
        "Roads\n"
        "The council of Brisvane widened Brisvane Street last spring. The Brisvane Motor Company "
        "keeps its depot there. Traffic in Brisvane has doubled since then.\n")
    firm = find(entities, "Brisvane Motor Company")
    assert firm is not None
    assert "Brisvane" not in firm.aliases


@needs_wordfreq
def test_a_frequent_surname_joins_the_person_named_after_a_role_noun():
    # biography: a craftsman with an unlisted given name, then his surname alone
    entities = extracted(
        "Clocks\n"
        "In 1790 the Tolmarsh clockmaker Jules Cook built a lighter escapement. Cook's "
        "workshop sold forty clocks a year, but the trade soon faded.\n")
    person = find(entities, "Jules Cook")
    assert person is not None and "Cook's" in person.aliases


@needs_wordfreq
def test_a_business_noun_before_a_name_keeps_no_surname():
    # food trade: a bakery's name whose last word is a frequent surname, used alone after it
    entities = extracted(
        "Bread\n"
        "In 1990 the Tolmarsh bakery Golden Cook opened a second shop. Its loaves sold well, "
        "and Cook's van became a familiar sight.\n")
    bakery = find(entities, "Golden Cook")
    assert bakery is not None and bakery.entity_type != "person"
    assert "Cook's" not in bakery.aliases and find(entities, "Cook") is None
