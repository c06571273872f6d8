"""rel16b: a description by a noun of the same family as the one the text described a thing
by (:mod:`kg.references.kind_families`: "The orbiter" for the craft described as a probe, "the
new materials" for the oxide just found) and a change noun for the thing a sentence before
changed (:mod:`kg.references.change_nouns`: "The revision" after "voted to revise the X").
Each rule where it must fire, and in another genre where it must not. Invented sentences."""

from __future__ import annotations

from tests.test_entities import reference_triples

CRAFT = ("# Marrowind\n\n"
         "Marrowind was a robotic space probe that studied a distant moon. "
         "Its lander, Kestrelle, carried a drill. The Halvenor Space Agency launched "
         "Marrowind in 2029.\n\n## Arrival\n\n"
         "Marrowind reached the moon in 2031. Kestrelle touched down a month later. "
         "The lander's drill broke after a week. Engineers at Selwick studied the fault. "
         "The orbiter kept working until 2034.\n")


def test_a_specific_noun_takes_the_one_thing_described_by_its_family():
    triples = reference_triples(CRAFT)
    assert (7, "The orbiter", "Marrowind") in triples


def test_a_specific_noun_takes_nothing_when_two_things_fit():
    # an air museum: two aircraft described as aircraft; "the glider" may be either
    triples = reference_triples(
        "# Hangar\n\nThe Ossary Kite is a light aircraft built in 1931. "
        "The Corvath Swift is a small aircraft built in 1933. "
        "Visitors may sit in the glider.\n")
    assert not [t for t in triples if t[1] == "the glider"]
    one = reference_triples(  # with one aircraft described, the glider is that one
        "# Hangar\n\nThe Ossary Kite is a light aircraft built in 1931. The Ossary Kite flew "
        "until 1950. Visitors may sit in the glider.\n")
    assert (2, "the glider", "Ossary Kite") in one


OXIDE = ("# Cold wires\n\n"
         "In 1990 a team at Halvenor found that **lutetium strontium nickel oxide** loses all "
         "resistance at 40 K. That is above the boiling point of neon. "
         "A meeting on the new materials drew a crowd at Tollbridge.\n")


def test_the_new_materials_is_the_one_compound_of_the_window():
    triples = reference_triples(OXIDE)
    assert (2, "the new materials", "lutetium strontium nickel oxide") in triples


def test_a_general_noun_without_new_takes_nothing():
    # a potters' notebook: "the material" is any material; "the new material" would be it
    text = ("# Glazes\n\nIn 1990 the potters at Halvenor found that **lutetium strontium "
            "nickel oxide** gives a blue glaze. That is cooler than the usual firing. "
            "Buyers liked {}.\n")
    assert not [t for t in reference_triples(text.format("the material"))
                if t[1] == "the material"]
    assert (2, "the new material", "lutetium strontium nickel oxide") \
        in reference_triples(text.format("the new material"))


CODE = ("# Rules of the road\n\n"
        "In 1908 the Quenby council voted to revise the Varrick Highway Code. "
        "The council also raised the tolls. "
        "The revision came into force in 1911.\n")


def test_a_change_noun_takes_what_the_window_changed():
    triples = reference_triples(CODE)
    assert (2, "The revision", "Varrick Highway Code") in triples


def test_a_change_noun_takes_nothing_when_two_things_were_changed():
    # a club history: two rulebooks amended; "The change" may be either
    triples = reference_triples(
        "# Club\n\nIn 1950 the members amended the Tollbridge Cricket Laws and revised the "
        "Selwick Bowling Rules. The change was popular.\n")
    assert not [t for t in triples if t[1] == "The change"]


def test_a_change_noun_with_a_complement_takes_nothing():
    # a weather diary: "The change in the wind" is no act on the harbour named before
    triples = reference_triples(
        "# Diary\n\nIn 1820 the town reformed the Quenby Harbour Trust. "
        "The change in the wind came at noon.\n")
    assert not [t for t in triples if t[1].startswith("The change")]
    assert (1, "The change", "Quenby Harbour Trust") in reference_triples(  # without "in …"
        "# Diary\n\nIn 1820 the town reformed the Quenby Harbour Trust. "
        "The change came at noon.\n")


SHOP = ("# The Crannach Bakery\n\n"
        "In 1880 Lorcan Vashby and Ysolde Crannach opened the Crannach Bakery in Osterhay. "
        "Vashby died in 1911 and Crannach retired in 1919, leaving the bakery to her nephew "
        "Bram Quillet. He rebuilt the ovens in 1925.\n")


def test_he_after_a_man_introduced_through_her_relative_noun_is_the_newcomer():
    # :mod:`kg.references.introduced_last`: not the first man of the sentence before
    triples = reference_triples(SHOP)
    assert (2, "He", "Bram Quillet") in triples
    assert (2, "He", "Lorcan Vashby") not in triples


def test_he_after_his_own_relative_noun_keeps_the_usual_order():
    # a football report: "his brother" is the passer's; "He" stays the first man named
    triples = reference_triples(
        "# The final\n\nIn the second half Kees Pardew passed the ball to his brother "
        "Bram Pardew. He scored from the edge of the area.\n")
    assert (1, "He", "Kees Pardew") in triples
    assert (1, "He", "Bram Pardew") not in triples
