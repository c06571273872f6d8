"""An everyday head used once, just after its name, is an alias
(:func:`kg.kinds.description_aliases.description_aliases`, round 22): "the society" for the
one "Society of …" named in the sentences before. Small made-up documents."""

from __future__ import annotations

from kg.kinds.description_aliases import description_aliases
from tests.test_entities import find, read_entities


def test_the_names_own_head_used_once_after_it_is_an_alias(tmp_path):
    text = ("Ruth Tallis founded the Society of Dunmarsh Ringers in 1846. The society argued "
            "that every bell should be tuned by hand. Ruth Tallis retired in 1880.\n")
    society = find(read_entities(text, tmp_path), "Society of Dunmarsh Ringers")
    assert society is not None and "society" in society.aliases
    why = [m for m in society.merges if m["form"] == "society"]
    assert why and why[0]["rule"] == "description"


def test_a_head_used_far_from_its_name_or_not_its_head_is_no_alias():
    # references as coref gives them: (group, sentence, surface, start, end, how)
    labels = ["Harrenby Radiation Laboratory", "Notes on the Working of River Ice"]
    literal = {0: {2}, 1: {2}}
    far = [(0, 15, "the laboratory", 0, 14, "head")]  # 13 sentences after its name
    assert description_aliases(far, [0, 1], labels=labels, literal=literal) == {}
    near = [(0, 4, "the laboratory", 0, 14, "head")]
    assert "laboratory" in description_aliases(near, [0, 1], labels=labels, literal=literal)[0]
    # "the ice" is no head of a title whose head is "Notes"
    ice = [(1, 3, "the ice", 0, 7, "head")]
    assert description_aliases(ice, [0, 1], labels=labels, literal=literal) == {}


def test_a_head_used_once_after_a_factual_name_far_away_is_no_alias(tmp_path):
    # factual style: the laboratory is named once, and "the laboratory" comes much later
    text = ("In 1986 two physicists at the Harrenby Research Laboratory found a new oxide. "
            "Their paper was cautious. Other groups soon confirmed the result. Prices of the "
            "oxide fell within a year. Magnets made from it reached high fields. Trains and "
            "scanners were designed around them. Such samples are of no use outside the "
            "workshop.\n")
    lab = find(read_entities(text, tmp_path), "Harrenby Research Laboratory")
    assert lab is not None and "laboratory" not in lab.aliases
