"""Things named after someone or something: a name and a lowercase head noun ("the Pelmor
lamp", "a Tessmar lens", "Tessmar lenses", "the Kelby viaduct").

:func:`count_head` gathers the evidence while the corpus statistics are collected (each
capitalised word with the lowercase word after it, and whether an article or ordinal came
before); :func:`eponym_head` then tells the name finder (:func:`kg.finders.candidates.names`) to take
the noun into the name, as an ``eponym`` span, which selection keeps and which, being no
name, never takes a lone surname from its person.

Evidence, all generic: the pair is seen twice (headings count) and once after "the", "a",
"an" or an ordinal. The head is no function word, verb, adjective, number, month, role noun
("the Quorbeck researchers"), noun of a stretch of time ("the Wendmarsh era"), organisation or
document noun ("the Norland government", which must still mention Norland) or classifier
("the Kelby bank", a ``namehead``), and no head comes after it ("the Oskby relief
tunnel"); a name ending like an adjective of nationality ("the Danish coast") takes none.
The figures behind these checks are in :mod:`kg.finders.candidates`.

Round 13: a naming cue counts as an article does ("widely known as Orvan enamel",
"called", "dubbed"): pcr_history's enzyme, found before only as its bare name,
is whole (then joined by :mod:`kg.merging.eponym_short`); no node of the other 19 sets moved.

Two names joined by a dash in one word ("the Quesswick–Varnhagen zone", "the Orlik–Sebrand
reversal") take their head after an article once: such a pair is only ever said of a thing
named after both. Round 9 of issue 3: plate_tectonics' three such nodes are whole (the
head was missing), no count or other set moved.

Classifiers include lowercase nouns of a settled place ("the Eastwillet estate", "the Oskby
parish"), added in round 3 of issue 3: over the 12 development sets they join one such
"<name> estate" to its bare name (water_dispute alias 0.90 → 0.95) and nothing else.
Round 13: "card" too ("the Tarrowby card" is the ticket card named Tarrowby):
brackwater_transit alias unity .95 → 1.00, nothing else moved on the 35 sets. Not "pass",
which joined a fish pass to the town it stands in (river).

Round 16 (:func:`namesakes_named`, called by :mod:`kg.entities` with the references): a
thing named after a person names that person too; figures in :mod:`kg.references.bridging`.

Round 15 (:func:`_lone_pair`): a one-word name written nowhere else, once, right after "the"
and before a lowercase singular noun that ends the phrase ("the Quenhallow massif in …") takes
the noun too: the text names one thing by both words and never the name alone. Not after
"a" ("a Quenhallow symphony" is one of a kind of works: it took two composers' names on
orchestra), not before a further lowercase word ("the Quenhallow ice sheet": a cut phrase), a
noun of a trade, a plural (a verb: "the Earth turns …") or after a demonym, a hyphened
name ("the Tessic-born …") or a day, month or season ("the Spring collection"). Measured against the complete back-of-book indexes:
plate_tectonics recall .685 → .698, alias unity .644 → .658, nodes matching an entry
.698 → .711 (two landforms whole), bundled unchanged; ``--held-out --ours``: railway recall
.95 → 1.00, alias unity .90 → .95 (a rack system named once), four other such names whole
on water_dispute and lighthouse, no figure lost, no node added.
Round 15 (:func:`_named_here`): the name may be written elsewhere when a naming verb and its
object ("named this effect", "called it") stand before "the" and the pair: the text coins
the pair there ("… the eruption of Mount Pelmor … named this effect the Pelmor spike").
Measured over the 20 development sets and the invented articles: on the invented sediment
article an effect's name found (recall .84 → .88, its relation joined); no other figure of
any set moved.

Round 19 (:func:`_possessive_law`): a one-word possessive name before a noun of a stated
regularity or a named condition that ends the phrase ("now called Pelmor's law", "Tallis's
theorem") is a term, with no count: the short closed list of heads (law, theorem,
principle, constant, equation, paradox, conjecture, lemma, hypothesis, syndrome, disease,
inequality, criterion) keeps owners out ("Tallis's house", "Harbridge's goal", "Ada's pie",
"Tallis's law firm"). ``--held-out --ours`` (26 development sets and 22 probes): on
discovery_of_xrays the law is found and joined to its formulator (recall .90 → .95, alias
unity .80 → .85, types .70 → .75, relations at the evidence .70 → .80, anywhere .80 → .90,
node count unchanged); no figure of any other set or probe moved, no conflation. Not done:
joining an earlier indefinite wording ("designed a horse-drawn plough" … "the Pelmor
plough").

Round 20 (alias13): the lone pair may bear a name written elsewhere (a person's surname)
when an apposition says what the one thing is, "the Pelmor condenser, a cooling unit built by
Ada Pelmor" (:func:`kg.finders.eponym_glosses.glossed`, where the figures are). "works" is a
classifier too ("the Kelby works", a ``namehead``, :mod:`kg.merging.firm_names`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from kg.finders.eponym_glosses import glossed, role_noun
from kg.kinds.description_heads import descriptor_noun
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym
from kg.words.person_words import last_name
from kg.words.tokens import Token, singular

if TYPE_CHECKING:  # pragma: no cover
    from kg.finders.candidates import Stats, Unit
    from kg.finders.gazetteer import Match

# lowercase nouns that, after "the" and a short name, classify it ("the Kelby bank", "the
# Eastwillet estate")
CLASSIFIERS = frozenset(k for k, v in lx.REFERENCE_NOUNS.items()
                        if v in ("organization", "document", "product")) | lx.PLACE_HEADS \
    | lx._words("label brand imprint estate parish village town suburb borough card works patent")
_ARTICLES = frozenset({"the", "a", "an"}) | lx.ORDINALS
_NOT_HEAD = (lx.STOPWORDS | lx.COMMON_VERBS | lx.PAST_VERBS | lx.PREDICATE_ADJECTIVES
             | lx.GENERIC_MODIFIERS | lx.NUMBER_WORDS | lx.PARTICLES | lx.MONTHS
             | frozenset(lx.REFERENCE_NOUNS) | lx.ORG_KIND_NOUNS | lx.ORG_HEADS | lx.PART_NOUNS)
_CALENDAR = lx.MONTHS | lx.WEEKDAYS | lx.SEASONS
_ADJECTIVE_NAME = ("ish", "ian", "ean", "ese", "ic", "an", "ch")
# two capitalised names joined by a dash in one word ("Quesswick–Varnhagen", "Orlik–Sebrand")
_DASHED = re.compile(r"[A-Z][a-zà-ÿ]+[–—-][A-Z][a-zà-ÿ]+")
# nouns of a stretch of time: "the Wendmarsh era" is a time of the person's, not a thing
_TIME_NOUNS = lx._words("era age period year decade century reign tenure term day time")
# endings of a noun of a person's trade ("the Tessic engraver")
_ROLE_ENDINGS = ("ist", "er", "or", "ian")
_COMPOUND_HEADS = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx.TECHNIQUE_HEADS
                   | lx.PRODUCT_HEADS | frozenset(lx.REFERENCE_NOUNS))


def count_head(toks: list[Token], i: int, stats: Stats, *, heading: bool) -> None:
    """Counts the capitalised word ``toks[i]`` with the word after it.

    Args:
        toks: the unit's tokens.
        i: the index of a capitalised word.
        stats: the corpus statistics (``heads``, ``heads_after_article`` are updated).
        heading: True in a heading, where the head may be capitalised ("The Tessmar Lens").
    """
    if i + 1 >= len(toks) or toks[i].possessive or toks[i].is_acronym:
        return
    head = toks[i + 1]
    if not head.text.isalpha() or head.start != toks[i].end + 1 or (
            not heading and not head.text[0].islower()):
        return
    pair = (toks[i].lower, singular(head.lower))
    stats.heads[pair] += 1
    k = i - 1
    while k >= 0 and toks[k].is_word and toks[k].is_cap and i - k < 2 \
            and toks[k].lower not in _ARTICLES:
        k -= 1  # "the Gannet Point rangers": the article may come before a two-word name
    if not heading and k >= 0 and (toks[k].lower in _ARTICLES or _naming(toks, k)):
        stats.heads_after_article.add(pair)


def _naming(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` ends a naming cue: "called", "dubbed", "known (…) as" ("soon
    known everywhere as the Pelmor lamp" gives the pair as one name, as "the" does)."""
    low = toks[k].lower
    return low in ("called", "dubbed") or low == "as" and any(
        t.lower == "known" for t in toks[max(0, k - 3):k])


