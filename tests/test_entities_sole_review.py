"""Review of the rule ``sole description`` (:mod:`kg.kinds.sole_descriptions`, rev15h): two
over-firings, each on invented references as :func:`kg.references.coref.resolve_references`
gives them."""

from __future__ import annotations

from kg.kinds.sole_descriptions import sole_descriptions
from tests.test_entities import find, read_entities

LABELS = ["Tarvel & Oskin", "Brisworth Lamps", "Ysolde Prenwick"]
TYPES = ["organization", "organization", "person"]


def _sole(refs, *, literal, before="and"):
    return sole_descriptions(refs, [0, 1, 2], types=TYPES, labels=LABELS, literal=literal,
                             before={(s, start): before for _g, s, _t, start, _e, _h in refs},
                             given={})


def test_a_predicate_after_another_copula_or_an_adverb_is_no_reference():
    # "In 1920 the workshop became the firm", "It was once the firm of the valley"
    refs = [(0, 3, "the firm", 40, 48, "context")]
    literal = {0: {1}, 1: set(), 2: set()}
    assert "firm" in _sole(refs, literal=literal, before="and")[0]
    for words in ("became", "remained", "was once", "is now", "was still"):
        assert _sole(refs, literal=literal, before=words) == {}, words


def test_a_place_beside_or_near_the_building_is_no_reference():
    # a novel: "They waited near the laboratory", "the path behind the laboratory"
    refs = [(0, 3, "the laboratory", 40, 54, "head")]
    literal = {0: {1}, 1: set(), 2: set()}
    labels = ["Vellacott Tidal Laboratory", "Brisworth Lamps", "Ysolde Prenwick"]

    def run(word):
        return sole_descriptions(refs, [0, 1, 2], types=TYPES, labels=labels, literal=literal,
                                 before={(3, 40): word}, given={})
    assert "laboratory" in run("of")[0]
    for word in ("near", "behind", "beside", "towards", "beyond", "opposite"):
        assert run(word) == {}, word


def test_a_firm_waited_near_in_a_novel_gets_no_alias(tmp_path):
    # whole pipeline: "near the firm" is a place; before the review it gave "firm" as alias
    text = ("Ysolde Prenwick founded Tarvel & Oskin in Quenby in 1904. She sold brass lamps to "
            "the harbour. Her nephew waited near the firm every evening.\n")
    firm = find(read_entities(text, tmp_path), "Tarvel & Oskin")
    assert firm is not None and "firm" not in firm.aliases
    said = text.replace("Her nephew waited near the firm", "The firm hired her nephew")
    (tmp_path / "said").mkdir()
    firm = find(read_entities(said, tmp_path / "said"), "Tarvel & Oskin")
    assert firm is not None and "firm" in firm.aliases
