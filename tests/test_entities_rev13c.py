"""Review rev13c of round prec13's types and names: each defect reproduced with an invented
sentence in another genre (a person named once after "on" or "in", a comedian called Les, a
surname ending in "-sion" or "Survey", a protest called "the March for …"), each test but the
one of the rule's own case failing on the merged prec13."""

from __future__ import annotations

from tests.test_entities import find, with_mentions
from tests.test_entities_round16_types import _type


def test_a_person_named_once_after_on_and_freely_elsewhere_is_a_person():
    text = ("The archive holds a file on Ruth Tallis. Ruth Tallis was a poet born in 1850. "
            "Ruth Tallis wrote sonnets.\n")
    assert _type(text, "Ruth Tallis") == "person"


def test_a_person_named_once_after_in_and_freely_elsewhere_is_a_person():
    text = ("Interest in Ada Lind grew after 1990. Ada Lind had painted ships. "
            "Ada Lind died poor.\n")
    assert _type(text, "Ada Lind") == "person"


def test_a_person_met_into_and_freely_elsewhere_is_a_person():
    text = ("At the market she ran into Tom Quorrick. Tom Quorrick sold fish. "
            "Tom Quorrick was her cousin.\n")
    assert _type(text, "Tom Quorrick") == "person"


def test_a_name_more_often_after_at_than_free_is_still_a_place():
    text = ("The family lived at Orran Pinfold from 1953. The children grew up at Orran "
            "Pinfold with their aunt. The aunt died at Orran Pinfold in 1998.\n"
            "- Orran Pinfold, a timber house (1953)\n")
    assert _type(text, "Orran Pinfold") == "place"


def test_a_given_name_les_opens_a_persons_name():
    text = ("Les Pelmor opened the show in 1950. Les Pelmor told jokes for an hour. "
            "Later Les Pelmor sang.\n")
    assert _type(text, "Les Pelmor") == "person"


def test_a_surname_ending_in_sion_is_still_a_persons():
    text = ("Tom Hession joined the firm in 1990. Tom Hession sold cars. "
            "Later Tom Hession retired.\n")
    assert _type(text, "Tom Hession") == "person"


def test_a_month_after_the_is_a_noun_and_runs_on_into_its_name():
    text = ("The March for Clean Water drew ten thousand people in 1990. The March for "
            "Clean Water ended at the river.\n")
    entities, _ = with_mentions(text)
    assert find(entities, "March for Clean Water") is not None
    assert find(entities, "Clean Water") is None


def test_a_persons_surname_survey_makes_no_organisation():
    text = ("The quiz show starred the host Rob Survey. Rob Survey won an award. "
            "Rob Survey retired in 1990.\n")
    assert _type(text, "Rob Survey") != "organization"


def test_a_pen_name_after_published_as_is_no_document():
    text = ("Ruth Tallis published her first poems as Ada Quorrick. Ada Quorrick was her pen name. "
            "Ruth Tallis died in 1930.\n")
    assert _type(text, "Ada Quorrick") != "document"
