"""The records every span finder works on, and the corpus-wide evidence about words.

A :class:`Unit` is a tokenised sentence or heading; a finder (:func:`kg.finders.candidates.names`,
:mod:`kg.finders.terms`, :mod:`kg.finders.patterns`, …) returns :class:`Span` records over it, matched across
the corpus by :func:`span_key`. :class:`Stats` (:func:`corpus_stats`) is what the whole corpus
says about each word: seen in lowercase, capitalised away from the start of a sentence, as the
name of an eponym's head, beside a junction; :func:`positional_capital` reads it to tell a word
capitalised only by where it stands.

Split off :mod:`kg.finders.candidates`, from which these names are importable too.

Review of probe15: only a title-case heading ("Survey and Method") has its capitals left out
of the junction counts (:func:`_title_case`); a sentence-case heading ("The rise of Harnick")
capitalises a word inside it only for a name, as running text does, and counts as it did
before probe15. No figure moved (30 development sets, 28 probes).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.finders.eponyms import count_head
from kg.finders.junctions import count_junctions
from kg.words import lexicon as lx
from kg.words.demonyms import adjective_stems, named_by_adjective
from kg.words.tokens import EMPHASIS_MARKS, Token, key_of

__all__ = ["INCORPORATED", "Span", "Stats", "Unit", "corpus_stats", "distinct_units",
           "is_initial", "positional_capital", "span_key"]

# marks after which any word is capitalised, as at the start of a sentence
_OPENERS = {":", ";", "•", "–", "-", "*", "?", "!"}


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
        cap_seen: words seen capitalised away from the start of a sentence, as written.
        cap_folded: the same words case-folded, for a check of a lowercase word ("Varnish"
            seen in mid-sentence bars "varnish"; rev18b: checks of ``cap_seen`` with a
            lowercase word never matched).
        cap_count: how often each capitalised word is seen (headings too).
        of_pairs: how often each pair of capitalised words is seen as "X of Y".
        heads: how often a capitalised word is followed by a lowercase word ("Tessmar
            lens"; in a heading, by any word), by (name word, singular head word).
        heads_after_article: those pairs seen after an article or ordinal ("the Tessmar
            lens", "a Tessmar lens"), in running text.
        before_junction: how often a capitalised word stands before "and" or "to" and
            another capitalised word (:mod:`kg.finders.junctions`).
        after_junction: how often one stands after such a junction.
        heading_caps: how often each capitalised word is seen in a heading (which
            capitalises every word; junctions are counted in running text only).
        and_pairs: how often each pair of capitalised words is seen as "X and Y" outside
            headings (probe20: a firm named for two partners, :mod:`kg.finders.firm_pairs`).
        incorporated: capitalised words seen right before a legal suffix ("Harnett Ltd"), not
            after "and" or "&": a firm of its own, so "Harnett, Pardoe and Quenby Ltd" lists
            three (rev15e).
        acronyms: the acronyms of three letters or more written in the text (diag15k: a
            name "A B of the C" goes on with "of" when the text abbreviates it "ABC").
        after_cap: capitalised words seen right after another, outside headings ("Vashti" of
            "Orlen Vashti"; rev15m: such a word begins no epithet name, "Vashti the Fool").
        first_cap: where each capitalised word is first seen outside headings (fix15b: a word
            seen before begins no epithet name, "son of Hadrun … called him Hadrun the X";
            no figure of 60 sets moved: dev unity .929, core 1731; probes unity .946, core 631).
        the_pairs: how often each pair of capitalised words is seen as "X the Y" outside
            headings (fix16: an epithet name, "Edwy the Confessor", :mod:`kg.finders.epithets`).
        the_first: where each such pair is first seen (fix16: its first word must not be seen
            before it, the guard of fix15b).
        numbered: the numbers each capitalised word is seen with after "No." ("Varn No. 1",
            "Varn No. 2"; diag16z: a word written with two numbers names a numbered series).
        bare: capitalised words seen alone in mid-sentence, after no article or capitalised
            word and before no capitalised word ("in Quellmarsh", not "The Treasury"): a bare
            name such as a town's (diag16c, :mod:`kg.finders.junctions`).
    """

    lower_seen: set[str] = field(default_factory=set)
    cap_seen: set[str] = field(default_factory=set)
    cap_folded: set[str] = field(default_factory=set)
    cap_count: Counter = field(default_factory=Counter)
    of_pairs: Counter = field(default_factory=Counter)
    heads: Counter = field(default_factory=Counter)
    heads_after_article: set[tuple[str, str]] = field(default_factory=set)
    before_junction: Counter = field(default_factory=Counter)
    after_junction: Counter = field(default_factory=Counter)
    heading_caps: Counter = field(default_factory=Counter)
    and_pairs: Counter = field(default_factory=Counter)
    incorporated: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    after_cap: set[str] = field(default_factory=set)
    first_cap: dict[str, int] = field(default_factory=dict)
    the_pairs: Counter = field(default_factory=Counter)
    the_first: dict[tuple[str, str], int] = field(default_factory=dict)
    numbered: dict[str, set[str]] = field(default_factory=dict)
    bare: set[str] = field(default_factory=set)


# the legal suffixes of a firm's name
INCORPORATED = frozenset({"ltd", "limited", "plc", "inc", "llc"})


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
    while k > 0 and tokens[k - 1].text in EMPHASIS_MARKS:
        k -= 1
    if k < i - 1 and k > 0:  # bold or bold italics; a lone "*" may be a list's bullet
        # "**One rule.** Procedures …": a sentence the splitter left inside a list item
        return tokens[k - 1].text in _OPENERS or tokens[k - 1].text in (".", "…") \
            or k == 1 and not tokens[0].is_word
    return i == 0 or tokens[i - 1].text in _OPENERS or (
        i == 1 and not tokens[0].is_word)


