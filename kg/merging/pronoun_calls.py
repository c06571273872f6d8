"""A name given to "it" by the people who used it, for :func:`kg.references.bridging.renamings`
(alias18).

"Grocers knew it as “X”", "the dockers simply called it X": the object "it" is the
thing the sentence gives a second name, and the name is what the reader calls it from then on.
:func:`kg.merging.nickname_calls.nicknames` reads "call it X" as naming the one thing the
previous sentence names, and refuses the plain "called" when that sentence names two things
or names its thing in a prepositional phrase ("The firm was named after X Head. Sailors
simply called it X": the headland would be taken). :func:`pronoun_calls` reads the same
wording by what "it" stands for:

- the thing the resolver took that "it" for (:mod:`kg.references.coref`), when it is no
  person: "The firm's best product was X Blend. Grocers knew it as “Y”" (the product,
  not the firm);
- when the resolver left "it" alone, the thing a description opening the previous sentence was
  resolved to ("The firm was named after X Head. Sailors simply called it X": the firm),
  and only when the current sentence names no thing before the verb.

The name is the whole object, capitalised, no person, and not the same entity. "knew it as" /
"know it as" need "as"; "called it" / "call it" / "dubbed it" / "nicknamed it" may take an
adverb of plain use before the name ("called it simply X", "knew it simply as X"). Guards,
each with an invented negative in ``tests/test_entities_alias18.py`` that fails without it:

- the previous sentence's main clause brings in no unnamed thing after its verb ("The club
  bought a small steamer. The members simply called it X": the steamer, not the club;
  :func:`_object_introduced`);
- a resolution to a thing the previous sentence names only as a possessor ("Its most
  famous engine was the X. Drivers knew it as “Y”": the resolver took the works) gives
  nothing (:func:`_only_possessor`);
- for the fallback, every other thing that sentence names stands after a preposition ("The
  band recorded X at the Y Rooms. Critics simply called it Z": the record may be meant);
- (rev18c) the name is not written in an earlier sentence ("its works at X. … Buyers knew
  it as X": the place; "X Hall was built in 1790. … Locals called it X Hall": the hall);
- (rev18c) a happening's name ("… Affair", "… Crash", an event head) goes to no thing but an
  event ("The company failed in 1891. The press knew it as the X Crash": the failure);
- (rev18c) the previous sentence holds no "it" taken for another thing or for none ("X was
  cheap. The firm advertised it. Cooks knew it as Y": the resolver took the firm);
- a name :func:`kg.merging.nickname_calls.nicknames` already placed is left to it
  (:func:`kg.references.bridging.renamings`), so two readings never join three entities
  (this guard alone has no negative test: no invented text found where both readings fire).

Why a family (docs/ALIAS_MISSES.md, "After alias18"): "<people> (simply) called it X",
"knew it as X", "nicknamed it X" gives a thing its second name in ten of the 68 texts
(glassworks_invented, orsenne_ice_company, osterfell_saltworks_invented,
kilogram_history_factual, stethoscope_factual, ropewalk_invented and the anaesthesia,
corrowin, tannery and tea probes), most of them written blind; the earlier readings placed
those whose previous sentence names one thing, this one two more.

Measured (``benchmarks/entities.py --held-out --ours``, 36 development sets and 32 probes,
and a dump of every entity, alias and mention of all texts before and after): probes alias
unity .946 → .948 (tea .95 → 1.00: the blend's quoted nickname joins it), core nodes 741 →
739 (tea 22 → 21; corrowin 16 → 15: the firm's short name joins the company, not the
headland the firm was named from; its unity stays .737, held by three descriptions, "the
works", "The method", "the … charts", and two terms not found); dev
means unchanged (alias unity .927, core 1870, conflations 2); recall, types, relations and
conflations unchanged on every set; no other entity, alias or mention of any text moved.
Rejected: without :func:`_object_introduced` the invented rowing club took its steamer's
name; a first version of the fallback took a possessive opener ("The firm's best seller was
X. Grocers knew it as Y" gave the firm Y).
Review (rev18c): the three guards marked above, each a wrong join of the merged rule shown
on invented text (a financial history's collapse, a mill given a hall's name, a firm given its
town's name, a product's nickname given to its advertiser); figures unchanged on every set
(dev unity .927, core 1870, conflations 2; probes unity .948, core 739, conflations 0): the
tea and corrowin joins stay, the only two this rule makes on the 68 texts before and after.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.emphasis import MARKS
from kg.merging.plain_calls import PLAINLY, QUOTES, whole_object
from kg.references.compatibility import THING_TYPES
from kg.words import lexicon as lx
from kg.words.kind_nouns import EVENT_HEADS, GATHERING_HEADS

__all__ = ["pronoun_calls"]

_CALL_VERBS = lx._words("call calls called dub dubs dubbed nickname nicknamed nicknames")
_KNOW_VERBS = lx._words("knew know knows")  # "… knew it as X": "as" required
_APOSTROPHES = ("'s", "’s", "'", "’")  # a possessive the tokeniser cut off
_PREPOSITIONS = lx._words("from of in at on near by to with for after")
_DETERMINERS = lx._words("a an the its their his her this these")
# a description after these is no object the main verb brings in
_NOT_OBJECT = _PREPOSITIONS | lx._words("was were is are became becomes remained and or")
# (rev18c) last words of a happening's name: "The company failed in 1891. The press knew it
# as the X Crash": "it" is the failure, not the firm
_HAPPENINGS = EVENT_HEADS | GATHERING_HEADS | lx._words(
    "affair scandal crash panic collapse crisis disaster incident episode event")


def pronoun_calls(units, matches, types, references) -> list[tuple[int, int, str]]:
    """(thing, named group, evidence) for each "<verb of calling> it X" / "knew it as X".

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        types: each group's entity type.
        references: the resolved references (:func:`kg.references.coref.resolve_references`).

    Returns:
        ``(entity group, named group, evidence sentence)`` pairs, the second a name of the first.
    """
    named, first = defaultdict(list), {}
    for m in matches:
        named[m.unit].append(m)
        if not units[m.unit].heading:
            first[m.group] = min(first.get(m.group, m.unit), m.unit)
    resolved = {(s, start): g for g, s, _surface, start, *_rest in references}
    out, previous = [], None
    for u, unit in enumerate(units):
        if unit.heading or previous is not None and units[previous].doc != unit.doc:
            previous = None  # (read18) no sentence before it in its own document
        if unit.heading:
            continue
        toks = unit.tokens
        for i in range(1, len(toks) - 2):
            k = _name_at(toks, i)
            if k is None:
                continue
            new = next((m for m in named[u] if m.start == k), None)
            if new is None or not toks[k].text[:1].isupper() or types[new.group] == "person" \
                    or not whole_object(toks, new.end, QUOTES | MARKS) or first[new.group] < u:
                continue  # (rev18c) "Buyers knew it as X" after "its works at X": a thing
            if previous is not None and _object_introduced(units[previous].tokens):
                continue  # "The club bought a small steamer. Members called it X": the steamer
            g = resolved.get((unit.sentence, toks[i + 1].start))
            if g is not None and previous is not None and _only_possessor(
                    units[previous], named[previous], references, g):
                continue  # "The firm's best seller was X. Grocers knew it as Y": not the firm
            if g is None and previous is not None and not any(
                    m.start < i and types[m.group] in THING_TYPES for m in named[u]):
                g = _subject_described(units[previous], named[previous], resolved, types)
            if g is not None and types[g] != "event" \
                    and toks[new.end - 1].lower in _HAPPENINGS:
                continue  # (rev18c) "The firm failed. The press knew it as the X Crash"
            if g is not None and previous is not None and _other_it(units[previous], resolved, g):
                continue  # (rev18c) "X was cheap. The firm advertised it. Cooks knew it as Y"
            if g is not None and g != new.group and types[g] in THING_TYPES:
                out.append((g, new.group, " ".join(t.text for t in toks)))
        previous = u
    return out


def _object_introduced(toks) -> bool:
    """True when the sentence's main clause (to its first comma) brings in a thing by a
    description after its verb ("The club bought a small steamer", "… renamed its boat"):
    "it" in the next sentence may well be that thing, which no name stands for. A description
    after a preposition ("in the harbour"), a copula ("was a steamer": the subject) or
    "and", or a possessive before "name" ("gave its name to X"), brings in nothing; nor
    does a capitalised "The" (a title, or a heading run into the sentence)."""
    for k in range(1, len(toks) - 1):
        if toks[k].text == ",":
            return False
        if toks[k].text in _DETERMINERS and toks[k - 1].lower not in _NOT_OBJECT \
                and toks[k + 1].lower not in ("name", "names", "title"):
            return True
    return False


def _other_it(unit, resolved, g: int) -> bool:
    """True when the sentence holds an "it" not taken for ``g`` ("X was cheap. The firm
    advertised it."): the next sentence's "it" most likely goes on with that one (rev18c)."""
    return any(t.lower == "it" and resolved.get((unit.sentence, t.start)) != g
               for t in unit.tokens)


def _only_possessor(unit, named, references, g: int) -> bool:
    """True when the sentence names or refers to ``g`` and only as a possessor ("The firm's
    best seller was X", "Its best seller was X"): the "it" after it most likely takes up
    the thing possessed, so a resolution to ``g`` is no ground for a name."""
    toks = unit.tokens
    ends = {t.start: t for t in toks}
    spans = [toks[m.end - 1] for m in named if m.group == g]
    spans += [ends[start] for h, s, _surface, start, *_rest in references
              if h == g and s == unit.sentence and start in ends]
    return bool(spans) and all(t.possessive or t.lower in ("its", "their")
                               for t in spans)


def _subject_described(unit, named, resolved, types) -> int | None:
    """The thing a description opening the sentence as its subject was resolved to ("The
    firm was named after X Head": the firm), when every other thing the sentence names
    stands after a preposition; not a possessive ("The firm's best seller was X": X may be
    what "it" takes up next)."""
    toks = unit.tokens
    if len(toks) < 3 or toks[0].lower != "the" or not toks[2].is_word \
            or toks[2].text[:1].isupper() or toks[1].possessive \
            or toks[2].text in _APOSTROPHES:
        return None
    g = resolved.get((unit.sentence, toks[0].start))
    if g is None or any(m.group != g and types[m.group] in THING_TYPES
                        and (m.start == 0 or toks[m.start - 1].lower not in _PREPOSITIONS)
                        for m in named):
        return None
    return g


def _name_at(toks, i: int) -> int | None:
    """Where the name starts after "called it" / "knew it as" at ``i`` (quotes, marks, "the"
    and an adverb of plain use skipped), else None."""
    if toks[i + 1].lower != "it":
        return None
    if toks[i].lower in _KNOW_VERBS:
        k = i + 3 if toks[i + 2].lower in PLAINLY else i + 2  # "knew it simply as X"
        if k >= len(toks) or toks[k].lower != "as":
            return None
        k += 1
    elif toks[i].lower in _CALL_VERBS:
        k = i + 2
    else:
        return None
    while k < len(toks) and (toks[k].lower in PLAINLY or toks[k].lower == "the"
                             or toks[k].text in QUOTES | MARKS):
        k += 1
    return k if k < len(toks) else None
