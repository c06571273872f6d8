"""Merges surface forms into one group per real-world thing, and says why.

Forms that share a matching key (:func:`kg.tokens.key_of`) are one thing: they differ only in
case, a possessive, a plural or a hyphen. Keys are then joined by conservative rules,
each recorded with its evidence:

- ``acronym``: an acronym defined in the text joins its expansion; ``alias``: a name the
  text gives another name ("X, also known as Y", "X, shortened to Y or simply Z").
- ``initials``: "Margaret A. Hollis" = "Margaret Hollis" = "Margaret Anne Hollis".
- ``short-form``: a name that is the first word(s) of exactly one longer name, and is used on
  its own, joins it ("Anthropic" → "Anthropic AI Safety"), unless the longer name ends in a
  head noun that makes it a different thing ("Microsoft" ≠ "Microsoft Research").
- ``surname``: one capitalised word that is the last word of exactly one personal name and
  part of no other name.
- ``generic-head``: a term that adds a generic head to another term ("X research" = "X"), or
  that swaps one approach-like head for another ("X strategy" = "X approach"), when the
  modifier X begins exactly one term.

Two names that merely share a word are never joined ("Dario Amodei" / "Daniela Amodei").
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from kg import lexicon as lx
from kg.tokens import singular

log = logging.getLogger(__name__)

APPROACH_HEADS = frozenset("approach strategy paradigm methodology philosophy".split())
WORK_HEADS = frozenset("research work effort".split())
# A short form means the whole name when the rest is a legal or generic suffix ("Apple" for
# "Apple Inc", "Stanford" for "Stanford University"), not when it names a part or a work
# ("Microsoft Research", "Whitcombe Review").
_SAME_HEADS = frozenset("inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh ag company "
                        "bank university college group holdings".split())
_DISTINCT_HEADS = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS) - _SAME_HEADS
_NOT_NAME = _DISTINCT_HEADS | lx.TECHNIQUE_HEADS | lx.STOPWORDS | lx.MONTHS


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
    """

    key: tuple[str, ...]
    surfaces: Counter = field(default_factory=Counter)
    heading_surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    units: set[int] = field(default_factory=set)
    headings: set[int] = field(default_factory=set)
    proper: int = 0

    @property
    def is_name(self) -> bool:
        """True for a proper name or acronym (capitalised in running text)."""
        return self.proper > 0 and bool(self.kinds.keys() & {"name", "acronym", "quoted", "alias",
                                                            "expansion"})


@dataclass
class Group:
    """Forms merged into one entity.

    Attributes:
        keys: the matching keys of its forms.
        merges: key → ``{"form", "rule", "evidence"}``: why that key joined the group.
    """

    keys: list[tuple[str, ...]]
    merges: dict[tuple, dict] = field(default_factory=dict)


