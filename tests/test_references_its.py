"""Tests for round 21's reference rules (kg.references.commissioned, kg.references.new_terms,
kg.references.groups): "Its report" after "asked X to study", "The device" after a term just
introduced, and "they" after a group counted by its members. Small made-up documents, with
negative cases from other genres (a recipe, a sports report, a legal text)."""

from __future__ import annotations

from tests.test_entities import find
from tests.test_references_more import _entities


def _reference(mentions, entities, index: int, surface: str):
    """The label of the entity the reference ``surface`` of sentence ``index`` took, or None."""
    labels = {e.id: e.label for e in entities}
    return next((labels[m.entity] for m in mentions if m.sentence == index
                 and m.via == "reference" and m.surface == surface), None)


def test_its_after_asked_x_to_study_is_the_one_asked_not_the_subject():
    entities, mentions, _ = _entities(
        "The Lusk Regional Board ran the ferries after 1950. By 1990 the ferries were losing "
        "money. The Lusk Regional Board asked the consultancy Pennock Partners to study a "
        "merger. Its report recommended a single fleet.\n")
    assert find(entities, "Pennock Partners") is not None
    assert _reference(mentions, entities, 3, "Its") == "Pennock Partners"


def test_their_after_hired_x_to_is_the_contractor():
    entities, mentions, _ = _entities(
        "The Keld Valley Railway Company was formed in 1891. The company hired the contractor "
        "Fennick & Ostle to cut the track bed. Their workers finished the line in four years.\n")
    assert _reference(mentions, entities, 2, "Their") == "Fennick & Ostle"


def test_recipe_its_after_a_market_named_after_a_preposition_takes_nothing():
    entities, mentions, _ = _entities(
        "We asked the grocer at Marrowby Market to pick ripe limes for the tart. "
        "Its juice should be sharp.\n")
    assert find(entities, "Marrowby Market") is not None
    assert _reference(mentions, entities, 1, "Its") is None


def test_sports_its_after_beat_x_to_reach_is_not_the_beaten_side():
    entities, mentions, _ = _entities(
        "The Orm Rovers lost the semi-final in May. Varrow City beat the Keld Valley Wanderers "
        "to reach the final. Its captain scored twice.\n")
    assert find(entities, "Keld Valley Wanderers") is not None
    assert _reference(mentions, entities, 2, "Its") != "Keld Valley Wanderers"


def test_the_device_after_an_improvement_the_x_is_that_term():
    entities, mentions, _ = _entities(
        "The Quillet loom was built by Ada Delby in 1880.\n"
        "Delby then proposed an improvement, the skew shuttle, which halved the number of "
        "broken threads. The device was added to the looms from 1884.\n")
    assert find(entities, "skew shuttle") is not None
    assert _reference(mentions, entities, 2, "The device") == "skew shuttle"


def test_legal_the_device_after_two_new_terms_takes_neither():
    entities, mentions, _ = _entities(
        "The Fennick Water Company filed a claim in 1990.\n"
        "Its lawyers then proposed a remedy, the Ostle lien, and a second remedy, the "
        "Brennick rule, in 1998. The device failed in court.\n")
    assert find(entities, "Ostle lien") is not None
    assert find(entities, "Brennick rule") is not None
    assert _reference(mentions, entities, 2, "The device") is None


def test_the_device_after_a_term_named_before_is_not_new():
    entities, mentions, _ = _entities(
        "The skew shuttle was patented by Ada Delby in 1880. Mills in Lusk ordered the "
        "skew shuttle, the Quillet loom and spare belts. The device was added to the "
        "looms from 1884.\n")
    assert find(entities, "Quillet loom") is not None
    # the loom is the only new term, but the shuttle is named too: either may be the device
    assert _reference(mentions, entities, 2, "The device") is None


