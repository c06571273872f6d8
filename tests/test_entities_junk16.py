"""Tests for the junk16 precision rules: the opening word of a title-cased name cut at "of the"
("Skipper of the Decade") and a noun followed by its verb ("hawser sold") are no entities of
their own (:mod:`kg.finders.fragments`), nor is a fact-table field whose value opens with a
number word ("Alignment: nine screws …", :mod:`kg.finders.list_labels`). Small made-up
documents."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, read_entities


@needs_wordfreq
def test_a_common_word_opening_a_title_cut_at_of_the_is_no_name():
    entities = extracted(
        "The Quendrow guild named Ismay Telvaque its first Skipper of the Decade in 1904. "
        "She fished the Selvane banks for thirty years.\n")
    assert find(entities, "Ismay Telvaque") is not None
    assert find(entities, "Skipper") is None


@needs_wordfreq
def test_a_ship_named_by_a_common_word_stays_when_written_alone_too():
    # maritime, not an award: one use before "of the" and a capital, one free use
    entities = extracted(
        "In 1911 the steamer Beacon of the Wendlow Line ran aground off Keldry. Divers "
        "reached Beacon in 1968 and raised her bell.\n")
    assert find(entities, "Beacon") is not None
    assert find(entities, "Wendlow Line") is not None


@needs_wordfreq
def test_a_noun_and_the_irregular_past_verb_after_it_is_no_term():
    entities = extracted(
        "The Quendrow guild tested every hawser sold at the fair. Ismay Telvaque weighed "
        "each hawser sold to the navy.\n")
    assert find(entities, "Ismay Telvaque") is not None
    assert find(entities, "hawser sold") is None


@needs_wordfreq
def test_a_term_ending_in_a_past_form_that_is_a_noun_too_stays():
    # building, not trade: "felt" is a material as well as a past form
    entities = extracted(
        "The roofers laid roofing felt on the Keldry sheds. The roofing felt lasted twenty "
        "winters.\n")
    felt = find(entities, "roofing felt")
    assert felt is not None and felt.entity_type != "date"


_LOOM = ("# The Selvane loom\n\nThe Selvane loom was built at Keldry in 1820.\n\n"
         "- **Alignment:** nine screws per frame, 54 in total\n- **Frames:** six, of oak\n")
_BREAD = ("# Keldry rye bread\n\nThe Keldry bakers work in two stages.\n\n"
          "- **Retarding:** the dough rests in a cold room overnight, which sours it\n"
          "- **Baking:** the loaves bake in a wood oven\n")


@needs_wordfreq
def test_a_fact_table_field_whose_value_opens_with_a_number_word_is_no_term(tmp_path):
    entities = read_entities(_LOOM, tmp_path, name="article.md")
    assert find(entities, "Selvane loom") is not None
    assert find(entities, "Alignment") is None


@needs_wordfreq
def test_a_list_label_explained_in_words_stays_a_term(tmp_path):
    # baking, not machinery: the value is a clause, not a count
    entities = read_entities(_BREAD, tmp_path, name="article.md")
    assert find(entities, "Retarding") is not None


@needs_wordfreq
def test_a_term_ending_in_a_past_form_that_is_a_noun_too_stays_in_other_trades():
    # rev16b: "rode" (an anchor's line), "stole" (a vestment) are nouns as well as past forms
    rigging = extracted(
        "The Selvane crew paid out the anchor rode at dusk. The anchor rode was forty fathoms "
        "of hemp and chain.\n")
    assert find(rigging, "anchor rode") is not None
    vestments = extracted(
        "Bishop Ferran Oddleby wore a silk stole at Keldry. The silk stole was embroidered "
        "with gold thread.\n")
    assert find(vestments, "silk stole") is not None


@needs_wordfreq
def test_a_ship_named_by_a_common_word_once_before_of_the_and_a_rare_name_stays():
    # rev16b: "of the" then a rare name and more capitals is a firm owning the ship, no title
    # of common words like "Skipper of the Decade"
    entities = extracted(
        "In 1911 the steamer Beacon of the Wendlow Line ran aground off Keldry, and her crew "
        "rowed ashore.\n")
    assert find(entities, "Beacon") is not None
    assert find(entities, "Wendlow Line") is not None


_PARTITIVE = ("# Keldry rye bread\n\nThe Keldry bakers work in two stages.\n\n"
              "- **Retarding:** one of the slowest stages, the dough rests in a cold room\n"
              "- **Baking:** the loaves bake in a wood oven\n")


@needs_wordfreq
def test_a_list_label_whose_value_opens_with_a_partitive_number_word_stays(tmp_path):
    # rev16b: "one of the …", "half the …" open a clause, not a count of things
    entities = read_entities(_PARTITIVE, tmp_path, name="article.md")
    assert find(entities, "Retarding") is not None
    halves = read_entities(_PARTITIVE.replace("one of the slowest stages,", "half the dough of "
                                              "the day before is kept back;"), tmp_path,
                           name="article.md")
    assert find(halves, "Retarding") is not None



@needs_wordfreq
def test_a_fact_table_field_whose_value_is_a_number_word_alone_is_no_term(tmp_path):
    # rev16b: "six, of boxwood" counts the heddles as "nine screws" counts the screws
    entities = read_entities(_LOOM.replace("**Frames:** six, of oak", "**Heddle bars:** six, of "
                                           "boxwood"), tmp_path, name="article.md")
    assert find(entities, "Heddle bars") is None