def _title_case(toks: list[Token]) -> bool:
    """True when a heading capitalises every word but the small ones ("Survey and Method"),
    so that its capitals say nothing of a word; not a heading in sentence case ("The rise of
    Harnick"), whose capitals inside are those of names (review of probe15)."""
    return all(t.is_cap or t.lower in lx.STOPWORDS for t in toks if t.is_word and t.text[0].isalpha())


def _alone(toks: list[Token], i: int) -> bool:
    """True when capitalised token ``i`` stands with no article or capitalised word before
    it and no capitalised word after it."""
    before, after = toks[i - 1] if i else None, toks[i + 1] if i + 1 < len(toks) else None
    return not (before is not None and (before.lower in ("the", "a", "an") or before.is_cap
                                        and before.is_word)
                or after is not None and after.is_cap and after.is_word)


def corpus_stats(units: list[Unit]) -> Stats:
    """Collects which words are seen in lowercase, and which capitalised mid-sentence."""
    stats = Stats()
    for unit in units:
        toks = unit.tokens
        titled = unit.heading and _title_case(toks)
        for i, tok in enumerate(toks):
            if tok.is_acronym and len(tok.text) >= 3 and tok.text.isalpha():
                stats.acronyms.add(tok.text)
            if tok.is_word and tok.is_cap:
                stats.cap_count[tok.base] += 1
                if i and toks[i - 1].is_word and toks[i - 1].is_cap and not unit.heading:
                    stats.after_cap.add(tok.base)
                if not unit.heading:
                    stats.first_cap.setdefault(tok.base, tok.start)
                if titled:
                    stats.heading_caps[tok.base] += 1
                if i >= 2 and toks[i - 1].lower == "of" and toks[i - 2].is_cap:
                    stats.of_pairs[toks[i - 2].base, tok.base] += 1
                if i >= 2 and toks[i - 1].text == "the" and toks[i - 2].is_cap and not unit.heading:
                    stats.the_pairs[toks[i - 2].base, tok.base] += 1
                    stats.the_first.setdefault((toks[i - 2].base, tok.base), toks[i - 2].start)
                if tok.text == "No" and 0 < i < len(toks) - 2 and toks[i + 1].text == "." \
                        and toks[i + 2].text.isdigit() and toks[i - 1].is_cap:
                    stats.numbered.setdefault(toks[i - 1].base, set()).add(toks[i + 2].text)
                count_head(toks, i, stats, heading=unit.heading)
                if i + 1 < len(toks) and toks[i + 1].lower.rstrip(".") in INCORPORATED \
                        and not (i > 0 and toks[i - 1].lower in ("and", "&")):
                    stats.incorporated.add(tok.base)
        if not titled:
            count_junctions(toks, stats.before_junction, stats.after_junction)
        if unit.heading:
            continue
        for k in range(1, len(toks) - 1):  # "Quenby and Will" (probe20, kg.finders.firm_pairs)
            if toks[k].lower == "and" and toks[k - 1].is_cap and toks[k + 1].is_cap:
                stats.and_pairs[toks[k - 1].base, toks[k + 1].base] += 1
        for i, tok in enumerate(toks):
            if not tok.is_word:
                continue
            if tok.text[0].islower():
                stats.lower_seen.add(tok.lower)
            elif not is_initial(unit.tokens, i):
                stats.cap_seen.add(tok.base)
                stats.cap_folded.add(tok.lower)
                if _alone(toks, i):
                    stats.bare.add(tok.base)
    _adjective_named(units, stats)
    return stats


def distinct_units(units: list[Unit]) -> list[Unit]:
    """The units as evidence: a unit repeating an earlier one word for word (case and
    spacing aside; a heading only repeats a heading) is left with no tokens.

    The finders and :func:`kg.finders.selection.select` count what the corpus says in
    sentences ("capitalised twice", "seen in two sentences"); a text given twice (two
    versions of one article, a page and its excerpt) or a paragraph repeated says it once.
    The list keeps its length and order, so a span's unit index holds in the full list.
    """
    seen: set[tuple[bool, str]] = set()
    out = []
    for unit in units:
        key = (unit.heading, " ".join(t.text.lower() for t in unit.tokens))
        if key in seen:
            unit = Unit(unit.doc, [], unit.sentence, unit.section, heading=unit.heading,
                        list_item=unit.list_item)
        seen.add(key)
        out.append(unit)
    return out


def _adjective_named(units: list[Unit], stats: Stats) -> None:
    """Counts a word that opens a sentence as capitalised in mid-sentence too when the text
    names it by its adjective elsewhere ("Orvalia became …" and "Orvalian ships"): a place
    or a people's name, not a word capitalised by position (figures in
    :func:`kg.words.demonyms.named_by_adjective`)."""
    adjectives = adjective_stems(t.lower for unit in units for t in unit.tokens if t.is_cap)
    if not adjectives:
        return
    for unit in units:
        toks = unit.tokens
        if not unit.heading and toks and toks[0].is_word and toks[0].is_cap \
                and toks[0].lower not in stats.lower_seen \
                and named_by_adjective(toks[0].lower, adjectives):
            stats.cap_seen.add(toks[0].base)
            stats.cap_folded.add(toks[0].lower)


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
