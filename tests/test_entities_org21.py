"""org21: rules for named things on unseen text (figures in each rule's module docstring): a
name "launched/introduced/released (it) (in YEAR) as (the) X" is a product
(:func:`kg.kinds.launched_names._launched_as`); a founder's bare surname that opens the firm's
name joins the founder when every bare use has a person's verb
(:func:`kg.merging.typed_surnames._person_uses`); "the N, now known as X" reads the noun
(:func:`kg.kinds.naming_cues._named_thing`).

Rejected (measured): "X Brothers" without "the" as an organisation (+3 in
:func:`kg.kinds.type_cues.context_cues`): invented_seed_drill_maker types .75 → .80, but the
rival family firm then took three of the main firm's references ("the company" → the rival,
two more unresolved), as "the firm of X" did in probe20. Not tried: "Exhibition" as a gathering
head (three texts; one probe's gold types its exhibition other, so no type gain), "shortened it
to X&Y" for a common "&" abbreviation (one text)."""

from __future__ import annotations

import pytest

from tests.test_entities import find, read_entities

# each: a made thing launched "as" its name (fail on 7f2681f: typed other)
LAUNCHED_AS = [
    (("The Ostrevin partners built a new kiln. The outcome, launched in 1911 as the "
      "Quibbeline, was the first gas stove of the firm."), "Quibbeline"),
    ("Marla Ostrevin mixed a pale wax, which the partners launched in 1871 as the Tessock Bar.",
     "Tessock Bar"),
    ("In 2016 a group of engineers forked the code and released it as Varnhollow.", "Varnhollow"),
    # rev21b: a program and a product line are made things, not undertakings
    ("The program was released in 1985 as Vantrywrite and ran on four machines.", "Vantrywrite"),
    ("The new line, launched in 1902 as the Quibbeline, sold well in the north.", "Quibbeline"),
]


@pytest.mark.parametrize(("text", "name"), LAUNCHED_AS)
def test_a_thing_launched_as_a_name_is_a_product(tmp_path, text, name):
    entity = find(read_entities(text + "\n", tmp_path), name)
    assert entity is not None and entity.entity_type == "product"


# each: "launched/introduced as" a name of no made thing: a person, a periodical, a ship
NOT_LAUNCHED_GOODS = [
    ("At the dinner she was introduced as Vessamy Quorrin, and the guests applauded.",
     "Vessamy Quorrin"),
    ("The newspaper was launched in 1850 as the Quibbeline, and it sold four pages a week.",
     "Quibbeline"),
    ("The yard laid down a steam collier, which was launched in 1902 as the Varnhollow.",
     "Varnhollow"),
]


@pytest.mark.parametrize(("text", "name"), NOT_LAUNCHED_GOODS)
def test_a_person_a_paper_or_a_ship_launched_as_a_name_is_no_product(tmp_path, text, name):
    entity = find(read_entities(text + "\n", tmp_path), name)
    assert entity is not None and entity.entity_type != "product"


# rev21b: an undertaking, a gathering or a charge "launched/introduced as" a name is no product
# (each typed a product on edbb795: the subject's noun and the name's head were not read)
UNDERTAKINGS_LAUNCHED_AS = [
    ("The tour was launched in 2003 as Vantryfest, and the band played forty towns.",
     "Vantryfest"),
    ("The scheme was launched in 1998 as Vantrycare, and four towns joined it.", "Vantrycare"),
    ("The festival was first launched in 1955 as Quesselmoot and grew each year.",
     "Quesselmoot"),
    ("The council introduced it as the Tollmere Levy, and the residents objected.",
     "Tollmere Levy"),
]


@pytest.mark.parametrize(("text", "name"), UNDERTAKINGS_LAUNCHED_AS)
def test_a_tour_a_scheme_or_a_levy_launched_as_a_name_is_no_product(tmp_path, text, name):
    entity = find(read_entities(text + "\n", tmp_path), name)
    assert entity is not None and entity.entity_type != "product"


# org21 (kg.merging.typed_surnames._person_uses): a founder's bare surname that also opens
# the firm's name joins the founder when every bare use has a person's verb (fails on 7f2681f:
# "Quellmere" its own node)
FOUNDER = ("Corwen Quellmere was a joiner born in Ostravel in 1820. Quellmere set up a small "
           "workshop to make hoists in 1850. Quellmere died in 1871, and his two sons formed "
           "the Quellmere Hoist Company. In 1890 the Quellmere Hoist Company opened a second "
           "works.")


def test_a_founders_bare_surname_with_person_verbs_joins_the_founder(tmp_path):
    entities = read_entities(FOUNDER + "\n", tmp_path)
    person = find(entities, "Corwen Quellmere")
    assert person is not None and "Quellmere" in person.aliases
    assert find(entities, "Quellmere Hoist Company") is not person


def test_a_bare_surname_without_a_persons_verb_stays_apart_from_the_founder(tmp_path):
    # the stage: "Quellmere toured … staged" may be the troupe as well as the actor
    text = ("Corwen Quellmere was an actor born in Ostravel in 1820. Quellmere toured the "
            "northern towns with a troupe in 1850, and Quellmere staged forty plays that year. "
            "In 1862 his pupils formed the Quellmere Theatre Company. The Quellmere Theatre "
            "Company opened a hall in 1870.")
    entities = read_entities(text + "\n", tmp_path)
    person = find(entities, "Corwen Quellmere")
    assert person is not None and "Quellmere" not in person.aliases
    assert find(entities, "Quellmere") is not None


# org21 (kg.kinds.naming_cues._named_thing): "the N, now known as X" names X by the noun
# (fails on 7f2681f: "Quarvel B-12" typed a product by its letters-and-number shape)
def test_a_document_now_known_as_a_code_is_a_document(tmp_path):
    text = ("In 1931 the guild issued its first safety code for cranes, and the document, now "
            "known as Quarvel B-12, has been revised every five years since.")
    entity = find(read_entities(text + "\n", tmp_path), "Quarvel B-12")
    assert entity is not None and entity.entity_type == "document"


def test_now_known_as_after_a_persons_noun_gives_no_document(tmp_path):
    # music: a person's stage name, no document's noun before "now known as"
    text = ("Their first guitarist, now known as Quarvel Dennick, left the band in 1990 and "
            "Quarvel Dennick later recorded three albums alone.")
    entity = find(read_entities(text + "\n", tmp_path), "Quarvel Dennick")
    assert entity is not None and entity.entity_type != "document"