def eponym_head(toks: list[Token], s: int, e: int, stats: Stats) -> bool:
    """True when the lowercase noun ``toks[e]`` after the name ``toks[s:e]`` completes it.

    Args:
        toks: the unit's tokens.
        s: the name's first token.
        e: the token after the name.
        stats: the corpus statistics.

    Returns:
        Whether the corpus gives the pair as one thing (see the module docstring).
    """
    if e >= len(toks) or e <= s:
        return False
    head, last = toks[e], toks[e - 1]
    if last.possessive and e - s == 1:
        return _possessive_law(toks, e)
    if not head.text.isalpha() or not head.text[0].islower() or last.possessive \
            or last.is_acronym or head.start != last.end + 1:
        return False
    low = singular(head.lower)
    if head.lower in _NOT_HEAD or low in _NOT_HEAD or low in CLASSIFIERS or role_noun(low) \
            or low in _TIME_NOUNS or head.lower.endswith(("ly", "ed", "ing")):
        return False
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    if nxt is not None and nxt.is_word and singular(nxt.lower) in _COMPOUND_HEADS:
        return False  # "the Oskby relief tunnel": the head comes later
    if last.lower.endswith(_ADJECTIVE_NAME) and lx.zipf(last.lower) >= 3.0:
        return False
    pair = (last.lower, low)
    if e - s == 1 and _DASHED.fullmatch(last.text) and s > 0 and toks[s - 1].lower in _ARTICLES:
        return True  # "the Quesswick–Varnhagen zone": two names joined by a dash name a thing
    return pair in stats.heads_after_article and (
        stats.heads[pair] >= 2 or e - s == 1 and _lone_pair(toks, e, stats))


