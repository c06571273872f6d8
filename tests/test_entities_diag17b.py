"""diag17b (final17 diagnosis): a product named after its designer, "the Varnsby Drizzlet",
is the product the text also calls "the Drizzlet" and leaves the bare surname to the designer
(:mod:`kg.merging.maker_prefixes`, :func:`kg.merging.people.rival_words`); a name a maker
"launched", "introduced" or "released" is a product (:mod:`kg.kinds.launched_names`). Each on
invented sentences, with a negative in another genre."""

from __future__ import annotations

from tests.test_entities import find, read_entities

UMBRELLAS = ("In 1950 the Orlmere Rope Company hired Maelis Varnsby, a designer from Teslow. "
             "Varnsby saw that a lighter cord would sell. Her first design, the Varnsby "
             "Drizzlet, went on sale in 1952. The Drizzlet weighed 300 grams, and Varnsby "
             "retired in 1970.\n")


def test_a_designers_surname_before_a_product_name_joins_the_product(tmp_path):
    entities = read_entities(UMBRELLAS, tmp_path)
    product = find(entities, "Varnsby Drizzlet")
    assert product is not None and find(entities, "Drizzlet") is product
    designer = find(entities, "Maelis Varnsby")
    assert designer is not None and designer.entity_type == "person"
    assert find(entities, "Varnsby") is designer  # no longer a node of its own


def test_a_surname_before_another_persons_surname_joins_nothing(tmp_path):
    # a laboratory's history: "the Varnsby Tolland method" is named after two people, and
    # "Tolland" is the second one's surname, not the method's short name
    text = ("Maelis Varnsby worked with Corwen Tolland at Teslow. The Varnsby Tolland method "
            "was published in 1931, and Tolland retired in 1940.\n")
    entities = read_entities(text, tmp_path)
    person = find(entities, "Corwen Tolland")
    assert person is not None and person.entity_type == "person"
    assert find(entities, "Varnsby Tolland") is not person


def test_a_name_a_maker_launched_is_a_product(tmp_path):
    text = ("The Orlmere Rope Company grew quickly. In 1931 the firm launched the Brindlemast "
            "Tether, and it sold well in Teslow.\n")
    entities = read_entities(text, tmp_path)
    tether = find(entities, "Brindlemast Tether")
    assert tether is not None and tether.entity_type == "product"


def test_a_launched_ship_an_appeal_and_a_plant_brought_in_are_no_products(tmp_path):
    # a shipyard, a charity and a garden: launched, introduced, but not put on sale. tfix19:
    # "introduced the Orlmere Harbours Bill" was typed a document by its head with every guard
    # removed; "Appeal" has no typing head, so only the guard of what is not sold keeps it
    text = ("In 1850 the yard at Teslow launched the Harrowgale, a steam collier built for the "
            "coal trade. In 1911 the bishop launched the Orlmere Appeal, and the town gave "
            "generously. In 1790 a gardener introduced the Quennet to Europe, and the Quennet "
            "flowered in Teslow.\n")
    entities = read_entities(text, tmp_path)
    found = [find(entities, n) for n in ("Harrowgale", "Orlmere Appeal", "Quennet")]
    assert all(e is not None for e in found)
    assert [e.entity_type for e in found if e.entity_type == "product"] == []


def test_the_first_word_of_an_institute_of_a_field_is_its_short_name(tmp_path):
    text = ("In 1948 Maelis Varnsby studied at the Pellory Institute of Technology. Later she "
            "taught at Pellory for six years, and Pellory gave her a medal.\n")
    entities = read_entities(text, tmp_path)
    institute = find(entities, "Pellory Institute of Technology")
    assert institute is not None and find(entities, "Pellory") is institute


def test_a_town_that_names_a_college_of_a_field_stays_a_town(tmp_path):
    # a town's guidebook: the town is written "in Vossmere", the college is another thing
    text = ("The Vossmere College of Art opened in 1901. Most of its students lived in "
            "Vossmere, and Vossmere grew around the market.\n")
    entities = read_entities(text, tmp_path)
    college = find(entities, "Vossmere College of Art")
    assert college is not None and find(entities, "Vossmere") is not college
