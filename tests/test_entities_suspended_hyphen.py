"""A name with a suspended hyphen ("Tessby Glas- und Marrant-Werke") is found where it is
written, not only through its acronym (review of probefix12)."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq


@needs_wordfreq
def test_a_suspended_hyphen_name_without_an_acronym_is_kept():
    # the name finder reads the run as one name; the gazetteer must match it through the
    # hanging hyphen, or the name has no mention and is lost
    entities = _entities(
        "The works\n"
        "Tessby Glas- und Marrant-Werke was founded in 1880 in the north. It made glass "
        "for lamps.\n")
    firm = find(entities, "Tessby Glas- und Marrant-Werke")
    assert firm is not None
    assert find(entities, "Tessby Glas") is None and find(entities, "Marrant-Werke") is None


@needs_wordfreq
def test_a_suspended_hyphen_long_form_before_its_acronym_is_spelt_by_it():
    entities = _entities(
        "The works\n"
        "Tessby Glas- und Marrant-Werke (TGMW) was founded in 1880 in the north. TGMW closed "
        "in 1931.\n")
    firm = find(entities, "Tessby Glas- und Marrant-Werke")
    assert firm is not None and find(entities, "TGMW") is firm


@needs_wordfreq
def test_a_number_joined_by_a_hyphen_is_no_quantity_written_apart():
    # negative: "a 36-hour run" is no mention of "36 hours" (the hyphen joins, hangs not)
    text = ("The model\n"
            "The Tessby model ran for about 36 hours on the first machine. Each 36-hour run "
            "was checked by hand.\n")
    refs = _mentions(text)
    assert not any(surface == "36-hour" for surface, _label in refs)


def _mentions(text: str) -> list[tuple[str, str]]:
    from kg.entities import extract_entities
    from tests.test_entities_round2 import build
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity]) for m in mentions]