class _UnionFind:
    def __init__(self, keys):
        self.parent = {k: k for k in keys}
        self.why: dict[tuple, dict] = {}

    def find(self, k):
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return self.parent[k]

    def union(self, a, b, rule: str, evidence: str, form: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
            why = {"form": form, "rule": rule, "evidence": evidence}
            self.why.setdefault(a, why)
            self.why.setdefault(b, why)


def _top(form: Form) -> str:
    return form.surfaces.most_common(1)[0][0]


def _short_forms(forms: dict[tuple, Form], uf: _UnionFind) -> None:
    names = [f for f in forms.values() if f.is_name]
    for short in names:
        k = short.key
        if short.kinds.get("acronym") or (short.proper < 2 and all(lx.is_common_word(w)
                                                                     for w in k)):
            continue
        if len(k) > 1 and k[-1] in _DISTINCT_HEADS | _SAME_HEADS:
            continue  # "Harlow Valley" is a place of its own, not short for the bank
        longer = {uf.find(f.key): f for f in names
                  if len(f.key) > len(k) and f.key[:len(k)] == k}
        if len(longer) != 1:
            continue
        long = next(iter(longer.values()))
        if long.key[-1] in _DISTINCT_HEADS or long.kinds.get("acronym"):
            continue
        uf.union(k, long.key, "short-form", f"“{_top(short)}” is used on its own for "
                 f"“{_top(long)}”", _top(short))


_INITIAL = re.compile(r"[A-Z]\.")


def person_like(form: Form) -> bool:
    """Looks like a personal name: two or three capitalised words (and initials), no acronym,
    no head noun, and either a middle initial or a word rare in English."""
    words = strip_possessive(_top(form)).split()
    plain = [w for w in words if not _INITIAL.fullmatch(w)]
    if not 2 <= len(plain) <= 3 or len(words) > 4:
        return False
    if any(not w[:1].isupper() or w.isupper() for w in plain):
        return False
    if any(w.casefold() in _NOT_NAME for w in plain):
        return False
    if lx.zipf(plain[-1]) >= 4.5:
        return False  # "Harlow Deep Survey": a surname is seldom a common noun
    return len(words) > len(plain) or min(lx.zipf(w) for w in plain) < 3.5


def _same_person(a: list[str], b: list[str]) -> bool:
    """"Margaret A. Hollis" = "Margaret Hollis" = "Margaret Anne Hollis"."""
    if len(a) < 2 or len(b) < 2 or a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    ma, mb = a[1:-1], b[1:-1]
    if not ma or not mb:
        return True
    return len(ma) == len(mb) and all(
        x[0] == y[0] and (_INITIAL.fullmatch(x) or _INITIAL.fullmatch(y) or x == y)
        for x, y in zip(ma, mb))


def _initials(forms: dict[tuple, Form], uf: _UnionFind) -> None:
    people = [f for f in forms.values() if f.is_name and person_like(f)]
    for a in people:
        for b in people:
            wa, wb = strip_possessive(_top(a)).split(), strip_possessive(_top(b)).split()
            if len(wa) > len(wb) and _same_person(wa, wb):
                uf.union(b.key, a.key, "initials", f"“{_top(b)}” and “{_top(a)}” share first "
                         f"and last name", _top(b))


def _surnames(forms: dict[tuple, Form], uf: _UnionFind) -> None:
    people = [f for f in forms.values() if f.is_name and person_like(f)]
    # a name ending in a distinct head is named after the person ("Whitcombe Review") and
    # does not compete for the bare surname; any other does ("James Webb Space Telescope")
    others = [f for f in forms.values() if f.is_name and len(f.key) > 1 and not person_like(f)
              and f.key[-1] not in _DISTINCT_HEADS]
    for short in forms.values():
        if not short.is_name or len(short.key) != 1 or short.kinds.get("acronym"):
            continue
        if any(short.key[0] in f.key for f in others):
            continue  # "Webb" is also part of "James Webb Space Telescope": ambiguous
        owners = {uf.find(p.key): p for p in people if p.key[-1] == short.key[0]}
        if len(owners) == 1:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "surname", f"“{_top(short)}” is the last name of "
                     f"“{_top(long)}”", _top(short))


def _distinctive(stem: tuple[str, ...]) -> bool:
    """A modifier specific enough to identify a term by itself (a compound or a rare word)."""
    return len(stem) >= 2 or not lx.is_common_word(stem[0], threshold=3.5)


def head_variants(key: tuple[str, ...], *, distinctive: bool = False) -> list[tuple[str, ...]]:
    """Keys another wording of the same term would have ("X strategy", "X of approaches").

    Args:
        key: a term's key.
        distinctive: True when the term's modifier identifies it by itself, so that any
            approach-like head may replace its head ("X paradigm" for "X learning").
    """
    if len(key) < 2:
        return []
    stem, head = key[:-1], key[-1]
    out = []
    if head in APPROACH_HEADS or distinctive:
        out += [stem + (h,) for h in APPROACH_HEADS if h != head]
        out += [stem + ("of", h) for h in APPROACH_HEADS]
    if head in WORK_HEADS:
        out += [stem + (h,) for h in WORK_HEADS if h != head]
    if head not in WORK_HEADS:
        out += [key + (h,) for h in WORK_HEADS]
    return out


