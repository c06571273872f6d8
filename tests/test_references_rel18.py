"""rel18: references that joined no relation on the 36 development sets and 32 probes, each rule
with an invented positive that fails without it and a negative of another genre
(:mod:`kg.references.title_things`, :mod:`kg.references.distant_people`,
:mod:`kg.references.body_families`, :mod:`kg.references.known_as`,
:mod:`kg.references.business_nouns`)."""

from __future__ import annotations

from tests.test_entities import reference_triples

PIPE = ("# The Quillophone: A History\n\n## Origins\n\nThe **quillophone** is a small reed pipe "
        "first built by Jorun Dost in 1840. {}By 1860 the instrument was sold in every market "
        "town.\n")


def test_the_instrument_is_the_one_thing_the_title_names():
    triples = reference_triples(PIPE.format("Players in the valley liked its bright tone. "))
    assert (2, "the instrument", "quillophone") in triples


def test_the_instrument_is_not_the_title_thing_while_another_made_thing_is_spoken_of():
    # a miner's lamp sold just before: "the instrument" may be any made thing of the window
    triples = reference_triples(PIPE.format(
        "In 1850 Dost also sold the Varnet Lamp, a brass lamp for miners. "))
    assert not [t for t in triples if t[1] == "the instrument"]


def test_its_after_a_method_known_by_an_eponym_is_the_method():
    # "the Varlow process": the lowercase head is the name's, not a noun "Varlow" modifies
    triples = reference_triples("# Paper\n\nSefa Varlow built a drum dryer at Tollmere in 1840. "
                                "The method became known as the Varlow process. Its great "
                                "advantage was economy of fuel.\n")
    assert (2, "Its", "Varlow process") in triples


def test_a_name_modifying_another_noun_is_still_no_name_given():
    # sport: "the Orsby Rowing Club trophy" is the club's trophy, not what the prize was named
    triples = reference_triples("# Rowing\n\nThe Orsby Rowing Club held a regatta in 1901. The "
                                "prize was named the Orsby Rowing Club trophy. Its oarsmen "
                                "trained daily.\n")
    assert not [t for t in triples if t[1] == "The prize"]
    assert (2, "Its", "Orsby Rowing Club") in triples


SALT = ("# Salt\n\n{} founded the Quenby Salt Company in 1830. She was born in Tollmere{}. The "
        "pans were dug in 1831. Each pan held a foot of brine. The salt was dried in long sheds. "
        "She spent the profit on more land.\n")


def test_she_after_sentences_naming_no_person_is_the_last_woman_named():
    triples = reference_triples(SALT.format("Sefa Varlow", ""))
    assert (5, "She", "Sefa Varlow") in triples


def test_she_takes_nobody_when_the_last_sentence_naming_people_names_two():
    # a firm of two founders: the second woman's gender is unknown, so either may be meant
    triples = reference_triples(SALT.format("Sefa Varlow and Kelda Tennet",
                                            ", and she met Kelda Tennet there"))
    assert (1, "She", "Sefa Varlow") in triples
    assert not [t for t in triples if t[0] == 5]


HAND = ("# Quillet\n\n**Quillet** is a shorthand used by court clerks. It takes its name from "
        "Amrel Quillet, a teacher from Tollmere. Amrel Quillet was born in 1801. His father, "
        "Bruno Quillet, was a clerk, and he taught the boy to write. Ivo Havel, a printer, later "
        "set the first primer. In 1820 Quillet {}. He devised the first strokes in 1824. A page "
        "of {} holds a whole speech.\n")


def test_he_after_a_surname_read_as_the_term_named_after_him_is_the_man():
    triples = reference_triples(HAND.format("taught at the Orsby School", "quillet"))
    assert (6, "He", "Amrel Quillet") in triples


def test_a_surname_never_written_as_a_common_noun_is_the_thing_itself():
    # a thing named after a person but never a common noun ("Quillet" always capitalised):
    # the subject is the thing, and "He" is the man of the window
    triples = reference_triples(HAND.format("spread to the Orsby courts", "Quillet"))
    assert (6, "He", "Ivo Havel") in triples


def test_the_workshop_is_the_trading_firm():
    triples = reference_triples("# Quenby Felt Company\n\nThe Quenby Felt Company was a hat maker "
                                "in Tollmere. It was founded in 1860 by Sefa Varlow. In its first "
                                "years the workshop made plain felt bodies.\n")
    assert (2, "the workshop", "Quenby Felt Company") in triples


def test_the_workshop_is_no_society():
    # a carvers' guild has no workshop of its own to be called by
    triples = reference_triples("# Carvers\n\nThe Orsby Guild of Carvers was a society of wood "
                                "carvers in Tollmere. It was founded in 1860 by Sefa Varlow. In "
                                "its first years the workshop made plain chairs.\n")
    assert (1, "It", "Orsby Guild of Carvers") in triples
    assert not [t for t in triples if t[1] == "the workshop"]


SCHOOL = ("# Amrel Tennet\n\nIn 1819 Amrel Tennet {} the Orsby Institute for Deaf Children. The "
          "school had been founded in 1784 by Ivo Havel. In 1900 the Varnet School for the Deaf "
          "opened nearby.\n")


