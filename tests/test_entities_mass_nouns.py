"""Tests for four cues of lowercase and digit-led terms (recall18): a mass noun the text
returns to bare (:mod:`kg.finders.mass_nouns`), a name opening with a digit
(:mod:`kg.finders.digit_names`), a term that replaced a kept term
(:mod:`kg.finders.replacements`) and a rare word learned as a skill
(:mod:`kg.finders.skill_objects`). Small made-up documents, each rule with a negative from
another genre; rev18b added negatives from a sports report and a news story."""

from __future__ import annotations

from tests.test_entities import find, needs_wordfreq, read_entities

_PHYSICIAN = """# Orbeck Haldwick

Orbeck Haldwick was a physician at the Tessingby infirmary. His father had died of leprosy,
and the son spent his life on the disease.
In 1881 Haldwick lectured on leprosy at the Tessingby infirmary.
Patients with leprosy were then sent to an island, he wrote.
He persuaded the Pellory board to treat them at home.
"""


@needs_wordfreq
def test_a_mass_noun_written_bare_in_three_sentences_is_a_term(tmp_path):
    entity = find(read_entities(_PHYSICIAN, tmp_path, name="article.md"), "leprosy")
    assert entity is not None
    assert entity.entity_type not in ("date", "quantity")


@needs_wordfreq
def test_a_count_noun_written_bare_but_also_counted_is_no_term(tmp_path):
    # a recipe: "walnut" is bare three times, but the cook counts walnuts too
    text = ("Walnut Cake\n\nToss the figs with walnut and honey. Dust the cake with walnut "
            "and sugar. Bake for forty minutes, then top it with walnut. Press twelve walnuts "
            "into the icing before it sets.\n")
    assert find(read_entities(text, tmp_path), "walnut") is None


def test_a_name_opening_with_a_digit_is_a_name(tmp_path):
    text = ("The Pellory works made brass valves for forty years.\n"
            "In 1994 the works was bought by 7Q, and its valves were sold under that name.\n")
    entity = find(read_entities(text, tmp_path), "7Q")
    assert entity is not None


def test_an_amount_or_designation_opening_with_a_digit_is_no_name(tmp_path):
    # a company report: amounts and a designation of the same shape
    text = ("Revenue grew by 4M in the year to March, and the fund rose to 9M.\n"
            "The Pellory office invested in 3D printing for its models.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "4M") is None
    assert find(entities, "9M") is None
    assert find(entities, "3D") is None


_FOUNDRY = """The Tessingby foundry cast its bells by sand casting from 1840.
Sand casting needed a dry floor, and the foundry floor was often wet.
In 1902 the foundry replaced sand casting with varnography, which was cheaper and quicker.
"""


def test_a_term_that_replaced_a_kept_term_is_a_term(tmp_path):
    entities = read_entities(_FOUNDRY, tmp_path)
    assert find(entities, "sand casting") is not None
    assert find(entities, "varnography") is not None


def test_replacing_an_object_named_with_an_article_gives_no_term(tmp_path):
    # a household diary: objects replaced, not methods; the second phrase ends in "ones"
    text = ("The copper pans hung above the range. The copper pans were scoured every week.\n"
            "In March the cook replaced copper pans with cheaper ones from the market.\n"
            "In May she replaced the copper pans with iron skillets.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "copper pans") is not None
    assert find(entities, "cheaper ones") is None
    # rev18b: the old object is a kept form, so only the bare-X check keeps this out
    assert find(entities, "iron skillets") is None


def test_a_rare_word_learned_as_a_skill_once_is_a_term(tmp_path):
    text = ("Ada Quellin was born at Brindmoor in 1840. As a girl she learned varnography from "
            "her uncle, and in 1866 she opened a print shop of her own.\n")
    assert find(read_entities(text, tmp_path), "varnography") is not None


def test_a_rare_word_studied_as_a_thing_once_is_no_term(tmp_path):
    # a museum guide: the object has an article, a thing looked at, not a skill
    text = ("The east gallery of the Brindmoor museum is small. Visitors studied the varnoscope "
            "for an hour before the doors closed.\n")
    assert find(read_entities(text, tmp_path), "varnoscope") is None


# rev18b: a second reading in other genres


@needs_wordfreq
def test_a_number_word_written_bare_is_no_mass_noun(tmp_path):
    # a sports profile: ages written as words, bare, in three sentences
    text = ("# Jorvan Orlick\n\nJorvan Orlick joined Tessdale Rovers at seventeen. He scored twice "
            "at seventeen, a club record.\nBy eighteen he was captain, and at eighteen he signed "
            "for Marnick Town.\nHe coached the Rovers from seventeen to thirty.\n")
    entities = read_entities(text, tmp_path, name="article.md")
    assert find(entities, "Jorvan Orlick") is not None
    assert find(entities, "seventeen") is None


@needs_wordfreq
def test_a_quality_written_bare_is_no_mass_noun(tmp_path):
    # a news story: a manner ("with caution"), named after a common adjective ("cautious")
    text = ("# Port talks in Quellport\n\nThe union met the port owners on Tuesday. Members voted "
            "with caution after the offer.\nThe owners said they would proceed with caution "
            "until March.\nAnalysts urged caution, saying the deal could still fail.\n")
    assert find(read_entities(text, tmp_path, name="article.md"), "caution") is None


def test_a_designation_after_a_governor_is_no_name(tmp_path):
    # a sports report: a network's generation and a picture's resolution, not firms
    text = ("Tessdale Rovers will stream the cup tie by 5G to fans abroad.\n"
            "The Marnick Town club filmed the match with 4K and sold the rights.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "5G") is None
    assert find(entities, "4K") is None
