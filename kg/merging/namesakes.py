"""A bare surname shared by several people of the text: each occurrence is the one named last.

:func:`kg.merging.people.join_surnames` joins a lone surname to a person only when one person of the
text has it (or one was named before its first use), because a form is joined as a whole.
When a family shares it ("Ada Lind" … "Ada Lind's son, Siskin Lind"), a reader takes each
"Lind" for the person of that name met most recently; so does :func:`nearest_namesakes`, one
occurrence at a time, after typing:

- the bare word, alone or after an honorific ("Professor Lind"), is a group of its own, one
  capitalised word (no acronym), and the last name of two or more groups typed as persons;
- no other name holds the word (as :func:`kg.merging.people.join_surnames` requires: "Lind" may
  mean the "Lind Memorial Hall");
- the occurrence is in running text, written in the singular ("the Linds" is the family),
  and a person with that last name was named before it in the same document: the one named
  most recently takes it (rule ``nearest-namesake``); not when two of that name were named
  in the three sentences before it ("founded by Ada Lind and her brother Siskin Lind. Siskin
  Lind said … Lind later wrote": either may be meant).

Measured (``benchmarks/entities.py``): lighthouse alias unity 0.50 → 0.55 (a bare
surname after one of three namesakes, and then the son the text names next is that one),
dev2 architect_bio 0.75 → 0.80 (a daughter's married surname), and with titled surnames
0.85 → 0.90 (a "Professor" and a "Dr" with the surname of a family); no other set moves, no
conflation. Taking the most recent one however near the others were gave the festival
probe’s "⟨Surname⟩ later said" to the brother named last, and broke an invented test ("Ivo
and Ada Lind … Ada Lind said … Lind later wrote").

diag15p: when both namesakes were last named in one sentence and one of them only after a kin
noun and "of" ("…, Siskin Lind, the son of Ada Lind. Lind …"), the other one takes it (the
relative is named to say whose son he is). Measured (36 development sets, 32 probes, every
entity and reference dumped): only papermill_invented moved, a bare surname no longer a node
of its own (core 35 → 34) and the "he" of that sentence and the next back on the son (it had
gone to the founder), relations at the evidence +.10; nothing else moved.

diag15s (:func:`_side_relatives`): a namesake named in full only as a relative inside another's
sentence ("… raised by his uncle Ivo Lind", "… that his nephew, Ivo Lind, …": a possessive and
a kin noun, the possessive neither opening the sentence nor after another person named in it)
takes no bare surname while a namesake who is not one was named before it: the surname stays
with the person the text is about. Not "Her son Ivo Lind built …" (the son is the subject),
nor "When Ada Brask died, her nephew, Ivo Lind, took the works over" (the nephew of another,
whom the text goes on with: without that guard papermill_invented's heir lost his surname to
his mother, alias unity .95 → .90, a conflation). Measured (``--held-out --ours``, every
reference of the 68 texts dumped): stethoscope_factual alias unity .65 → .70, relations at the
evidence .30 → .40, core nodes 44 → 43 (8 bare surnames and 10 pronouns from an uncle and a
nephew to the subject, all right); no other set moved.

rev17j: not a relative given something in that sentence ("In 1880 he handed the mill to his son
Ivo Lind", a verb of handing over before the possessive): the heir is whom the text goes on
with, and a later bare surname is his (as before diag15s); "left … for his late wife" stays a
side relative. Measured (``--held-out --ours``): identical but for timings, no set moved
(dev unity .927, probes .946, conflations 2 / 0).
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.forms import Form, Group, strip_possessive
from kg.merging.people import known_people, rival_words
from kg.references.kinship import KIN_BETWEEN, KIN_NOUNS
from kg.words.person_words import last_name, titled_key

__all__ = ["NAMESAKE", "nearest_namesakes"]

_POSSESSIVES = frozenset("his her their".split())
# verbs that hand something over: "he handed the mill to his son Ivo Lind" names an heir (rev17j)
_HANDOVER = frozenset("hand hands handed pass passes passed leave leaves left bequeath bequeaths "
                      "bequeathed sell sells sold give gives gave succeeded".split())
_WINDOW = 3  # units (sentences) before the surname in which a second namesake makes it ambiguous

NAMESAKE = {"rule": "nearest-namesake",
            "evidence": "a surname several people of the text share, written alone: each "
                        "time the person of that name named most recently"}


def people_by_last_name(groups: list[Group], known: set[tuple],
                        types: list[str]) -> dict[str, set[int]]:
    """The person groups by the last name of their full names (keys of two words or more that
    :func:`kg.merging.people.known_people` knows as people)."""
    people: dict[str, set[int]] = defaultdict(set)
    for g, group in enumerate(groups):
        if types[g] == "person":
            for k in group.keys:
                if len(k) >= 2 and k in known:
                    people[last_name(k)].add(g)
    return people


def _bare_surnames(groups: list[Group], kept: dict[tuple, Form],
                   types: list[str]) -> tuple[dict[int, str], dict[str, set[int]]]:
    """The groups that are one shared surname, and the person groups by last name."""
    known = known_people(kept)
    people = people_by_last_name(groups, known, types)
    others = rival_words(kept, people=known)
    bare = {}
    for g, group in enumerate(groups):
        if len(group.keys) != 1 or len(group.keys[0]) != 1 and not titled_key(group.keys[0]):
            continue
        form = kept[group.keys[0]]
        word = form.key[-1]
        if form.is_name and not form.kinds.get("acronym") and word not in others \
                and len(people.get(word, ())) >= 2:
            bare[g] = word
    return bare, people


def nearest_namesakes(units: list[Unit], matches: list[Match], groups: list[Group],
                      kept: dict[tuple, Form], types: list[str]) -> dict[int, int]:
    """Gives each occurrence of a shared bare surname to the person last named with it.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences (indices into this list are returned).
        groups: the groups (entities) before any later merge.
        kept: their forms by key.
        types: the type of each group.

    Returns:
        Match index → the person group that occurrence stands for.
    """
    bare, people = _bare_surnames(groups, kept, types)
    if not bare:
        return {}
    wanted = {g for gs in people.values() for g in gs}
    relatives = _side_relatives(units, matches, wanted, types)
    last_seen: dict[int, tuple[str, int, bool]] = {}
    out = {}
    for i in sorted(range(len(matches)), key=lambda i: (matches[i].unit, matches[i].start)):
        m = matches[i]
        unit = units[m.unit]
        if unit.heading:
            continue
        if m.group in wanted:
            last_seen[m.group] = (unit.doc, m.unit, _kin_owner(unit.tokens, m.start))
            continue
        word = bare.get(m.group)
        if word is None:
            continue
        written = strip_possessive(unit.tokens[m.end - 1].text).casefold()
        if written != word and written.endswith("s"):
            continue  # "the Linds": the family, not one of them
        seen = [(last_seen[g][1], g) for g in people[word]
                if g in last_seen and last_seen[g][0] == unit.doc]
        if any(g not in relatives for _u, g in seen):
            seen = [(u, g) for u, g in seen if g not in relatives]
        if seen and sum(m.unit - u <= _WINDOW for u, _g in seen) <= 1:
            out[i] = max(seen)[1]
            continue
        near = [(u, g) for u, g in seen if m.unit - u <= _WINDOW]
        heads = [g for u, g in near if not last_seen[g][2]]
        if len({u for u, _g in near}) == 1 and len(heads) == 1:
            out[i] = heads[0]  # "…, Siskin Lind, the son of Ada Lind. Lind …": the son (diag15p)
    return out


def _kin_owner(toks, start: int) -> bool:
    """True when the name at ``start`` follows a kin noun and "of" ("the son of Ada Lind"):
    the relative named to tell who the sentence's person is, not the person it is about."""
    return start >= 2 and toks[start - 1].lower == "of" and toks[start - 2].lower in KIN_NOUNS


