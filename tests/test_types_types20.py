"""types20: a body typed by what it does or undergoes (:mod:`kg.kinds.conduct_cues`): "joined
X", "his new employer, X,", "X went bankrupt", "bought by X", "X, which closed the … works",
"X's board", and, for a name shaped like a person's whose last word the text writes in
lowercase, the same cues in :func:`kg.kinds.trade_names.retype_trade_named`. Each positive
test fails without its cue; each negative, in another genre (a ship, a person, a bare
surname, towns), fails without its guard."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


def _type(text: str, name: str) -> str:
    entity = find(extracted(text), name)
    assert entity is not None, name
    return entity.entity_type


@needs_wordfreq
def test_an_acronym_someone_joined_and_that_went_bankrupt_is_an_organisation():
    assert _type("The clerk\nIn 1921 Obrin Tessaway left school and joined ZQM as a clerk. "
                 "He stayed at ZQM for forty years.\n", "ZQM") == "organization"
    assert _type("The valley\nThe looms of the valley fell silent in 1968, when ZQM went "
                 "bankrupt. The weavers of ZQM moved to the coast.\n", "ZQM") == "organization"


@needs_wordfreq
def test_an_employer_in_apposition_is_an_organisation():
    assert _type("The clerk\nIn 1921 Obrin Tessaway moved to the coast. His new employer, "
                 "RKQ, paid him well. RKQ made nets.\n", "RKQ") == "organization"


@needs_wordfreq
def test_a_buyer_and_a_closer_of_works_with_no_organisation_head_are_organisations():
    assert _type("The works\nIn 1960 the tannery was bought by Vendle Household Products. Most "
                 "of the tanners left the valley.\n", "Vendle Household Products") \
        == "organization"
    assert _type("The works\nIn 1960 the firm was sold to Lodbury Scientific, which closed the "
                 "Dunhay works within a year.\n", "Lodbury Scientific") == "organization"


@needs_wordfreq
def test_a_body_s_board_makes_an_acronym_an_organisation():
    assert _type("The mills\nIn 1874 three weavers started a business in the valley. By 1890 "
                 "the factory of QTV was the largest in the valley. Later QTV's board met "
                 "monthly in Ostmere.\n", "QTV") == "organization"


@needs_wordfreq
def test_a_firm_shaped_like_a_person_that_someone_joined_is_an_organisation():
    # "Mills" is written in lowercase ("The mills of the valley"): trade_names' guard passes
    assert _type("The clerks\nIn 1921 Obrin Tessaway left school and joined Varlow Mills as a "
                 "clerk. The mills of the valley were busy.\n", "Varlow Mills") == "organization"


@needs_wordfreq
def test_a_ship_someone_joined_and_whose_crew_is_told_is_no_organisation():
    # negative, a ship: "joined the X" is no cue (a deckhand joins a ship), nor "X's crew"
    text = ("The voyage\nIn 1921 Obrin Tessaway joined the Corvenna Tide as a deckhand. The "
            "Corvenna Tide's crew were paid by the voyage, and the Corvenna Tide's engineers "
            "kept a log of coal burned.\n")
    assert _type(text, "Corvenna Tide") != "organization"


@needs_wordfreq
def test_a_person_who_went_bankrupt_and_was_worked_for_stays_a_person():
    # negative, a person: two cues, but a name shaped like a person's takes none of them
    # outside trade_names (its last word is written nowhere in lowercase)
    text = ("The dealer\nIn 1890 the young Ulver Mossiter went bankrupt after a bad harvest. "
            "His nephew worked for Ulver Mossiter for ten years.\n")
    assert _type(text, "Ulver Mossiter") == "person"


@needs_wordfreq
def test_a_bare_surname_worked_for_is_no_organisation():
    # negative, a bare surname: one cue on one word in title case weighs half, which types
    # nothing
    text = "The partner\nThe young clerk worked for Vessick for ten years before opening a shop.\n"
    assert _type(text, "Vessick") != "organization"


@needs_wordfreq
def test_towns_that_merged_stay_places():
    # negative, towns: "merged with" weighs half on a one-word name; "in X" keeps the place
    text = ("The towns\nIn 1974 Pellbury merged with Oskmoor, and the new council met in "
            "Pellbury. Most farms in Oskmoor kept sheep.\n")
    assert _type(text, "Pellbury") == "place"
    assert _type(text, "Oskmoor") == "place"


@needs_wordfreq
def test_a_town_s_mills_make_no_organisation():
    # negative, a town: "X's mills" weighs half on a one-word name in title case
    text = ("The mills\nBy 1890 Ostmere had four mills. Later Ostmere's mills closed, one by "
            "one, and the people of Ostmere left.\n")
    assert _type(text, "Ostmere") != "organization"


@needs_wordfreq
def test_towns_with_a_compass_or_size_word_that_merged_stay_no_organisations():
    # negative (rev20a), towns named with a leading "Upper", "Great", "East": the place's
    # shape, halved like a one-word name's
    text = ("The towns\nIn 1974 Upper Pellbury merged with Lower Pellbury to form one parish.\n")
    assert _type(text, "Upper Pellbury") != "organization"
    text = "The towns\nIn 1974 Great Oskmoor merged with Kessby. Most farms kept sheep.\n"
    assert _type(text, "Great Oskmoor") != "organization"


@needs_wordfreq
def test_a_new_town_s_factories_make_no_organisation():
    # negative (rev20a), a town: "X's factories" on "New X" weighs half, as on "X"
    text = "The towns\nBy 1890 New Ostmere had grown. New Ostmere's factories closed one by one.\n"
    assert _type(text, "New Ostmere") != "organization"


def test_closed_its_works_right_after_the_name_is_counted_once():
    # the lead's re-read: "QXV closed its works" is trade_cues.trade_after's cue; the conduct
    # cue no longer adds a second weight for it, and still reads ", which closed its works"
    from kg.kinds.conduct_cues import conduct_cue
    from kg.kinds.trade_cues import trade_after
    from kg.words.tokens import tokenize

    toks = tokenize("QXV closed its works in 1931.")
    assert trade_after(toks, 1) == 1 and conduct_cue(toks, 0, 1, False) == 0
    toks = tokenize("QXV, which closed its works in 1931, moved south.")
    assert trade_after(toks, 1) == 0 and conduct_cue(toks, 0, 1, False) == 1
