"""Place cues for bare names, peoples' plurals and hyphened adjectives as no entities, and a
group's possessive inside a name (place12, issue 3); invented sentences."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find


def _type_of(text: str, name: str) -> str | None:
    entity = find(extracted(text), name)
    return entity.entity_type if entity is not None else None


def _labels(text: str) -> set[str]:
    return {e.label for e in extracted(text)}


@pytest.mark.parametrize("text, name", [
    ("Ada Tressel found the moss in northern Kellmere. Kellmere became famous for it.\n",
     "Kellmere"),
    (("Ada Tressel, a painter from Brenlow, opened a studio in 1921. "
     "Brenlow named a street after her.\n"), "Brenlow"),
    (("Many quarrymen from nearby Dunstavel worked on the line. "
     "Dunstavel supplied the stone.\n"), "Dunstavel"),
    ("In 1920 the Tressel family emigrated to Quessary. Quessary gave them land.\n",
     "Quessary"),
    ("The idea reached Corvenna from the telegraph. Corvenna built its first tube in 1870.\n",
     "Corvenna"),
    (("Ada Tressel was born in Orvellan. Orvellan and Tarrowick banned the lamps in 1910. "
     "Tarrowick lifted the ban later.\n"), "Tarrowick"),
    (("Ada Tressel tested the clock at her observatory at Brenlow. "
     "Brenlow lies on a hill.\n"), "Brenlow"),
    (("The meeting took place in the Kellmere forest near the border. "
     "Kellmere has few roads.\n"), "Kellmere"),
])
def test_a_bare_name_with_a_place_cue_is_a_place(text, name):
    assert _type_of(text, name) == "place"


@pytest.mark.parametrize("name", ["Varnex", "Quorbel"])
def test_the_comma_closing_a_fronted_place_lists_no_place(name):
    text = ("In northern Orvellan, Varnex and Quorbel signed a supply deal. Varnex makes "
            "sensors. Quorbel builds cars.\n")
    assert _type_of(text, "Orvellan") == "place"
    assert _type_of(text, name) != "place"


def test_a_comma_alone_lists_no_place():
    text = ("Ada Tressel was born in Orvellan. In Orvellan, Kestrelle opened a shop. "
            "Kestrelle sold lamps.\n")
    assert _type_of(text, "Kestrelle") != "place"


@pytest.mark.parametrize("text, name", [
    ("The lab won a grant from Kestrelle in 2019. Kestrelle paid for two posts.\n",
     "Kestrelle"),
    ("Ada Tressel received a letter from Quillstone in 1901. Quillstone wrote again.\n",
     "Quillstone"),
    ("The project made the move to Quillstone in 2015. Quillstone compiles fast.\n",
     "Quillstone"),
    ("Ada Tressel left her mill to Brann Holloway. Brann Holloway sold it.\n",
     "Brann Holloway"),
    ("Brann Holloway ran the Tressel works until 1950. Tressel sold soap.\n", "Tressel"),
    ("Ada Tressel and Brann Holloway met in Orvellan. Brann Holloway was a clerk.\n",
     "Brann Holloway"),
    # "from X" after a noun of a person weighs as "in X", below a firm's own cue
    ("A colleague from Kestrelle joined her in 2019. Kestrelle had hired her as a designer.\n",
     "Kestrelle"),
    # going somewhere "as" a post is joining an employer
    ("Selma Voss moved to Kestrelle as finance director. Kestrelle later listed its shares.\n",
     "Kestrelle"),
    # a one-word name that is an organisation's head is a body
    ("The petition reached Parliament in 1832. Parliament rejected it twice.\n", "Parliament"),
    (("Ada Tressel, a columnist from Quillon Weekly, wrote the review. "
      "Quillon Weekly printed it on page two.\n"), "Quillon Weekly"),
])
def test_other_genres_take_no_place_cue(text, name):
    assert _type_of(text, name) != "place"


def test_a_peoples_plural_is_no_entity():
    text = ("In 1938 the Germans added two rotors. The Poles shared their methods. "
            "The Germans changed the procedure again, and the German Army noticed nothing. "
            "The Poles left for Orvellan.\n")
    labels = _labels(text)
    assert "Germans" not in labels and "German" not in labels and "Poles" not in labels
    assert "German Army" in labels


def test_a_hyphened_type_adjective_is_no_entity():
    text = ("Kestrelle built a Quorbel-type machine in 1931. Kestrelle sold it to the navy. "
            "The Quorbel was older.\n")
    assert not any(label.endswith("-type") for label in _labels(text))


def test_a_groups_irregular_possessive_stays_in_the_name():
    text = ("In 1942 Ada Tressel joined the Women's Royal Signal Corps. "
            "The Women's Royal Signal Corps sent her to Orvellan.\n")
    labels = _labels(text)
    assert "Women's Royal Signal Corps" in labels
    assert "Royal Signal Corps" not in labels


def test_a_names_possessive_stays_outside_the_name():
    text = ("Britain's Royal Navy ran the station at Orvellan. "
            "The Royal Navy paid Ada Tressel.\n")
    labels = _labels(text)
    assert "Royal Navy" in labels
    assert not any(label.startswith("Britain") and "Navy" in label for label in labels)


@pytest.mark.parametrize("people", ["Lombards", "Saxons"])
def test_a_peoples_plural_ending_a_clubs_name_is_its_short_name(people):
    text = (f"Quendrow {people} beat Kelby Rovers on Saturday. The {people} scored twice before "
            f"half-time. Kelby Rovers never recovered against the {people}.\n")
    entities = extracted(text)
    club = find(entities, f"Quendrow {people}")
    assert club is not None and club.entity_type != "person"
    assert find(entities, people) is club


@pytest.mark.parametrize("text", [
    "The Men's Captain Tom Pennock lifted the cup. Tom Pennock thanked the fans.\n",
    "In 2019 Children's Laureate Ada Tressel visited Orvellan. Ada Tressel read to pupils.\n",
])
def test_a_groups_possessive_before_a_persons_name_stays_outside(text):
    assert not any("'s" in label for label in _labels(text))
