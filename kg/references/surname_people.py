"""A bare surname is a person to resolution even where typing left it apart from its person.

:func:`kg.merging.typed_surnames.typed_surnames` joins a one-word name typed ``other`` to the
one person whose name ends in it ("his pupil Porter Dalton … Dalton"), but only when the
entity records are built, after references are resolved. Until then the bare surname is an
``other`` that no "he", "his" or "she" may stand for, so a pronoun right after it passes it
over for a person named before ("That same year Dalton took up his own early plan": not the
pupil's master named the sentence before). :func:`resolution_types` gives resolution the
types as that join will leave them: each such surname a person.

Measured (rel14, ``benchmarks/entities.py --held-out --ours`` and a dump of every reference
mention over the 28 development sets and the 24 probes): one reference changed, a wrong
"his" → the partner named in the sentence before gone on the chromatography probe (it now
takes the surname of its own clause, named literally, so no mention is added); no figure
moved.
"""

from __future__ import annotations

from kg.merging.forms import Form, Group
from kg.merging.typed_surnames import typed_surnames

__all__ = ["resolution_types"]


def resolution_types(groups: list[Group], kept: dict[tuple, Form],
                     types: list[str], *, units: list | None = None) -> list[str]:
    """The types resolution works with: each bare surname that
    :func:`kg.merging.typed_surnames.typed_surnames` will join to its person typed a person.

    Args:
        groups: the entity groups.
        kept: their forms by key.
        types: the type of each group, as typing left them.
        units: the tokenised sentences (org21: a surname that also opens firms' names).

    Returns:
        A new list of types (``types`` is not changed).
    """
    out = list(types)
    for _person, surname, _why in typed_surnames(groups, kept, types, units=units):
        out[surname] = "person"
    return out
