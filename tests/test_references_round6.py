"""Reference resolution, round 6: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions

POST = ("In 1962 the Lissmoor Water Board hired Tamsin Orvelle as its first chief engineer. "
        "She had trained in Leeds and worked abroad for a decade. "
        "The board met every month in a room above the market. "
        "The chief engineer also designed the Kell Weir, a low dam on the upper river. "
        "The assistant engineer left in 1970.\n")


def test_a_post_given_with_as_is_taken_up_by_the_same_two_words():
    entities, mentions = with_mentions(POST)
    orvelle = find(entities, "Tamsin Orvelle")
    assert orvelle is not None
    assert by_reference(mentions, orvelle, 3)  # "The chief engineer also designed …"
    assert not by_reference(mentions, orvelle, 4)  # another post: "the assistant engineer"


def test_an_ordinal_is_no_part_of_the_post():
    entities, mentions = with_mentions(POST.replace("The chief engineer also", "The first "
                                                    "engineer also"))
    orvelle = find(entities, "Tamsin Orvelle")
    assert orvelle is not None
    assert not by_reference(mentions, orvelle, 3)
