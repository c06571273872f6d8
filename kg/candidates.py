"""Finds the spans of text that may name an entity, with the evidence for each.

Every finder works on a :class:`Unit` (a sentence or a heading, tokenised) and returns
:class:`Span` records. Which spans become entities is decided later, across the whole corpus
(:mod:`kg.entities`), because most evidence is corpus-wide: repetition, a capital seen away
from the start of a sentence, a definition elsewhere.

Finders here: capitalised names (:func:`names`), with things named after them ("the Varrow
lamp": an ``eponym`` span); in :mod:`kg.terms`, lowercase noun-phrase terms; in
:mod:`kg.patterns`: terms introduced by "called", "known as" or quotes, "Label: text" list
items, dates and quantities; in :mod:`kg.emphasis`, terms set in bold in Markdown; in
:mod:`kg.acronyms`: acronym definitions both ways round and aliases.

Measured on the development sets (``benchmarks/entities.py --held-out``, outsiders' sets
final2/ and final3/ especially): a name like "The Tower of Ostrel" lost its "of" because
"The" counted as a word of the run, and a byname (like "Tallis of Brem") was cut in two;
both now hold (lighthouse recall .70 → .95 with :mod:`kg.emphasis`; no other set changed).
The eponym rule (a name + a lowercase noun, twice, once after an article) adds two such
pairs (a name with a building noun, one with an instrument noun) on lighthouse and nothing on the
other 8 sets or the 12 invented ones; without its role-noun, time-noun and compound-head
checks it took a "the Wendell era" (which cut the surname from its person) and a "the
Oskby relief" out of "the Oskby relief tunnel", so those checks stay. A looser rule (one
occurrence after an article) was not tried: one-off pairs ("the Norland coastline") are
what floods the graph.

Two cuts for precision: a month right after a day number is part of the date, not the first
word of a name ("On 2 October Marlby lodged …" gave "October Marlby"), and a lone title
cut from its name by its period ("Dr. Oda Vey") gives no span ("Dr" was a node). Measured:
water_dispute −2 nodes, no other set moved. A run of weekday names is no name, as a run of
months is not ("Sunday evening lectures"): orchestra −1.

Round 13: a capitalised "A" or "An" after a lowercase word, before two or more capitalised
words, opens a work's title and stays in the name (:func:`_titled_article`: "under the title
A Harbour in Winter"). Over the 20 development sets and the 15 invented articles it keeps one
title's article (vessany_archive, whose gold name holds it: with :mod:`kg.relative_names`,
alias unity .95 → 1.00); no other figure or node moved.

Where a run goes on (connectors, a possessive inside a name) and what completes it is in
:mod:`kg.name_runs`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg import lexicon as lx
from kg.demonyms import adjective_stems, named_by_adjective, person_prefix
from kg.eponyms import CLASSIFIERS, count_head, eponym_head
from kg.given_names import GIVEN_NAMES
from kg.junctions import count_junctions, joins
from kg.name_runs import (
    NAME_HEADS,
    SMALL_NUMBER,
    connects,
    extend,
    lone_title,
    numbered_start,
    particle_before,
    possessive_inside,
)
from kg.person_words import INITIAL
from kg.tokens import Token, key_of, singular

_OPENERS = {":", ";", "•", "–", "-", "*", "?", "!"}
_EMPHASIS = frozenset("*_")  # Markdown emphasis marks (kg.emphasis.MARKS)

@dataclass
class Unit:
    """A tokenised sentence or heading.

    Attributes:
        doc: the document id.
        tokens: its tokens.
        sentence: its index in the sentence list, or None for a heading.
        section: the section id (for a heading, the section it heads).
        heading: True for a heading.
        list_item: True for a list item.
    """

    doc: str
    tokens: list[Token]
    sentence: int | None
    section: str | None
    heading: bool = False
    list_item: bool = False


@dataclass(frozen=True)
class Span:
    """A run of tokens in a unit that may name an entity.

    Attributes:
        unit: the unit index.
        start: first token index.
        end: token index after the last.
        kind: name, eponym, acronym, expansion, term, defined, quoted, label, date or
            quantity.
    """

    unit: int
    start: int
    end: int
    kind: str


@dataclass
class Stats:
    """Corpus-wide word evidence.

    Attributes:
        lower_seen: words seen in lowercase in running text.
        cap_seen: words seen capitalised away from the start of a sentence.
        cap_count: how often each capitalised word is seen (headings too).
        of_pairs: how often each pair of capitalised words is seen as "X of Y".
        heads: how often a capitalised word is followed by a lowercase word ("Tessmar
            lens"; in a heading, by any word), by (name word, singular head word).
        heads_after_article: those pairs seen after an article or ordinal ("the Tessmar
            lens", "a Tessmar lens"), in running text.
        before_junction: how often a capitalised word stands before "and" or "to" and
            another capitalised word (:mod:`kg.junctions`).
        after_junction: how often one stands after such a junction.
    """

    lower_seen: set[str] = field(default_factory=set)
    cap_seen: set[str] = field(default_factory=set)
    cap_count: Counter = field(default_factory=Counter)
    of_pairs: Counter = field(default_factory=Counter)
    heads: Counter = field(default_factory=Counter)
    heads_after_article: set[tuple[str, str]] = field(default_factory=set)
    before_junction: Counter = field(default_factory=Counter)
    after_junction: Counter = field(default_factory=Counter)


def span_key(units: list[Unit], span: Span) -> tuple[str, ...]:
    """The matching key of a span."""
    return key_of(units[span.unit].tokens[span.start:span.end])


def is_initial(tokens: list[Token], i: int) -> bool:
    """True when token ``i`` stands where any word would be capitalised; Markdown emphasis
    marks before it are looked through ("the **Osk Act**" is mid-sentence; a list item's
    "**Osk** drew …", "Note: **Osk** …" and "**A rule.** Procedures …" are not).

    Round 13: a bold act's name kept its first word, also written lowercase elsewhere, and
    joined its dated form (engines alias unity, with the other round-13 rules); no other
    figure moved. A lone "*" is still an opener: looking through it too made an italic
    ship's name a node that took an "it" on plate_tectonics (relations 1.00 → 0.90), and
    without the "." test two sentences the splitter left inside a list item gave nodes of
    their first word (telescope, compiler)."""
    k = i
    while k > 0 and tokens[k - 1].text in _EMPHASIS:
        k -= 1
    if k < i - 1 and k > 0:  # bold or bold italics; a lone "*" may be a list's bullet
        # "**One rule.** Procedures …": a sentence the splitter left inside a list item
        return tokens[k - 1].text in _OPENERS or tokens[k - 1].text in (".", "…") \
            or k == 1 and not tokens[0].is_word
    return i == 0 or tokens[i - 1].text in _OPENERS or (
        i == 1 and not tokens[0].is_word)


def corpus_stats(units: list[Unit]) -> Stats:
    """Collects which words are seen in lowercase, and which capitalised mid-sentence."""
    stats = Stats()
    for unit in units:
        toks = unit.tokens
        for i, tok in enumerate(toks):
            if tok.is_word and tok.is_cap:
                stats.cap_count[tok.base] += 1
                if i >= 2 and toks[i - 1].lower == "of" and toks[i - 2].is_cap:
                    stats.of_pairs[toks[i - 2].base, tok.base] += 1
                count_head(toks, i, stats, heading=unit.heading)
        count_junctions(toks, stats.before_junction, stats.after_junction)
        if unit.heading:
            continue
        for i, tok in enumerate(toks):
            if not tok.is_word:
                continue
            if tok.text[0].islower():
                stats.lower_seen.add(tok.lower)
            elif not is_initial(unit.tokens, i):
                stats.cap_seen.add(tok.base)
    _adjective_named(units, stats)
    return stats


def _adjective_named(units: list[Unit], stats: Stats) -> None:
    """Counts a word that opens a sentence as capitalised in mid-sentence too when the text
    names it by its adjective elsewhere ("Orvalia became …" and "Orvalian ships"): a place
    or a people's name, not a word capitalised by position (figures in
    :func:`kg.demonyms.named_by_adjective`)."""
    adjectives = adjective_stems(t.lower for unit in units for t in unit.tokens if t.is_cap)
    if not adjectives:
        return
    for unit in units:
        toks = unit.tokens
        if not unit.heading and toks and toks[0].is_word and toks[0].is_cap \
                and toks[0].lower not in stats.lower_seen \
                and named_by_adjective(toks[0].lower, adjectives):
            stats.cap_seen.add(toks[0].base)


def positional_capital(tokens: list[Token], i: int, stats: Stats) -> bool:
    """True when token ``i`` is capitalised only because of where it stands."""
    tok = tokens[i]
    if tok.is_acronym or not is_initial(tokens, i):
        return False
    if tok.lower in lx.STOPWORDS or tok.lower in stats.lower_seen:
        return True
    if tok.base not in stats.cap_seen and tok.lower.endswith(("ing", "ly", "ed")):
        return True  # "Assuming this …", "Clearly, …"
    return tok.base not in stats.cap_seen and lx.zipf(tok.lower) >= 3.5


_SAINT = frozenset({"st", "saint"})


def _positional_start(toks: list[Token], s: int, j: int, stats: Stats) -> bool:
    """True when the first word of the run ``toks[s:j]`` is capitalised only by position.

    Inside a longer run the word must be very common ("Understanding Norland"), so that a
    first name at the start of a sentence ("Ellen R. Voss led …") stays; a listed given name
    stays however common ("John Orvik founded …"), unless the text also writes it lowercase.
    Before a connector ("Praise for Ada Lind grew") a common word that is no head noun opens
    no name (a "Society for …" does): a history's heading-like sentence made a rival of a
    person's surname on pcr_history (alias unity 0.60 → 0.65; no other of the 20 sets moved).
    """
    if not positional_capital(toks, s, stats) or j - s == 1 and numbered_start(toks, s, stats):
        return False  # "Route 9 opened …" is a numbered name
    if j - s >= 2 and toks[s].lower in lx.LEADING_HEADS and toks[s + 1].is_word \
            and toks[s + 1].lower not in lx.STOPWORDS and not toks[s + 1].is_acronym:
        return False  # "Project Tamsin, begun in 1988, …": the head opens the name
    if j - s == 1 or toks[s].lower in stats.lower_seen or toks[s].lower in lx.STOPWORDS:
        return True
    if toks[s + 1].lower in lx.NAME_CONNECTORS and singular(toks[s].lower) not in NAME_HEADS:
        return True  # "Praise for Ada Lind grew": a common word, not "Society for …"
    return lx.zipf(toks[s].lower) >= 4.5 and toks[s].lower not in GIVEN_NAMES \
        and not INITIAL.fullmatch(toks[s + 1].text)


def _titled_article(toks: list[Token], s: int, j: int) -> bool:
    """True for a capitalised "A" or "An" after a lowercase word and before two or more
    capitalised words: the first word of a work's title ("under the title A Harbour in
    Winter"), which no sentence capitalises otherwise."""
    return toks[s].text in ("A", "An") and s > 0 and j - s >= 3 and toks[s - 1].is_word \
        and toks[s - 1].text.islower()


def _drop_first(toks: list[Token], s: int, j: int, stats: Stats) -> bool:
    """True when the first word of the run ``toks[s:j]`` is not part of the name.

    A capitalised function word stays only inside a longer name in mid-sentence ("the Over
    Kessing Bay Crossing"), never at the start of a sentence or quotation ("We hope").
    """
    low = toks[s].lower
    if _titled_article(toks, s, j):
        return False
    if low in lx.DETERMINERS or _positional_start(toks, s, j, stats):
        return True
    if low not in lx.STOPWORDS:
        return False
    return (is_initial(toks, s) or j - s == 1 or low == "i" or not toks[s - 1].is_word
            or toks[s + 1].lower in lx.STOPWORDS)


def _reduplicated(tok: Token) -> bool:
    """True for a word made of one part repeated ("Yo-Yo"): a compound, not a name."""
    parts = [p.casefold() for p in re.split(r"[-–/]", tok.base) if p]
    return len(parts) > 1 and len(set(parts)) == 1


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
def _namehead(unit_index: int, toks: list[Token], s: int, e: int) -> Span | None:
    """A name with a year ("the Compact of 1978", "the Canal Tolls Act 1989", "the 1989 Act")
    or, after "the", a
    short name with a lowercase classifier ("the Kelby bank", "the Corvid label"): a
    ``namehead`` span."""
    if e + 1 < len(toks) and toks[e].lower == "of" and _YEAR.fullmatch(toks[e + 1].text) \
            and toks[e - 1].lower in NAME_HEADS:
        return Span(unit_index, s, e + 2, "namehead")
    if e < len(toks) and _YEAR.fullmatch(toks[e].text) and toks[e - 1].lower in lx.DOCUMENT_HEADS:
        return Span(unit_index, s, e + 1, "namehead")  # "the Port Dues Act 1987"
    if e - s == 1 and s >= 2 and toks[s].lower in lx.DOCUMENT_HEADS and _YEAR.fullmatch(
            toks[s - 1].text) and toks[s - 2].lower == "the":
        return Span(unit_index, s - 1, e, "namehead")  # "the 1987 Act"
    if e < len(toks) and e - s <= 3 and s > 0 and toks[s - 1].lower == "the" and \
            toks[e].text[0].islower() and not toks[s].is_acronym and \
            toks[e].lower in CLASSIFIERS and singular(toks[e].lower) == toks[e].lower \
            and not toks[e - 1].possessive and \
            all(t.is_word and t.lower not in lx.NAME_CONNECTORS for t in toks[s:e]):
        return Span(unit_index, s, e + 1, "namehead")
    return None


def names(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Runs of capitalised words, joined by name connectors ("of", "for", "&", initials).

    Also gives a short name followed by a lowercase classifier noun ("the Kelby bank",
    "the Corvid label") as a ``namehead`` span, which only ever joins another name. A capital
    written onto a degree sign ("72 °C") is a unit, no name (round 13: pcr_history −1 node,
    no other node of the 20 sets moved).
    """
    toks, out, i = unit.tokens, [], 0
    while i < len(toks):
        if not (toks[i].is_word and toks[i].is_cap) or _reduplicated(toks[i]) \
                or i and toks[i - 1].text == "°" and toks[i - 1].end == toks[i].start:
            i += 1  # "70 °C": a unit
            continue
        j = i + 1
        while j < len(toks) and not (toks[j - 1].possessive and not possessive_inside(toks, j)):
            tok = toks[j]
            if not (tok.is_word and tok.is_cap and not _reduplicated(tok)
                    or connects(toks, i, j, stats)
                    or joins(toks, i, j, stats, heading=unit.heading)):
                break
            j += 1
        s = i
        while s < j and _drop_first(toks, s, j, stats):
            s += 1
        if s == i and i > 0 and toks[i - 1].is_number and toks[i - 1].end == toks[i].start \
                and sum(c.isalpha() for c in toks[i].text) >= 2:
            s -= 1  # "88P/Ostrander": a catalogue number written onto the name
        elif s == i and particle_before(toks, i):
            s -= 1  # "Merrin and van Oordt ran …": the surname keeps its particle
        if j - s >= 4 and toks[s].lower in lx.TITLE_MODIFIERS \
                and toks[s + 1].lower.rstrip(".") in lx.HONORIFICS:
            s += 2  # "Prime Minister Liisa Kask"
        elif j - s >= 3 and toks[s].lower.rstrip(".") in lx.HONORIFICS - _SAINT:
            s += 1  # "President Ada Lind": the title is not the name ("St. Aurel Hospital" is)
        if j - s >= 3 and all(t.is_word for t in toks[s:j]):
            s += person_prefix([t.text for t in toks[s:j]], NAME_HEADS)  # "the Danish Anna Lind"
        e = j
        while e > s and toks[e - 1].lower in lx.NAME_CONNECTORS:
            e -= 1
        if s < e and toks[s].lower in lx.MONTHS and s > 0 and SMALL_NUMBER.fullmatch(
                toks[s - 1].text):
            s += 1  # "On 2 October Marlby lodged …": the month belongs to the date
        if s < e and not (all(t.lower in lx.MONTHS | lx.WEEKDAYS for t in toks[s:e])
                          or lone_title(toks, s, e)):
            e = extend(toks, s, e, stats)
            kind = "acronym" if e - s == 1 and toks[s].is_acronym else "name"
            if e - s <= 2 and eponym_head(toks, s, e, stats):
                e, kind = e + 1, "eponym"
            out.append(Span(unit_index, s, e, kind))
            extra = _namehead(unit_index, toks, s, e)
            if extra:
                out.append(extra)
        i = max(j, e)
    return out
