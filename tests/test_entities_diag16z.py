"""diag16z (final14 zipper diagnosis): a numbered series written with two numbers after "No.",
a firm named by its founder's initials and surname called by the surname, a coined name
"<Letter>-<word>" in emphasis after a naming verb, and the kind of "a/an N …, which he called
the *X*" for a lowercase term (:mod:`kg.finders.name_ends`, :mod:`kg.merging.initialled_firms`,
:mod:`kg.finders.coined_brands`, :mod:`kg.kinds.described_kinds`), on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, read_entities, with_mentions


def test_a_rare_word_numbered_twice_after_no_names_a_series(tmp_path):
    text = ("Her first loom, the *Varnesk No. 1*, jammed often. In 1902 she built the "
            "**Varnesk No. 2**, which wove twice as fast. For years the varnesk frame sold "
            "slowly.\n")
    entities = read_entities(text, tmp_path, name="article.md")
    assert find(entities, "Varnesk No. 2") is not None
    assert find(entities, "Varnesk No") is None


def test_a_rare_word_with_one_number_after_no_keeps_its_own_shape(tmp_path):
    # another genre: a harbour town's berth, its one number written twice
    text = ("The tug berthed at Kessbury No. 4 in 1901 and again at Kessbury No. 4 in 1903. "
            "Kessbury grew around the quay.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Kessbury No. 4") is None
    assert find(entities, "Kessbury") is not None


def test_a_firm_named_by_initials_and_surname_goes_by_the_surname():
    text = ("Orders\n"
            "The first order came from the **R.T. Varnock Company**, a glue maker in the "
            "valley. In 1911 Varnock began selling the new clamp to joiners.\n")
    entities, _ = with_mentions(text)
    firm = find(entities, "R.T. Varnock Company")
    assert firm is not None and find(entities, "Varnock") is firm


def test_a_surname_that_a_person_also_bears_does_not_join_the_firm():
    # another genre: a chemist's biography, a namesake working at the firm
    text = ("Resins\n"
            "The laboratory bought its flasks from the R.T. Varnock Company. Its chemist, Ada "
            "Varnock, was no relation. In 1911 Varnock published a paper on resins.\n")
    entities, _ = with_mentions(text)
    firm = find(entities, "R.T. Varnock Company")
    assert firm is not None and "Varnock" not in firm.aliases


def test_a_coined_letter_hyphen_name_after_a_naming_verb_is_a_product():
    text = ("Clasps\n"
            "In 1905 Mara Pellorn introduced an improved engine called the *Q-drevin*, in which "
            "the pistons ran on a tape. It sold poorly.\n")
    entities, _ = with_mentions(text)
    clasp = find(entities, "Q-drevin")
    assert clasp is not None and clasp.entity_type == "product"


def test_a_coined_letter_hyphen_word_without_a_naming_verb_is_no_name():
    # another genre: a survey of a ridge, the same shape set in italics with no naming verb
    text = ("Survey\n"
            "The surveyors marked a *Q-drevin* on the map, a notch in the ridge. Walkers cross "
            "it by a rope bridge.\n")
    entities, _ = with_mentions(text)
    assert find(entities, "Q-drevin") is None


def test_a_device_named_in_a_relative_clause_is_a_product_and_it_takes_it_up():
    text = ("Sails\n"
            "In 1890 Mara Pellorn designed a device for holding sails, which she called the "
            "**drevin clamp**. It consisted of two jaws and a spring. She exhibited it at the "
            "Pellith Fair in 1891.\n")
    entities, mentions = with_mentions(text)
    clamp = find(entities, "drevin clamp")
    assert clamp is not None and clamp.entity_type == "product"
    assert {m.sentence for m in mentions if m.entity == clamp.id and m.via == "reference"} \
        == {1, 2}


def test_a_relative_clause_after_no_kind_noun_types_nothing():
    # another genre: a walker's diary, a habit named in a relative clause after "a walk"
    text = ("Diary\n"
            "Each morning Mara Pellorn took a walk along the shore, which she called the "
            "**drevin round**. The drevin round took an hour.\n")
    entities, _ = with_mentions(text)
    walk = find(entities, "drevin round")
    assert walk is not None and walk.entity_type != "product"