def test_the_school_is_the_institute_just_named():
    triples = reference_triples(SCHOOL.format("won a place at"))
    assert (1, "The school", "Orsby Institute for Deaf Children") in triples


def test_the_school_takes_nothing_after_two_teaching_bodies():
    triples = reference_triples(SCHOOL.format("left the Quenby Academy and joined"))
    assert not [t for t in triples if t[1] == "The school"]


def test_he_after_an_unnamed_man_of_the_window_takes_nobody_named_long_before():
    # a local find: the farmer who found the coin sold it, not the mill's founder
    triples = reference_triples("# Mill\n\nIn 1820 Bruno Havel founded the Quenby Mill. He was "
                                "born in Tollmere. The race was dug in 1821. The wheel turned "
                                "four stones. Flour went by cart to Orsby. In 1850 a farmer "
                                "found a coin in the race. He sold it to a dealer.\n")
    assert (1, "He", "Bruno Havel") in triples
    assert not [t for t in triples if t[0] == 6]


# rev18d: wrong references of the rel18 rules on invented texts of other genres

TUNER = ("# The Quillophone\n\nThe **quillophone** is a small reed pipe first built by Jorun Dost "
         "in 1840. In 1900 Ivo Havel patented {} for tuning reeds. The device used a row of brass "
         "forks.\n")


def test_the_device_after_an_unnamed_machine_of_the_window_is_not_the_title_thing():
    # a history of an instrument: "an apparatus for tuning reeds" is the device meant
    triples = reference_triples(TUNER.format("an apparatus"))
    assert not [t for t in triples if t[1] == "The device"]


def test_the_device_after_a_named_tuner_is_still_the_title_thing():
    triples = reference_triples(TUNER.format("the Varnet method"))
    assert (2, "The device", "quillophone") in triples


def test_the_instrument_after_a_predicate_machine_is_still_the_title_thing():
    # "it was a machine for songs" describes the quillophone, it brings in no other one
    triples = reference_triples(PIPE.format("Its maker said it was a machine for songs. "))
    assert (2, "the instrument", "quillophone") in triples


MILLER = ("# Bruno Havel\n\nBruno Havel was a miller in Tollmere. He was born in 1790. In 1820 he "
          "founded the Quenby Mill. The race was dug in 1821. {} The wheel was rebuilt in oak. The "
          "stones were dressed anew. The flour was sold in Orsby. He was paid a shilling for it.\n")


def test_he_takes_the_last_man_named_past_sentences_naming_nobody():
    triples = reference_triples(MILLER.format("In 1830 a flood came down the valley."))
    assert (8, "He", "Bruno Havel") in triples


def test_he_takes_nobody_past_an_unnamed_man_brought_in_since():
    # a miller's life: "a farmer" came between, past the window; "He" may be the farmer
    triples = reference_triples(MILLER.format("In 1830 a farmer came down the valley."))
    assert (1, "He", "Bruno Havel") in triples
    assert not [t for t in triples if t[0] == 8]


def test_he_takes_nobody_past_the_boy_who_did_something():
    triples = reference_triples(MILLER.format("In 1830 the boy who kept the sluice fell in."))
    assert (1, "He", "Bruno Havel") in triples
    assert not [t for t in triples if t[0] == 8]


def test_he_of_a_new_section_takes_nobody_the_last_section_named():
    # a biography: "## Later years … He died" is not the son the early-life section named last
    triples = reference_triples("# Bruno Havel\n\n## Early life\n\nBruno Havel was a miller in "
                                "Tollmere. He was born in 1790. In 1820 he founded the Quenby "
                                "Mill. His son Ivo Havel was born in 1822. Ivo became a clerk in "
                                "Orsby.\n\n## Later years\n\nThe mill burned in 1850. The stones "
                                "were sold. The race was filled in. He died in 1860.\n")
    assert (3, "His", "Bruno Havel") in triples
    assert not [t for t in triples if t[1] == "He" and t[2] == "Ivo Havel"]


FELT = ("# Quenby Felt Company\n\nThe Quenby Felt Company was a hat maker in Tollmere. It was "
        "founded in 1860 by Sefa Varlow. {}\n")


def test_the_workshop_in_a_garden_is_no_firm():
    # the twin of test_the_workshop_is_the_trading_firm: a home's workshop, the room after it
    triples = reference_triples(FELT.format("In its first years the workshop in her garden made "
                                            "plain felt bodies."))
    assert (2, "her", "Sefa Varlow") in triples
    assert not [t for t in triples if t[1] == "the workshop"]


def test_the_workshop_after_a_neighbours_workshop_is_no_firm():
    triples = reference_triples("# Ivo Havel\n\nIvo Havel was a joiner in Tollmere. He worked for "
                                "the Quenby Furniture Company from 1850. In 1860 he rented the "
                                "workshop of a neighbour. The workshop made chairs.\n")
    assert (2, "he", "Ivo Havel") in triples
    assert not [t for t in triples if t[1] == "The workshop"]
