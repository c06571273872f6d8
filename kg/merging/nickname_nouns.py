"""A name given as a nickname, for :func:`kg.references.bridging.renamings`.

:func:`nickname_nouns`: a name given as "the nickname X". "Its loud exhaust gave it the nickname “the Grumbleton”", "earned the nickname X", "X became
its nickname" is not taken: the name must follow the noun "nickname" (or "byname",
"sobriquet"), with "the", quotation marks or Markdown emphasis between, and end the clause's
object. It names the one thing (an organisation, product, document, place or other name)
the sentence names or refers to besides it, when it names or refers to nothing else (no
person, no term); when the sentence names nothing, the one thing the previous sentence
names or refers to. Two candidates or more name nothing, and so does a nickname given to a
person ("gave him the nickname X", "his nickname": the previous sentence's works is not
meant), and so does one given to something the sentence describes but does not name ("gave
their goalkeeper the nickname X", "gave the owner of Halvern Stores the nickname X": the
noun that receives it is neither a name nor a resolved reference).

:func:`remembered_as` ("X, is still remembered along the valley as “the Y”") moved to
:mod:`kg.merging.remembered_names` (a pure move, review of round 20); it is importable from
here as before. Measured over the 20 development sets and the invented articles
(``benchmarks/entities.py --held-out --ours``): engines alias unity with the other round-13
rules (a product's nickname, no longer a node of its own); no other figure or resolved
reference moved (none of the other sets writes the wordings).

:func:`nicknames`, a nickname given with a verb of calling ("Workers now dub it X"), moved to
:mod:`kg.merging.nickname_calls` with its history (a pure move, split16); it is importable from
here as before.

probe20: a nickname given to "him"/"her" ("earning him the nickname “the Wool Baron”") is the
person's the pronoun was resolved to, or, left unresolved, the one person its sentence names
(:func:`_pronoun_person`; two people named give it to no one). The safety-match probe's
financier took his nickname (alias unity one item up); nothing else moved. Review rev20c:
the fallback to the one person named only after a participle ("earning him"): "Tam Kessin
bought a colt, and the grooms gave him the nickname X" had made the horse's nickname the
owner's (invented).
No figure moved (dev .992/.927/.826/.935/.943, core 2049; probes .974/.938/.825/.926/.939,
core 913).
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.nickname_calls import nicknames
from kg.merging.remembered_names import _BETWEEN, _whole, remembered_as
from kg.references.compatibility import THING_TYPES as _THINGS
from kg.words import lexicon as lx

__all__ = ["nickname_nouns", "nicknames", "remembered_as"]

_NOUNS = lx._words("nickname byname sobriquet")


_PERSONAL = lx._words("him her them his their")


def _to_someone(toks, i: int) -> bool:
    """True when a personal pronoun stands just before "(the) nickname" at ``i`` ("gave him
    the nickname", "earned her a nickname", "his nickname")."""
    k = i - 1
    while k >= 0 and toks[k].lower in ("the", "a"):
        k -= 1
    return k >= 0 and toks[k].lower in _PERSONAL


_GIVE = lx._words("gave give gives giving given earned earn earns won win wins")


def _to_unnamed(toks, i: int, covered: set[int]) -> bool:
    """True when "(the) nickname" at ``i`` is given to a described, unnamed recipient:
    "gave their goalkeeper the nickname", "gave the owner of X the nickname" (the recipient's
    head, before any "of", is a lowercase noun that no name or reference of the sentence
    covers; ``covered`` holds the indices of the tokens that some name or reference does)."""
    k = i - 1
    while k >= 0 and toks[k].lower in ("the", "a"):
        k -= 1
    v = k
    while v >= 0 and i - v <= 10 and toks[v].lower not in _GIVE:
        v -= 1
    if v < 0 or v == k or toks[v].lower not in _GIVE:
        return False  # "earned the nickname": no recipient between
    head = next((t for t in range(v + 1, k + 1) if toks[t].lower == "of"), k + 1) - 1
    return head > v and toks[head].is_word and toks[head].text.islower() \
        and toks[head].lower not in lx.PRONOUNS and head not in covered


def _pronoun_person(toks, i: int, refs: dict[int, int], types: list[str],
                    people: set[int]) -> int | None:
    """(probe20) The person the pronoun before "(the) nickname" at ``i`` was resolved to
    ("earning him the nickname X": him → the financier), or, left unresolved, the one person
    its sentence names (``people``: "Kessler lent money …, earning him the nickname X") when a
    participle governs the pronoun ("earning him"; rev20c: "the grooms gave him the nickname X"
    names a horse, someone else's); else None (two people named: "Ada Lind beat Tom Varnholt,
    earning him the nickname X")."""
    k = i - 1
    while k >= 0 and toks[k].lower in ("the", "a"):
        k -= 1
    g = refs.get(toks[k].start) if k >= 0 else None
    if g is None and len(people) == 1 and k > 0 and toks[k - 1].lower.endswith("ing"):
        g = next(iter(people))  # (rev20c) "earning him": the clause's subject is the sentence's
    return g if g is not None and types[g] == "person" else None


def nickname_nouns(units: list[Unit], matches: list[Match], types: list[str],
                   references: list[tuple]) -> list[tuple[int, int, str]]:
    """Names given after the noun "nickname".

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        types: the type of each group.
        references: the resolved references (their sentence index is ``units[u].sentence``).

    Returns:
        ``(entity group, nickname group, evidence sentence)`` for each nickname.
    """
    named: dict[int, set[int]] = defaultdict(set)
    starts: dict[tuple[int, int], Match] = {}
    for m in matches:
        named[m.unit].add(m.group)
        starts[(m.unit, m.start)] = m
    covered: dict[int, set[int]] = defaultdict(set)  # token indices a name or reference holds
    for m in matches:
        covered[m.unit].update(range(m.start, m.end))
    unit_of = {unit.sentence: u for u, unit in enumerate(units) if not unit.heading}
    refs_at: dict[int, dict[int, int]] = defaultdict(dict)  # sentence → {char start: group}
    for g, sentence, _surface, start, end, *_rest in references:
        refs_at[sentence][start] = g
        if sentence in unit_of:
            u = unit_of[sentence]
            named[u].add(g)
            covered[u].update(i for i, t in enumerate(units[u].tokens) if start <= t.start < end)
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading:
            continue
        for i, tok in enumerate(toks[:-1]):
            if tok.lower not in _NOUNS or not toks[i + 1].text in _BETWEEN:
                continue
            k = i + 1
            while k < len(toks) and (toks[k].text in _BETWEEN or toks[k].lower == "the"):
                k += 1
            new = starts.get((u, k))
            if new is None or not toks[k].text[:1].isupper() or not _whole(toks, new.end):
                continue
            if _to_someone(toks, i):  # "earning him the nickname X": that person's (probe20)
                person = _pronoun_person(toks, i, refs_at.get(unit.sentence, {}), types,
                                         {g for g in named[u] if types[g] == "person"})
                if person is not None and person != new.group and types[new.group] != "person":
                    out.append((person, new.group, " ".join(t.text for t in toks)))
                continue
            if _to_unnamed(toks, i, covered[u]):
                continue  # "gave their goalkeeper the nickname X": no name's
            for v in (u, u - 1):
                if v < 0 or units[v].heading or units[v].doc != unit.doc:
                    break
                present = {g for g in named[v] if types[g] not in ("date", "quantity")}
                things = {g for g in present if types[g] in _THINGS} - {new.group}
                if len(things) == 1 and present - {new.group} == things:
                    out.append((things.pop(), new.group, " ".join(t.text for t in toks)))
                if present - {new.group}:
                    break  # the sentence names something: the previous one is not asked
    return out
