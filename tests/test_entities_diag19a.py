"""diag19a: three families of the final19 organ-builder diagnosis, each with a positive that
fails on main (a40c264) and a negative in another genre.

- a cleric's title of address before a full name ("Canon Ada Lind") is no part of the
  person's label (:data:`kg.words.person_words._CLERICAL_TITLES`); a firm whose name opens
  with the same word keeps it;
- a naming verb with "the" and a made noun before the name ("named the model the X") types it
  a product (:mod:`kg.kinds.described_kinds`); not a noun of no kind ("called the decade the
  X Years");
- a musical instrument's noun describing a name ("X, a reed organ for parlours") types it a
  product (:mod:`kg.kinds.noun_kinds`); not "organ of" ("the official organ of the Y Party").
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_clerics_title_is_no_part_of_the_persons_label():
    # church history: a canon named in full once, then by his surname
    entities = extracted(
        "The chapter\n"
        "In 1872 the chapter, urged on by its treasurer, Canon Ossian Pellerow, rebuilt the "
        "north aisle. Pellerow paid for the new roof himself.\n")
    person = find(entities, "Ossian Pellerow")
    assert person is not None and person.label == "Ossian Pellerow"
    assert person.entity_type == "person"
    assert "Canon Ossian Pellerow" in person.aliases and "Pellerow" in person.aliases


@needs_wordfreq
def test_a_firm_named_with_the_same_word_keeps_it():
    # photography trade: a camera firm whose name opens with the word
    entities = extracted(
        "Cameras\n"
        "Canon Marrowdene Optics, a camera firm in Vessick, sold a folding camera in 1931. "
        "Canon Marrowdene Optics closed its works in 1958.\n")
    firm = find(entities, "Canon Marrowdene Optics")
    assert firm is not None and firm.label == "Canon Marrowdene Optics"
    assert firm.entity_type != "person"


@needs_wordfreq
def test_a_model_named_by_its_makers_is_a_product():
    # trade history: a workshop's engine, named by a verb with "the" and a made noun
    entities = extracted(
        "The works\n"
        "Ossian Pellerow opened a workshop in Vessick in 1880. In 1902 the makers named the "
        "model the Tarvel Queen and sold it across the county.\n")
    model = find(entities, "Tarvel Queen")
    assert model is not None and model.entity_type == "product"


@needs_wordfreq
def test_a_period_named_by_critics_is_no_product():
    # cultural history: a decade given a name, a noun of no kind before it
    entities = extracted(
        "Painting\n"
        "Ossian Pellerow painted in Vessick from 1880. Later critics called the decade the "
        "Tarvel Years and praised its painters.\n")
    years = find(entities, "Tarvel Years")
    assert years is not None and years.entity_type != "product"


@needs_wordfreq
def test_a_name_described_as_an_instrument_is_a_product():
    # instrument making: a catalogue model described by an instrument's noun
    entities = extracted(
        "Catalogue\n"
        "Ossian Pellerow opened a workshop in Vessick in 1880. The best seller of the range "
        "was the Tarvel Queen, a reed organ for parlours, which three men could carry.\n")
    model = find(entities, "Tarvel Queen")
    assert model is not None and model.entity_type == "product"


@needs_wordfreq
def test_a_partys_organ_is_no_instrument():
    # politics: a newspaper described as a party's mouthpiece
    entities = extracted(
        "Press\n"
        "Ossian Pellerow edited papers in Vessick from 1880. The Quellby Clarion, the official "
        "organ of the Hennacott Labour Party, printed his letters every week.\n")
    paper = find(entities, "Quellby Clarion")
    assert paper is not None and paper.entity_type != "product"


@needs_wordfreq
def test_a_party_organ_with_no_of_is_no_instrument():
    # rev21h (politics): "organ" a party's paper without "of" after it: typed a product before
    opening = "Press\nOssian Pellerow edited papers in Vessick from 1880. The Quellby Clarion, "
    for text in (opening + "the party organ, printed his letters every week.\n",
                 opening + "an organ for the Hennacott Labour Party, printed his letters every week.\n"):
        paper = find(extracted(text), "Quellby Clarion")
        assert paper is not None and paper.entity_type != "product", text


@needs_wordfreq
def test_an_organ_of_an_instruments_kind_is_still_a_product():
    # rev21h, the other side: a stop-count or a church's organ names an instrument
    entities = extracted(
        "Catalogue\n"
        "Ossian Pellerow opened a workshop in Vessick in 1880. His finest work was the Tarvel "
        "Queen, a large three-manual organ, which stood in the abbey.\n")
    model = find(entities, "Tarvel Queen")
    assert model is not None and model.entity_type == "product"


@needs_wordfreq
def test_a_design_named_with_a_head_noun_of_its_own_is_no_product():
    # rev21h (art history): "called the design the X style" names a style by its own noun
    entities = extracted(
        "Painting\n"
        "Ossian Pellerow painted in Vessick from 1880. Critics called the design the Tarvel "
        "style and praised its painters.\n")
    style = find(entities, "Tarvel style")
    assert style is not None and style.entity_type != "product"