def _side_relatives(units: list[Unit], matches: list[Match], wanted: set[int],
                    types: list[str]) -> set[int]:
    """The people named in full only as a relative inside another's sentence: each time right
    after a possessive pronoun and a kin noun, the pronoun neither opening the sentence nor
    after another person named in it ("he was raised by his uncle Ivo Lind", "it is said that
    his nephew, Ivo Lind, …": the kin of the person the text is about); not "Her son Ivo Lind
    built …", which makes him the subject the text goes on with, nor "When Ada Brask died,
    the firm passed to her nephew, Ivo Lind", whose "her" is the other person."""
    persons: dict[int, list[int]] = defaultdict(list)
    for m in matches:
        if types[m.group] == "person":
            persons[m.unit].append(m.start)
    side: dict[int, bool] = {}
    for m in matches:
        if m.group not in wanted or units[m.unit].heading:
            continue
        toks = units[m.unit].tokens
        k = m.start - 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
        j = k - 2 if k >= 2 and toks[k - 1].lower in KIN_BETWEEN else k - 1
        side[m.group] = side.get(m.group, True) and j >= 1 and k >= 0 \
            and toks[k].lower in KIN_NOUNS and toks[j].lower in _POSSESSIVES \
            and not any(p < j for p in persons[m.unit]) \
            and (toks[k - 1].lower == "late" or not any(t.lower in _HANDOVER for t in toks[:j]))
    return {g for g, only in side.items() if only}
