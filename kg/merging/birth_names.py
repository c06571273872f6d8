"""A stage name or nickname and the name a person was born with: "Little Duskin, born Edwin
Duskin Talbrek in Orvell, …" (probe17), beside "Anna Lind (née Vesterby)"
(:func:`kg.merging.name_cues.born_name`, which reads this cue too).

The name after ", born" is a given name and more capitalised words
(:func:`kg.finders.name_before.born_after`), so "born Tarrow 1890" (a place) and "born 4 May"
are no cue; the name before the comma is the capitalised run that ends there, two words or
more (:func:`kg.finders.name_before.name_before`).

The cue's expansion span is a form of its own, so a stage name whose first word is common
and opens the sentence ("Little …", which the name finder drops as capitalised by position
only) is found through it; a rule keeping such a word in the name finder was tried and
dropped, as it moved nothing more.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 32 probes):
the harmonica probe's stage name was cut to its given name and left to its birth name's
node (alias unity +.05 there); the cue occurs in no other text.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.name_before import born_after, name_before
from kg.merging.alias_cues import Definition
from kg.words.tokens import Token

__all__ = ["born_as"]


def born_as(u: int, toks: list[Token]) -> list[Definition]:
    """"X, born Y Z …": the name Y Z a person was born with is another name of X.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        One alias definition per cue, the birth name as the alias of the name before.
    """
    out = []
    for j, tok in enumerate(toks):
        if tok.text != "," or not born_after(toks, j):
            continue
        start = name_before(toks, j)
        end = j + 2
        while end < len(toks) and toks[end].is_word and toks[end].is_cap:
            end += 1
        if start is not None and j - start >= 2:
            out.append(Definition(Span(u, j + 2, end, "alias"), Span(u, start, j, "expansion"),
                                  "alias"))
    return out
