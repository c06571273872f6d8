"""A subject "It" after a sentence that ends what it was about in a name: that name.

"The strike ended with the Pelmor Agreement, signed in the chapel on 3 May 1901. It fixed a
piece rate …": the previous sentence has no subject entity (a description, "The dispute")
and names one fitting entity, but after a preposition, which :mod:`kg.references.pronoun_it`
takes for where or when, not for what a next "It" is about. After a verb that ends a
process in what follows ("ended with", "resulted in", "led to", "culminated in", "was
replaced by", :data:`OUTCOMES`) that name is the outcome the text goes on about, and the
"It" takes it (not a place: "ended in Lisleby").

Round rel14, measured (``benchmarks/entities.py --held-out --ours`` and a dump of every
reference mention over the 28 development sets and 24 probes): one reference added, right
(glassworks relations at the evidence .70 → .80); nothing else moved. Rejected: the one
fitting name after any preposition, without the outcome verb: one right and three wrong
("The dome was counted among the Nine Wonders …. It survived …" is the dome; an "It
soon became clear" took a term; a quotation's "put it" took a field).
Review rev14c: an "It" whose verb looks back at what ended ("The strike ended with the
Hask Accord in May. It had lasted nine weeks": the strike) takes nothing: "lasted" and an
active past perfect (not "had been …", "had a …"); and a dummy "It soon became clear that
…" or "It was a hard time for …" (:func:`kg.references.phrase_context.expletive`). Every
reference of the 52 texts as before.
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase

__all__ = ["OUTCOMES", "outcome"]

# a verb and the word after it that end a process in what follows: "ended with the X"
OUTCOMES = frozenset({("ended", "with"), ("ended", "in"), ("culminated", "in"),
                      ("resulted", "in"), ("led", "to"), ("rise", "to"), ("settled", "by"),
                      ("replaced", "by"), ("concluded", "with"), ("closed", "with")})

_DURATION = frozenset({"lasted", "dragged", "raged"})
# words after "had" that make no active past perfect: "had been signed", "had a clause"
_NOT_PARTICIPLES = frozenset({"been", "to", "a", "an", "the", "no", "its", "two", "three",
                              "many", "some", "one", "several", "little", "few"})


def outcome(u: int, phrase: Phrase, prev: int, named: set[int], ctx: Context) -> int | None:
    """The outcome a subject "It" takes up, or None.

    Args:
        u: the unit of the "It".
        phrase: the reference phrase.
        prev: the previous sentence's unit, which has no subject entity.
        named: the one entity (a set of one) fitting the phrase that it names.
        ctx: the coreference context.

    Returns:
        That entity when it follows an outcome verb (:data:`OUTCOMES`) and is no place.
    """
    if len(named) != 1 or not ctx.units:
        return None
    g = next(iter(named))
    toks = ctx.units[prev].tokens
    here = ctx.units[u].tokens
    if here[phrase.start].lower != "it" or ctx.types[g] == "place" \
            or _looks_back(here, phrase.start + 1):
        return None
    at = next((p for p, h in ctx.by_unit.get(prev, []) if h == g), None)
    if at is None:
        return None
    k = at - 1
    while k >= 0 and toks[k].lower in ("the", "a", "an"):
        k -= 1
    return g if k >= 1 and (toks[k - 1].lower, toks[k].lower) in OUTCOMES else None


def _looks_back(tokens, k: int) -> bool:
    """True for a verb after "It" that is said of what ended, not of its outcome: "lasted",
    or an active past perfect ("It had lasted nine weeks", "It had cost …"; not "It had been
    signed …", "It had a clause …")."""
    if k >= len(tokens):
        return False
    if tokens[k].lower in _DURATION:
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].lower == "had" and nxt is not None and nxt.is_word \
        and nxt.text.islower() and nxt.lower not in _NOT_PARTICIPLES
