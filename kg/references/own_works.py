"""A person's written work by a possessive: what "His work", "her book" stands for.

"In 1832 she printed Liber X, a handbook of knots. … Her book lay unread until Y
reissued it": the reader takes "Her book" for the one document the last sentences named
with that person. :func:`own_work` gives "his"/"her" before a noun of a written work
(:data:`WORK_NOUNS`, standing alone: not "his work on the wards", "his book trade") the
document the window's sentences (:data:`kg.references.antecedents.WINDOW`) name, when they
name exactly one document and the sentence naming it mentions the possessor too (by name or
by a pronoun resolved to them). Two documents in the window, or none with the person: nothing.

rel17c. Measured over the 36 development sets and 32 probes (every reference of the 68 texts
dumped before and after, read): one reference added, right (stethoscope_factual's "His work
… translated it" → the treatise its author published two sentences before), none changed or
lost; stethoscope_factual relations at the evidence and anywhere .60 → .70; dev means
.940/.945 → .942/.948, probes and every other figure unchanged. Left out: "the title" for a
document just named, and "X's instrument" for the one device the window names with X.
"""

from __future__ import annotations

from kg.words import lexicon as lx

__all__ = ["WORK_NOUNS", "own_work"]

WORK_NOUNS = lx._words("work book treatise monograph memoir manuscript textbook")
# a preposition after the noun makes it an activity or a place ("his work at the mill")
_AFTER = lx._words("on at as in with for of from among under during by into")


def own_work(tokens, start: int, person: int | None, u: int, ctx) -> int | None:
    """The document "his"/"her" at ``start`` (a person's possessive, resolved to ``person``)
    and the work noun after it stand for, or None.

    Args:
        tokens: the sentence's tokens.
        start: the possessive pronoun's position.
        person: the group the pronoun resolved to.
        u: the sentence's unit.
        ctx: the coreference context (``recent``, ``by_unit``, ``types``).
    """
    if person is None or ctx.types[person] != "person" or tokens[start].lower not in ("his", "her") \
            or start + 1 >= len(tokens) or tokens[start + 1].lower not in WORK_NOUNS \
            or not tokens[start + 1].text.islower():
        return None
    nxt = tokens[start + 2] if start + 2 < len(tokens) else None
    if nxt is not None and nxt.is_word and (nxt.lower in _AFTER or not (
            nxt.lower in lx.STOPWORDS or nxt.lower in lx.COMMON_VERBS
            or nxt.lower in lx.PAST_VERBS or nxt.lower.endswith(("ed", "ly")))):
        return None  # "his work at the mill", "his book trade"
    if any(ctx.types[g] == "document" for _p, g in ctx.by_unit.get(u, [])):
        return None  # the sentence names a document itself
    named = {(v, g) for v in ctx.recent for _p, g in ctx.by_unit.get(v, [])
             if ctx.types[g] == "document"}
    if len({g for _v, g in named}) != 1:
        return None
    doc = next(iter(named))[1]
    with_person = any(person in {h for _p, h in ctx.by_unit.get(v, [])} for v, _g in named)
    return doc if with_person else None
