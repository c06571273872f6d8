"""A gathering's name that is a standing body's: typed ``organization``, not ``event``.

"The Pellorin Conference on Tide Tables (PCTT) … In 1911 the PCTT adopted the chart": a
gathering head ("Conference", "Congress", "Assembly", "Council", "Synod") names a body that
meets again and again and decides; the text says so when the name has an acronym (a body
is written short because it comes back) and a mention of it (name or acronym) is the subject
of a verb of decision ("adopted", "sanctioned", "voted", "resolved" …, an adverb allowed
between: "voted unanimously", "formally adopted"). Both are needed: "the Meridian-style
conference in a capital adopted X" is a one-off meeting (no acronym), and "the festival
(OFF) opened" decides nothing. Called last by :func:`kg.kinds.entity_types.assign_types`,
on the groups typed ``event`` only.

fix16: measured (``--held-out --ours``, 32 development sets and 28 probes, every node's type
and every reference dumped before and after): one node retyped, event → organization (the
kilogram text's general conference, right): kilogram_history_factual type agreement .70 →
.75, dev mean .819 → .820; with it the second agent of :mod:`kg.references.second_clause` is
an organisation, and that module no longer accepts an ``event`` agent (no reference moved).
Rejected: the acronym alone (a festival is written short too), the verb alone (a one-off
meeting adopts things).
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.forms import Form, Group

__all__ = ["standing_bodies"]

# heads of a gathering's name that may be a standing body's
_BODY_HEADS = frozenset({"conference", "congress", "assembly", "council", "synod"})
# verbs of a body's decision, in the past
_DECIDES = frozenset({"adopted", "sanctioned", "voted", "resolved", "ratified", "approved",
                      "decided", "decreed", "endorsed", "elected", "enacted"})
# adverbs a decision verb may follow or be followed by: "formally adopted", "voted unanimously"
_ADVERBS = frozenset({"formally", "unanimously", "later", "then", "also", "finally", "duly",
                      "again", "officially"})


def _has_acronym(group: Group, kept: dict[tuple, Form]) -> bool:
    """True when one of the group's forms is written as an acronym ("PCTT")."""
    return any(len(k) == 1 and any(len(s) > 1 and s.isupper() and s.isalpha()
                                   for s in kept[k].surfaces) for k in group.keys)


def _decides(unit: Unit, end: int) -> bool:
    """True when the mention ending at ``end`` is followed by a verb of decision."""
    toks = unit.tokens
    k = end
    while k < len(toks) and toks[k].lower in _ADVERBS:
        k += 1
    return k < len(toks) and toks[k].lower in _DECIDES


def standing_bodies(groups: list[Group], kept: dict[tuple, Form], units: list[Unit],
                    matches: list[Match], types: list[str]) -> list[str]:
    """``types`` with each gathering-named group that is a standing body (see the module
    docstring) typed ``organization``."""
    out = list(types)
    candidates = {g for g, group in enumerate(groups)
                  if types[g] == "event" and _has_acronym(group, kept)
                  and any(_BODY_HEADS & set(k) for k in group.keys if len(k) > 1)}
    for m in matches:
        if m.group in candidates and not units[m.unit].heading and _decides(units[m.unit], m.end):
            out[m.group] = "organization"
    return out
