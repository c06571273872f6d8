"""Entity types, review of round 18 (types10): invented sentences, each failing without its
fix, with a negative test beside it."""

from __future__ import annotations

from tests.test_entities_round16_types import _type


def test_a_man_surnamed_dale_is_no_valley():
    text = "Amos Dale kept the farm from 1871. Amos Dale sold it in 1920.\n"
    assert _type(text, "Amos Dale") != "place"  # "Amos" is a given name


def test_a_dale_after_a_name_that_is_no_given_name_is_a_place():
    text = ("The farm lay in Brenmoor Dale from 1871. "
            "Brenmoor Dale was flooded in 1890.\n")
    assert _type(text, "Brenmoor Dale") == "place"
