"""A family name written alone counts, for the dominant firm, as the firm named after it.

:func:`kg.references.distant_antecedents.dominant` gives "the firm", "the company", "the
business" past the nearby sentences to the organisation named most often. A family business's
history names its firm in full once ("The Pelmor Rope Works was founded by Ada Pelmor and her
husband Ivo Pelmor") and then writes the family name alone for the founders, the family and the
firm ("Pelmor hired a foreman", "the Pelmors", "Pelmor designs"): the bare word is a group of its
own, typed organisation, and outnumbers the full name, so the descriptions of the firm went to
the bare family name, which also stands for the founders. :func:`family_counts` moves the
literal mentions of such a bare word to the organisation whose name begins with it, so the
full name is the dominant firm.

A bare word counts as a family name when it is one word, typed organisation, and the last
word of a person's name in the text; it moves to the organisation whose longer name begins
with it, the one named first when there are several (the founding name: a later "Pelmor,
Tallis & Company" is what the firm was renamed, which :mod:`kg.references.bridging` joins to
it). "Ford" and "Ford Motor Company" both stand for the firm: the counts end on the full name,
which the descriptions then take.

Measured (diag14r, ``benchmarks/entities.py --held-out --ours``, every entity and reference of
the 30 development texts and the probes dumped before and after): ropewalk_invented
conflations 1 → 0 (with :func:`kg.finders.name_runs.partner_list`: "the firm", "the business"
(four uses) go to the firm's full name, not to the bare family name that is also the
founder's, and the firm's renamed name joins it), relations joined anywhere .50 → .60; no
entity, type or reference of any other text moved (none writes a bare family name typed an
organisation beside a firm named after it). One reference lost there: "The company's" at a
sentence's start, which had gone to the bare family name, now goes nowhere.
"""

from __future__ import annotations

from collections import Counter

from kg.merging.forms import Group

__all__ = ["family_counts"]


def family_counts(groups: list[Group], types: list[str], counts: Counter,
                  first: dict[int, tuple[int, int]]) -> Counter:
    """``counts`` with each bare family name's literal mentions moved to its firm.

    Args:
        groups: the groups (entities), with their matching keys.
        types: the type of each group.
        counts: literal mentions per group in one document.
        first: where each group is first named (unit, token), to pick the firm named first.

    Returns:
        A new counter: a bare family name's count added to the organisation named first whose
        longer name begins with the word, and its own count zero.
    """
    surnames = {k[-1] for g, group in enumerate(groups) if types[g] == "person"
                for k in group.keys if len(k) > 1}
    out = Counter(counts)
    for g, group in enumerate(groups):
        if types[g] != "organization" or not counts.get(g):
            continue
        words = {k[0] for k in group.keys}
        if any(len(k) != 1 for k in group.keys) or len(words) != 1 or not words & surnames:
            continue
        word = next(iter(words))
        firms = [f for f, other in enumerate(groups) if f != g and types[f] == "organization"
                 and f in first and any(len(k) > 1 and k[0] == word for k in other.keys)]
        if firms:
            firm = min(firms, key=first.__getitem__)
            out[firm] += out[g]
            out[g] = 0
    return out
