"""The description its own sentence names ("The engine … was nicknamed the Copper Mule",
:mod:`kg.references.given_names`): invented sentences where it must and must not fire. The
description is a reference of the sentence that names the entity, so it shows as the
entity's alias (rule ``sole description``)."""

from __future__ import annotations

from kg.documents import Document
from kg.entities import extract_entities
from kg.splitter import split_document
from tests.test_entities import reference_triples as _refs


def _aliases(text: str) -> dict[str, set[str]]:
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _mentions = extract_entities([doc], sections, sentences)
    return {e.label: set(e.aliases) for e in entities}


def test_an_engine_nicknamed_in_its_own_sentence():
    # an engineering history: the engine is the Copper Mule its sentence names
    found = _aliases("# Pumps\n\nIn 1820 Ysolde Marrack drew up plans for a steam pump. The "
                     "engine, built to her drawings by a local foundry, was nicknamed the "
                     "Copper Mule. It ran for forty years.\n")
    assert "engine" in found["Copper Mule"]


def test_an_observation_that_became_known_by_a_name():
    # a science history: the observation is the rule the sentence names
    found = _aliases("# Growth\n\nIn 1931 Dobrin Quallet noted that the crystals doubled "
                     "every winter. The observation became known as **Quallet's rule**.\n")
    assert "observation" in found["Quallet's rule"]


def test_a_review_which_became_known_as_an_inquiry():
    found = _aliases("# Safety\n\nAfter the accident the council ordered a review. The "
                     "review, which became known as the Tallowick Inquiry, sat for a year.\n")
    assert "review" in found["Tallowick Inquiry"]


def test_a_ship_named_after_a_person_is_not_that_person():
    # a naval history: "named after" gives no name to the ship
    found = _aliases("# Ships\n\nThe yard launched its largest hull in 1902. The ship was "
                     "named after Admiral Corvish Pellam, who had died that spring.\n")
    person = [label for label in found if "Corvish Pellam" in label]
    assert person and "ship" not in found[person[0]]


def test_a_judge_who_calls_a_witness_is_not_the_witness():
    # a court report: the judge is the subject who called a witness, no name is given him
    found = _aliases("# Trial\n\nThe hearing opened in March. The judge called Orlen "
                     "Vashti as the first witness. Orlen Vashti was a baker.\n")
    assert "Orlen Vashti" in found and "judge" not in found["Orlen Vashti"]


def test_a_team_called_out_to_a_valley_is_not_the_valley():
    # a mountain rescue report: "called out" is no naming
    found = _aliases("# Rescue\n\nThe Skellbrae Valley has steep crags. The team was called "
                     "out to Skellbrae Valley eleven times in 1957.\n")
    valley = [label for label in found if "Skellbrae" in label]
    assert valley and "team" not in found[valley[0]]


# "the document" names no genre (kg.references.compatibility._ANY_DOCUMENT): it stands for a
# document whatever the head of its name, a report, a charter


def test_the_document_after_a_report():
    # a milling history: the report is the one document of the window
    refs = _refs("# Mills\n\nIn 1810 Ottmar Voskuil wrote the Report on Leat Repairs for the "
                 "parish. The document was unusual for its candour.\n")
    assert (1, "The document", "Report on Leat Repairs") in refs


def test_the_document_is_no_trust():
    # a charity's history: the lease is no entity, and the trust signing it is no document
    text = ("# Leases\n\nIn 1920 the Brennickmoor Trust signed a lease on the mill. The "
            "document ran to forty pages.\n")
    assert "Brennickmoor Trust" in _aliases(text)
    assert not [r for r in _refs(text) if r[1] == "The document"]
