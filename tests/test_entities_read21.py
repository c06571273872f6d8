"""read21 (second reader of the session): after "the name" or "a nickname:" (probe21b's
:data:`kg.finders.coined_compounds.COINED_ONLY`) the term is one coined word: "The name X
stuck" had kept "X stuck" (a verb taken as the term's second word, the word itself lost).
Other naming cues still take a term of two or three words ("known as X Y, which …").
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_the_name_takes_one_coined_word():
    # dockside work: "The name X stuck to …"
    entities = extracted(
        "Dock crews at Pellawick sang while they worked. The name tarvish stuck to their "
        "loading song.\n")
    assert find(entities, "tarvish") is not None
    assert find(entities, "tarvish stuck") is None


@needs_wordfreq
def test_known_as_still_takes_two_words():
    # a trade's method: the other cues keep a term of two words
    entities = extracted(
        "Pellawick dockers used a trick known as pallet skewing, which saved hours each "
        "week.\n")
    assert find(entities, "pallet skewing") is not None
    assert find(entities, "pallet") is None
