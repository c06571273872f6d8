"""The name an alias cue of :mod:`kg.merging.alias_cues` names when it is not the capitalised
run right before the cue: a formal title the sentence opens with ("Officially styled the Rules
of X, it has long been known as the Y"), a published title set off by commas before "became
known as", a person described after a comma ("Hugh Dallin, a carter known … as Y"), and the
clause's subject when the run before a passive cue closes a phrase set off by commas.

Round 9: a sentence that opens with a formal title and gives, through "it", the name the
thing goes by ("Officially styled the Rules of X, it has long been known as the Y"): the
title and the name are one thing (:func:`_titled_before`). Measured:
fell_rescue alias 0.95 → 1.00, relations joined 0.7 → 0.8 anywhere; no other set of the 27
moved. Two more cues of round 9 ("so-called", "grew into") are in :mod:`kg.merging.name_cues`.

Round 18: "X, published in 1863 as the Y, became known simply as the Z": a title of a work
that the publishing finder reads whole (:func:`kg.finders.published.published_titles`),
then a comma and "became known as", gives Z as the name the work goes by
(:func:`_title_became`). Only after such a title: "Ruth Tallis became known as …" says what a
person was called, and a capitalised run before the comma would be the title's last words
("… by Compressed Air"). Review: only a title set off by a participle after a comma; in
"Ruth Tallis, who wrote Y, became known as the Z" the title ends before the comma too, but
Z is the person's name (it had become the book's). No entity of the development sets moved. Measured: final9's pneumatic-post report (figures in the round-18
note of :mod:`kg.merging.canonical`).

Round 19 (final11 diagnosis): "known throughout / among / across / around / by ⟨up to three
words⟩ as" is read as "known to … as" was (:data:`kg.merging.cue_reading._KNOWN_AMONG`; "in" is left out: "known in
1890 as" and "known in the trade as" read alike but a year is no audience), and a personal
name, a comma, "a" or "an" and a person's noun before the cue (:func:`_described_person`:
"Hugh Dallin, a carter known … as "Old Ratchet"") gives the nickname to the name; a noun
after "the" ("a friend of the painter known as …") is someone else. Measured over the 28
development sets and the 24 probes: the invented glassworks set's quoted nickname joins its
blower (alias unity .45 → .50, one node typed document fewer); nothing else moved.

Round diag14r (final12 diagnosis): a passive cue ("was nicknamed Y", "was called Y") reached
past a comma names the clause's subject, not a name that closes a phrase set off by commas
(:func:`_inside_aside`: "The machine, built by the Pelmor Foundry, was nicknamed Y" gave Y to
the foundry, a conflation); a name alone in apposition, "The founder, Ada Tallis, was
nicknamed Y", is still taken. Measured (``--held-out --ours``, every entity and reference of
the 30 development texts and the probes dumped before and after): only ropewalk_invented
moved (the foundry lost the nickname and a wrong "It"; the nickname is a node of its own); its
class-noun references then went to a bare-surname node typed organisation, so its conflation
count stayed 1 until :mod:`kg.references.family_firms` (then 0; see its DIAGNOSIS.md);
nothing else moved. Review rev14f: the nickname goes to the clause's subject when a name opens
the sentence before the aside (:func:`_subject_before`: "The Drelby Bridge, designed by …",
"Ivo Tallis, the son of Ada Pelmor, was nicknamed Y"), and a title before a name in apposition
("…, Dr. Ada Pelmor, was nicknamed Y") no longer hides it; no entity, alias, type or
reference of the 30 development texts or the probes moved (all dumped before and after).

Probe15: a sentence that opens with a name, "was a", up to four adjectives and a noun of a
person (a trade, or "man", "woman", "boy", "girl", "lad", "fellow") gives the name after
"known as" to that name ("Tesk was a shy, patient young clerk, known as "Old Nail" …",
:func:`_described_person`). Blind corrowin probe: the son's nickname, a node typed
``document`` before, is his alias (alias unity .63 → .68 with the firm's acronym); measured
with ``benchmarks/entities.py --held-out --ours`` (30 development sets, 28 probes) and a dump
of every entity, alias, type and reference of the 59 articles before and after, nothing else
moved.

Review of probe15: only adjectives and degree adverbs stand between "was a" and the noun
(:func:`_modifier`): "Tesk was a friend of the young man, known as Y" gave the young
man's nickname to Tesk. No figure moved (30 development sets, 28 probes).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.finders.published import published_titles
from kg.kinds.noun_kinds import kind_of_noun
from kg.merging.cue_reading import _ADVERBS, _AUXILIARIES, cap_run
from kg.words import lexicon as lx
from kg.words.tokens import Token

# nouns of a person by sex or age alone, which "X was a quiet young man, known as …" uses
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "lad", "fellow"})


# adverbs among a person's adjectives ("a very quiet man"), which are stopwords
_DEGREES = frozenset({"very", "most", "more", "rather", "quite", "so", "too"})


def _modifier(low: str) -> bool:
    """True for a word that may stand between "a" and a person's noun: an adjective or a degree
    adverb, not a determiner or a preposition ("a friend of the young man" describes the young
    man, review of probe15)."""
    return low not in lx.STOPWORDS or low in _DEGREES


def _described_person(toks: list[Token], lows: list[str], j: int) -> tuple[int, int] | None:
    """Where a personal name starts and ends when ", a ⟨person's noun⟩" ends at ``j`` right
    before a cue ("Hugh Dallin, a carter known as …": the cue names the person), or when the
    sentence opens with the name, "was a", a few adjectives and the noun ("Tesk was a shy,
    patient young man, known as …", probe15), else None."""
    if j < 2 or not toks[j].text.islower() or kind_of_noun(lows[j], roles=True) != "person" \
            and lows[j] not in _PEOPLE:
        return None
    if j >= 3 and lows[j - 1] in ("a", "an") and lows[j - 2] == "," and toks[j - 3].is_cap \
            and lows[j] not in _PEOPLE:
        start = cap_run(toks, j - 3, -1)
        return (start, j - 2) if j - 2 - start >= 2 else None
    k = j - 1
    while k > j - 6 and k > 1 and (lows[k] == "," or toks[k].text.isalpha()
                                   and toks[k].text.islower() and _modifier(lows[k])):
        k -= 1  # "a shy, patient young man", not "a friend of the young man"
    if lows[k] not in ("a", "an") or lows[k - 1] not in ("was", "is") or k < 2 \
            or not toks[k - 2].is_cap:
        return None
    start = cap_run(toks, k - 2, -1)
    return (start, k - 1) if start == 0 else None


_TITLING = frozenset({"titled", "entitled", "named", "styled", "called"})
_PRONOUNS = frozenset({"it", "this", "they"})


def _titled_before(u: int, toks: list[Token], lows: list[str], j: int) -> Span | None:
    """The name a sentence opens with when "it" at ``j`` takes a second one: "Officially styled
    the Rules of X, it has long been known as the Y" (the opening
    participle, an adverb before it, "the", a capitalised run, a comma, then the pronoun;
    up to three lowercase words between it and the cue: "has long been")."""
    p = j
    while p > j - 3 and p >= 0 and lows[p] not in _PRONOUNS and toks[p].text.isalpha() \
            and toks[p].text.islower():
        p -= 1
    j = p
    if j < 2 or lows[j] not in _PRONOUNS or lows[j - 1] != ",":
        return None
    k = 0
    while k < j and (lows[k] in _ADVERBS or toks[k].lower.endswith("ly") and k == 0):
        k += 1  # "Officially", "Formerly"
    if k >= j or lows[k] not in _TITLING:
        return None
    k += 1
    if k < j and lows[k] == "the":
        k += 1
    if k >= j - 1 or not toks[k].is_cap or not toks[j - 2].is_cap or not all(
            t.is_cap or t.lower in lx.NAME_CONNECTORS or t.lower in ("the", "and")
            for t in toks[k:j - 1]):
        return None
    return Span(u, k, j - 1, "expansion")


_BECAME = frozenset({"became", "become", "becomes"})
# participles of publishing that set a title off between commas: "X, published as the Y,"
_PARTICIPLES = frozenset({"published", "edited", "authored", "co-authored"})


def _title_became(u: int, unit: Unit, j: int) -> Span | None:
    """The published title (:func:`kg.finders.published.published_titles`) that ends right
    before the comma before "became" at ``j`` ("…, published in 1863 as the Y, became known
    as the Z"), else None. The title must be a participle's, set off by a comma before it
    (:func:`_participle_before`): in "Ruth Tallis, who wrote Y, became known as the Z" the
    person became known as Z."""
    if j < 2 or unit.tokens[j].lower not in _BECAME or unit.tokens[j - 1].text != ",":
        return None
    return next((Span(u, t.start, t.end, "alias") for t in published_titles(u, unit, None)
                 if t.end == j - 1 and _participle_before(unit.tokens, t.start)), None)


def _participle_before(toks: list[Token], start: int) -> bool:
    """True when the title at ``start`` follows a comma, maybe an adverb, and a participle of
    publishing, with "in 1871", "as" and "the" allowed between ("…, first published in 1863
    as the Y")."""
    k = start - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k >= 0 and toks[k].lower == "as":
        k -= 1
    if k >= 1 and toks[k].is_number and toks[k - 1].lower == "in":
        k -= 2
    if k < 1 or toks[k].lower not in _PARTICIPLES:
        return False
    k -= 1
    while k > 0 and toks[k].lower in _ADVERBS and toks[k].text != ",":
        k -= 1
    return toks[k].text == ","


def _inside_aside(toks: list[Token], lows: list[str], start: int, j: int, i: int) -> bool:
    """True when the name ``start``–``j`` closes a phrase set off by commas before a passive
    cue at ``i`` ("The machine, built by the Pelmor Foundry, was nicknamed Y"): a comma and
    an auxiliary stand between the name and the cue, and the name (with its determiners) does
    not open its phrase, so the cue names the clause's subject, not this name. A name in
    apposition ("The founder, Ada Tallis, was nicknamed Y"), with its title ("…, Dr. Ada
    Tallis, …": rev14f), opens its phrase and is kept."""
    between = set(lows[j + 1:i])
    if "," not in between or not between & _AUXILIARIES:
        return False
    b = start
    while b > 0 and (lows[b - 1] in lx.DETERMINERS or lows[b - 1] == "."
                     or lows[b - 1].rstrip(".") in lx.HONORIFICS):
        b -= 1
    return b > 0 and toks[b - 1].text != ","


def _subject_before(toks: list[Token], lows: list[str], start: int) -> tuple[int, int] | None:
    """The first and last token of the name that opens the sentence and the phrase set off
    by commas that holds ``start`` ("The Pelmor Bridge, built by the X Works, …"), else None
    (a common noun: "The bridge, built by …"; a fronted phrase: "In Orlen, …")."""
    c = max((k for k in range(start) if toks[k].text == ","), default=-1)
    if c < 1 or not toks[c - 1].is_cap:
        return None
    first = cap_run(toks, c - 1, -1)
    b = first
    while b > 0 and lows[b - 1] in lx.DETERMINERS:
        b -= 1
    if b != 0 or lows[first] in lx.FRONTING or "," in lows[first:c]:
        return None
    while first < c - 1 and lows[first] in lx.DETERMINERS:
        first += 1
    return first, c - 1


# "called" as a relative clause's verb whose object is the name before: "X, whom everyone
# called Y", "X, which the crews nicknamed Y" (diag15o)
_RELATIVE_OBJECTS = frozenset({"whom", "which"})
_NAMING_VERBS = frozenset({"called", "nicknamed", "dubbed"})


def _relative_object(toks: list[Token], lows: list[str], i: int, end: int) -> int | None:
    """The last token of the name a relative clause gives the name ``toks[i + 1:end]`` to:
    "Mabry Tolliant, whom everyone in the valley called the Heron," → "Tolliant". The clause
    opens with "whom" or "which" after a comma and a capitalised word, its own subject (one to
    five words, no comma) stands before the naming verb at ``i``, and the name ends the clause
    (punctuation or the sentence's end follows), else None: "which the minister called
    Parliament to debate" calls a body, not names the name. "which" after "a house near X"
    names the house, not X (:func:`_after_noun`, rev15j); a lone title or role ("whom the
    crew called Captain", "Doctor") is no name (rev15j: it joined every "Captain X")."""
    if lows[i] not in _NAMING_VERBS or (end < len(toks) and toks[end].is_word) \
            or not toks[end - 2].is_cap and (lows[end - 1] in lx.HONORIFICS or kind_of_noun(
                lows[end - 1], roles=True) == "person"):
        return None  # "whom the crew called Captain": a title, no name (rev15j)
    for w in range(i - 2, max(i - 7, 1), -1):
        if toks[w].text == ",":
            return None
        if lows[w] in _RELATIVE_OBJECTS:
            if toks[w - 1].text != "," or w < 2 or not toks[w - 2].is_cap \
                    or lows[w] == "which" and _after_noun(toks, lows, cap_run(toks, w - 2, -1)):
                return None
            return w - 2
    return None


# (rev15j) prepositions after which a name may be a phrase inside a noun's ("a house near X")
_PLACE_PREPOSITIONS = lx._words("in at near on by beside outside above below behind across "
                                "along over under upon within overlooking")


def _after_noun(toks: list[Token], lows: list[str], start: int) -> bool:
    """True when the name at ``start`` follows a preposition that follows a noun phrase ("a
    house near Quorrow, which he called Y": the house is called Y; rev15j), not a verb
    ("sailed to Quorrow, which …"): a determiner opens the lowercase words before the
    preposition, at most three back."""
    p = start - 1
    if p < 1 or lows[p] not in _PLACE_PREPOSITIONS:
        return False
    for k in range(p - 1, max(p - 4, -1), -1):
        if not toks[k].is_word or toks[k].text[:1].isupper():
            return False
        if lows[k] in lx.DETERMINERS:
            return True
    return False
