"""rev16h: second review of rel16b's rules on invented sentences, each defect with a test that
failed before its fix and a twin where the rule still fires (:mod:`kg.references.kind_families`,
:mod:`kg.references.change_nouns`, :mod:`kg.references.introduced_last`)."""

from __future__ import annotations

from tests.test_entities import reference_triples

ROVER = ("# Marrowind\n\nMarrowind was a robotic space probe launched by the Halvenor Space "
         "Agency in 2029. It carried a small rover built at Selwick. Marrowind reached the moon "
         "in 2031. The rover drove four kilometres. The orbiter kept working until 2034.\n")


def test_a_specific_noun_written_beside_the_craft_is_another_thing():
    # "It carried a small rover": the rover is not the probe that carried it
    triples = reference_triples(ROVER)
    assert not [t for t in triples if t[1] == "The rover"]
    assert (4, "The orbiter", "Marrowind") in triples  # a noun the text did not write before


CRAFT = ("# Craft\n\nMarrowind was a robotic space probe launched by the Halvenor Space Agency "
         "in 2029. {} The orbiter failed in 2034.\n")


def test_a_specific_noun_takes_no_class_term():
    # two craft described as probes: "robotic space probe" (a term, the class) is no orbiter
    two = reference_triples(CRAFT.format(
        "Quellan was a robotic space probe launched by the Selwick Space Agency in 2030."))
    assert not [t for t in two if t[1] == "The orbiter"]
    one = reference_triples(CRAFT.format("Marrowind reached the moon. A space probe is costly."))
    assert (3, "The orbiter", "Marrowind") in one  # the term no longer ties with the craft


HALL = "# Hall\n\nThe Quenby Hall was rebuilt in 1920 with {}. The new materials weathered well.\n"


def test_the_new_materials_take_no_member_of_a_list():
    # a building text: steel, glass and the ceramic are the new materials, not the ceramic
    listed = reference_triples(HALL.format("steel, glass and **Pelmorite**, a ceramic"))
    assert not [t for t in listed if t[1] == "The new materials"]
    alone = reference_triples(HALL.format("**Pelmorite**, a ceramic"))
    assert (1, "The new materials", "Pelmorite") in alone


LAWS = "# Laws\n\nIn 1832 the assembly reformed the Varrel Franchise{}. The reform was popular.\n"


def test_a_change_noun_takes_nothing_when_two_listed_things_were_changed():
    both = reference_triples(LAWS.format(" and the Quenby Poor Fund"))
    assert not [t for t in both if t[1] == "The reform"]
    assert (1, "The reform", "Varrel Franchise") in reference_triples(LAWS.format(""))


def test_a_change_noun_of_one_rulebook_is_that_rulebook():
    # the positive twin of rel16b's two-rulebook negative
    triples = reference_triples("# Club\n\nIn 1950 the members amended the Tollbridge Cricket "
                                "Laws. The change was popular.\n")
    assert (1, "The change", "Tollbridge Cricket Laws") in triples


FORGE = ("# Forge\n\nTom Varley bought the forge {} Ada Pennet{} her nephew Ivo Quill. "
         "He paid the debts within a year.\n")


def test_he_stays_with_the_man_who_acted_on_her_nephew():
    # the woman is named after "from": the man who hired the nephew is the subject
    triples = reference_triples(FORGE.format("from", " and hired"))
    assert (1, "He", "Tom Varley") in triples
    assert (1, "He", "Ivo Quill") not in triples
    # she sold it herself ("…, who sold it to her nephew"): the newcomer
    sold = reference_triples(FORGE.format("with", ", who sold it to"))
    assert (1, "He", "Ivo Quill") in sold
