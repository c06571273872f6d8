"""diag16t (final16 typewriter diagnosis): a family firm written "X and Sons" is one
organisation (:func:`kg.finders.junctions.partners_last`, the type in
:mod:`kg.kinds.entity_types`, the bare surname in :mod:`kg.merging.initialled_firms`), and
"Y, whose real name was Z W" joins the person's own name to the name before
(:func:`kg.merging.birth_names.real_name_after`), "the x (in Norwegian, y)" gives the term its
foreign name (:mod:`kg.merging.language_names`), a past verb after "which" opens no term
(:mod:`kg.finders.terms`), "A, B & C, the firm that …" is one firm
(:func:`kg.finders.junctions.firm_apposed`) and "the ACR Name" is "Name"
(:mod:`kg.merging.maker_prefixes`), on invented sentences, each with a negative in another
genre."""

from __future__ import annotations

from tests.test_entities import find, read_entities

BELLS = ("The bells were cast by P. Tesmond and Sons, the brass founder of Orlby. The firm "
         "grew quickly. In 1890 Tesmond, in debt, sold its bell business to a rival.\n")


def test_and_sons_ends_a_family_firm(tmp_path):
    entities = read_entities(BELLS, tmp_path)
    firm = find(entities, "P. Tesmond and Sons")
    assert firm is not None and firm.entity_type == "organization"
    assert find(entities, "Sons") is None
    assert find(entities, "Tesmond") is firm


def test_and_his_sons_is_no_firm(tmp_path):
    # a farming memoir: a man and his sons, no firm
    text = ("Harlan Tesmond and his sons ploughed the upper field at Orlby. The Sons of the "
            "valley later sold the farm.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Harlan Tesmond") is not None
    assert not [e for e in entities if "sons" in e.label.casefold()]


LAMP = ("One early reader was Ossian Korrin, who bought a lamp in Orlby. Korrin, whose real "
        "name was Edwin Marbury, wrote about the lamp, and he praised it.\n")


def test_whose_real_name_was_joins_the_birth_name(tmp_path):
    entities = read_entities(LAMP, tmp_path)
    person = find(entities, "Ossian Korrin")
    assert person is not None and find(entities, "Edwin Marbury") is person


def test_whose_real_name_without_a_personal_name_joins_nothing(tmp_path):
    # a river's guidebook: the name after the cue is no given name and surname
    text = ("The Orlby Water, whose real name was Tesmond Brook, floods each spring. Ossian "
            "Korrin mapped it.\n")
    entities = read_entities(text, tmp_path)
    brook = find(entities, "Tesmond Brook")
    assert brook is not None and find(entities, "Orlby Water") is not brook


PRESS = ("Ossel Vellandra built the slate press (in Norwegian, skiferpresse) in a shed. The "
         "slate press split roofing stone, and the slate press was sold to quarries.\n")


def test_a_bracketed_foreign_name_joins_the_term_before(tmp_path):
    entities = read_entities(PRESS, tmp_path)
    press = find(entities, "slate press")
    assert press is not None and find(entities, "skiferpresse") is press


def test_a_common_word_in_language_brackets_is_no_name(tmp_path):
    # a recipe: the bracket gives a manner, not a name
    text = ("Knead the dough (in Italian, always) until smooth, then rest the dough for an "
            "hour. Shape the dough into rolls.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "always") is None


LOOMS = ("The Orlby loom, which replaced shuttlebars, was fast. Later the Tesmond loom, which "
         "replaced shuttlebars too, was faster.\n")


def test_a_past_verb_after_which_opens_no_term(tmp_path):
    entities = read_entities(LOOMS, tmp_path)
    assert find(entities, "Orlby loom") is not None
    assert not [e for e in entities if e.label.casefold().startswith("replaced")]


def test_a_noun_in_eed_after_that_still_opens_a_term(tmp_path):
    # a road report: "speed" is a noun, no past verb
    text = ("Drivers in Orlby said that speed cameras were rare. The speed cameras were "
            "moved in spring.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "speed cameras") is not None


def test_partners_apposed_as_the_firm_are_one_firm(tmp_path):
    text = "In 1901 the mill was sold to Yevra, Ostley & Tellmere, the firm that had leased it.\n"
    entities = read_entities(text, tmp_path)
    firm = find(entities, "Yevra, Ostley & Tellmere")
    assert firm is not None and firm.entity_type == "organization"


def test_partners_before_a_longer_phrase_are_no_firm(tmp_path):
    # a concert review: "the house favourites" are singers, not a firm
    text = "The duet was sung by Yevra, Ostley & Tellmere, the house favourites, at Orlby.\n"
    entities = read_entities(text, tmp_path)
    assert find(entities, "Yevra, Ostley & Tellmere") is None
    assert find(entities, "Yevra") is not None


def test_a_makers_acronym_before_a_product_name_joins_the_product(tmp_path):
    text = ("In 1950 KVL introduced the Tessaline, a small radio. By 1960 the KVL Tessaline sold "
            "in every town, and KVL later built a second plant.\n")
    entities = read_entities(text, tmp_path)
    radio = find(entities, "Tessaline")
    assert radio is not None and find(entities, "KVL Tessaline") is radio


def test_an_acronym_before_a_persons_surname_joins_nothing(tmp_path):
    # a board's minutes: "the KVL Orlbeck plan" is no other name of the person
    text = ("Ysolde Orlbeck joined the KVL board in 1950. Under the KVL Orlbeck plan, KVL sold "
            "its mills, and Orlbeck retired in 1961.\n")
    entities = read_entities(text, tmp_path)
    plan = find(entities, "KVL Orlbeck")
    assert plan is not None and find(entities, "Orlbeck") is not plan