def test_its_after_a_claim_reported_by_a_plain_noun_takes_the_clause_subject():
    entities, mentions, _ = _entities(
        "The Varrow boat was found in the Keld marsh in 1967.\n"
        "Local legend held that the Varrow boat had sunk twice. Ada Delby scraped the tar "
        "from its keel.\n")
    assert find(entities, "Varrow boat") is not None
    assert _reference(mentions, entities, 2, "its") == "Varrow boat"


def test_legal_its_after_the_court_held_that_takes_the_lease():
    entities, mentions, _ = _entities(
        "The Fennick lease was signed in 1901.\n"
        "The court held that the Fennick lease had lapsed in 1950. Ruth Tallis, for the "
        "tenants, contested its terms.\n")
    assert _reference(mentions, entities, 2, "its") == "Fennick lease"


def test_its_after_a_reported_clause_naming_two_things_takes_neither():
    entities, mentions, _ = _entities(
        "The Varrow boat was found in the Keld marsh in 1967.\n"
        "Local legend held that the Varrow boat belonged to the Ostle Abbey. Ruth Tallis "
        "studied its records.\n")
    assert find(entities, "Ostle Abbey") is not None
    assert _reference(mentions, entities, 2, "its") is None


def test_recipe_its_juice_after_cooks_say_takes_no_unnamed_fruit():
    entities, mentions, _ = _entities(
        "Most cooks say that limes from Marrowby are best for the tart. Ruth Tallis presses "
        "its juice by hand.\n")
    assert _reference(mentions, entities, 1, "its") is None


def test_its_at_a_section_start_is_not_the_one_asked_before_the_heading():
    entities, mentions, _ = _entities(
        "# Ferries\n\nThe Lusk Regional Board ran the ferries after 1950. The Lusk Regional "
        "Board asked the consultancy Pennock Partners to study a merger.\n\n"
        "# The Orm Trust\n\nIts report on the marsh was published in 1990. The Orm Trust "
        "sold the marsh in 1995.\n")
    assert find(entities, "Pennock Partners") is not None
    assert _reference(mentions, entities, 2, "Its") != "Pennock Partners"


def test_the_device_at_a_section_start_is_not_the_term_before_the_heading():
    entities, mentions, _ = _entities(
        "# Looms\n\nThe Quillet loom was built by Ada Delby in 1880. Delby then proposed an "
        "improvement, the skew shuttle, which halved broken threads.\n\n"
        "# Gauges\n\nThe device was patented by Ruth Tallis in 1890.\n")
    assert find(entities, "skew shuttle") is not None
    assert _reference(mentions, entities, 2, "The device") != "skew shuttle"


def test_its_at_a_section_start_is_not_the_reported_subject_before_the_heading():
    entities, mentions, _ = _entities(
        "# Boats\n\nThe Varrow boat was found in the Keld marsh in 1967. Local legend held "
        "that the Varrow boat had sunk twice.\n\n"
        "# The Orm Abbey\n\nRuth Tallis studied its records in 1990. The Orm Abbey was "
        "sold in 1995.\n")
    assert find(entities, "Varrow boat") is not None
    assert _reference(mentions, entities, 2, "its") != "Varrow boat"


def test_its_after_invited_x_to_the_dinner_is_not_the_one_invited():
    entities, mentions, _ = _entities(
        "The Tarnby Harbour Board was founded in 1890. In 1990 the Tarnby Harbour Board "
        "invited Varrow Ltd to the centenary dinner. Its members voted to sell the harbour.\n")
    assert find(entities, "Varrow Ltd") is not None
    assert _reference(mentions, entities, 2, "Its") != "Varrow Ltd"


def test_science_the_instrument_after_a_new_effect_is_not_that_effect():
    entities, mentions, _ = _entities(
        "The Tarnby Observatory opened in 1890.\n"
        "In 1901 Ruth Tallis described a new effect, the Varrow shift, in a short paper. The "
        "instrument was built in Lusk by Ada Delby.\n")
    assert find(entities, "Varrow shift") is not None
    assert _reference(mentions, entities, 2, "The instrument") is None
