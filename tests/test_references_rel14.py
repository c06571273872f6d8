"""Round rel14 of reference resolution: invented sentences for each rule, with a negative
case in another genre."""

from __future__ import annotations

from tests.test_entities import needs_wordfreq
from tests.test_entities import reference_triples as _refs


@needs_wordfreq
def test_a_bare_surname_is_a_person_to_a_possessive_after_it():
    # a survey history: "Porter Dalton" is typed a person only from "his pupil", so the bare
    # "Dalton" is joined to him after resolution; "his" is still Dalton's, not his master's
    refs = _refs("# The reef chart\n\nIn 1902 the harbour master Dorn Ostrik and his pupil "
                 "Porter Dalton sounded the reef by night. Ostrik and Dalton named the "
                 "channel. That same year Dalton took up his own old plan: he drew the chart "
                 "alone.\n")
    assert not [r for r in refs if r[0] == 2 and r[2] == "Dorn Ostrik"]


def test_a_firm_named_after_its_founder_keeps_its_possessive():
    # a firm history: the founder's surname opens the works' name too, so it is no bare
    # surname to retype; "its" is still the works'
    refs = _refs("# Bells\n\nIn 1890 the founder Ruth Pellory opened the Pellory Works in a "
                 "shed. Pellory cast its first bell in 1891, and she sold it to a chapel.\n")
    assert (1, "its", "Pellory Works") in refs


def test_it_after_an_outcome_takes_the_named_outcome():
    # a union history: the strike "ended with" the accord, which the next "It" is about
    refs = _refs("# The strike\n\nThe Brelling Dockers' Union struck for nine weeks in 1901. "
                 "The strike ended with the Hask Accord, signed in the chapel on 3 May 1901. "
                 "It set a wage for each trade and gave the union a seat on the board.\n")
    assert (2, "It", "Hask Accord") in refs


def test_it_after_a_name_in_a_prepositional_phrase_takes_nothing():
    # a report on a building: "described in" is no outcome; "It" is the tower described
    refs = _refs("# The tower\n\nThe Ostery tower was finished in 1702. The old lamp room "
                 "was described in the Hask Survey of 1750. It burned down in 1801.\n")
    assert not [r for r in refs if r[0] == 2 and r[2] == "Hask Survey"]


def test_his_method_opening_a_sentence_is_the_proposer():
    # a foundry history: the owner is the previous sentence's subject, but the method is
    # the engineer's, who "proposed" it two sentences back
    refs = _refs("# Tuning\n\nIn 1850 the engineer Oswyn Fenn joined the foundry of Anselm "
                 "Wren. He proposed cutting each bell on a lathe. Wren thought the idea "
                 "extravagant, but his daughter persuaded him to let Fenn try it. His method "
                 "made the foundry famous.\n")
    assert (3, "His", "Oswyn Fenn") in refs


def test_her_method_does_not_take_a_man_who_proposed():
    # a laboratory history: the man who proposed is no antecedent of "Her"
    refs = _refs("# Stains\n\nIn 1920 the chemist Ruth Tallis joined the laboratory of Oswyn "
                 "Fenn. He proposed a new stain for the slides. Tallis thought the stain too "
                 "weak. Her method used a second dye.\n")
    assert (3, "Her", "Oswyn Fenn") not in refs


def test_an_indefinite_phrase_takes_the_name_the_next_sentence_opens_with():
    # a history of lighting: the lamp she designed is the one the next sentence names
    refs = _refs("# Lamps\n\nThe decisive change came in 1790, when the glazier Ruth Tallis "
                 "designed a brass lamp with a hollow wick. The **Pelmor lamp** drew air "
                 "through the centre of the flame.\n")
    assert (0, "a brass lamp", "Pelmor lamp") in refs


def test_a_generic_indefinite_subject_takes_no_name():
    # a railway guide: "A rack railway …" is any rack railway, not the one named next
    refs = _refs("# Railways\n\nA rack railway climbs steep slopes with a toothed rail. "
                 "The Orlen Mountain Railway opened in 1896 and still runs daily.\n")
    assert not [r for r in refs if r[0] == 0]


def test_they_after_a_subject_with_a_singular_verb_takes_nothing():
    # a hospital history: "was run by the Sisters …": "They" are the sisters, not the infirmary
    refs = _refs("# Hospitals\n\nThe Orm Infirmary opened in 1890. The Orm Infirmary was run "
                 "by the Sisters of Varn until 1971. They handed it to the city that year.\n")
    assert not [r for r in refs if r[0] == 2 and r[2] == "Orm Infirmary"]


def test_they_after_a_body_with_no_singular_verb_is_still_the_body():
    # a mill's history: a trust as the subject of "bought" is still taken up by "They"
    refs = _refs("# Mills\n\nThe Orm Trust bought the old mill in 1950. They ran it for ten "
                 "years.\n")
    assert (1, "They", "Orm Trust") in refs


def test_an_object_one_is_the_kind_just_named():
    # a pottery's history: "install one" is a tunnel kiln, the last kind the sentence before
    # named (not the bottle kilns it could not compete with)
    refs = _refs("# Kilns\n\nThe bottle kilns that Oswyn Fenn had built could not compete with "
                 "the continuous **tunnel kiln**, in which ware moves through the fire on "
                 "trolleys without stopping. Ruth Tallis had pressed the board to install one as "
                 "early as 1900.\n")
    assert (1, "one", "tunnel kiln") in refs


def test_one_after_an_adjective_is_no_kind():
    # an orchestra's history: "a year-round one" is the season, a noun phrase's head
    refs = _refs("# Concerts\n\nIn 1980 the players took up **period-instrument performance**, "
                 "playing on gut strings. The Tessby Orchestra soon turned its winter season "
                 "into a year-round one.\n")
    assert not [r for r in refs if r[1] == "one"]
