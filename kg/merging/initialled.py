"""Merge rule ``initials`` (:func:`join_initials`, called by :func:`kg.merging.canonical.group_forms`):
the spellings of one person that differ in middle names or initials are one person. The
other merge rules for personal names, and :func:`kg.merging.people.person_like`, are in
:mod:`kg.merging.people`.

- ``initials``: "Clara A. Merrow" = "Clara Merrow" = "Clara Anne Merrow", and
  "Peter E. Garrow" = "Peter Ernest Garrow" (a middle initial matches a middle name); but
  not "Oliver Haskett" met before "Oliver James Haskett" (a namesake: a text gives the fuller name
  first; on the lighthouse set the rule otherwise joined a grandfather and his grandson).
- ``initials`` also joins a name to the same name without its first initial ("Ornwell Haskett"
  → "J. Ornwell Haskett"; dev2 plate_tectonics 0.60 → 0.65, then "Haskett" joins too), and
  (round 10) a name opened by an initial to the one person whose names it writes with
  initials ("J. R. Tollan", "J. Tollan" → "John Robert Tollan"; not when two people fit).
  A surname with an apostrophe ("O’Tallan", whose key is two words) or a generational
  suffix ("Ainsley Jr.") joins its person as a hyphenated one does. None of the three moved
  a figure or node of the 30 sets (none writes a first name as an initial and in full, or
  such a surname alone); invented texts showed them.

diag19b (final19 diagnosis): a name whose surname is an everyday word (Zipf 4.5 or more: "Tobias
Ashwell Miller") is a person here when the text also writes the surname alone as a name
(:func:`kg.merging.people.known_people`), as :func:`kg.merging.people.join_surnames` takes
it: only :func:`~kg.merging.people.person_like` was asked, so "Tobias Miller" stayed apart from
"Tobias Ashwell Miller" and both were typed other when a firm holding the surname kept the bare
word from joining them. Measured with :mod:`kg.merging.typed_surnames`' diag19b rule (figures
there): factual_sewing_machine types .55 → .60 (two nodes of the founder now one person).
"""

from __future__ import annotations

from collections import defaultdict

from kg.merging.forms import Form, UnionFind, strip_possessive, top
from kg.merging.people import known_people
from kg.words.person_words import INITIAL, core_words, same_person

__all__ = ["join_initials"]


def join_initials(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins the spellings of one person that differ in middle names or initials.

    Only names with the same first and last core words can be one person (:func:`same_person`),
    so names are compared within those buckets: linear in the number of names, not quadratic.
    """
    names = [f for f in forms.values() if f.is_name and 2 <= len(top(f).split()) <= 4]
    known = known_people(forms)  # (diag19b) a frequent-word surname the text uses alone too
    people = {f.key for f in names if f.key in known}
    buckets: dict[tuple[str, str], list[tuple[Form, list[str]]]] = defaultdict(list)
    for form in names:
        words = strip_possessive(top(form)).split()
        core = core_words(words)
        if len(core) >= 2:
            buckets[(core[0], core[-1])].append((form, words))
    for group in buckets.values():
        for a, wa in group:
            for b, wb in group:
                if (a.key in people or b.key in people) and (len(wa), top(a)) > (len(wb), top(b)) \
                        and same_person(wa, wb) and not _namesake(b, wb, a, wa):
                    uf.union(b.key, a.key, "initials", f"“{top(b)}” and “{top(a)}” share first "
                             f"and last name", top(b))
    _initialled(names, people, uf)
    for form in names:  # "J. Ornwell Haskett" goes by "Ornwell Haskett"
        words = strip_possessive(top(form)).split()
        short = forms.get(form.key[1:])
        if form.key in people and len(words) >= 3 and INITIAL.fullmatch(words[0]) \
                and short is not None and short.is_name and len(short.key) >= 2:
            uf.union(short.key, form.key, "initials", f"“{top(short)}” is “{top(form)}” "
                     "without the first initial", top(short))


def _spells(short: list[str], full: list[str]) -> bool:
    """True when ``short`` writes ``full`` with initials: each word the same or an initial of
    it, the last the same ("J. R. Tollan" of "John Robert Tollan"), or only the first
    initial and the last name ("J. Tollan")."""
    if short[-1] != full[-1] or not INITIAL.fullmatch(short[0]):
        return False
    if len(short) == 2:
        return short[0][0] == full[0][0]
    return len(short) == len(full) and all(
        x == y or INITIAL.fullmatch(x) and x[0] == y[0] for x, y in zip(short[:-1], full[:-1]))


def _initialled(names: list[Form], people: set[tuple], uf: UnionFind) -> None:
    """"J. R. Tollan" → "John Robert Tollan": a name opened by an initial joins the one
    person whose names it writes with initials (not when two people fit: "John Tollan" and
    "Jane Tollan")."""
    by_last: dict[str, list[tuple[Form, list[str]]]] = defaultdict(list)
    for form in names:
        words = core_words(strip_possessive(top(form)).split())
        if len(words) >= 2:
            by_last[words[-1]].append((form, words))
    for group in by_last.values():
        for short, ws in group:
            if not INITIAL.fullmatch(ws[0]):
                continue
            fits = {uf.find(f.key): f for f, wf in group if f.key in people and f is not short
                    and not INITIAL.fullmatch(wf[0]) and _spells(ws, wf)}
            if len(fits) == 1:
                full = next(iter(fits.values()))
                uf.union(short.key, full.key, "initials", f"“{top(short)}” writes "
                         f"“{top(full)}” with initials", top(short))


def _namesake(short: Form, ws: list[str], long: Form, wl: list[str]) -> bool:
    """True when a name without middle names is met before one with a whole middle name
    ("Oliver Haskett" …, later "Oliver James Haskett"): a text introduces a person by the fuller
    name, so the later, fuller one is another person (a son, a grandson). A middle initial
    ("Oliver J. Haskett") is no such evidence."""
    middles = core_words(wl)[1:-1]
    return len(core_words(ws)) == 2 and any(not INITIAL.fullmatch(m) for m in middles) \
        and bool(short.units) and bool(long.units) and min(short.units) < min(long.units)
