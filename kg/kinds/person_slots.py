"""How the word before a whole name bears on its being a person's (:func:`no_person_slot`): "a hut
at Orran Pinfold" is no person's, "a solicitor from X" tells nothing. Read by
:func:`kg.kinds.person_cues.placed_like_things`; :data:`PLACE_PREPOSITIONS` also by
:func:`kg.kinds.type_cues.context_cues`. Moved from :mod:`kg.kinds.type_cues` (a pure move, split16).
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["PLACE_PREPOSITIONS", "no_person_slot"]

# (prec13) words a person's name never follows unless it is possessive ("in Orla Venn's
# house"): a place preposition, a possessive determiner ("his Kelder Rubrics")
PLACE_PREPOSITIONS = lx._words("in at into")
_NO_PERSON_BEFORE = PLACE_PREPOSITIONS | lx._words("on his her their its our my your")
# (rev13c) words before a name that tell nothing of a person ("a solicitor from X", "the road
# to X", "the X supply")
_ANY_NAME_BEFORE = lx._words("from to of by with for about near through towards toward across "
                             "around between beyond over under the a an")


def no_person_slot(toks: list[Token], start: int, end: int) -> str | None:
    """How the word before a whole name (two words or more, not possessive) bears on its being
    a person's: ``"place"`` after "in", "at", "into" ("a hut at Orran Pinfold"), ``"thing"``
    after "on" or a possessive determiner ("his Kelder Rubrics"), which a person's name does
    not follow as a rule; ``"either"`` after a word any name follows ("from", "to", "the" …)
    or for a short or possessive form; None elsewhere (the subject of a clause, after a verb).

    :func:`kg.kinds.person_cues.placed_like_things` reads the first two only for a name more often
    so placed than free: a person is named so too ("a book on Ada Lind", "interest in Tom
    Quorrick", "ran into Ada Lind"), but is named freely elsewhere as well (rev13c).

    Args:
        toks: a sentence's tokens.
        start: where the mention starts.
        end: where it ends.

    Returns:
        ``"place"``, ``"thing"``, ``"either"`` or None.
    """
    if end - start < 2 or toks[end - 1].possessive:
        return "either"  # "an essay on Quillan" is a person's; "in Orla Venn's house"
    while start > 0 and toks[start - 1].text in MARKS:
        start -= 1
    word = toks[start - 1].lower if start > 0 else None
    if word in PLACE_PREPOSITIONS:
        return "place"
    if word in _NO_PERSON_BEFORE:
        return "thing"
    return "either" if word in _ANY_NAME_BEFORE else None
