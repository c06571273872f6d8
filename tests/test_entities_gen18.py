"""gen18: wordings of unseen genres (a family firm's history, an instrument's history, an
engineer's biography) that the rules missed: a nickname after life dates, a laboratory's
short name, a title with a lowercase preposition, "was founded … as the X", "renamed the
firm X". Each positive test fails without its rule; each negative, in another genre, is a
sentence where the rule must not fire."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def test_a_nickname_after_life_dates_names_the_person(tmp_path):
    text = ('Merrin Astlow (1911–1980), known to her crews as "Wren", was a surveyor. '
            "Wren mapped the estuary in 1938.\n")
    person = find(read_entities(text, tmp_path), "Merrin Astlow")
    assert person is not None and "Wren" in person.aliases


def test_a_bracket_of_words_is_no_life_dates(tmp_path):
    # sport: the bracket says who the club is; the nickname is the match's, not the club's
    text = ("Brannick lost the match against Orrow Town (the holders), known to fans as the "
            "Kettle Derby. The Kettle Derby drew a record crowd.\n")
    town = find(read_entities(text, tmp_path), "Orrow Town")
    assert town is not None and "Kettle Derby" not in town.aliases


def test_a_laboratory_is_shortened_to_its_first_word(tmp_path):
    text = ("In 1940 Merrin Astlow joined Quessop Radio Laboratories, a research firm. "
            "At Quessop she studied fading. She retired from Quessop in 1970.\n")
    lab = find(read_entities(text, tmp_path), "Quessop Radio Laboratories")
    assert lab is not None and "Quessop" in {lab.label, *lab.aliases}


def test_a_two_word_laboratory_is_an_arm_of_its_namesake(tmp_path):
    # business: "Morvane Laboratories" is the research arm of the firm "Morvane"
    text = ("The chemist Hal Quimby joined Morvane Laboratories in 1950. Later Morvane "
            "sold its paint business to a rival.\n")
    lab = find(read_entities(text, tmp_path), "Morvane Laboratories")
    assert lab is not None and "Morvane" not in lab.aliases


def test_a_title_keeps_a_lowercase_preposition(tmp_path):
    text = "In 1939 she published *Notes on Fading over the Hesk Banks*, a short book.\n"
    report = find(read_entities(text, tmp_path), "Notes on Fading over the Hesk Banks")
    assert report is not None and report.entity_type == "document"


def test_an_italic_phrase_in_lowercase_is_no_title(tmp_path):
    # cookery: the preposition starts an instruction, not a title
    text = "Stir the Tolsey sauce *over a low heat* until it thickens. Serve it warm.\n"
    entities = read_entities(text, tmp_path)
    assert not [e for e in entities if e.entity_type == "document"]


def test_founded_as_gives_the_firm_its_first_name(tmp_path):
    text = ("The Dunwary Signal Company makes ship lanterns. The firm was founded in 1886 by "
            "the tinsmith Hal Quimby as the Dunwary Lamp Works, and it grew fast.\n")
    firm = find(read_entities(text, tmp_path), "Dunwary Signal Company")
    assert firm is not None and "Dunwary Lamp Works" in firm.aliases


def test_founded_as_a_part_of_another_body_names_none(tmp_path):
    # sport: the club began as another club's junior side, it was never that club
    text = ("The Dunwary Harriers race on the moor. The club was founded in 1901 as the "
            "Tarvell Athletic Club's junior side.\n")
    club = find(read_entities(text, tmp_path), "Dunwary Harriers")
    assert club is not None and "Tarvell Athletic Club" not in club.aliases


def test_renamed_the_firm_gives_the_firm_its_new_name(tmp_path):
    text = ("The Quimby Lamp Works was founded in 1886 by Hal Quimby. The firm made lamps for "
            "the fishing fleet. His nephew renamed the firm Quimby Harbour Signals in 1962.\n")
    firm = find(read_entities(text, tmp_path), "Quimby Lamp Works")
    assert firm is not None and "Quimby Harbour Signals" in firm.aliases


def test_renamed_a_noun_not_used_before_names_nothing_earlier(tmp_path):
    # shipping: "the boat" stood for nothing yet; the ferry service is not the boat
    text = ("Ada Lind ran the Tolsey Ferry across the river. The ferry carried cattle. In 1920 "
            "the owners renamed the boat Marsh Queen.\n")
    ferry = find(read_entities(text, tmp_path), "Tolsey Ferry")
    assert ferry is not None and "Marsh Queen" not in ferry.aliases
