"""A firm's later name takes "the firm", "the company" after the text says the business was
reorganised under it (diag15p).

"In 1860 Fennow reconstituted the tannery as the Hevrick Leather Company. … the company
paid …": a reader takes every later "the company", "the firm", "the business" for the
later body, where the resolver had given them to the article's older firm (the title's
mill, the dominant organisation of the text, :func:`kg.references.distant_antecedents.titled_firm`).
The cue is a verb of reorganising with the former body as its object, a literal name or a
resolved reference, and "as" and the later name right after ("reorganised the partnership as
Y", "incorporated Kelby Mill as Y"), both organisations. The two stay apart (a mill, a site, may
outlive the company formed to run it; :mod:`kg.merging.reorganisations` joins the names only
when the former body is the clause's subject, "the partnership was reorganised as Y"). Only a
trading noun moves; "the mill", "the works" and pronouns keep what the resolver gave.

Measured (``benchmarks/entities.py --held-out --ours``, 36 development sets and 32 probes; every
reference of the 68 texts dumped before and after): only papermill_invented moved, seven "the
company"/"the firm" from the title's mill to the company it was incorporated as (all right by
its gold and by reading) and one wrong cataphoric "its" gone; its relations at the evidence
+.20 (.80 → 1.00 with the other diag15p rules). No other reference of the 68 texts moved.
rev17i: an object the body owns or a name used as a modifier ("reorganised the tannery's debts
as Y", "the Kelby Tannery debts as Y") is no cue (:func:`_owned`), nor a later name owning
what the body becomes ("as the X Guild's workshop", :func:`_modifier`); no figure moved.
Not done: a chain ("Y merged with Z to form W": "the company" after it stays Y unless "the
merged company" says so, :mod:`kg.references.business_nouns`); the cue's passive shape with
a description subject is :mod:`kg.merging.reorganisations`' join.
"""

from __future__ import annotations

from kg.merging.reorganisations import AS_VERBS
from kg.references.compatibility import TRADING
from kg.words import lexicon as lx

__all__ = ["successor", "successor_cue"]

_OBJECT_REACH = 3  # tokens from the verb to the former body's name ("the business", "the old firm")
_NAME_REACH = 2  # tokens from "as" to the later name ("as the X Company")


def successor_cue(tokens, found: list[tuple[int, int]], types: list[str]) -> tuple[int, int] | None:
    """The ``(former, later)`` organisation groups a sentence's reorganising cue names.

    Args:
        tokens: the sentence's tokens.
        found: its ``(token position, group)`` entries, literal and resolved, in order.
        types: the type of each group.

    Returns:
        The pair, or None when the sentence holds no such cue.
    """
    orgs = [(p, g) for p, g in found if types[g] == "organization"]
    for v, tok in enumerate(tokens):
        if tok.lower not in AS_VERBS:
            continue
        former = next(((p, g) for p, g in orgs if v < p <= v + _OBJECT_REACH), None)
        if former is None:
            continue
        a = next((k for k in range(former[0] + 1, min(len(tokens), former[0] + 5))
                  if tokens[k].lower == "as"), None)
        if a is None or any(not t.is_word for t in tokens[former[0]:a]):
            continue  # "incorporated the business, as planned"
        if _owned(tokens, former[0], a):
            continue  # "reorganised the tannery's debts as Y": the debts, not the tannery (rev17i)
        later = next((g for p, g in orgs if a < p <= a + _NAME_REACH and g != former[1]
                      and not _modifier(tokens, p)), None)  # not "as the X Guild's shop" (rev17i)
        if later is not None:
            return former[1], later
    return None


def successor(phrase, g: int | None, later: dict[int, int]) -> int | None:
    """The group a trading noun ("the firm", "the company") stands for once the body it was
    given to has been reorganised under a later name (``later``: former → later group)."""
    if g is None or g not in later or phrase.kind != "organization" \
            or phrase.noun not in TRADING:
        return g
    return later[g]


def _owned(tokens, p: int, a: int) -> bool:
    """True when the verb's object between ``p`` and "as" ``a`` is a thing the named body owns
    or a name used as a modifier, not the body: "the tannery's dye shop", "its loans", "the
    Kelby Tannery debts" (a name whose last word is not right before "as")."""
    span = tokens[p:a]
    return any(t.possessive for t in span) or tokens[p].lower in lx.PRONOUNS \
        or tokens[p].is_cap and not tokens[a - 1].is_cap


def _modifier(tokens, p: int) -> bool:
    """True when the later name at ``p`` owns or modifies what "as" makes of the body: "as the
    Kelby Guild's workshop", "as Kelby Guild property" (rev17i)."""
    k = p + 1 if tokens[p].lower == "the" else p
    while k < len(tokens) and tokens[k].is_cap:
        if tokens[k].possessive:
            return True
        k += 1
    return k < len(tokens) and tokens[k].is_word and tokens[k].text.islower() \
        and tokens[k].lower not in lx.STOPWORDS
