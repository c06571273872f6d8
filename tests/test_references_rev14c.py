"""Review of round rel14's reference rules: invented sentences on which each rule had
taken a wrong antecedent, and the cases it must keep."""

from __future__ import annotations

import pytest

from tests.test_entities import reference_triples as _refs


def test_his_method_stays_with_the_man_the_text_went_on_about():
    # a laboratory history: Fenn proposed a stain, but the last two sentences are Wren's,
    # and so is "His method"
    refs = _refs("# Stains\n\nOswyn Fenn proposed a new stain in 1920. Later Anselm Wren "
                 "joined the laboratory. He rejected the stain outright. His method used no "
                 "dye at all.\n")
    assert (3, "His", "Oswyn Fenn") not in refs
    assert (3, "His", "Anselm Wren") in refs


def test_a_lamp_bought_is_not_the_lamp_named_next():
    # a household history: the lamp next door is another lamp than the one she bought (the
    # name in emphasis)
    refs = _refs("# Lamps\n\nIn 1790 Ruth Tallis bought a lamp from a dealer. The **Pelmor "
                 "lamp** next door was brighter.\n")
    assert not [r for r in refs if r[0] == 0 and r[2] == "Pelmor lamp"]


def test_a_company_worked_for_is_not_the_company_named_next():
    # a shipping history: her employer is no rival of hers
    refs = _refs("# Shipping\n\nRuth Tallis worked for a shipping company in her youth. The "
                 "**Lisle Shipping Company** was her rival.\n")
    assert not [r for r in refs if r[0] == 0 and r[2] == "Lisle Shipping Company"]


def test_a_lamp_designed_is_still_the_lamp_named_next():
    refs = _refs("# Lamps\n\nIn 1790 the glazier Ruth Tallis designed a brass lamp with a "
                 "hollow wick. The **Pelmor lamp** drew air through the flame.\n")
    assert (0, "a brass lamp", "Pelmor lamp") in refs


def test_one_after_an_indefinite_noun_is_that_noun():
    # a pottery's history: "hired one" is a stoker, not the kiln
    refs = _refs("# Kiln\n\nThe works used the **tunnel kiln** and needed a stoker for it. "
                 "Ruth Tallis hired one from Lisleby in 1903.\n")
    assert not [r for r in refs if r[1] == "one"]


def test_one_at_a_time_is_no_kind():
    # a pottery's history: "carried one at a time" is a trolley, and an idiom
    refs = _refs("# Kiln\n\nThe **tunnel kiln** took ware on trolleys through the fire. The "
                 "trolleys were loaded by two men, and each carried one at a time.\n")
    assert not [r for r in refs if r[1] == "one"]


def test_a_dummy_it_after_an_adverb_takes_no_outcome():
    # a treaty's history: "It soon became clear that …" is a dummy "it", not the agreement
    refs = _refs("# Treaty\n\nThe long quarrel ended with the Pelmor Agreement. It soon became "
                 "clear that nobody would keep it.\n")
    assert not [r for r in refs if r[0] == 1 and r[1] == "It"]


@pytest.mark.parametrize("adverb", ["also", "then", "never", "first"])
def test_a_dummy_it_after_any_listed_adverb_takes_no_outcome(adverb):
    # the adverb list was once written twice in phrase_context, and the later list (without
    # "also", "then", "never") silently replaced the one this test reads
    refs = _refs(f"# Treaty\n\nThe long quarrel ended with the Pelmor Agreement. It {adverb} "
                 "became clear that nobody would keep it.\n")
    assert not [r for r in refs if r[0] == 1 and r[1] == "It"]


def test_it_after_an_outcome_and_an_adverb_still_takes_the_outcome():
    refs = _refs("# Treaty\n\nThe long quarrel ended with the Pelmor Agreement. It soon "
                 "fixed a wage for each trade.\n")
    assert (1, "It", "Pelmor Agreement") in refs


