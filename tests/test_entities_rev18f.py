"""rev18f: second read of gen18's rules on invented sentences of other genres. A bracket of
dates after a name that is the object of "of" ("The reign of Ada Skelmer (1903–1979), known
… as the Long Peace") is the head's, not the person's: the nickname names the reign
(:func:`kg.merging.cue_reading.before_dates`); a person's own life dates still pass."""

from __future__ import annotations

from kg.documents import Document
from kg.entities import extract_entities
from kg.splitter import split_document


def _entities(text: str) -> dict[str, tuple[str, set[str]]]:
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _mentions = extract_entities([doc], sections, sentences)
    return {e.label: (e.entity_type, set(e.aliases)) for e in entities}


def test_dates_after_the_object_of_of_belong_to_the_head_noun():
    # a history: the reign is known as the Long Peace, not the queen
    found = _entities("# Kings\n\nThe reign of Queen Ada Skelmer (1903–1979), known to "
                      "historians as the Long Peace, saw no war. The Long Peace ended with "
                      "her death.\n")
    queen = next(aliases for label, (_t, aliases) in found.items() if "Skelmer" in label)
    assert "Long Peace" not in queen


def test_a_person_with_life_dates_still_takes_the_nickname():
    # a potter's life: the bracket follows the person's own name, not an "of" phrase
    found = _entities("# Lives\n\nHer husband Hal Fennick (1899–1960), known to the village "
                      "as Old Clay, was a potter. Old Clay died in 1960.\n")
    assert "Old Clay" in found["Hal Fennick"][1]
