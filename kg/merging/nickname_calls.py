"""A name given with a verb of calling, for :func:`kg.references.bridging.renamings`
(moved from :mod:`kg.merging.nickname_nouns`, a pure move, split16).

:func:`nicknames`: a nickname given to "it" or to a description with a verb of calling
("Workers now dub it X": the one thing the previous sentence named; "Visitors call the
building X": the one thing the section's heading names, else the one thing the previous
sentence named or referred to), when the name is the whole object and capitalised. Its
figures are in :mod:`kg.references.bridging`'s docstring (``renamed``). Round 15: after a sentence
that opens with the pronoun "It", "call it X" names what that "It" stands for, the name that
opens the sentence before (:func:`_it_chain`), not the one thing the "It" sentence named:
"X (XS) is a way of … . It was devised at the Ulvane Institute … . Surveyors still call it
the Ulvane drum". Measured over the 20 development sets and the invented articles: on the
invented sediment article a technique's nickname left the institute for the technique
(alias unity .76 → .80, one conflation fewer); no other figure of the other sets moved.
diag15k: not when "call it X" follows a thing its sentence names and "and"/"then" (rev15k;
"… shortened its name to Y and nicknamed it X": X goes to Y's thing): kilogram alias unity
.80 → .85, relations anywhere .50 → .60; nothing else of the 32 sets and 28 probes moved.

Round 20: a quoted name after "called her", "called him" (or "call", "dub", "nickname"), the whole
object, is a name of the person the pronoun was resolved to (:func:`_called_person`; "called" alone
is too common a verb to take "called it X" too). Measured over the 26 development sets and 22
invented articles (every entity and mention dumped): one blind probe's nickname, a node of its own
before, joined its person (alias unity .72 → .78); nothing else moved (the development sets quote
only what someone "called it"). Review of round 20: only when that person is the one person named
before "called" in the sentence (else in the sentence before): "Ann Dole met Ruth Tesk. Ruth Tesk
ran the school, and the children called her “Auntie Ro”" had "her" resolved to the other woman, and
the nickname joined her; no figure of the 26 sets and 24 probes moved.

heads15: a name given by a copula and an adverb of plain use, "to the crews it was simply
the Yard" ("just", "always", "only"), the whole object, names the one thing the previous
sentence names; not what "it" was resolved to (the subject: "Quorn Glass bought the Corrow
Mill. To the town it was simply the Skein" would join the firm, invented). Measured (30
development sets, 26 probes, every node and reference dumped): one node joined, right (the
ropewalk firm's local name, core nodes 29 → 28); nothing else moved. rev15b: the X must not
be named by an earlier sentence ("… against the Dorrel Crown Estate. In the end it was always
the Dorrel Crown Estate" joined the estate to the firm); no figure moved.

diag15o: the plain "called it X" too, under the guards of :mod:`kg.merging.plain_calls` (figures
there).
probe18 (``_other_it``, removed by rev18f): not when the previous sentence names its one thing only
after a preposition and holds an "it" of its own resolved to nothing it names ("Pupils at the X
Academy read it … . Collectors call it Y": the book, not the academy). Measured
(``--held-out --ours``, 36 development sets and 34 probes, every entity, alias and mention
dumped): the tessaly probe's conflation gone (probes conflations 1 → 0; the nickname a node
of its own); nothing else moved. Rejected: any unresolved "it" in that sentence, without the
preposition test: final3 bridges lost a right join ("converted the business into a … company,
X, so that it could …. Staff still call it Y"; alias unity .95 → .90).
rev18f (second read): nick18's :func:`kg.merging.plain_calls.object_it` guard (below) stops the
same "call it Y" ("Pupils at the X Academy read it …": "read" takes "it" as its object) and more
("… sold it widely", which ``_other_it`` let through); with ``_other_it`` removed no figure of
the 70 texts moved (dev .991/.933/.948, probes .979/.944/.941, conflations 2/0) and every test
holds (tests/test_entities_probe18.py's positive now rests on ``object_it``), so the rule is
dropped: fewer rules for the same effect. Without ``object_it`` instead, nick18's product test
fails. Review rev18e's empty "it" of weather or report ("In winter it snows on X") is read by
``object_it`` (:func:`kg.merging.plain_calls.empty_it`), so "Walkers call it Y" names X.
Round misc15: an unquoted epithet name ("called him Tobb the Heron") is taken as a quoted
one; figures in :mod:`kg.references.bridging`.

nick18 (review): a style is no nickname ("The Pellhaven Library opened …. Critics called it
Brutalism", "… Its architects called it Thurlock Modern": :func:`kg.merging.plain_calls.style_name`,
a last word in "-ism" or of style), and "call it X" after a sentence that holds an object "it"
("The Vennaby Company sold it widely. Cooks called it Old Iron": the product, not the firm;
:func:`kg.merging.plain_calls.object_it`) names nothing here. Measured (36 development sets, 34
probes; every join of this rule and ``pronoun_renamings`` dumped over the 70 texts before and
after): one join fewer, a conflation (a probe's handbook nickname, given after a sentence where
a school took "it", the handbook, for its teaching, had gone to the school): probe
conflations 1 → 0, core nodes 797 → 798; no other figure or join moved. Tried and dropped: giving
the nickname to what the object "it" was resolved to (pronouns are not among the references this
rule receives; no join came of it).
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.emphasis import MARKS
from kg.finders.epithets import epithet
from kg.finders.gazetteer import Match
from kg.merging.plain_calls import (
    PLAINLY,
    QUOTES,
    called_elsewhere,
    introduced,
    object_it,
    style_name,
    whole_object,
)
from kg.references.compatibility import THING_TYPES as _THINGS
from kg.words import lexicon as lx

__all__ = ["nicknames"]


_CALLS = lx._words("call calls nickname nicknamed dub dubs dubbed")
# (heads15) "to the crews it was simply the Yard": a name given by a copula and an adverb of plain use


def nicknames(units, matches, types, references=()) -> list[tuple[int, int, str]]:
    """"Workers now dub it X": X is a name of the one thing the previous sentence named;
    "Visitors call the building X": of the one thing the section's heading names. X must be
    the whole object ("critics called it the Osk Quartet’s best album" names no album)."""
    named: dict[int, list[Match]] = defaultdict(list)
    for m in matches:
        named[m.unit].append(m)
    unit_of = {unit.sentence: u for u, unit in enumerate(units) if not unit.heading}
    referred: dict[int, set[int]] = defaultdict(set)  # what each sentence refers to
    resolved = {}  # "call the team X": what the description itself was resolved to
    for g, sentence, _surface, start, *_rest in references:
        resolved[(sentence, start)] = g
        if sentence in unit_of:
            referred[unit_of[sentence]].add(g)
    out, heading, previous, before = [], None, None, None
    seen: set[int] = set()  # the groups the sentences so far name
    for u, unit in enumerate(units):
        if unit.heading:
            heading, previous, before = u, None, None
            continue
        toks = unit.tokens
        for i in range(1, len(toks) - 2):
            plain = False
            if toks[i].lower in _CALLS | {"called"} and toks[i + 1].lower in ("him", "her") \
                    and (toks[i + 2].text in QUOTES or epithet(toks, i + 2, i + 3)):
                near = named[u] if any(m.start < i for m in named[u]) else named[previous] \
                    if previous is not None else []
                out += _called_person(toks, i, named[u], resolved.get(
                    (unit.sentence, toks[i + 1].start)), types, near=near)
                continue
            if toks[i].lower == "it" and toks[i + 1].lower in ("was", "is") \
                    and toks[i + 2].lower in PLAINLY:
                # "to the crews it was simply the Yard": the one thing the previous sentence names
                # (not what "it" was resolved to: the subject, where the sentence before
                # names two things, "Quorn Glass bought the Corrow Mill")
                k, source, opener, plain = i + 3, previous, None, True
            elif toks[i].lower not in _CALLS and not (toks[i].lower == "called"
                                                      and toks[i + 1].lower == "it"):
                continue
            elif toks[i + 1].lower == "it":
                k, source = i + 2, previous
                opener = _it_chain(units, previous, before, named, types)
                if opener is not None:
                    source = None  # the previous sentence's "It" goes on: what it stands for
            elif toks[i + 1].lower == "the" and toks[i + 2].is_word \
                    and toks[i + 2].text.islower():
                k, source = i + 3, heading
            else:
                continue
            while k < len(toks) and (toks[k].lower == "the" or toks[k].text in QUOTES | MARKS):
                k += 1  # "dubbed it **the Barn**"
            new = next((m for m in named[u] if m.start == k), None)
            if new is None or not toks[k].text[:1].isupper() or not whole_object(toks, new.end) \
                    or style_name(toks, new.start, new.end):
                continue  # "… call it progress": a word, not a name; "… it Brutalism": a style
            if plain and new.group in seen:
                continue  # "… against the X Estate. In the end it was always the X Estate"
            if toks[i + 1].lower == "it" and opener is not None:
                if opener != new.group:
                    out.append((opener, new.group, " ".join(t.text for t in toks)))
                continue
            g = resolved.get((unit.sentence, toks[i + 1].start)) if source == heading else None
            if g is not None and types[g] in _THINGS and g != new.group:
                out.append((g, new.group, " ".join(t.text for t in toks)))
                continue
            if source is None or toks[i + 1].lower == "it" and any(
                    m.start < i and types[m.group] in _THINGS and m.group != new.group
                    and any(t.lower in ("and", "then") for t in toks[m.end:i]) for m in named[u]):
                renamed = {m.group for m in named[u] if 2 <= m.start < i and m.group != new.group
                           and toks[m.start - 1].lower in ("to", "as")
                           and toks[m.start - 2].lower == "name"} if source is not None else set()
                if len(renamed) == 1:  # "… shortened its name to Y and dubbed it X": Y's
                    out.append((renamed.pop(), new.group, " ".join(t.text for t in toks)))
                continue  # not the last sentence's one thing
            if source == previous and object_it(units[source].tokens):
                continue  # "… sold it widely. Cooks called it Y": the product; "Teachers at X
                #            adopted it …. Collectors call it Y": the book, not X
            things = {m.group for m in named[source] if types[m.group] in _THINGS} - {new.group}
            if not things and source == heading and previous is not None:
                # "Mills" names nothing: the one thing the previous sentence is about
                things = {g for g in referred[previous] | {m.group for m in named[previous]}
                          if types[g] in _THINGS} - {new.group}
            if toks[i].lower == "called" and called_elsewhere(
                    named[u], referred[u] | referred[source], i, new.group, types, things) \
                    or toks[i].lower == "called" and not introduced(units[source].tokens,
                                                                     named[source], things):
                continue
            if len(things) == 1:
                out.append((things.pop(), new.group, " ".join(t.text for t in toks)))
        previous, before = u, previous
        seen.update(m.group for m in named[u])
    return out


def _called_person(toks, i: int, named: list[Match], g: int | None, types, *,
                   near: list[Match]) -> list[tuple[int, int, str]]:
    """"The men called her “Bell Ada”": the quoted name (the whole object) is a name of
    the person "her" or "him" was resolved to (round 20), when that is the one person
    ``near`` names (the sentence before "called", else the sentence before it): with two
    people there ("Ada Lind met Ruth Tallis. Ruth Tallis ran the school, and the children
    called her “Auntie Ro”") a pronoun resolved to the wrong one would join two people."""
    k = i + 3 if toks[i + 2].text in QUOTES else i + 2  # "called him Tobb the Heron"
    new = next((m for m in named if m.start == k), None)
    people = {m.group for m in near if m.start < i or m not in named} - {new and new.group}
    if g is None or types[g] != "person" or new is None or new.group == g \
            or {p for p in people if types[p] == "person"} != {g} \
            or not toks[k].text[:1].isupper() or not whole_object(toks, new.end):
        return []
    return [(g, new.group, " ".join(t.text for t in toks))]


def _it_chain(units, previous, before, named, types) -> int | None:
    """"X (XS) is a way of … . It was devised at the Y Institute … . Surveyors call it the Z":
    when the previous sentence opens with the pronoun "It", the object "it" goes on with it,
    so Z names what that "It" stands for (the name opening the sentence before it, not a
    person, date or quantity), not the one thing the previous sentence named (the
    institute)."""
    if previous is None or before is None or units[previous].tokens[0].text != "It":
        return None
    opener = next((m for m in named[before] if m.start == 0), None)
    if opener is None or types[opener.group] in ("person", "date", "quantity"):
        return None
    return opener.group
