"""A bare surname left apart from its person because the personal name did not look like one
by its words alone ("Porter Dalton": two common words, no listed given name) but the text
typed it a person ("his student Porter Dalton", :mod:`kg.kinds.entity_types`).

:func:`kg.merging.people.join_surnames` joins a bare surname only to a name shaped like a person's;
after typing, :func:`typed_surnames` gives a one-word name left ``other``, capitalised in
running text, to the one entity typed ``person`` whose name ends in it, when no other name
holds the word, the bare name is never written after "the" and is first used after the full
one. The join is made as a
renaming's is (:func:`kg.merging.entity_records.build_records` merges the two entities and records the rule
``renamed`` with this evidence).

Round 13: pcr_history −1 node (a student named in full, then by his surname); over the 20
development sets and the invented ones no other node moved.

org21 (:func:`_person_uses`, :func:`_firms_opened`): a founder's bare surname that also opens
the names of organisations ("Ada X", "X set up a workshop", "X died in 1871", "the firm founded
by X", then "the X Hoist Company") joins the founder when every bare use has a person's verb
after it (:data:`_LIFE_VERBS`) or "founded by" before it; one bare use without ("X toured the
towns", the troupe's or the actor's) keeps it apart. The family recurs (final12 ropewalk,
final14 zipper, final16 typewriter, final18 elevator, a probe19 text); only the elevator's founder's
surname is left apart at 7f2681f, the others are joined or firms'. Measured (``--held-out
--ours``, every entity and reference of the 80 texts dumped): final18 factual_elevator alias
unity .85 → .90, core nodes 41 → 40 (three bare uses now the founder's; a wrong "it" → the
surname became a wrong "it" → the elevators); nothing else moved.

diag19b (final19 diagnosis, the same family): the other holders may also be a firm named by
the founder's initials and surname ("T. A. X & Co", :func:`_initialled_at`) or a product whose
names open with the word (a maker's product, "the X Comet"); and the bare uses say a person
when at least half of them carry a person cue — the org21 ones, a verb of a mind or of an
inventor after it ("X concluded", "X patented it", :data:`_MIND_VERBS`), or a list with another
person's surname ("Quenby, Harte and X") — and none a body's ("X merged with", "worked at X",
:func:`_body_use`). Measured (``--held-out --ours``, with :mod:`kg.merging.initialled`'s
diag19b change; every entity and reference of the 84 texts dumped before and after): only
factual_sewing_machine moved, its founder's three nodes one (alias unity .65 → .70, relations
at the evidence .40 → .50, core nodes 36 → 35; a "His" that had gone to another inventor now
the founder's, a wrong "his" to his partner gone). Not taken: the next sentence's "He"/"His"
as a cue (it added nothing the others did not give).
"""

from __future__ import annotations

import re

from kg.merging.forms import Form, Group
from kg.words import lexicon as lx
from kg.words.person_words import last_name

__all__ = ["typed_surnames"]

# (org21) verbs only a person is the subject of: "X died in 1861", "X set up a small business"
_LIFE_VERBS = lx.PERSON_VERBS | lx._words(
    "died dies born married emigrated retired set settled trained apprenticed studied")
# words between a bare surname and its verb: "X later set up", "X was born"
_SKIP = lx._words("was had then later also soon first once never")
# (org21) what makes the name after it a person's: "the firm founded by X"
_PERSON_BY = lx._words("founded established started")
_INITIAL = re.compile(r"[a-z]\.")  # a key's initial, "m."
# (diag19b) verbs of a mind, or of an inventor's act, said of a person: "In 1850 X concluded
# that …", "X patented it in 1851"
_MIND_VERBS = lx._words("concluded realised realized believed feared hoped worried doubted "
                        "suspected invented patented")
# (diag19b) what only a body does, or where one works: "X merged with", "worked at X"
_BODY_VERBS = lx._words("merged amalgamated folded dissolved reopened relocated employed "
                        "manufactured shipped traded listed")
_AT_BODY = lx._words("at for")


