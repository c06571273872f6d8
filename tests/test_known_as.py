"""The description its own sentence names ("The engine … was nicknamed the Copper Mule",
:mod:`kg.references.known_as`): invented sentences where it must and must not fire. The
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


# review rev15i: "was named" also appoints, and "The first" is no description


def test_a_captain_named_to_lead_a_club_is_not_the_club():
    # a sailing club's history: "was named the club's commodore" gives the captain a post,
    # the club is no name of the captain
    found = _aliases("# Club\n\nThe Elsmoor Yacht Club was founded in 1890. The captain was "
                     "named the Elsmoor Yacht Club's commodore in 1901.\n")
    club = [label for label in found if "Elsmoor Yacht Club" in label]
    assert club and "captain" not in found[club[0]]


def test_a_cup_named_the_clubs_trophy_is_not_the_club():
    # a regatta report: the name in the possessive owns what the cup was named, the cup is
    # no other name of the club
    found = _aliases("# Regatta\n\nThe Elsmoor Yacht Club was founded in 1890. The cup was "
                     "named the Elsmoor Yacht Club's trophy of the year in 1901.\n")
    club = [label for label in found if "Elsmoor Yacht Club" in label]
    assert club and "cup" not in found[club[0]]


def test_a_captain_named_club_chairman_is_not_the_club():
    # a rowing club's history: the club's name modifies the post the captain was named to
    found = _aliases("# Rowing\n\nThe Lisket Rowing Club was founded in 1890. In 1901 the club "
                     "chose a new leader. The captain was named Lisket Rowing Club chairman.\n")
    club = [label for label in found if "Lisket Rowing Club" in label]
    assert club and "captain" not in found[club[0]]


def test_the_first_of_two_wells_is_no_alias_of_its_name():
    # a parish history: "The first" counts, it describes nothing the well could be called
    found = _aliases("# Wells\n\nTwo wells were dug in 1700. The first was called Tarrick "
                     "Well and the second Ombry Well.\n")
    well = [label for label in found if "Tarrick" in label]
    assert well and "first" not in found[well[0]]


def test_the_document_after_two_documents_is_neither():
    # a milling history (review rev15i): two documents of one sentence, "the document" could
    # be either, and naming no genre it has no head to choose by
    text = ("# Mills\n\nIn 1810 Ottmar Voskuil wrote the Report on Fenwary Weirs and the "
            "Charter of Dunmarra Mills. The document was unusual for its candour.\n")
    assert _aliases(text).keys() >= {"Report on Fenwary Weirs", "Charter of Dunmarra Mills"}
    assert not [r for r in _refs(text) if r[1] == "The document"]


def test_a_match_called_the_clubs_game_is_not_the_club():
    # a football history: the club's name modifies what the match was called, the match is
    # no other name of the club
    found = _aliases("# Football\n\nQuendrow United won the cup in 1901. The match was called "
                     "the Quendrow United game of the century.\n")
    assert "Quendrow United" in found and "match" not in found["Quendrow United"]


def test_a_style_known_by_its_schools_name_is_not_the_school():
    # an art history: "the Brenvane Academy manner" is the academy's manner, not the academy
    found = _aliases("# Art\n\nThe Brenvane Academy opened in 1850. The style became known as "
                     "the Brenvane Academy manner.\n")
    assert "Brenvane Academy" in found and "style" not in found["Brenvane Academy"]
