"""Rules of probe20 (the dye works and safety match probes' misses), each on invented sentences
where it must fire and, in another genre, where it must not: a surname before one particle
("Jakob Orbeck von Quarnstal" … "Orbeck's", :func:`kg.merging.surnames.name_before_particles`);
a noun of one of a people glued onto a name ("the Dutchman Pieter Quellhaven",
:func:`kg.words.demonyms.person_prefix`); a firm of two partners that an apposition calls a
firm (:mod:`kg.finders.firm_pairs`); a title opened by "The" after a periodical's noun ("her
weekly The Quillet", :func:`kg.finders.candidates._titled_article`,
:func:`kg.kinds.periodical_cues.written_in`); a lowercase hyphened compound term written twice
(:func:`kg.finders.selection._written_words`); a group's action ("the ropegirls' strike",
:mod:`kg.finders.group_actions`); a person's nickname ("which earned him the nickname “the Lake
Admiral”", :mod:`kg.merging.nickname_nouns`, :func:`kg.finders.pieces._drop_title_pieces`); a
patent named after its holder ("the Orlick patent", :func:`kg.finders.candidates._namehead`);
a fronted product noun before two capitalised words ("The new product, Ferro Amberlin,",
:mod:`kg.finders.apposed_names`); a Nordic firm's "AB" after two words
(:func:`kg.kinds.form_types.head_type`). The diagnosis is
tests/data/entities/PROBES20_DIAGNOSIS.md."""

from __future__ import annotations

from kg.merging.nickname_nouns import _pronoun_person
from kg.merging.surnames import name_before_particles
from kg.words.demonyms import person_prefix
from kg.words.tokens import tokenize
from tests.test_entities import extracted, find, needs_wordfreq, with_mentions


@needs_wordfreq
def test_a_surname_before_one_particle_is_the_person_s_short_name():
    # a botanist's life: "Orbeck's" is Jakob Orbeck von Quarnstal
    entities = extracted(
        "The herbarium\n"
        "In 1851 the herbarium was catalogued by Jakob Orbeck von Quarnstal, who worked in "
        "Vellinge. Orbeck's catalogue listed four thousand sheets.\n")
    person = find(entities, "Jakob Orbeck von Quarnstal")
    assert person is not None and person.entity_type == "person"
    assert "Orbeck's" in person.aliases or "Orbeck" in person.aliases


def test_a_given_name_before_one_particle_is_no_surname():
    # negative (a composer's name, music): "Karl Ludwig von Quarnstal" is cut to no "Ludwig",
    # a given name, and "Anna von Quarnstal" to nothing (one word before the particle)
    assert name_before_particles(("karl", "ludwig", "von", "quarnstal")) is None
    assert name_before_particles(("anna", "von", "quarnstal")) is None
    assert name_before_particles(("jakob", "orbeck", "von", "quarnstal")) == "orbeck"


@needs_wordfreq
def test_a_noun_of_one_of_a_people_is_cut_from_the_name_after_it():
    # an inventor's history: "the Dutchman Pieter Quellhaven" is Pieter Quellhaven
    entities = extracted(
        "The lamp\n"
        "Around 1840 the Dutchman Pieter Quellhaven replaced the wick with a glass tube. "
        "Quellhaven's lamp burned for hours.\n")
    person = find(entities, "Pieter Quellhaven")
    assert person is not None and person.entity_type == "person"
    assert find(entities, "Dutchman Pieter Quellhaven") is None


def test_a_people_noun_before_a_body_s_name_stays():
    # negative (a hotel, trade): the noun opens a name whose head makes it a body's
    heads = frozenset({"hotel", "company"})
    assert person_prefix(["Scotsman", "Hotel", "Company"], heads) == 0
    assert person_prefix(["Welshwoman", "Iselde", "Varnholt"], heads) == 1


@needs_wordfreq
def test_two_partners_called_a_firm_are_one_firm():
    # a trade history: the second partner is a stopword ("Will") too
    entities, mentions = with_mentions(
        "The mill\n"
        "The patent was bought by Quenby and Will, a Leeds firm founded by two brothers. The "
        "company built a new mill in 1862.\n")
    firm = find(entities, "Quenby and Will")
    assert firm is not None and firm.entity_type == "organization"
    assert [m.entity for m in mentions if m.sentence == 1 and m.surface == "The company"] \
        == [firm.id]


@needs_wordfreq
def test_two_partners_called_a_pair_stay_two():
    # negative (sport): a pair of players is no firm
    entities = extracted(
        "The final\n"
        "The doubles final was won by Quenby and Tolliver, a pair of veteran players from "
        "Leeds. Tolliver served first.\n")
    assert find(entities, "Quenby and Tolliver") is None
    assert find(entities, "Tolliver") is not None


@needs_wordfreq
def test_a_title_opened_by_the_after_a_periodical_noun_is_a_periodical():
    # a reformer's life: "her weekly The Quillet"
    entities = extracted(
        "The campaign\n"
        "In 1890 Iselde Kestin printed an essay in her weekly The Quillet describing the "
        "factory. The essay was widely read.\n")
    paper = find(entities, "The Quillet")
    assert paper is not None and paper.entity_type == "document"


@needs_wordfreq
def test_the_after_a_noun_of_no_periodical_is_no_title_s():
    # negative (shipping): "the ferry The Quessen Star" keeps its "The" out of the name
    entities = extracted(
        "The crossing\n"
        "The passengers boarded the ferry The Quessen Star at dawn. The Quessen Star reached "
        "Varnholt by noon.\n")
    assert find(entities, "The Quessen Star") is None
    assert find(entities, "Quessen Star") is not None


