"""Which two people a sentence-opening "They"/"Their" stands for (:func:`people_pair`, called
by :mod:`kg.references.coref` through :func:`kg.references.recording.record_pair`).

Round 16 took a subject "A and B" of the previous sentence
(:func:`kg.references.subjects.coordinated_subject`). ref15k adds two shapes:

- the previous sentence ends on two people joined by "and", the second perhaps with a short
  description ("… the work then passed to Ada Lind and the Danish chemist Ivo Skarn."), with
  no comma before the first (not the tail of a list "A, B and C") and nothing after the
  second name (:func:`_final_pair`);
- the previous sentence opened by a "They"/"Their" that took two people: the same two again
  ("They weighed … . Their results …", :func:`_chained_pair`).

Measured over the 32 development sets and 28 invented articles (every reference mention
dumped before and after, each read): 4 reference mentions added, all right (kilogram: "They"
and "Their" → the two people the task passed to); kilogram relations at the evidence .60 →
.70, anywhere .70 → .80; dev means .932 → .935 / .938 → .941; no other set or figure moved.

rev15l (review): not when the clause holding the pair has a lower-case plural noun before
the first name ("… thousands of fans greeted A and her husband B. They waved flags": the
fans; :func:`plural_before`). No figure moved (dev, probes, every set).

rev16c (review of rel16): no chain from a "Their" that opens a plural subject ("Their two
sons opened a shop. They sold bread": the sons; :func:`_their_plural`), which rel16's
marriage pair had let through ("A married B. Their two sons …"). Measured: no reference of
the 62 texts (every reference dumped before and after) and no figure moved.
"""

from __future__ import annotations

from kg.references.pair_shapes import other_pair
from kg.references.phrases import Context
from kg.references.subjects import coordinated_subject
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["people_pair", "plural_before"]

_BETWEEN = 5  # words at most between "and" and the second name ("the Danish chemist")
# rev15l: not plural nouns, though they end in "s"
_NOT_PLURAL = frozenset({"was", "has", "does", "its", "this", "thus", "always", "perhaps",
                         "whereas", "towards", "afterwards", "his", "hers", "besides"})


def people_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    """The two people a "They"/"Their" opening the sentence after ``unit`` stands for."""
    return coordinated_subject(unit, ctx) or _final_pair(unit, ctx) or _chained_pair(
        unit, ctx) or other_pair(unit, ctx)


def _final_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    if not ctx.units:
        return None
    toks = ctx.units[unit].tokens
    found = sorted(ctx.by_unit.get(unit, []))
    if len(found) < 2:
        return None
    (p1, a), (p2, b) = found[-2], found[-1]
    if a == b or ctx.types[a] != "person" or ctx.types[b] != "person" or p1 == 0 \
            or toks[p1 - 1].text in ",;" or (unit, p1) in ctx.possessive:
        return None
    if plural_before(toks, p1):
        return None  # rev15l: "… thousands of fans greeted A and B. They waved …": the fans
    k = p1
    while k < p2 and (toks[k].is_cap or toks[k].text in ".-"):
        k += 1  # past the first name
    if k >= p2 or toks[k].lower != "and" or p2 - k - 1 > _BETWEEN \
            or not all(t.is_word for t in toks[k + 1:p2]):
        return None
    rest = toks[p2:]
    if not rest or rest[-1].text != "." or not all(
            t.is_cap or t.text in ".-" for t in rest):
        return None  # "… and Ivo Skarn in 1801.": something follows the second name
    return a, b


def plural_before(toks, p1: int) -> bool:
    """True when the clause holding the first name has a lower-case plural noun before it
    ("thousands of fans greeted …"), which a "They" may stand for instead of the pair."""
    start = max((k for k in range(p1) if toks[k].text in ",;"), default=-1) + 1
    return any(t.text.isalpha() and t.text.islower() and len(t.text) > 3
               and t.text.endswith("s") and not t.text.endswith(("ss", "us", "is"))
               and t.text not in _NOT_PLURAL for t in toks[start:p1])


def _chained_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    if not ctx.units or ctx.units[unit].tokens[0].lower not in ("they", "their") \
            or _their_plural(ctx.units[unit].tokens):
        return None
    at_start = [g for p, g in ctx.by_unit.get(unit, []) if p == 0]
    if len(at_start) != 2 or any(ctx.types[g] != "person" for g in at_start):
        return None
    return at_start[0], at_start[1]


def _their_plural(toks) -> bool:
    """True for "Their" opening a plural subject ("Their two sons opened a shop"): a "They"
    after it is as likely those (rev16c); not "Their result …", "Their work was …"."""
    if toks[0].lower != "their":
        return False
    for t in toks[1:5]:
        if t.lower in lx.NUMBER_WORDS or t.text.isdigit():
            continue  # "Their two sons"
        if not t.is_word or not t.text.islower() or t.lower in lx.STOPWORDS:
            return False
        if singular(t.lower) != t.lower and not t.lower.endswith(("ss", "us", "is")) \
                and t.lower not in _NOT_PLURAL:
            return True
    return False
