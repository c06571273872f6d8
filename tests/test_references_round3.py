"""Reference resolution, round 3: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from kg.entities import extract_entities
from tests.test_entities import build, find


def _entities(text: str):
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences


def _refs(mentions, entity, index) -> bool:
    """True when sentence ``index`` mentions ``entity`` by reference."""
    return any(m.entity == entity.id and m.sentence == index and m.via == "reference"
               for m in mentions)


def test_the_council_is_no_firm_the_text_described_as_one():
    entities, mentions, _ = _entities(
        "The Harrowby Borough Council voted to buy the ferry line in 2019. "
        "Opponents said the price was too high. "
        "Its bid was prepared with the consultancy firm Quell Marrin. "
        "Tomas Edvik, a ferry owner, was unimpressed. "
        "“The council is paying for a fantasy,” he said.\n")
    council = find(entities, "Harrowby Borough Council")
    firm = find(entities, "Quell Marrin")
    assert council is not None and firm is not None
    assert not _refs(mentions, firm, 4)
    assert _refs(mentions, council, 4)