def test_they_after_a_body_with_a_singular_verb_and_no_one_else_is_the_body():
    # a harbour's history, in British usage: "was formed", then "They met": the committee
    refs = _refs("# Harbour\n\nThe Pelmor Harbour Committee was formed in 1890. They met every "
                 "Tuesday in the chapel.\n")
    assert (1, "They", "Pelmor Harbour Committee") in refs


def test_they_after_a_band_that_is_one_thing_is_still_the_band():
    refs = _refs("# Band\n\nThe Tessby Players is a brass band founded in 1890. They play "
                 "every Sunday in the park.\n")
    assert (1, "They", "Tessby Players") in refs


def test_it_in_the_past_perfect_after_an_outcome_is_what_ended():
    # a labour history: "It had lasted nine weeks" looks back at the strike, not the accord
    refs = _refs("# Strike\n\nThe dockers struck in 1901. The strike ended with the Hask Accord "
                 "in May. It had lasted nine weeks.\n")
    assert not [r for r in refs if r[0] == 2 and r[2] == "Hask Accord"]


def test_it_was_a_hard_time_is_a_dummy_it():
    # a farming history: "It was a hard time for …" is about the years, not the laws
    refs = _refs("# Trade\n\nCheap grain from abroad led to the Pelmor Corn Laws. It was a hard "
                 "time for farmers.\n")
    assert not [r for r in refs if r[0] == 1 and r[1] == "It"]


def test_one_after_a_plural_noun_is_one_of_those():
    # a pottery's history: "hired one" is one of the stokers, not a kiln
    refs = _refs("# Kiln\n\nThe works built the **tunnel kiln** in 1902. The stokers wanted "
                 "more pay, and the manager hired one from Lisleby.\n")
    assert not [r for r in refs if r[1] == "one"]


def test_one_counted_against_a_number_is_no_kind():
    # a vote: "one for and nine against" counts votes
    refs = _refs("# Kiln\n\nThe works tried the **tunnel kiln** in 1902, and the workers voted. "
                 "Ruth Tallis counted one for and nine against.\n")
    assert not [r for r in refs if r[1] == "one"]


def test_one_wanted_after_the_kind_is_still_the_kind():
    refs = _refs("# Kiln\n\nThe works built the **tunnel kiln** in 1902. Ruth Tallis wanted one "
                 "for her own pottery.\n")
    assert (1, "one", "tunnel kiln") in refs


def test_a_lamp_bought_is_not_the_bare_lamp_named_next():
    # the same household history with the name not in emphasis: the one rule for both
    # readings asks that the lamp be made, or the named sentence say how it came about
    refs = _refs("# Lamps\n\nIn 1790 Ruth Tallis bought a lamp from a dealer. The Pelmor lamp "
                 "next door was brighter.\n")
    assert not [r for r in refs if r[0] == 0 and r[2] == "Pelmor lamp"]


def test_a_company_worked_for_is_not_the_bare_company_named_next():
    refs = _refs("# Shipping\n\nRuth Tallis worked for a shipping company in her youth. The "
                 "Lisle Shipping Company was her rival.\n")
    assert not [r for r in refs if r[0] == 0 and r[2] == "Lisle Shipping Company"]


def test_an_inquiry_to_lead_is_the_inquiry_the_next_sentence_says_was_published():
    # a town's history: "lead" makes nothing, but the next sentence says how the inquiry
    # came about
    refs = _refs("# Fire\n\nIn 1902 the council asked Ruth Tallis to lead a public inquiry into "
                 "the fire. The Pelmor Inquiry, published in 1903, blamed the landlord.\n")
    assert (0, "a public inquiry", "Pelmor Inquiry") in refs


def test_a_board_given_is_the_board_the_next_sentence_says_was_set_up():
    refs = _refs("# Harbours\n\nThe act gave each harbour a statutory harbour board with a duty "
                 "to dredge. The Pelmor Harbour Board (PHB) was set up in 1891.\n")
    assert (0, "a statutory harbour board", "Pelmor Harbour Board") in refs
