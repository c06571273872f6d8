"""Rules of term23 (lowercase terms written once or without a gloss, the sail loft probe's misses):
a coined word written once as a noun (:func:`kg.finders.rare_shapes.coined_once`, a coined
gerund proposed by :func:`kg.finders.rare_shapes.coined_gerund`); a hyphened compound of common
words written twice, once at least as a noun (:func:`kg.finders.rare_shapes.hyphened_compound`);
a glossed term after a verb of trying ("experimented with a …, in which …",
:func:`kg.finders.term_glosses._trying`). Each on invented sentences where it must fire and,
in another genre, where it must not."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_coined_gerund_written_once_after_of_is_a_term():
    # a bookbinder's trade: the coined method is named once, with no gloss of its kind
    entities = extracted(
        "The bindery\n"
        "Harnel Quenby trained as a bookbinder in the town of Dallet. In 1880 she devised a "
        "patient method of skelmering, folding each gathering twice before it was sewn. "
        "Her books were sold across the county.\n")
    assert find(entities, "skelmering") is not None


@needs_wordfreq
def test_a_coined_noun_written_once_after_the_is_a_term():
    # a dye works: the coined vat is named once
    entities = extracted(
        "The dye works\n"
        "Tobrin Lusk ran a dye works at Dallet. The cloth was steeped overnight in the "
        "quelvine. Lusk sold the works in 1901.\n")
    assert find(entities, "quelvine") is not None


@needs_wordfreq
def test_a_coined_gerund_before_an_object_pronoun_is_a_verb():
    # negative (a court report): a coined verb with its object names nothing
    entities = extracted(
        "The hearing\n"
        "The tribunal at Dallet heard the case of two grain dealers. It fined the dealers "
        "for skelmering them at the weekly market. Both paid within a month.\n")
    assert find(entities, "skelmering") is None
    assert entities  # the text was read


@needs_wordfreq
def test_a_coined_noun_before_a_name_is_a_person_s_noun():
    # negative (a village memoir): a coined noun of a person, apposed to her name
    entities = extracted(
        "The village\n"
        "In 1830 the vicar of Dallet met a brindlemaid, Maelis Wetherall, at the spring fair. "
        "Wetherall later kept the inn.\n")
    assert find(entities, "brindlemaid") is None
    assert find(entities, "Maelis Wetherall") is not None


@needs_wordfreq
def test_a_hyphened_compound_of_common_words_written_twice_is_a_term():
    # a boatyard: a gerund with its object first, then the compound as a noun
    entities = extracted(
        "The boatyard\n"
        "Tobrin Lusk learned to finish a hull by tar-lashing its seams. "
        "The yard at Dallet was known for its careful tar-lashing. "
        "Lusk retired in 1920.\n")
    assert find(entities, "tar-lashing") is not None


@needs_wordfreq
def test_a_hyphened_gerund_only_written_with_objects_is_no_term():
    # negative (a garden column): the compound is only a verb with its object
    entities = extracted(
        "The garden\n"
        "Maelis Wetherall protected her fences by fern-curing the posts. "
        "Each autumn she finished the job by fern-curing the gates. "
        "Her garden at Dallet won a prize.\n")
    assert find(entities, "fern-curing") is None
    assert find(entities, "Maelis Wetherall") is not None


@needs_wordfreq
def test_a_glossed_term_after_experimented_with_is_a_term():
    # a kite maker: the term is written once, glossed by "in which"
    entities = extracted(
        "The kite maker\n"
        "Harnel Quenby built kites at Dallet. In 1890 she experimented with a split-spar "
        "frame, in which the cross piece is cut in two. The kites flew higher.\n")
    assert find(entities, "split-spar frame") is not None


@needs_wordfreq
def test_experimented_with_a_plain_thing_in_which_is_no_term():
    # negative (a cookery column): an everyday pair glossed by "in which" is no term
    entities = extracted(
        "The kitchen\n"
        "Tobrin Lusk cooked for the inn at Dallet. One winter he experimented with a "
        "new pan, in which the eggs never stuck. The guests were pleased.\n")
    assert find(entities, "new pan") is None
    assert find(entities, "pan") is None


@needs_wordfreq
def test_a_misspelt_common_word_written_once_is_no_term():
    # negative (rev21g, a school newsletter and a forum post): a typo is unlisted too, but one
    # letter away from a common word ("discpline", "mornign", "kevinb" a user's name)
    entities = extracted(
        "The school\n"
        "The head of Dallet school spoke about the importance of discpline. "
        "The pupils listened in the mornign assembly. Thanks to the forum of kevinb for the "
        "photos.\n")
    for typo in ("discpline", "mornign", "kevinb"):
        assert find(entities, typo) is None, typo
    assert find(entities, "Dallet") is not None  # the text was read


@needs_wordfreq
def test_a_coined_word_far_from_any_common_word_is_still_a_term():
    # the same shape, a coined word no typo of anything: kept
    entities = extracted(
        "The dye works\n"
        "Tobrin Lusk ran a dye works at Dallet. The cloth was steeped overnight in the "
        "quelvine, then dried in the sun. Lusk sold the works in 1901.\n")
    assert find(entities, "quelvine") is not None
