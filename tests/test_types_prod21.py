"""prod21: a made thing named like a person, a name and a common word ("X Crimson", "X Blue",
"X Lights"), which an apposition with a noun of goods or a verb of sale marks as a product
(:mod:`kg.kinds.product_names`), and which then takes no "She". Each positive test fails
without the cue; each negative, in another genre (a cousin, a recruit, a singer, a colony),
keeps its type."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, reference_triples


def _type(text: str, name: str) -> str:
    entity = find(extracted(text), name)
    assert entity is not None, name
    return entity.entity_type


_SHADE = ("The dye house\nIn 1807 Orlaith Duvessane took charge of the vats. A second shade, "
          "Duvessane Crimson, went on sale in 1809. She made it by boiling the root twice.\n")


@needs_wordfreq
def test_a_second_shade_named_after_its_maker_is_a_product():
    assert _type(_SHADE, "Duvessane Crimson") == "product"


@needs_wordfreq
def test_the_she_after_the_shade_is_the_woman_not_the_product():
    refs = [(s, label) for s, surface, label in reference_triples(_SHADE) if surface == "She"]
    assert refs and all(label == "Orlaith Duvessane" for _, label in refs)


@needs_wordfreq
def test_the_first_product_of_the_works_and_a_new_reel_named_are_products():
    assert _type("The works\nThe oldest product of the mill, Tremoyle Blue, was a dark "
                 "dye made from woad. Tremoyle Blue sold well.\n", "Tremoyle Blue") == "product"
    assert _type("The tackle\nIn 1890 the firm added a new reel named Pellowmar Crown, built "
                 "of brass. Pellowmar Crown sold for forty years.\n", "Pellowmar Crown") \
        == "product"


@needs_wordfreq
def test_goods_sold_as_a_name_and_a_blend_in_apposition_are_products():
    assert _type("The chemist\nFrom 1827 the chemist sold pine sticks dipped in the paste as "
                 "Quarrish Lights, with a strip of sandpaper. Imitators soon copied them.\n",
                 "Quarrish Lights") == "product"
    assert _type("The blender\nHe also designed Lindqvane Gold, a milder evening blend, "
                 "which sold well by 1910. The war ended it.\n", "Lindqvane Gold") == "product"


@needs_wordfreq
def test_a_cousin_and_a_recruit_with_colour_surnames_stay_people():
    # a family history and a ship's log: no noun of goods before or after the name
    assert _type("The family\nA second cousin, Nella Grey, arrived in 1811. She stayed a "
                 "year with the Skelloway household.\n", "Nella Grey") == "person"
    # (typed other before prod21 too: "a new recruit" names no role the types know)
    assert _type("The log\nNella Black, a new recruit, joined the crew at Ossingdale. She "
                 "kept the watch that night.\n", "Nella Black") != "product"


@needs_wordfreq
def test_a_singer_marketed_under_her_name_stays_a_person():
    # a record label's history: "marketed … as" a given name and a colour is a stage name
    assert _type("The label\nIn 1961 the agency marketed the young singer as Winifred Crimson. "
                 "She toured the north in 1962.\n", "Winifred Crimson") == "person"


@needs_wordfreq
def test_a_second_colony_named_after_a_harbour_is_no_product():
    # a colonial history: a place's head word keeps the name from the cue
    assert _type("The colonies\nThe first settlement failed in 1788. A second colony, "
                 "Ferrabine Harbour, was founded in 1790 and a new pattern, Harrowvane Bay, "
                 "followed.\n", "Harrowvane Bay") != "product"


@needs_wordfreq
def test_a_farm_sold_under_a_colour_name_is_no_product():
    # an estate's history: a property sold under a name ending in a common word
    assert _type("Estates\nIn 1920 the old farm was sold as Skelloway Green to a banker. "
                 "Skelloway Green later became a school.\n", "Skelloway Green") != "product"
