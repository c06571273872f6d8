"""A description every resolved use gives to one entity, and no other could take, is its
alias (:mod:`kg.kinds.sole_descriptions`, alias15). Small made-up documents and references
as :func:`kg.references.coref.resolve_references` gives them."""

from __future__ import annotations

from kg.kinds.description_aliases import description_aliases
from kg.kinds.sole_descriptions import sole_descriptions
from tests.test_entities import find, read_entities

LABELS = ["Tarvel & Oskin", "Dorrimede Glass Company", "Ysolde Prenwick"]
TYPES = ["organization", "organization", "person"]


def _sole(refs, *, literal, before=None, types=TYPES):
    before = before if before is not None else {(s, start): "." for _g, s, _t, start, _e, _h
                                                in refs}
    return sole_descriptions(refs, [0, 1, 2], types=types, labels=LABELS, literal=literal,
                             before=before, given={})


def test_a_description_used_once_for_the_firm_named_before_is_its_alias(tmp_path):
    text = ("In 1904 Ysolde Prenwick founded Tarvel & Oskin, a maker of brass lamps in Quenby. "
            "She hired twelve glassblowers from the coast. The firm sold its first lamps to the "
            "harbour master in the spring.\n")
    firm = find(read_entities(text, tmp_path), "Tarvel & Oskin")
    assert firm is not None and "firm" in firm.aliases
    assert [m["rule"] for m in firm.merges if m["form"] == "firm"] == ["sole description"]


def test_used_once_with_no_rival_is_an_alias_but_not_past_another_of_its_type():
    once = [(0, 2, "The firm", 100, 108, "context")]
    assert "firm" in _sole(once, literal={0: {0}, 1: set(), 2: {0}})[0]
    # another firm named after it and before the description could be what it stands for
    assert _sole(once, literal={0: {0}, 1: {1}, 2: {0}}) == {}
    # only named after the description: nothing told the reader what it was
    assert _sole(once, literal={0: {3}, 1: set(), 2: {0}}) == {}


def test_a_place_or_a_predicate_is_no_reference_in_a_laboratory_report():
    # science genre: "Samples were kept outside the laboratory", "What mattered was the lab"
    labels = ["Vellacott Tidal Laboratory", "Brisworth Survey", "Ysolde Prenwick"]
    refs = [(0, 3, "the laboratory", 50, 64, "head")]
    literal = {0: {1}, 1: set(), 2: {1}}

    def run(word):
        return sole_descriptions(refs, [0, 1, 2], types=TYPES, labels=labels, literal=literal,
                                 before={(3, 50): word}, given={})
    assert "laboratory" in run("and")[0]
    assert run("outside") == {} and run("was") == {}


def test_a_role_body_or_shared_description_is_no_alias():
    # sports genre: "The striker" for a player is a role, no name of hers
    striker = [(2, 2, "The striker", 10, 21, "context")]
    assert _sole(striker, literal={0: set(), 1: set(), 2: {1}}) == {}
    assert "striker" in _sole(striker, literal={0: set(), 1: set(), 2: {1}},
                              types=["organization", "organization", "organization"])[2]
    # a governing body stands for the firm without being its name
    board = [(0, 2, "the board", 10, 19, "context")]
    assert _sole(board, literal={0: {1}, 1: set(), 2: set()}) == {}
    # given to two entities: no alias of either
    two = [(0, 2, "the works", 10, 19, "context"), (1, 6, "the works", 10, 19, "context")]
    assert _sole(two, literal={0: {1}, 1: {5}, 2: set()}) == {}
    # the noun is a word of another entity's name ("the company" beside "… Glass Company")
    company = [(0, 2, "the company", 10, 21, "context")]
    assert _sole(company, literal={0: {1}, 1: set(), 2: set()}) == {}


def test_without_the_words_before_the_description_rules_stay_as_they_were():
    once = [(0, 2, "The firm", 100, 108, "context")]
    assert description_aliases(once, [0, 1, 2], types=TYPES, labels=LABELS,
                               literal={0: {0}, 1: set(), 2: {0}}) == {}
    assert "firm" in description_aliases(once, [0, 1, 2], types=TYPES, labels=LABELS,
                                         literal={0: {0}, 1: set(), 2: {0}},
                                         before={(2, 100): "."})[0]
