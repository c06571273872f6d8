"""A family firm named "X Brothers" (a capitalised surname and "Brothers", never after "the")
is an organisation.

"Varrick Brothers undercut every tender", "the stock of Varrick Brothers" name a firm
as "and Sons" does (:mod:`kg.kinds.entity_types`, diag16t), but "Brothers" alone carries no
partnership key there. Only a two-word name whose every occurrence is written "X Brothers",
capitalised and not after "the" ("the Varrick brothers", "the Varrick Brothers" are kin, and
"the Brothers of Varn" a religious order); a group also written without "Brothers" (the
surname alone, a person) keeps its other cues, this adds to its score only.

ref22: measured with :mod:`kg.references.ended_firms` (figures there): two names retyped over
the 84 texts, both right (seed-drill's rival other → organization, organ-builder's rival
person → organization). Alone it cost the seed-drill set relations .80 → .70 (the rival took
"the company" after it had failed), which is why it came with that rule.
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.forms import Form, Group

__all__ = ["brothers_firms"]

_BROTHERS = frozenset({"brother", "brothers"})


def brothers_firms(groups: list[Group], kept: dict[tuple[str, ...], Form], units: list[Unit],
                   matches: list[Match]) -> set[int]:
    """The groups named "X Brothers" as a firm.

    Args:
        groups: the merged groups.
        kept: each form's record.
        units: the sentences and headings.
        matches: every occurrence of every group's forms.

    Returns:
        The indices of the groups with a two-word name ending "Brothers", every occurrence of
        which is written capitalised ("Brothers") and none after "the".
    """
    named = {g for g, group in enumerate(groups) if any(
        kept[k].is_name and len(k) == 2 and k[-1] in _BROTHERS for k in group.keys)}
    seen: set[int] = set()
    refused: set[int] = set()
    for m in matches:
        if m.group not in named or m.end - m.start != 2:
            continue
        toks = units[m.unit].tokens
        last = toks[m.end - 1].text
        if last.lower() not in ("brother", "brothers"):
            continue
        seen.add(m.group)
        if last != "Brothers" or m.start > 0 and toks[m.start - 1].lower == "the":
            refused.add(m.group)  # "the Varrick brothers": kin
    return seen - refused
