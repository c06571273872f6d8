"""alias20: a body's new name after "under a new name" (:mod:`kg.merging.new_names`), a name's
last word used alone after "the" (:func:`kg.finders.article_shorts.head_shorts`), and a place
written once after a body's "of" phrase (:func:`kg.finders.name_connectors.placed_after`), on
invented sentences, each with a negative from another genre."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _forms(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_troupe_reopened_under_a_new_name_keeps_both_names(tmp_path):
    text = ("The Quarby Lantern Players toured the northern coast from 1920 to 1930. In 1931 Edda "
            "Mornholt reopened the Quarby Lantern Players under a new name, Sallowfen Puppet "
            "Company, and moved the troupe to Harnby. Sallowfen Puppet Company closed in 1960.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Sallowfen Puppet Company" in _forms(entities, "Quarby Lantern Players")


def test_a_firm_listed_under_a_new_name_keeps_both_names(tmp_path):
    text = ("The Tarvock Spinning Company was founded in 1880 by Odwin Vantry. In 1962 the Tarvock "
            "Spinning Company was listed on the exchange under a new name, Tarvock Textile Group, "
            "and the group bought two rivals. The Tarvock Textile Group closed in 1990.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Tarvock Textile Group" in _forms(entities, "Tarvock Spinning Company")


def test_an_observatory_that_renames_a_comet_keeps_its_own_name(tmp_path):
    # astronomy: the active subject is not what "under a new name" renames
    text = ("The Dornley Observatory opened in 1890 above the town of Quessby. In 1961 the "
            "Dornley Observatory listed the comet under a new name, Halvern Comet, after its "
            "finder. Halvern Comet returns every forty years.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Halvern Comet" in _forms(entities, "Halvern Comet")
    assert "Halvern Comet" not in _forms(entities, "Dornley Observatory")


def test_a_newspaper_called_by_its_last_word_is_one_entity(tmp_path):
    text = ("In 1902 Ada Quelling founded the Mornby Evening Clarion in Tasselby. Its first editor "
            "was Bertil Varrant. For forty years the Clarion printed the shipping notices of the "
            "port.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Clarion" in _forms(entities, "Mornby Evening Clarion")


def test_a_choir_named_before_the_longer_name_is_not_its_short_form(tmp_path):
    # music: "the Chorale" sang before the Tasselby Chamber Chorale was founded
    text = ("For years the Chorale sang at the abbey on feast days. In 1950 Bertil Varrant founded "
            "the Tasselby Chamber Chorale as a rival, and the two choirs shared one organist.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Tasselby Chamber Chorale" in _forms(entities, "Tasselby Chamber Chorale")
    assert "Chorale" not in _forms(entities, "Tasselby Chamber Chorale")


def test_a_federation_founded_in_a_town_named_once_leaves_the_town_out(tmp_path):
    text = ("In 1966 two instructors founded the Federation of Harbour Pilots in Corlaston. The "
            "federation trained pilots for every port on the coast, and the Federation of Harbour "
            "Pilots still sets the examinations.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Federation of Harbour Pilots in Corlaston" not in {
        f for e in entities for f in (e.label, *e.aliases)}
    assert _forms(entities, "Corlaston") == {"Corlaston"}


def test_a_charity_for_those_in_need_keeps_its_whole_name(tmp_path):
    # a charity's name: "in Need" is no town when the text writes "need" in lowercase
    text = ("In 1871 three captains founded the Society of Retired Sailors in Need. It helped "
            "families in need along the coast for a century.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Society of Retired Sailors in Need" in _forms(entities, "Society of Retired Sailors in Need")


def test_the_moon_and_the_crown_are_not_short_names_of_a_boat_and_a_pub(tmp_path):
    # rev20e: a common singular word alone after "the" is a thing of its own ("the Moon", "the
    # Crown", "the Bible"), not the last word of the one longer name that ends in it
    text = ("Odwin Vantry named his boat the Silver Moon in 1901 and kept the Kessby Crown, a pub "
            "on the quay. That night the Moon rose over the harbour. In 1920 the Crown seized "
            "his land for the navy.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Silver Moon" in _forms(entities, "Silver Moon")
    assert "Kessby Crown" in _forms(entities, "Kessby Crown")
    assert "Moon" not in _forms(entities, "Silver Moon")
    assert "Crown" not in _forms(entities, "Kessby Crown")


def test_the_guardian_in_another_city_is_not_the_local_guardian(tmp_path):
    # rev20e: the last word placed in another town ("the Guardian in Dransey") names another body
    text = ("Odwin Vantry edited the Kessby Guardian from 1930. In 1940 he moved to the Guardian "
            "in Dransey as its sports editor.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Kessby Guardian" in _forms(entities, "Kessby Guardian")
    assert "Guardian" not in _forms(entities, "Kessby Guardian")
