"""alias16: names a text gives a thing in passing that stayed nodes of their own, on invented
sentences: a bracket restating a name in another language (:mod:`kg.merging.cognate_names`),
a heading's translated or middle-name-less name (:func:`kg.merging.cognate_names.heading_cognates`),
an acronym given after "later abbreviated … as" (:mod:`kg.merging.later_acronyms`), a body
named for its members shortened to the members' name (:mod:`kg.merging.member_names`), and a
term's former name of the same head (:mod:`kg.merging.former_terms`)."""

from __future__ import annotations

from kg.merging.cognate_names import same_words
from tests.test_entities import find, read_file, with_mentions


def _aliases(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_bracketed_name_in_another_language_names_the_name_before(tmp_path):
    text = ("# The Pellanor Treaty\n\nOn 3 June 1901 envoys of nine towns signed the **Varrel "
            "Accord** (*Accord de Varrel*) in Lyon. The accord set up a tribunal in Quessac.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Accord de Varrel" in _aliases(entities, "Varrel Accord")


def test_a_bracket_sharing_one_word_is_no_other_name():
    # a museum guide: a society and the museum it runs are two things
    entities, _ = with_mentions("Visiting\nThe Pellanor Society (Pellanor Museum) opened its "
                                "rooms in 1902. The Pellanor Society still meets there.\n")
    assert "Pellanor Museum" not in _aliases(entities, "Pellanor Society")


def test_cognates_pair_off_in_any_order_and_a_different_word_does_not():
    assert same_words(["academie", "quessac"], ["quessac", "academy"])
    assert not same_words(["pellanor", "society"], ["pellanor", "museum"])
    assert not same_words(["quessac"], ["quessac"])  # one word is too little


def test_a_heading_gives_the_name_of_the_sentences_in_another_language(tmp_path):
    text = ("# Measures\n\n## The Academy of Quessac\n\nIn 1790 the standards went to the "
            "Académie de Quessac. The Académie de Quessac kept them until 1850.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Academy of Quessac" in _aliases(entities, "Académie de Quessac")


def test_a_heading_drops_a_persons_middle_name(tmp_path):
    text = ("# Pigments\n\n## Ada Vennel and the leaves\n\nThe method was devised by the "
            "botanist Ada Sennick Vennel in 1901. Vennel packed a tube with chalk.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Ada Vennel" in _aliases(entities, "Ada Sennick Vennel")


def test_a_heading_keeping_a_bodys_first_and_last_words_is_not_that_body(tmp_path):
    # science societies: the Royal Society is not the Royal Fenwold Society
    text = ("# Learned bodies\n\n## The Royal Society\n\nIn 1850 the Royal Fenwold Society met "
            "in Quessac. The Royal Fenwold Society printed a journal.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Royal Society" not in _aliases(entities, "Royal Fenwold Society")


def test_an_acronym_given_after_later_abbreviated_names_the_lowercase_term():
    text = ("Salt\nGrowers took up the stepped basin method, later abbreviated in trade "
            "journals as the SBM, after 1850. By 1860 the SBM had doubled the yield.\n")
    entities, _ = with_mentions(text)
    assert "SBM" in _aliases(entities, "stepped basin method")


def test_an_acronym_the_words_before_do_not_spell_names_nothing():
    # local government: the council's minutes abbreviate another body
    text = ("Minutes\nThe Drossel village council, later abbreviated in minutes as the VHS, "
            "met weekly. The VHS kept the roads.\n")
    entities, _ = with_mentions(text)
    council = find(entities, "Drossel village council") or find(entities, "Drossel")
    assert council is not None and "VHS" not in {council.label, *council.aliases}


def test_a_body_named_for_its_members_is_called_by_the_members_name():
    text = ("Trades\nThe Ancient Guild of Lamp-Trimmers, a small association founded in 1744, "
            "regulated who could trim lamps. In 1880 the Lamp-Trimmers refused to pay.\n")
    entities, _ = with_mentions(text)
    assert "Lamp-Trimmers" in _aliases(entities, "Ancient Guild of Lamp-Trimmers")


def test_a_place_after_of_is_no_short_name_of_the_body():
    # geography: a university named for a region, and the region
    text = ("Schools\nThe University of the Keswan Lowlands opened in 1850. Floods often struck "
            "the Keswan Lowlands in spring.\n")
    entities, _ = with_mentions(text)
    assert "Keswan Lowlands" not in _aliases(entities, "University of the Keswan Lowlands")


def test_a_former_name_of_the_same_head_names_the_term():
    text = ("Winds\nSailors charted gales on the Orlin scale, originally called the current "
            "scale, until 1900. Tobrey Orlin drew up the Orlin scale in 1861.\n")
    entities, _ = with_mentions(text)
    assert "current scale" in _aliases(entities, "Orlin scale")


def test_a_former_description_of_another_head_is_no_name():
    # a bridge history: "the sea gate" describes the bridge, it does not rename it
    text = ("Bridges\nThe Marrick bridge, originally called the sea gate, was built in 1802. "
            "The Marrick bridge carried carts.\n")
    entities, _ = with_mentions(text)
    assert "sea gate" not in _aliases(entities, "Marrick bridge")


def test_a_heading_gives_the_last_words_of_a_lowercase_term(tmp_path):
    text = ("# Salt\n\n## Ada Vennel and the Basin Method\n\nGrowers took up the stepped "
            "basin method, later abbreviated in trade journals as the SBM, after 1850. By 1860 "
            "the SBM had doubled the yield.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Basin Method" in _aliases(entities, "stepped basin method")


def test_a_heading_ending_two_names_gives_neither(tmp_path):
    # railways: two engines share the heading's words
    text = ("# Engines\n\n## The Steam Engine\n\nThe Wendrith Steam Engine ran from 1830. The "
            "Ospry Steam Engine ran from 1834. The Wendrith Steam Engine was scrapped.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Steam Engine" not in _aliases(entities, "Wendrith Steam Engine")
    assert "Steam Engine" not in _aliases(entities, "Ospry Steam Engine")


def test_a_name_called_in_another_language_names_the_name_before():
    text = ("Treaties\nThe Quessac Agreement, called in French the Accord de Quessac, ended the "
            "dispute in 1815. The Accord de Quessac held until 1914.\n")
    entities, _ = with_mentions(text)
    assert "Accord de Quessac" in _aliases(entities, "Quessac Agreement")


def test_called_in_a_place_is_no_other_language():
    # a newspaper item: a meeting called in a town, and a different body named there
    text = ("News\nThe Fenwold Rowing Club, called in Quessac the Harbour Union to a meeting, "
            "won the cup in 1901. The Harbour Union lost.\n")
    entities, _ = with_mentions(text)
    assert "Harbour Union" not in _aliases(entities, "Fenwold Rowing Club")
