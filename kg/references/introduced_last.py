""""He" after a sentence that ends by introducing a man through a woman's relative noun (or
"She" after a woman introduced through a man's): "Ada Pennet retired in 1923, leaving the shop
to her nephew Tom Quill. He modernised …" is the nephew.

A subject pronoun takes the first person of the sentence before who agrees with it, which
passes over a person the sentence introduces at its end when an earlier one of the same gender
stands before ("Ivo Ossel died in 1911 and Ada Pennet retired in 1923, leaving the shop to her
nephew Tom Quill. He …" had taken Ivo Ossel). :func:`introduced_last` takes the newcomer when:

- the pronoun is "he" or "she" and opens its sentence, right after the sentence (no heading
  between);
- that sentence's last entity is a person it names for the first time in the document, with
  nothing but the rest of the name and marks after it, and set after "her"/"his"/"its" and one
  lowercase noun ("her nephew", "his partner", "its founder's" is not: a possessive noun);
- the possessive is not of the pronoun's gender ("her nephew" for "He", "his daughter" for
  "She") or is a thing's ("its"): the one the relative noun belongs to is not who the
  pronoun takes up;
- the text's evidence on the newcomer's gender (a given name, an honorific) agrees with the
  pronoun, or, when it tells none, the relative noun is of the pronoun's gender ("nephew").

"Tom Ossel sold the mill to his nephew Ivo Quill. He …" is left to the usual order (the
possessive is of the pronoun's gender: the seller may be meant).

Measured (rel16b) with ``benchmarks/entities.py --held-out --ours`` over the 34 development
sets and the 30 probes, and a dump of every reference mention over all texts before and after,
read one by one: one reference changed, wrong → right (tea: "He modernised …" → the nephew the
sentence before ends on, not its first subject, who had died); relations at the evidence tea
.80 → .90; no other reference or figure moved. Not done: the same for a newcomer named
without a relative noun ("…, leaving the business to Tom Quill."), where nothing but the
death or retirement of the earlier man tells who is meant (a "died" cue is unsafe: "X died
in 1911. He was buried …").

Review rev16h: "Tom Varley bought the forge from Ada Pennet and hired her nephew Ivo Quill.
He …" had taken the nephew, though the man who hired him is the subject; the rule now takes
nothing when the person named last before the relative noun stands after a preposition and
opens no relative clause of her own (:func:`_acted_on`; "with Ada Pennet, who sold it to her
nephew" still fires). Figures and reference dump unchanged.
"""

from __future__ import annotations

from kg.references.compatibility import PRONOUN_GENDER
from kg.references.phrases import Context, Phrase

__all__ = ["introduced_last"]

_POSSESSOR_GENDER = {"her": "female", "his": "male", "its": None}
# relative nouns of one gender, the newcomer's gender when the name tells none
_KIN = {**dict.fromkeys(("nephew", "son", "brother", "husband", "grandson"), "male"),
        **dict.fromkeys(("niece", "daughter", "sister", "wife", "granddaughter"), "female")}

_PREPOSITIONS = frozenset(("from", "with", "by", "for", "of", "at", "to", "under", "beside",
                           "after", "before", "without", "alongside"))


def introduced_last(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """The person the previous sentence introduced at its end through a relative noun of a
    possessor of the other gender, for a sentence-opening "He"/"She" (see the module
    docstring), else None.

    Args:
        u: the unit (sentence) index of the phrase.
        phrase: the reference phrase.
        tokens: the unit's tokens.
        ctx: what is known so far of the document.

    Returns:
        The group, or None.
    """
    word = tokens[phrase.start].lower
    want = PRONOUN_GENDER.get(word)
    if want is None or word not in ("he", "she") or phrase.start != 0 or not ctx.units \
            or not ctx.recent or ctx.recent[-1] != u - 1 or ctx.units[u - 1].heading:
        return None
    prev = u - 1
    found = sorted(ctx.by_unit.get(prev, []))
    if not found:
        return None
    p, g = found[-1]
    toks = ctx.units[prev].tokens
    if ctx.types[g] != "person" or p < 2 or not _ends_sentence(toks, p) \
            or any(g in {e for _q, e in ctx.by_unit.get(v, [])} for v in ctx.history[:-1]):
        return None
    owner, noun = toks[p - 2], toks[p - 1]
    if owner.lower not in _POSSESSOR_GENDER or not noun.is_word or not noun.text.islower() \
            or noun.possessive or _POSSESSOR_GENDER[owner.lower] == want:
        return None
    if _acted_on(toks, [q for q, e in found if e != g and ctx.types[e] == "person" and q < p]):
        return None  # "bought the forge from Ada Pennet and hired her nephew Ivo Quill"
    seen = ctx.genders.get(g) if hasattr(ctx, "genders") else None
    other = "female" if want == "male" else "male"
    if seen and seen[want] != seen[other]:
        return g if seen[want] > seen[other] else None
    return g if _KIN.get(noun.lower) == want else None  # "her nephew Bram Quill"


def _acted_on(toks, before: list[int]) -> bool:
    """True when the person named last before the relative noun stands after a preposition
    ("from Ada Pennet and hired her nephew …"), no subject of her own ("…, who sold it to her
    nephew" is one): then an earlier man of the sentence acted, and the pronoun stays his."""
    if not before:
        return False
    q = max(before)
    k = q + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    relative = any(t.lower in ("who", "whose") for t in toks[k:k + 2])
    return q > 0 and toks[q - 1].lower in _PREPOSITIONS and not relative


def _ends_sentence(toks, p: int) -> bool:
    """True when only capitalised words (the rest of the name) and marks follow ``p``."""
    return all(not t.is_word or t.text[:1].isupper() for t in toks[p + 1:])