@needs_wordfreq
def test_a_hyphened_compound_term_of_common_words_written_twice_is_a_term():
    # a locksmith's history: each word is common (Zipf 4.5 or more), the compound is not
    entities = extracted(
        "The lock\n"
        "In 1921 Iselde Varnholt sold her push-button lock to hotels. Within a decade the "
        "push-button lock was found in every station.\n")
    assert find(entities, "push-button lock") is not None


@needs_wordfreq
def test_an_everyday_hyphened_compound_written_twice_is_no_term():
    # negative (business): "long-term" is as common as its parts
    entities = extracted(
        "The plan\n"
        "The board approved a long-term plan in 2004. The long-term plan cut costs.\n")
    assert find(entities, "long-term plan") is None


@needs_wordfreq
def test_a_group_s_action_by_plural_possessive_is_an_entity():
    # a labour history: "the ropegirls' strike", written once
    entities = extracted(
        "The strike\n"
        "In 1889 the ropegirls' strike that followed lasted three weeks and ended with the "
        "firm raising wages.\n")
    assert find(entities, "ropegirls' strike") is not None


@needs_wordfreq
def test_a_possessive_before_a_noun_it_modifies_is_no_action():
    # negative (cricket): "the bowlers' strike rate" is a rate
    entities = extracted(
        "The season\n"
        "By August the bowlers' strike rate had fallen sharply. The club blamed the wet "
        "pitches.\n")
    assert find(entities, "bowlers' strike") is None


@needs_wordfreq
def test_a_quoted_nickname_given_to_him_is_the_person_s_alias():
    # a ferry owner's life: the one person the sentence names
    entities = extracted(
        "The baron\n"
        "Harlan Quellberg came to the lake as a ferryman's boy. By 1890 Quellberg owned every "
        "ferry on the water, winning him the nickname \"the Lake Admiral\".\n")
    person = find(entities, "Harlan Quellberg")
    assert person is not None and "Lake Admiral" in person.aliases


def test_a_nickname_given_to_him_in_a_sentence_naming_two_people_names_no_one():
    # negative (sport): "Ada Lind beat Tom Varnholt, giving him the nickname X": unresolved,
    # two people named, nobody is given it
    toks = tokenize("Ada Lind beat Tom Varnholt, giving him the nickname the Wall.")
    i = next(k for k, t in enumerate(toks) if t.lower == "nickname")
    types = ["person", "person", "other"]
    assert _pronoun_person(toks, i, {}, types, {0, 1}) is None
    assert _pronoun_person(toks, i, {}, types, {1}) == 1


@needs_wordfreq
def test_a_patent_named_after_its_holder_is_a_document_apart_from_him():
    # a chemist's life: "the Orlick patent"
    entities = extracted(
        "The chemist\n"
        "Bertil Orlick trained in Vellinge. After years of trials he held the Orlick patent, "
        "on a new dye, from 1868. Orlick retired in 1890.\n")
    patent = find(entities, "Orlick patent")
    assert patent is not None and patent.entity_type == "document"
    person = find(entities, "Bertil Orlick")
    assert person is not None and person.id != patent.id


@needs_wordfreq
def test_patent_before_a_noun_it_modifies_names_no_patent():
    # negative (fashion): "the Orlick patent leather" is leather
    entities = extracted(
        "The shoes\n"
        "The Orlick shop sold shoes. Buyers liked the Orlick patent leather most of all.\n")
    assert find(entities, "Orlick patent") is None


@needs_wordfreq
def test_a_fronted_product_noun_types_two_capitalised_words():
    # a dye maker's history: "The new product, Ferro Amberlin," is a product
    entities = extracted(
        "The dye\n"
        "Bertil Ferro developed a new yellow in 1870. The new product, Ferro Amberlin, "
        "found buyers among hatters.\n")
    product = find(entities, "Ferro Amberlin")
    assert product is not None and product.entity_type == "product"


@needs_wordfreq
def test_a_reporting_clause_after_a_fronted_product_noun_is_no_name():
    # negative (journalism): "The resulting product, Ada Quenby said, was poor"
    entities = extracted(
        "The review\n"
        "Critics tried the new soap. The resulting product, Ada Quenby said, was poor.\n")
    assert find(entities, "Ada Quenby said") is None
    person = find(entities, "Ada Quenby")  # (rev20c) no "None or": found, and a person
    assert person is not None and person.entity_type == "person"


@needs_wordfreq
def test_a_nordic_firm_s_suffix_makes_a_firm():
    # trade: "Varnholt Stickor AB", a Swedish company's legal suffix after two words
    entities = extracted(
        "The merger\n"
        "Ten small makers of the town combined in 1922 to form Varnholt Stickor AB. "
        "Varnholt Stickor AB survived the war.\n")
    firm = find(entities, "Varnholt Stickor AB")
    assert firm is not None and firm.entity_type == "organization"


@needs_wordfreq
def test_a_block_or_a_blood_type_ab_is_no_firm():
    # negative (housing, medicine): one word before "AB" is a block's or a type's label
    entities = extracted(
        "The flat\n"
        "The family lived in Block AB on Quessen Road. Block AB was pulled down in 1990.\n")
    block = find(entities, "Block AB")
    assert block is not None and block.entity_type != "organization"
    entities = extracted(
        "The donor\n"
        "Her blood was Type AB, which was rare. Type AB donors were listed in 1950.\n")
    group = find(entities, "Type AB")
    assert group is not None and group.entity_type != "organization"
