"""rev18f: second read of gen18's rules on invented sentences of other genres. A bracket of
dates after a name that is the object of "of" ("The reign of Ada Skelmer (1903–1979), known
… as the Long Peace") is the head's, not the person's: the nickname names the reign
(:func:`kg.merging.cue_reading.before_dates`); a person's own life dates still pass. "His
nephew renamed the firm X" takes the last "the firm" before it, not a later one
(:func:`kg.references.bridging._active_renamings`); "the street" takes no firm's name. "was
founded … by X as the Vicar of Y" names the founder's office, no first name of the school
(:func:`kg.merging.founding_names._office`)."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_dates_after_the_object_of_of_belong_to_the_head_noun():
    # a history: the reign is known as the Long Peace, not the queen
    found = typed_aliases("# Kings\n\nThe reign of Queen Ada Skelmer (1903–1979), known to "
                      "historians as the Long Peace, saw no war. The Long Peace ended with "
                      "her death.\n")
    queen = next(aliases for label, (_t, aliases) in found.items() if "Skelmer" in label)
    assert "Long Peace" not in queen


def test_a_person_with_life_dates_still_takes_the_nickname():
    # a potter's life: the bracket follows the person's own name, not an "of" phrase
    found = typed_aliases("# Lives\n\nHer husband Hal Brisling (1899–1960), known to the village "
                      "as Old Clay, was a potter. Old Clay died in 1960.\n")
    assert "Old Clay" in found["Hal Brisling"][1]


def test_renamed_the_firm_takes_the_firm_before_it_when_the_firm_comes_up_again_later():
    # a family firm: "the firm" after the renaming must not hide the one before it
    found = typed_aliases("# Lamps\n\nThe Skelmer Lamp Works was founded in 1886 by Hal Brisling. "
                      "The firm made lamps for the fishing fleet. His nephew renamed the firm "
                      "Skelmer Harbour Signals in 1962. The firm closed in 1990.\n")
    assert "Skelmer Harbour Signals" in found["Skelmer Lamp Works"][1]


def test_renamed_the_street_takes_no_firm_named_before():
    # a town history: "the street" never stood for the company, so it takes no new name
    found = typed_aliases("# Towns\n\nThe Marrowby Company built houses in Ostrey. The company "
                      "paved the street in 1900. In 1920 the council renamed the street Brisling "
                      "Row. The company sold the houses.\n")
    assert "Brisling Row" not in found["Marrowby Company"][1]
    assert "Brisling Row" in found


def test_founded_by_a_person_as_an_office_gives_the_school_no_name():
    # a parish history: "as the Vicar of Ostrey" is the founder's office, not the school's name
    found = typed_aliases("# Schools\n\nThe Marrowby School teaches boys. The school was founded in "
                      "1850 by Hal Brisling as the Vicar of Ostrey.\n")
    assert not {"Vicar of Ostrey", "Vicar"} & found["Marrowby School"][1]


def test_founded_as_a_named_academy_still_gives_the_school_its_first_name():
    found = typed_aliases("# Schools\n\nThe Marrowby School teaches boys. The school was founded in "
                      "1850 by Hal Brisling as the Brisling Academy.\n")
    assert "Brisling Academy" in found["Marrowby School"][1]


def test_founded_as_a_name_opening_with_a_title_still_gives_the_first_name():
    # a school history: "Dean" opens the name, but no "of" makes it an office held
    found = typed_aliases("# Hospitals\n\nThe Ostrey Infirmary treats miners. The infirmary was "
                      "founded in 1890 by Hal Brisling as the Dean Street Academy.\n")
    assert "Dean Street Academy" in found["Ostrey Infirmary"][1]


def test_a_firm_still_takes_a_nickname_after_it_following_till():
    # "till" and "unless" are conjunctions, no verbs: "it" after them is no object
    found = typed_aliases("# Kitchens\n\nThe Vennaby Company sold stoves till it closed in 1931. "
                      "Cooks called it the Old Firm.\n")
    assert "Old Firm" in found["Vennaby Company"][1]


def test_a_product_sold_by_a_firm_still_keeps_its_nickname_from_the_firm():
    # the object "it" after a verb still stops the firm taking the product's nickname
    found = typed_aliases("# Kitchens\n\nThe Vennaby Company sold it till 1931. Cooks called it "
                      "the Old Iron.\n")
    assert "Old Iron" not in found["Vennaby Company"][1]