def unique_stems(forms: dict[tuple, Form]) -> set[tuple[str, ...]]:
    """Term keys whose distinctive modifier begins no other kept term."""
    stems: dict[tuple, list] = {}
    for key, form in forms.items():
        if not form.is_name and len(key) >= 2:
            stems.setdefault(key[:-1], []).append(key)
    return {keys[0] for stem, keys in stems.items() if len(keys) == 1 and _distinctive(stem)}


def _generic_heads(forms: dict[tuple, Form], uf: _UnionFind) -> None:
    terms = [f for f in forms.values() if not f.is_name and len(f.key) >= 2]
    for form in terms:
        stem, head = form.key[:-1], form.key[-1]
        if head in WORK_HEADS:
            base = stem[:-1] + (singular(stem[-1]),)
            if base in forms and not forms[base].is_name:
                uf.union(form.key, base, "generic-head", f"“{_top(form)}” adds the generic "
                         f"head “{head}” to “{_top(forms[base])}”", _top(form))
                continue
        if head not in APPROACH_HEADS:
            continue
        rivals = {uf.find(f.key): f for f in terms
                  if f.key != form.key and len(f.key) == len(form.key) and f.key[:-1] == stem
                  and (f.key[-1] in APPROACH_HEADS or _distinctive(stem))}
        if len(rivals) == 1:
            other = next(iter(rivals.values()))
            uf.union(form.key, other.key, "generic-head", f"“{_top(form)}” and "
                     f"“{_top(other)}” share the modifier and differ in a generic head",
                     _top(form))


def group_forms(forms: dict[tuple, Form], definitions: list[tuple]) -> list[Group]:
    """Joins the kept forms into groups, one per thing.

    Args:
        forms: the kept forms by key.
        definitions: ``(short key, long key, evidence sentence, rule)``: acronyms defined in
            the text (rule ``acronym``) and names given another name ("known as", rule
            ``alias``).

    Returns:
        The groups, each with the merges that joined keys of different spelling.
    """
    uf = _UnionFind(forms)
    for short, long, evidence, rule in definitions:
        if short in forms and long in forms:
            uf.union(short, long, rule, evidence, _top(forms[short]))
    _initials(forms, uf)
    _short_forms(forms, uf)
    _surnames(forms, uf)
    _generic_heads(forms, uf)
    members: dict[tuple, list[tuple]] = {}
    for k in forms:
        members.setdefault(uf.find(k), []).append(k)
    groups = []
    for keys in members.values():
        merges = {k: uf.why[k] for k in keys if k in uf.why} if len(keys) > 1 else {}
        groups.append(Group(keys=sorted(keys), merges=merges))
    return groups


def variant_rule(label: str, form: str) -> str:
    """Names the difference between two spellings of one key (possessive, plural …)."""
    if strip_possessive(form) != form:
        return "possessive"
    a, b = label.casefold(), form.casefold()
    if a.replace("-", " ") == b.replace("-", " ") and a != b:
        return "hyphen"
    if a == b:
        return "case"
    return "plural"


def strip_possessive(surface: str) -> str:
    """The surface without a final possessive "'s" or "’s"."""
    for end in ("'s", "’s", "'S", "’S"):
        if surface.endswith(end) and len(surface) > len(end) + 1:
            return surface[:-len(end)]
    return surface


def choose_label(forms: list[Form]) -> str:
    """The most complete, then most frequent, spelling among a group's forms.

    An expansion beats its acronym; then the form seen most often wins. Among spellings of
    that form, a term keeps its lowercase spelling (capitals on a term are positional or
    from a heading) and a name its most frequent one.
    """
    def score(form: Form) -> tuple:
        expansion = form.kinds.get("expansion", 0) > 0
        return (expansion, sum(form.surfaces.values()), len(form.key), form.key)

    best = max(forms, key=score)
    spellings: Counter = Counter()
    for surface, n in (best.surfaces or best.heading_surfaces).items():
        spellings[strip_possessive(surface)] += n
    if not best.is_name:
        lower = Counter({s: n for s, n in spellings.items() if s[:1].islower()})
        spellings = lower or spellings
    return max(spellings, key=lambda s: (spellings[s], -len(s), s))
