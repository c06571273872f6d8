"""The records canonicalisation works on: surface forms, groups of them, and their union.

A :class:`Form` gathers everything seen of one matching key (:func:`kg.words.tokens.key_of`); the
merge rules of :mod:`kg.merging.canonical`, :mod:`kg.merging.people` and :mod:`kg.merging.quantities` join
forms with a :class:`UnionFind` that remembers why, and :func:`kg.merging.canonical.group_forms` turns the
result into :class:`Group` records, one per entity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Form:
    """Everything seen of one matching key.

    Attributes:
        key: the matching key.
        surfaces: surface text → count, in running text.
        heading_surfaces: surface text → count, in headings.
        kinds: finder kind → count.
        units: the running-text units it occurs in.
        headings: the heading units it occurs in.
        proper: occurrences capitalised where a common word would not be.
        after_article: running-text occurrences right after "the" ("The Quiet Gardener"),
            which a personal name never has.
        inner_capital: running-text occurrences whose first word is capitalised where no
            position asks for a capital (mid-sentence: "the Hare voting method").
    """

    key: tuple[str, ...]
    surfaces: Counter = field(default_factory=Counter)
    heading_surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    units: set[int] = field(default_factory=set)
    headings: set[int] = field(default_factory=set)
    proper: int = 0
    after_article: int = 0
    inner_capital: int = 0

    @property
    def is_name(self) -> bool:
        """True for a proper name or acronym (capitalised in running text)."""
        return self.proper > 0 and bool(self.kinds.keys() & {"name", "acronym", "quoted", "alias",
                                                            "expansion", "namehead",
                                                            "abbreviation"})


@dataclass
class Group:
    """Forms merged into one entity.

    Attributes:
        keys: the matching keys of its forms.
        merges: key → ``{"form", "rule", "evidence"}``: why that key joined the group.
    """

    keys: list[tuple[str, ...]]
    merges: dict[tuple, dict] = field(default_factory=dict)


class UnionFind:
    """Disjoint sets of keys that remember, for each key, the first merge that moved it."""

    def __init__(self, keys):
        self.parent = {k: k for k in keys}
        self.why: dict[tuple, dict] = {}

    def find(self, k):
        """The representative key of ``k``'s set."""
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return self.parent[k]

    def union(self, a, b, rule: str, evidence: str, form: str) -> None:
        """Joins the sets of ``a`` and ``b``, recording the rule and its evidence."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
            why = {"form": form, "rule": rule, "evidence": evidence}
            self.why.setdefault(a, why)
            self.why.setdefault(b, why)


def top(form: Form) -> str:
    """The form's most frequent spelling in running text (else in headings)."""
    return (form.surfaces or form.heading_surfaces).most_common(1)[0][0]


def strip_possessive(surface: str) -> str:
    """The surface without a final possessive "'s" or "’s"."""
    for end in ("'s", "’s", "'S", "’S"):
        if surface.endswith(end) and len(surface) > len(end) + 1:
            return surface[:-len(end)]
    return surface
