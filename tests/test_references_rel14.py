"""Round rel14 of reference resolution: invented sentences for each rule, with a negative
case in another genre."""

from __future__ import annotations

import importlib.util

import pytest

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document


def _refs(text: str) -> list[tuple[int, str, str]]:
    """``(sentence index, surface, entity label)`` of every reference mention."""
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, mentions = extract_entities([doc], sections, sentences)
    label = {e.id: e.label for e in entities}
    return [(m.sentence, m.surface, label[m.entity]) for m in mentions if m.via == "reference"]


# typing "Porter Dalton" a person from the text reads common words' frequencies
needs_wordfreq = pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None,
                                    reason="wordfreq is not installed")


@needs_wordfreq
def test_a_bare_surname_is_a_person_to_a_possessive_after_it():
    # a survey history: "Porter Dalton" is typed a person only from "his pupil", so the bare
    # "Dalton" is joined to him after resolution; "his" is still Dalton's, not his master's
    refs = _refs("# The reef chart\n\nIn 1902 the harbour master Dorn Ostrik and his pupil "
                 "Porter Dalton sounded the reef by night. Ostrik and Dalton named the "
                 "channel. That same year Dalton took up his own old plan: he drew the chart "
                 "alone.\n")
    assert not [r for r in refs if r[0] == 2 and r[2] == "Dorn Ostrik"]


def test_a_firm_named_after_its_founder_keeps_its_possessive():
    # a firm history: the founder's surname opens the works' name too, so it is no bare
    # surname to retype; "its" is still the works'
    refs = _refs("# Bells\n\nIn 1890 the founder Ruth Pellory opened the Pellory Works in a "
                 "shed. Pellory cast its first bell in 1891, and she sold it to a chapel.\n")
    assert (1, "its", "Pellory Works") in refs
