"""Who did the work another body asked for: "… asked the consultancy X to study a closure. Its
report …" (:func:`commissioned`, for :mod:`kg.references.pronoun_it`).

After a verb of asking or hiring whose object is to do something ("asked", "commissioned",
"hired" … X "to" + verb), the next sentence's opening "Its"/"Their" is the one asked, whose
report, survey or design follows, not the sentence's subject, the one who asked.

Round 21 (its12): measured over the 24 development sets and the 20 invented articles (a dump of
every reference before and after, read one by one): two references moved, both right now. One
added on the hospital probe ("Its report" → the consultancy asked to study a merger, where
"Its" had taken nothing; its relation at the evidence stays missed, as the report's title,
which holds a comma, is cut short); one changed on the railway probe ("The council hired the
contractor X to lay the canal banks. Their workers … finished the line": the contractor, not the
company as before). Nothing else moved; no relation figure moved. An invented case with the
asking body as the subject ("The X Board asked the consultancy Y to study a closure. Its
report …") took the board before and takes the consultancy now (tests/test_references_its.py).
A name after a preposition is never the one asked ("asked the grocer at X Market to pick …").
Left out: "his"/"her", which the nearest agreeing person already takes, and a mid-sentence
"its", which has its own sentence's names before it. Review (rev12e): a heading between stops
the rule ("# The X Trust" then "Its report …" took the consultancy of the section before, not
the heading's trust), and "to" + a determiner is no "to" + verb ("The X Board invited Y Ltd
to the centenary dinner. Its members voted …" took Y Ltd); no reference moved on the 44 sets.
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.references.subjects import governed
from kg.words import lexicon as lx

__all__ = ["commissioned"]

# verbs whose object is the one who does what the "to" clause says ("asked X to survey")
_ASKING = lx._words("asked commissioned hired engaged invited contracted appointed "
                    "instructed tasked charged retained")
# words inside a name between its first word and the "to" ("Pelbridge & Quendrow Advisory")
_NAME_LINKS = frozenset({"&", "and", "of", "for"})


def commissioned(prev: int, ctx: Context) -> int | None:
    """The one entity the sentence ``prev`` asked or hired to do something ("The board asked
    the consultancy Pennicott Partners to study a merger."), else None.

    Args:
        prev: the previous sentence (unit index).
        ctx: what is known so far of the document.

    Returns:
        The group, when exactly one entity stands between such a verb and "to" + a verb; None
        at a section's first sentence (a heading between: the section's own topic).
    """
    if not ctx.units or ctx.section_start:
        return None
    tokens = ctx.units[prev].tokens
    found = {g for p, g in ctx.by_unit.get(prev, [])
             if ctx.types[g] not in ("person", "date", "quantity")
             and not governed(tokens, p) and _after_asking(tokens, p) and _before_to(tokens, p)}
    return found.pop() if len(found) == 1 else None


def _after_asking(tokens, pos: int) -> bool:
    """True when a verb of asking stands before the name, with at most three lowercase words
    between them ("asked the consultancy X", "commissioned X"; not "asked the grocer at X",
    which the caller rules out as a name after a preposition)."""
    for k in range(pos - 1, max(-1, pos - 5), -1):
        if tokens[k].lower in _ASKING:
            return True
        if not (tokens[k].is_word and tokens[k].text.islower()):
            return False
    return False


def _before_to(tokens, pos: int) -> bool:
    """True when the name starting at ``pos`` is followed, within six words of capitalised
    name words, by "to" and a lowercase verb ("X to study"; a determiner after "to" opens a
    place or an occasion, "invited X to the opening", not what X was asked to do)."""
    for k in range(pos + 1, min(len(tokens) - 1, pos + 7)):
        if tokens[k].lower == "to":
            nxt = tokens[k + 1]  # a verb, not "to the centenary dinner"
            return nxt.is_word and nxt.text.islower() and nxt.lower not in lx.DETERMINERS
        if not (tokens[k].is_cap or tokens[k].lower in _NAME_LINKS):
            return False
    return False