def _person_uses(word: str, form: Form, units: list, *, bearers: frozenset = frozenset()) -> bool:
    """org21: True when every bare use of ``word`` (not beside another capitalised word of a
    name) has a person's verb after it ("X died", "X set up") or "founded by" before it.

    diag19b: or when at least half of the bare uses say a person (those cues, a verb of a
    mind after it, "X concluded", or a place in a list of people's surnames, ``bearers``:
    "Quenby, Harte and X") and none says a body (:func:`_body_use`: "X merged with",
    "worked at X")."""
    seen = strong = weak = 0
    for u in sorted(form.units):
        toks = units[u].tokens
        for k, tok in enumerate(toks):
            if tok.lower != word or k + 1 < len(toks) and toks[k + 1].is_cap \
                    or k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
                continue  # "Quarn Hoist Company", "Ada Quarn": within a longer name
            seen += 1
            j = k + 1
            while j < len(toks) and toks[j].lower in _SKIP:
                j += 1
            if _body_use(toks, k, j):
                return False
            if j < len(toks) and toks[j].lower in _LIFE_VERBS and not tok.possessive \
                    or k >= 2 and toks[k - 1].lower == "by" and toks[k - 2].lower in _PERSON_BY:
                strong += 1
            elif j < len(toks) and toks[j].lower in _MIND_VERBS and not tok.possessive \
                    or _listed_with(toks, k, bearers):
                weak += 1
    return seen > 0 and (strong == seen or 2 * (strong + weak) >= seen)


def _body_use(toks, k: int, j: int) -> bool:
    """diag19b: True when the bare use at ``k`` (its verb at ``j``) is a body's: a verb only
    a body's fate takes after it, or "at"/"for" before it ("worked at X")."""
    return j < len(toks) and toks[j].lower in _BODY_VERBS \
        or k > 0 and toks[k - 1].lower in _AT_BODY


def _listed_with(toks, k: int, bearers: frozenset) -> bool:
    """diag19b: True when the bare use at ``k`` stands in a list with another person's
    surname ("Quenby, Harte and X", "X and Quenby")."""
    before = k >= 2 and toks[k - 1].lower in ("and", ",") and toks[k - 2].lower in bearers
    after = k + 2 < len(toks) and toks[k + 1].lower in ("and", ",") \
        and toks[k + 2].lower in bearers and toks[k + 2].is_cap
    return before or after


def typed_surnames(groups: list[Group], kept: dict[tuple, Form],
                   types: list[str], *, units: list | None = None) -> list[tuple[int, int, str]]:
    """Bare surnames typed ``other`` and the one person each names.

    Args:
        groups: the entity groups.
        kept: their forms by key.
        types: the type of each group.
        units: the tokenised sentences; with them (org21), a surname that also opens the
            names of organisations joins the person when every bare use of it is a person's
            (:func:`_person_uses`: "X died in 1871" beside "X Hoist Company").

    Returns:
        ``(person group, surname group, evidence)`` for each join.
    """
    owners: dict[str, set[int]] = {}
    holders: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        for key in group.keys:
            for word in key:
                holders.setdefault(word, set()).add(g)
            if types[g] == "person" and len(key) >= 2 and kept[key].is_name:
                owners.setdefault(last_name(key), set()).add(g)
    bearers = frozenset(w for w, gs in owners.items() if len(gs) == 1)  # (diag19b)
    out = []
    for h, group in enumerate(groups):
        if types[h] != "other" or len(group.keys) != 1 or len(group.keys[0]) != 1:
            continue
        form = kept[group.keys[0]]
        word = group.keys[0][0]
        people = owners.get(word, set())
        others = holders.get(word, set()) - people - {h}
        if len(people) != 1 or not form.is_name or form.kinds.get("acronym") or not form.units \
                or form.after_article or others and not (units and _firms_opened(
                    word, others, groups, types) and _person_uses(word, form, units, bearers=bearers)):
            continue  # "the Line" is no "Elizabeth Line" (:func:`kg.merging.people.known_people`)
        g = next(iter(people))
        firsts = [min(kept[k].units) for k in groups[g].keys if kept[k].units]
        if firsts and min(form.units) > min(firsts):
            out.append((g, h, f"“{word}” is the last name of the one person so named"))
    return out


def _firms_opened(word: str, others: set[int], groups: list[Group], types: list[str]) -> bool:
    """org21: True when each other holder of ``word`` is an organisation whose every name
    holding it opens with it ("X Hoist Company" of "Ada X"). diag19b: or opens with initials
    before it ("A. B. X & Co", the founder's own initials), or is a product whose every name
    holding it opens with it (a maker's product, "the X Comet")."""
    return all(types[g] in ("organization", "product") and all(
        key[0] == word or types[g] == "organization" and _initialled_at(key, word)
        for key in groups[g].keys if word in key) for g in others)


def _initialled_at(key: tuple, word: str) -> bool:
    """diag19b: True when only initials stand before ``word`` in ``key`` ("a. b. x & co")."""
    k = key.index(word)
    return k > 0 and all(_INITIAL.fullmatch(w) for w in key[:k])
