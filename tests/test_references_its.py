"""Tests for round 21's reference rules (kg.references.commissioned, kg.references.new_terms,
kg.references.reported_subjects): "Its report" after "asked X to study", "The device" after a term
just introduced, "its" after "<noun> held that the X …". Small made-up documents, with negative
cases from other genres (a recipe, a sports report, a legal text, a science explainer)."""

from __future__ import annotations

import pytest

from tests.test_entities import find
from tests.test_references_more import _entities


def _resolved(text: str, named: tuple[str, ...], index: int, surface: str):
    """The label of the entity the reference ``surface`` of sentence ``index`` took (None for
    none), after checking that the text names each of ``named``."""
    entities, mentions, _ = _entities(text)
    for name in named:
        assert find(entities, name) is not None
    labels = {e.id: e.label for e in entities}
    return next((labels[m.entity] for m in mentions if m.sentence == index
                 and m.via == "reference" and m.surface == surface), None)


# (text, names the text must hold, the sentence and surface of the reference, the label it
# takes: None for nothing)
TAKES = [
    pytest.param(
        (
            "The Lusk Regional Board ran the ferries after 1950. By 1990 the ferries were "
            "losing money. The Lusk Regional Board asked the consultancy Pennock Partners to "
            "study a merger. Its report recommended a single fleet.\n"
        ),
        ("Pennock Partners",), 3, "Its", "Pennock Partners",
        id="its_after_asked_x_to_study_is_the_one_asked_not_the_subject"),
    pytest.param(
        (
            "The Keld Valley Railway Company was formed in 1891. The company hired the "
            "contractor Vellick & Ostle to cut the track bed. Their workers finished the line "
            "in four years.\n"
        ),
        (), 2, "Their", "Vellick & Ostle",
        id="their_after_hired_x_to_is_the_contractor"),
    pytest.param(
        (
            "We asked the grocer at Marrowby Market to pick ripe limes for the tart. Its juice "
            "should be sharp.\n"
        ),
        ("Marrowby Market",), 1, "Its", None,
        id="recipe_its_after_a_market_named_after_a_preposition_takes_nothing"),
    pytest.param(
        (
            "The Quillet loom was built by Ada Delby in 1880.\nDelby then proposed an "
            "improvement, the skew shuttle, which halved the number of broken threads. The "
            "device was fitted to the looms from 1884.\n"
        ),
        ("skew shuttle",), 2, "The device", "skew shuttle",
        id="the_device_after_an_improvement_the_x_is_that_term"),
    pytest.param(
        (
            "The Vellick Water Company filed a claim in 1990.\nIts lawyers then proposed a "
            "remedy, the Ostle lien, and a second remedy, the Brennick rule, in 1998. The "
            "device failed in court.\n"
        ),
        ("Ostle lien", "Brennick rule"), 2, "The device", None,
        id="legal_the_device_after_two_new_terms_takes_neither"),
    pytest.param(
        (
            "The skew shuttle was patented by Ada Delby in 1880. Mills in Lusk ordered the skew "
            "shuttle, the Quillet loom and spare belts. The device was fitted to the looms from "
            "1884.\n"
        ),
        ("Quillet loom",), 2, "The device", None,
        id="the_device_after_a_term_named_before_is_not_new"),
    pytest.param(
        (
            "The Pelmor boat was found in the Keld marsh in 1967.\nLocal legend held that the "
            "Pelmor boat had sunk twice. Ada Delby scraped the tar from its keel.\n"
        ),
        ("Pelmor boat",), 2, "its", "Pelmor boat",
        id="its_after_a_claim_reported_by_a_plain_noun_takes_the_clause_subject"),
    pytest.param(
        (
            "The Vellick lease was signed in 1901.\nThe court held that the Vellick lease had "
            "lapsed in 1950. Ruth Tallis, for the tenants, contested its terms.\n"
        ),
        (), 2, "its", "Vellick lease",
        id="legal_its_after_the_court_held_that_takes_the_lease"),
    pytest.param(
        (
            "The Pelmor boat was found in the Keld marsh in 1967.\nLocal legend held that the "
            "Pelmor boat belonged to the Ostle Abbey. Ruth Tallis studied its records.\n"
        ),
        ("Ostle Abbey",), 2, "its", None,
        id="its_after_a_reported_clause_naming_two_things_takes_neither"),
    pytest.param(
        (
            "Most cooks say that limes from Marrowby are best for the tart. Ruth Tallis presses "
            "its juice by hand.\n"
        ),
        (), 1, "its", None,
        id="recipe_its_juice_after_cooks_say_takes_no_unnamed_fruit"),
    pytest.param(
        (
            "The Tarnby Observatory opened in 1890.\nIn 1901 Ruth Tallis described a new "
            "effect, the Pelmor shift, in a short paper. The instrument was built in Lusk by "
            "Ada Delby.\n"
        ),
        ("Pelmor shift",), 2, "The instrument", None,
        id="science_the_instrument_after_a_new_effect_is_not_that_effect"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_a_reference_takes_this_label(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


# (text, names the text must hold, the sentence and surface of the reference, a label it must
# not take)
SHUNS = [
    pytest.param(
        (
            "The Orm Rovers lost the semi-final in May. Pelmor City beat the Keld Valley "
            "Wanderers to reach the final. Its captain scored twice.\n"
        ),
        ("Keld Valley Wanderers",), 2, "Its", "Keld Valley Wanderers",
        id="sports_its_after_beat_x_to_reach_is_not_the_beaten_side"),
    pytest.param(
        (
            "# Ferries\n\nThe Lusk Regional Board ran the ferries after 1950. The Lusk Regional "
            "Board asked the consultancy Pennock Partners to study a merger.\n\n# The Orm "
            "Trust\n\nIts report on the marsh was published in 1990. The Orm Trust sold the "
            "marsh in 1995.\n"
        ),
        ("Pennock Partners",), 2, "Its", "Pennock Partners",
        id="its_at_a_section_start_is_not_the_one_asked_before_the_heading"),
    pytest.param(
        (
            "# Looms\n\nThe Quillet loom was built by Ada Delby in 1880. Delby then proposed an "
            "improvement, the skew shuttle, which halved broken threads.\n\n# Gauges\n\nThe "
            "device was patented by Ruth Tallis in 1890.\n"
        ),
        ("skew shuttle",), 2, "The device", "skew shuttle",
        id="the_device_at_a_section_start_is_not_the_term_before_the_heading"),
    pytest.param(
        (
            "# Boats\n\nThe Pelmor boat was found in the Keld marsh in 1967. Local legend held "
            "that the Pelmor boat had sunk twice.\n\n# The Orm Abbey\n\nRuth Tallis studied its "
            "records in 1990. The Orm Abbey was sold in 1995.\n"
        ),
        ("Pelmor boat",), 2, "its", "Pelmor boat",
        id="its_at_a_section_start_is_not_the_reported_subject_before_the_heading"),
    pytest.param(
        (
            "The Tarnby Harbour Board was founded in 1890. In 1990 the Tarnby Harbour Board "
            "invited Pelmor Ltd to the centenary dinner. Its members voted to sell the "
            "harbour.\n"
        ),
        ("Pelmor Ltd",), 2, "Its", "Pelmor Ltd",
        id="its_after_invited_x_to_the_dinner_is_not_the_one_invited"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), SHUNS)
def test_a_reference_does_not_take_this_label(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) != label
