"""rev19g (review of diag17b): the launch cue of :mod:`kg.kinds.launched_names` and the
designer's surname of :mod:`kg.merging.maker_prefixes` on invented sentences of other genres
(music, law, sport, news, biography), where they must not fire; and each rule's positive still
firing."""

from __future__ import annotations

import pytest

from tests.test_entities import find, read_entities

# each: a sentence where "released/launched/introduced the X" names no product, and X
NOT_PRODUCTS = [
    ("In 1969 the band released the Tarvenish Sessions, and the record sold well.",
     "Tarvenish Sessions"),  # an album: a work
    ("In 1989 the appeal court released the Quillbrook Four after sixteen years in prison.",
     "Quillbrook Four"),  # four people
    ("In 1950 the brothers launched the Morvane Airways with two aircraft.",
     "Morvane Airways"),  # a firm
    ("In 1998 the union launched the Tarvenish Strike, and the dispute lasted nine weeks.",
     "Tarvenish Strike"),  # an event (typed so by its head before diag17b)
    ("In 1963 the minister introduced the Tarvenish Amendment, and parliament passed it.",
     "Tarvenish Amendment"),  # a law
    ("In 1999 the city launched the Quillbrook Marathon, and two thousand runners came.",
     "Quillbrook Marathon"),  # a race
    ("In 1910 the publisher launched the Tarvenish Monthly, and the magazine sold well.",
     "Tarvenish Monthly"),  # a periodical
    ("At the reception the host introduced the Tarvenish Brothers, who played until midnight.",
     "Tarvenish Brothers"),  # a band
]


@pytest.mark.parametrize(("sentence", "name"), NOT_PRODUCTS)
def test_a_launched_work_group_firm_event_or_law_is_no_product(tmp_path, sentence, name):
    entities = read_entities(sentence + "\n", tmp_path)
    entity = find(entities, name)
    assert entity is not None and entity.entity_type != "product"


def test_a_launched_singular_made_thing_is_still_a_product(tmp_path):
    text = ("In 1958 the Orlmere Rope Company grew quickly. That spring the company launched "
            "the Pelstrand Tether, and it sold well in Quillbrook.\n")
    entity = find(read_entities(text, tmp_path), "Pelstrand Tether")
    assert entity is not None and entity.entity_type == "product"


def test_a_surname_before_another_persons_given_name_joins_no_person(tmp_path):
    # a painter's biography: "the Vardell Orsina portrait" is his portrait of his wife, and
    # "Orsina" alone is the wife, not a product named after him
    text = ("The painter Ossian Vardell married Orsina Quorle in 1902. The Vardell Orsina "
            "portrait hangs in Quillbrook, and Orsina outlived him by twenty years.\n")
    entities = read_entities(text, tmp_path)
    wife = find(entities, "Orsina Quorle")
    assert wife is not None and wife.entity_type == "person"
    assert find(entities, "Vardell Orsina") is not wife
