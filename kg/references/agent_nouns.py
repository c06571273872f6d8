"""Role nouns a text teaches one person (rel17b): "It was founded in 1791 by Ada Lind" makes
Ada Lind "the founder", "Ivo Skarn invented the press" makes him "the inventor".

A reader who met the founding names the founder by that role later ("Keen to find a
substitute, the founder started testing …. The outcome, which she named …"), past the
window in which "the founder" takes the nearest person. :func:`agent_nouns` gives, per
person, a role noun when the person is

- the subject right before a verb of making of :data:`_AGENTS` ("Ada Lind founded the firm"),
  not the second of a pair ("Ada Lind and Ivo Skarn founded …": neither is "the founder");
- the agent after "by", at most :data:`_GAP` words after such a passive verb, no mark between
  ("was founded in 1791 by Ada Lind"), not the first of a pair ("by Ada Lind and Ivo Skarn");
- a person's role noun (:data:`_ROLES`) in a bare apposition ("Ada Lind, founder of the
  firm, …") or after a copula and an owner ("Ada Lind was its founder", "… became its first
  director"), which :mod:`kg.kinds.descriptors` reads only with "a"/"the";
- named after "whose N," between commas ("… Grammar School, whose headmaster, Ada Lind,
  ordered …"; the descriptors read "its N, X,"), and then "the headmaster whose orders …"
  is a reference phrase too (:func:`kg.references.reference_phrases._whose_role`).

A noun taught to two or more people is dropped (a firm with two founders, an orchestra with
two directors has no "the founder", "the director"). The nouns join the descriptor nouns,
which :mod:`kg.references.antecedents` reads as it reads "X, a chemist" → "the chemist": the
nearest so described in the window, else (``by_head``) the last so described before.

Measured (rel17b) over the 66 texts (34 development sets, 32 probes), every reference dumped
before and after: four added, all right, none changed or lost (hatworks "the founder" twice
and the "she" after it → the founder, from "It was founded in ⟨year⟩ by X"; pencils_invented
"the headmaster whose orders …" → the headmaster of "…, whose headmaster, X,"). Relations at
the evidence: development .945 → .948 (pencils_invented .80 → .90), probes .934 → .937
(hatworks .70 → .80); no other figure of ``benchmarks/entities.py --held-out --ours`` moved.
The bare-apposition and owner-copula shapes alone moved nothing on the 66 texts (the dump
was the same with and without them); kept for unseen text, with tests. Not taken: "who"
after a role noun ("she hired the dyer who would remake the business" is the person named
after it, not one described before), and a role noun as the subject of "whose" ("The
engineer whose plan won was X").

rev17f (review): no noun for a possessive name ("founded by Ada Lind's widow, …", "whose
headmaster, Ada Lind's son, …" taught the owner), nor for a name after a preposition in the
active shape ("The widow of Ada Lind founded …"); and the "whose" phrases of
:mod:`kg.references.reference_phrases` read only these nouns (taught one person), not every
descriptor of a person ("X, an engineer" … "chose the engineer whose plan was cheapest" took
X). No figure of ``benchmarks/entities.py --held-out --ours`` moved (dev, probes).

ref21: "founder" also for the person whose premises a business began as, with no verb of
founding (:func:`_began_as`: "The company that built them began in 1790 as the forge of Ada
Lind"), when a business's noun or an organisation's name comes before the verb ("The hymn
began as a poem of Ada Lind" teaches nothing). Measured (``--held-out --ours``, 80 texts,
every reference dumped before and after, each read): two references added, right (final18
seed-drill set "the founder lacked", "the founder's niece" → the wheelwright whose workshop
the firm began as; relations at the evidence with the ``told_most`` change .50 → .80); none
lost or changed. On invented text it also takes "The founder's niece" from a later partner
that the window had given it. Not taken: a firm named after a person ("bears X's surname"):
two partners' surnames make it ambiguous.

Review rev21e (invented texts): a biography naming one founder by the verb ("Ada Lind founded
the choral society") and her family's firm as beginning as a grandfather's workshop made
"founder" taught to two people, so taught to none, and "The founder conducted it herself"
went to the grandfather; a founder by that beginning now counts only when no verb or role
teaches "founder" to anyone. Measured: entity figures (``--held-out --ours``) identical. Left:
a founder named in a bare apposition ("The founder of the club, X,") or of a verb the table
lacks ("set up a school") still loses "The founder's" to the workshop's person.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.words import lexicon as lx

__all__ = ["agent_nouns"]

# a verb of making (past tense or participle) → the noun for its doer
_AGENTS = {
    "founded": "founder", "co-founded": "co-founder", "invented": "inventor",
    "discovered": "discoverer", "designed": "designer", "composed": "composer",
}
# the nouns of a person's post or role: "the founder", "the director" (a person's reference noun)
_ROLES = frozenset(n for n, kind in lx.REFERENCE_NOUNS.items() if kind == "person") \
    | frozenset(_AGENTS.values())
_OWNERS = frozenset({"its", "his", "her", "their"})
_BE = frozenset({"is", "was", "became"})
# what may follow the role noun of "X was its founder": not a noun ("was its founder member")
_AFTER = frozenset({"of", "from", "until", "since", "in", "at", "for", "and"})
_GAP = 4  # words at most between the passive verb and "by" ("founded in 1791 by")
_PAIR = frozenset({"and", "&", "with"})
# (rev17f) a name after these is not the subject: "The widow of Ada Lind founded …"
_OWNED = frozenset({"of", "to", "for", "from", "by", "at", "in", "on"})
# (ref21) what a body's beginning as someone's premises says: "began in 1790 as the forge of"
_BEGAN = frozenset({"began", "started", "originated"})
# (ref21) a business's nouns, one of which (or a body's name) opens what "began as …"
_BODY_NOUNS = frozenset({"firm", "company", "business", "works", "factory", "mill", "foundry",
                         "brewery", "shop", "store", "partnership", "corporation"})


def _active(toks, start: int, end: int) -> str | None:
    """The agent noun of a verb right after the name ("Ada Lind founded …"), the name not the
    second of a pair (a "and"/","/"&" before it)."""
    if end >= len(toks) or start and toks[start - 1].lower in _PAIR | _OWNED | {","}:
        return None
    return _AGENTS.get(toks[end].lower)


def _passive(toks, start: int, end: int) -> str | None:
    """The agent noun of a passive verb before "by" and the name ("was founded in 1791 by Ada
    Lind"), only words between the verb and "by", the name not the first of a pair."""
    if start < 2 or toks[start - 1].lower != "by" \
            or end < len(toks) and toks[end].lower in _PAIR:
        return None
    for k in range(start - 2, max(start - 3 - _GAP, -1), -1):
        if toks[k].lower in _AGENTS:
            return _AGENTS[toks[k].lower]
        if not toks[k].is_word:
            return None
    return None


def _bare_role(toks, start: int, end: int) -> str | None:
    """A role noun in apposition without a determiner ("Ada Lind, founder of the firm, …"),
    or after a copula and an owner ("Ada Lind was its founder", "… became its first
    director")."""
    if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text in _ROLES \
            and toks[end + 2].lower in ("of", ","):
        return toks[end + 1].text
    if end + 2 < len(toks) and toks[end].lower in _BE and toks[end + 1].lower in _OWNERS:
        k = end + 3 if toks[end + 2].lower == "first" else end + 2
        if k < len(toks) and toks[k].text in _ROLES \
                and (k + 1 == len(toks) or not toks[k + 1].is_word or toks[k + 1].lower in _AFTER):
            return toks[k].text
    return None


def _began_as(toks, start: int, end: int, bodies) -> str | None:
    """(ref21) "founder" for the person whose premises or trade a body began as ("The firm
    began in 1790 as the forge of Ada Lind", "… started as a small forge of …"): the name
    right after "as the|a [adjective] noun of", "began" or "started" at most :data:`_GAP`
    words before "as", no mark between, the name not the first of a pair; only when the verb
    is in ``bodies()`` (called only then), after a business's noun or an organisation's name ("The company that
    built them began …", not "The hymn began as a poem of Ada Lind")."""
    if start < 4 or toks[start - 1].lower != "of" or end < len(toks) and toks[end].lower in _PAIR:
        return None
    k = start - 2
    while k > start - 4 and toks[k].is_word and toks[k].text.islower() \
            and toks[k].lower not in ("as", "a", "the"):
        k -= 1
    if k == start - 2 or toks[k].lower not in ("a", "the") or toks[k - 1].lower != "as":
        return None  # no noun between "as the" and "of"
    for j in range(k - 2, max(k - 3 - _GAP, -1), -1):
        if toks[j].lower in _BEGAN:
            return "founder" if j in bodies() else None
        if not toks[j].is_word:
            return None
    return None


def _after_bodies(u: int, units: list[Unit], ends: dict[int, list[int]]) -> set[int]:
    """(ref21) The positions of unit ``u`` after a business's noun (:data:`_BODY_NOUNS`) or an
    organisation's name (``ends``: where each unit's organisations' names end)."""
    toks = units[u].tokens
    firsts = [i + 1 for i, t in enumerate(toks) if t.lower in _BODY_NOUNS and t.text.islower()]
    firsts += ends.get(u, [])
    return set(range(min(firsts), len(toks))) if firsts else set()


def _whose_role(toks, start: int) -> str | None:
    """The noun of a relative owner before the name between commas ("… Grammar School, whose
    headmaster, Ada Lind, ordered …"), which :mod:`kg.kinds.descriptors` reads for "its"."""
    if start >= 3 and toks[start - 1].text == "," and toks[start - 3].lower == "whose" \
            and toks[start - 2].is_word and toks[start - 2].text.islower():
        return toks[start - 2].text
    return None


def agent_nouns(units: list[Unit], matches: list[Match], types: list[str]) -> list[set[str]]:
    """Per group, the agent nouns the text teaches for it (see the module docstring); only
    persons, and only a noun taught to exactly one person."""
    taught: dict[str, set[int]] = defaultdict(set)
    ends: dict[int, list[int]] = defaultdict(list)  # unit → where its organisations' names end
    began: set[int] = set()  # (rev21e) whose premises a body began as: founders if no one else
    for m in matches:
        if types[m.group] == "organization":
            ends[m.unit].append(m.end)
    for m in matches:
        unit = units[m.unit]
        if unit.heading or types[m.group] != "person" or unit.tokens[m.end - 1].possessive:
            continue  # (rev17f) "founded by Ada Lind's widow, …": the widow, not Ada Lind
        toks = unit.tokens
        noun = _active(toks, m.start, m.end) or _passive(toks, m.start, m.end) \
            or _bare_role(toks, m.start, m.end) or _whose_role(toks, m.start)
        if noun:
            taught[noun].add(m.group)
        elif _began_as(toks, m.start, m.end, lambda u=m.unit: _after_bodies(u, units, ends)):
            began.add(m.group)
    if began and not taught.get("founder"):  # (rev21e) a founding verb or role says more
        taught["founder"] = began
    out: list[set[str]] = [set() for _ in types]
    for noun, people in taught.items():
        if len(people) == 1:
            out[next(iter(people))].add(noun)
    return out
