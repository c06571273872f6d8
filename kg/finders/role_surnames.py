"""A person's last name used alone, kept however common, when the full name stood after a
person's role noun: "the Tolmarsh clockmaker Jules Cook … Cook's workshop".

:mod:`kg.finders.selection` keeps a frequent English word written once on its own
("Cook", Zipf 4.65) when it is the last name of a personal name
(:func:`kg.merging.people.person_like` with ``common_surname``), which asks for a listed given
name, a middle initial or a rare word. A given name the list lacks ("Jules", Zipf 3.65)
left the full name no person by its shape, and the bare surname no mention at all, though
the text itself said who bore it: "the NOUN X Y" (a trade or role noun,
:func:`kg.kinds.descriptors.role_before`, "the violinist …", "the Tolmarsh clockmaker …").
:func:`role_surnames` gives the last word of such a two-word name (both words capitalised,
the last no organisation's or place's head); a business's noun before a name is no person's
("the Tolmarsh bakery Golden Cook … Cook's van" keeps no "Cook").

alias21, measured (``benchmarks/entities.py --held-out --ours``; every entity, type and alias
of the 83 texts dumped before and after): bicycle probe alias unity .65 → .70 (the
coachmaker's bare surname now joins him); no other entity, alias or figure of any set moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit, span_key
from kg.kinds.descriptors import role_before
from kg.words import lexicon as lx

__all__ = ["role_surnames"]


def role_surnames(units: list[Unit], spans: list[Span]) -> set[str]:
    """The keyed last words of two-word names written after "the" and a person's role noun."""
    found = set()
    for span in spans:
        if span.kind != "name" or units[span.unit].heading or span.end - span.start != 2:
            continue
        toks = units[span.unit].tokens
        words = [t.text for t in toks[span.start:span.end]]
        if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
                or words[-1].casefold() in lx.ORG_HEADS | lx.PLACE_HEADS:
            continue
        if role_before(toks, span.start, person=True) or _placed_role(toks, span.start):
            found.add(span_key(units, span)[-1])
    return found


def _placed_role(toks, start: int) -> bool:
    """True for "the PLACE NOUN X" with a person's role noun ("the Tolmarsh clockmaker X"),
    which :func:`kg.kinds.descriptors.role_before` reads with a lowercase word only."""
    if start < 3 or toks[start - 3].lower != "the" or not toks[start - 2].is_word \
            or toks[start - 2].possessive or not toks[start - 2].text[:1].isupper():
        return False
    role = toks[start - 1]
    return role_before([toks[start - 3], role, *toks[start:start + 1]], 2, person=True) is not None