# heads a possessive name takes as a term's name ("Pelmor's law", "Tallis's theorem"): nouns of
# a stated regularity or a named condition, never of a thing owned ("Tallis's house")
_POSSESSIVE_HEADS = lx._words("law theorem principle constant equation paradox conjecture "
                              "lemma hypothesis syndrome disease inequality criterion")


def _possessive_law(toks: list[Token], e: int) -> bool:
    """True when ``toks[e]`` after the one-word possessive name ``toks[e - 1]`` makes a term:
    "now called Pelmor's law", not "Pelmor's house", "Pelmor's laws of …" or "Pelmor's law
    firm" (the head must end the phrase)."""
    head, last = toks[e], toks[e - 1]
    if not (head.text.isalpha() and head.text.islower() and head.lower in _POSSESSIVE_HEADS
            and head.start == last.end + 1 and last.text[:1].isupper()
            and not last.is_acronym and last.text[-1:] not in "'’"):
        return False  # "the Tallises' law": a plural owner
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    return nxt is None or not (nxt.is_word and nxt.text.islower()
                               and nxt.lower not in lx.STOPWORDS)


_NAMING_VERBS = lx._words("call calls called name names named dub dubs dubbed term termed")


def _named_here(toks: list[Token], k: int) -> bool:
    """True when a naming verb and its object end at ``toks[k]``, before "the" and the pair:
    "named this effect the Pelmor spike", "called it the Pelmor spike" (the text coins the
    pair there, whatever else it writes the name of)."""
    if k >= 0 and toks[k].lower == "it":
        k -= 1
    elif k >= 1 and toks[k - 1].lower in ("this", "that") and toks[k].text.islower():
        k -= 2
    return k >= 0 and toks[k].lower in _NAMING_VERBS


def _lone_pair(toks: list[Token], e: int, stats: Stats) -> bool:
    """True when the one-word name before ``toks[e]`` is written nowhere else and its head
    ends the phrase: "the Pelmor massif in …", not "the Pelmor ice sheet", "the Pelmor-born
    painter", "the Tessic word" or "the Pelmor turns …"."""
    last, head = toks[e - 1], toks[e].lower
    if e < 2 or toks[e - 2].lower != "the":
        return False  # "a Pelmor symphony" is one of a kind of works, not one thing
    if stats.cap_count[last.base] != 1 and not _named_here(toks, e - 3) \
            and not glossed(toks, e) or not last.text.isalpha() \
            or is_demonym([last.text]) or last.lower in _CALENDAR:
        return False  # "the Spring collection": a season's, not a thing's name
    if head in lx.PERSON_NOUNS or head.endswith(_ROLE_ENDINGS) and not glossed(toks, e) \
            or singular(head) != head:  # "the Pelmor turns" may be a verb
        return False
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    return nxt is None or not (nxt.is_word and nxt.text.islower()
                               and nxt.lower not in lx.STOPWORDS)


def namesakes_named(units: list[Unit], matches: list[Match], groups: list, types: list[str],
                    kept: dict) -> list[tuple]:
    """A thing named after a person, "the Tessmar effect", also names that person, when one
    person of the document has that surname and was named before: "The anomaly is still
    called the Tessmar effect" mentions Ada Tessmar (its first word is her name). The thing's
    name is two words, the second a lowercase noun that can head a description (not "the
    Tessmar name", a light noun), the first capitalised in running text (not "sedge grass",
    capitalised only to open a sentence, after an Ada Sedge).

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        groups: the entities' forms (their matching keys).
        types: the type of each group.
        kept: the kept forms by key (which of them :mod:`kg.finders.eponyms` found as eponyms).

    Returns:
        Reference tuples ``(person, sentence, surname, char_start, char_end, "namesake")``.
    """
    bearers = defaultdict(set)
    for g, group in enumerate(groups):
        if types[g] == "person" and group.keys:
            bearers[last_name(max(group.keys, key=len))].add(g)  # past a "Jr."
    named_after = {}
    for g, group in enumerate(groups):
        if types[g] in ("person", "date", "quantity"):
            continue
        for key in group.keys:
            if len(key) == 2 and len(bearers[key[0]]) == 1 and descriptor_noun(key[1]) \
                    and kept[key].proper > 0 \
                    and any(s.split()[-1].islower() for s in kept[key].surfaces):
                named_after[g] = next(iter(bearers[key[0]]))  # "Tessmar effect", not "… name"
    if not named_after:
        return []
    first = {}
    here = defaultdict(set)
    for m in matches:
        if types[m.group] == "person":
            first[m.group] = min(first.get(m.group, m.unit), m.unit)
        here[m.unit].add(m.group)
    out = []
    for m in matches:
        person = named_after.get(m.group)
        unit = units[m.unit]
        if person is None or unit.heading or person in here[m.unit] \
                or first.get(person, m.unit) >= m.unit:
            continue
        tok = unit.tokens[m.start]
        if not tok.text[:1].isupper():
            continue
        here[m.unit].add(person)
        out.append((person, unit.sentence, tok.text, tok.start, tok.end, "namesake"))
    return out
