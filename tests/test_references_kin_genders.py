"""A kin or role noun in apposition gives the person named after it a gender for "he"/"she"
(:mod:`kg.references.kin_genders`); invented sentences, given names in no list."""

from __future__ import annotations

from tests.test_entities import reference_triples


def _pronoun(text: str, word: str) -> list[str]:
    """The labels of the entities each reference written ``word`` stands for."""
    return [label for _s, surface, label in reference_triples(text) if surface == word]


def test_widow_in_apposition_is_no_he():
    text = ("The tannery at Ebbleton passed to the founder's widow Ysolde Quarle and to "
            "Pellowan Vantry. Later he met the chemist who changed the firm.")
    assert _pronoun(text, "he") == ["Pellowan Vantry"]
    commas = text.replace("the founder's widow Ysolde Quarle", "his widow, Ysolde Quarle,")
    assert _pronoun(commas, "he") == ["Pellowan Vantry"]


def test_nephew_in_apposition_is_no_she():
    # rev16j: was "Pellowan Vantry and to his nephew Gorrick Quarle", whose "his" (resolved
    # to Pellowan Vantry since rev16i) made him male too, so "she" found nobody and it failed
    text = ("The founder's nephew Gorrick Quarle ran the tannery at Ebbleton with Pellowan "
            "Vantry. Later she met the chemist who changed the firm.")
    assert _pronoun(text, "she") == ["Pellowan Vantry"]
    assert _pronoun(text.replace("nephew", "partner"), "she") == ["Gorrick Quarle"]


def test_subject_after_a_fronted_kin_phrase_takes_no_gender():
    # an obituary's fronted phrase: Ysolde Quarle is the subject, not the mother
    text = ("On the death of his mother Ysolde Quarle took over the tannery at Ebbleton with "
            "Pellowan Vantry. Later he met the chemist who changed the firm.")
    assert _pronoun(text, "he") == ["Ysolde Quarle"]


def test_name_in_the_possessive_after_the_noun_takes_no_gender():
    # a trade notice: the widow is not Ysolde Quarle but the partner of Ysolde Quarle's
    text = ("The tannery at Ebbleton passed to the widow, Ysolde Quarle's partner, and to "
            "Pellowan Vantry. Later he met the chemist who changed the firm.")
    assert _pronoun(text, "he") == ["Ysolde Quarle"]


def test_apposition_after_of_a_kin_noun_takes_no_gender():
    # rev16j, an obituary: the name after "the husband of her sister," is the husband's
    text = ("The tannery at Ebbleton passed to the husband of her sister, Ivo Brask, and to "
            "Pellowan Vantry. Later he met the chemist who changed the firm.")
    assert _pronoun(text, "he") == ["Ivo Brask"]
    control = text.replace("the husband of her sister,", "her sister,")
    assert _pronoun(control, "he") == ["Pellowan Vantry"]
