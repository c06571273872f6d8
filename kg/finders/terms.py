"""Lowercase noun-phrase terms: "adaptive optics", "crop rotation", "common fund".

A term is a run of content words that ends in a noun-like head. Whether a term is kept is
decided across the corpus (:mod:`kg.finders.selection`): by repetition, a heading, or a definition.

An adverb is no term word: a word in "-ly" whose stem is a word ("quickly"), or in "-ily"
whose stem with "y" is ("steadily"). The second case removed one "steadily …" phrase from
plate_tectonics and nothing else on the twelve development sets. A superlative of a generic
modifier ("oldest", "largest") or a compound opened by one ("best-known") opens only a
``modterm``, like the generic modifier itself (:func:`kg.words.lexicon.is_generic_modifier`):
one "oldest …" term left plate_tectonics (its two-word tail kept the mentions), nothing else.

A common verb's "-s" form whose stem is a verb too ("calls", "works", "includes") ends a
term as a plural noun when punctuation or "in" follows it, where a verb would take its
object ("allowed remote calls in safe mode", "removing inline includes, a …"): compiler's
fragment of a gold term, cut before its "calls", became the whole term, and the invented
library set gained its gold term "inline includes" (recall and alias unity .93 → 1.00,
relations joined .6 → .7 at the evidence, .7 → .8 anywhere); nothing else moved on the 24
sets.

An "-s" word followed by "the", "a", "its", "their" … is a verb taking its object, and
ends no term ("the kiln consumes the wood": no "kiln consumes"). Round 9 of
issue 3: forecasting −1 node, nothing else moved on the 27 sets. An irregular past form
(:data:`kg.words.lexicon.PAST_VERBS` and a few more: "dug", "found", "sent") opens no term ("had
dug ponies out", "searched for lost skaters"): fell_rescue −2 nodes, nothing else moved.
A term ending in a singular noun of a person's post or trade (:data:`kg.words.lexicon.ROLE_NOUNS`,
:data:`kg.words.lexicon.PERSON_NOUNS`: "shift manager", "county treasurer") is a post and names no
thing: water_dispute, fell_rescue −1 core node each; no gold entity of the 27 sets ends in
such a noun. Plural ones were dropped too at first ("mill workers", "sheep farmers":
cooperative, orchestra −1 more) but a group may act as one ("kelp farmers founded the
bank", a test of :mod:`kg.finders.pieces`' rules), so they stay. A count of people stays an amount
("340 members"): applying the test in :func:`head_ok` also cut "95 brick workers" to
"95 brick" (rejected). "ordinary" joined the generic modifiers of
:data:`kg.words.lexicon.GENERIC_MODIFIERS` ("ordinary kilns", "the ordinary rules of trade" open
only a ``modterm``): chronometer, forecasting −1 node each; nothing else moved.

A word in "-ical" ends no term, as one in "-ous" or "-able" does not: it is an adjective
("good botanical condition" gave the ``modterm`` "good botanical"). Round 11 of issue 3:
river's such piece became the term its phrase ends in ("ecological status"), nothing else
moved on the 18 development and 12 invented sets.

Round 13: "annual", "principal", "neighbouring", "international", "quiet", "intensified" and
"founding" joined the generic modifiers (a phrase they open is a ``modterm``: "annual
attendance", "neighbouring towns"). They were picked from the junk terms of the node lists;
over the 20 development and 15 invented sets seven such one-off phrases are gone (cooperative,
telescope, river, orchestra, vaccine, fell_rescue, vessany_archive −1 node each) and no gold
entity, alias, type or reference moved.

Round 16: one lowercase word rare in English (Zipf < 3.0 on wordfreq's large list,
:func:`kg.words.lexicon.rarity`; the small list gives 0 to every word below 3 and cannot tell an
everyday rarity from a coined term) is a term candidate (:func:`rare_words`), kept when
written in two sentences, once at least as a head, never before "who" or a name (a person's
noun: "the harpist Ada Vell") nor as a verb ("to …", "could …", before "the"/"every"), and
not ending a kept name ("the sextant" after "the Orlen Sextant" is that name's short
form); its ending must not be an adjective's, a person's or an agent's ("-ic", "-al",
"-ist", "-ian", "-er", "-or"; a measuring "-meter" is a thing), and no other finder may
propose the word alone (a capitalised "Varnel" keeps its own evidence and spellings).
Measured (``--held-out --ours``, 22 development and 16 invented sets): quellbracke_perfumery
recall .87 → .91 (a coined plant's short name), sediment recall and alias unity .96 → 1.00
(a coined compound); the complete plate_tectonics index recall .698 → .705 (one more entry;
bundled unchanged, junk nodes 9 and 9); 28 nodes more over the 38 sets (2,665 → 2,693),
mostly real terms an indexer would list (a disease, an enzyme, a process, a landform);
no recall, alias unity, relation or conflation lost. Without the name-head check the
lowercase head of a named instrument and of a named ensemble took their names' short forms
(chronometer alias unity 1.00 → .95, relations .9 lower on two sets); dropping a rare word
found in any longer kept form (not only as a name's last word) lost three of the gains
(a rare word opening a kept two-word term, "varnocite quarry"); without the agent
ending, nine nouns of trades came in. Search (``benchmarks/search.py``, 22 sets, every
mode): one vaccine question fell from rank 1 to 2 in graph mode (R@1 .68 → .64, MRR .79 →
.77), its query naming one of the new one-word terms; nothing else moved. The threshold: at 2.5 the 38 sets have 16 nodes fewer
and the plate_tectonics index entry is lost (the gold gains stay: invented words are 0); at
3.3, 33 nodes more, two more index entries, and one relation lost on the invented tramway
article. Also listed and left: a two-word term seen once whose first word has 0 < Zipf <
2.5 (60 over the 38 sets, two of them gold or index entries, many pieces of clauses, a
rare noun and the verb after it).

Review of round 16 (invented texts of other genres): a job in "-man" ("the yard had no
banksman", "the ferryman") is a person's noun like "-ist" (:func:`person_compound`, the word
before "-man" a common one, so "dolmen" and "specimen" stay things); it took a legal
judgment's role noun for a term. No node of the 38 sets moved. A rare word only ever
written in the plural is counted, not named ("three shallots", "toasted pistachios": a
recipe's list took four such words), and is no term: its singular must be written in the
running text somewhere (not only where a finder proposed it, "the low weir"). Five nodes
fewer over the 38 sets (river, lighthouse, seedtrust, fell_rescue, quellbracke_perfumery,
one each: none gold, none an alias), no other figure moved. A rare word after a degree
word ("too tangy") or a copula with no article ("the palate is supple and …") is an
adjective, whatever its ending (:func:`_predicative`; a wine note took two); no node of the
38 sets moved.

Rejected in round 9 (measured over the 16 development and 11 invented sets, for the
outsiders' lowercase gold terms seen once: three, on forecasting and chronometer): one-word
terms (a rare lowercase noun, Zipf < 3, in three sentences) would find 1 gold term and add 29
others (real terms but no gold entities: nodes per entity rise everywhere); two-word terms seen
once whose head is a technique noun and whose modifier is hyphenated or rare, 1 gold and 3
others; two-word terms seen once whose head is a word of their section's heading ("steam
crane" under "The crane and …"), 1 gold and 67 others.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit, positional_capital
from kg.words import lexicon as lx
from kg.words.tokens import Token, key_of, singular

_ADJ_ENDINGS = ("ous", "ful", "less", "able", "ible", "ical")


def is_term_word(tokens: list[Token], i: int, stats: Stats, *, heading: bool = False) -> bool:
    """True when token ``i`` can sit inside a lowercase noun-phrase term."""
    tok = tokens[i]
    low = tok.lower
    if not tok.is_word or tok.is_number or not tok.base.replace("-", "").isalpha():
        return False
    if low in lx.STOPWORDS or low in lx.COMMON_VERBS or low in lx.MONTHS or len(low) < 2 \
            or low in lx.NUMBER_WORDS:
        return False
    if low.endswith("ly") and (lx.zipf(low[:-2]) >= 3.0
                               or len(low) > 5 and low.endswith("ily")
                               and lx.zipf(low[:-3] + "y") >= 3.0):
        return False  # an adverb: "quickly", "steadily"
    if tok.is_acronym or heading or tok.text[0].islower():
        return True
    return positional_capital(tokens, i, stats)


_VERB_ENDINGS = ("ize", "izes", "ise", "ises", "ify", "ifies")
_NOT_VERBS = lx._words("enterprise expertise exercise premise promise noise franchise compromise "
                       "demise merchandise size prize seize")
DESCRIPTION_HEADS = frozenset(k for k, v in lx.REFERENCE_NOUNS.items()
                               if v in ("organization", "person"))
# heads of a term that describes people by their post or trade ("shift manager")
ROLE_HEADS = lx.ROLE_NOUNS | lx.PERSON_NOUNS


# what may follow a plural noun that is also a verb's "-s" form ("remote calls, …")
_AFTER_PLURAL = frozenset({",", ".", ";", ":", ")", "in"})


def _plural_head(toks: list[Token], j: int) -> bool:
    """True when the word at ``j`` is a common verb's "-s" form that reads as a plural noun
    ending a term: its stem is a verb too ("calls", "works") and it ends the phrase, before
    punctuation or "in" ("allowed remote calls in safe mode"), where a verb would
    take its object."""
    low = toks[j].lower
    return low.endswith("s") and not low.endswith("ss") and low in lx.COMMON_VERBS \
        and low[:-1] in lx.COMMON_VERBS and toks[j].text.islower() \
        and j + 1 < len(toks) and toks[j + 1].text in _AFTER_PLURAL


# irregular past forms, which open a clause ("had dug walkers out"), not a term
_PAST_FORMS = lx.PAST_VERBS | lx._words("""
dug dealt meant sought sent bent bound spun stuck swung clung fed fled paid told found got
slid strode swept wept crept leapt caught thought spat shed thrust
""")
# words that open a noun phrase: after an "-s" word they make it a verb taking an object
_OBJECT_OPENERS = frozenset("the a an its their his her our this these those".split())


def _verb_before_object(toks: list[Token], j: int) -> bool:
    """True when the "-s" word at ``j`` is a verb with its object after it ("the atmosphere
    obeys the laws"): a plural noun ending a term is seldom followed by "the" or "its"."""
    low = toks[j].lower
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and j + 1 < len(toks) \
        and toks[j + 1].lower in _OBJECT_OPENERS


def _relative_verb(toks: list[Token], i: int) -> bool:
    """True for an "-s" word right after a relative "that", "which" or "who" ("every field
    that handles genetic material"): the clause's verb, which opens no term. Round 13:
    pcr_history −1 node (a term repeated with its paragraph); no other node of the 20
    development sets moved."""
    low = toks[i].lower
    return i > 1 and toks[i - 1].lower in ("that", "which", "who") and low.endswith("s") \
        and not low.endswith(("ss", "us", "is")) and toks[i - 2].is_word \
        and toks[i - 2].lower not in lx.STOPWORDS  # "along which plates slide": a subject


def _verbish(low: str) -> bool:
    return low.endswith(_VERB_ENDINGS) and low not in _NOT_VERBS


def head_ok(tok: Token) -> bool:
    """True when a word can end a term: a noun-like head, not an adjective or participle."""
    low = tok.lower
    return not (tok.is_acronym or low in lx.GENERIC_MODIFIERS or low in lx.PREDICATE_ADJECTIVES
                or low in lx.PARTICLES
                or (low.endswith("ed") and len(low) > 4) or low.endswith(_ADJ_ENDINGS)
                or _verbish(low) or singular(low) in DESCRIPTION_HEADS)


def _role_head(tok: Token) -> bool:
    """True for a singular noun of a person's post or trade ("manager", "treasurer"): a term it
    ends is a post ("shift manager"); a group in the plural may act as one ("kelp farmers
    founded the bank"), and a count of people is still an amount."""
    return tok.lower in ROLE_HEADS and singular(tok.lower) == tok.lower


def terms(unit_index: int, unit: Unit, stats: Stats, *, longest: int = 4) -> list[Span]:
    """Every 2- to ``longest``-word n-gram of a noun-phrase chunk that could be a term.

    A term does not start with a verb-like word or a possessive, and ends in a noun-like head
    (not an adjective, participle or acronym). A word in "-ing" starts only a two-word term
    ("tasting notes", not "building wooden boats"), and so does a generic modifier
    ("common fund"), as a ``modterm`` span that needs more evidence than a term.
    """
    toks, out = unit.tokens, []
    ok = [is_term_word(toks, i, stats, heading=unit.heading) and not _verbish(toks[i].lower)
          for i in range(len(toks))]
    for i in range(len(toks)):
        first = toks[i].lower
        if not ok[i] or toks[i].possessive or first in _PAST_FORMS or _relative_verb(toks, i):
            continue
        generic = lx.is_generic_modifier(first)
        top = i + 2 if first.endswith("ing") or generic else min(i + longest, len(toks))
        for j in range(i + 2, min(top, len(toks)) + 1):
            if j - 1 > i and toks[j - 2].possessive:
                break
            if not ok[j - 1]:
                if _plural_head(toks, j - 1):
                    out.append(Span(unit_index, i, j, "modterm" if generic else "term"))
                break
            if head_ok(toks[j - 1]) and not _verb_before_object(toks, j - 1) \
                    and not _role_head(toks[j - 1]):
                out.append(Span(unit_index, i, j, "modterm" if generic else "term"))
    return out


# a rare word is below this Zipf frequency on wordfreq's large list ("theodolite" 1.8,
# an invented word 0, "ravine" 3.2 is not)
RARE_WORD = 3.0
# endings of nouns of people ("geologist", "Varnian") and of adjectives ("eustatic",
# "littoral", "abrasive"), which name no thing of their own
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians")
_ADJECTIVE_ENDINGS = _ADJ_ENDINGS + ("ic", "al", "ive", "ary", "istic", "ish", "ent", "ant")


def rare_words(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """One lowercase word rare in English, as a one-word term candidate ("the varnocite",
    "a theodolite"): written in lowercase, of five letters or more, no adverb, participle,
    verb in "-ise"/"-ize", adjective or noun of a person by its ending. :mod:`kg.finders.selection`
    keeps it on the corpus' evidence (:func:`rare_word_evidence`).

    Args:
        unit_index: the unit's index.
        unit: a sentence (headings give none).
        stats: the corpus statistics.

    Returns:
        A ``rareword`` span for each such word.
    """
    toks, out = unit.tokens, []
    if unit.heading:
        return out
    for i, tok in enumerate(toks):
        low = tok.lower
        if len(low) < 5 or not tok.text.isalpha() or not tok.text.islower() \
                or not is_term_word(toks, i, stats) or not _rare_head(low) \
                or low in stats.cap_seen or singular(low) in stats.cap_seen \
                or i and toks[i - 1].is_cap and toks[i - 1].is_word \
                and toks[i - 1].lower not in lx.STOPWORDS:
            continue  # "Varrella montica", a name's word
        out.append(Span(unit_index, i, i + 1, "rareword"))
    return out


def shadowed_rare_words(units: list[Unit], spans: list[Span]) -> list[Span]:
    """The spans without the ``rareword`` ones whose word another finder also proposes
    alone (a name "Varnel", a heading's word): that word is judged by that finder's
    evidence, and its lowercase uses stay out of the name's spellings.

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        The spans kept, in their order.
    """
    other = {key_of(units[s.unit].tokens[s.start:s.end]) for s in spans
             if s.kind != "rareword" and s.end - s.start == 1}
    return [s for s in spans if s.kind != "rareword"
            or key_of(units[s.unit].tokens[s.start:s.end]) not in other]


def _rare_head(low: str) -> bool:
    """True for a rare word that may be a noun of a thing: no adjective, adverb, verb or
    noun of a person or agent by its ending ("-ist", "-er", "-or": "geologist", "parser",
    "auditor"; a measuring "-meter" is a thing; a job in "-man", :func:`person_compound`),
    no participle ("-ed" after a word)."""
    one = singular(low)
    if person_compound(low) or low.endswith(_PERSON_ENDINGS + _ADJECTIVE_ENDINGS + _VERB_ENDINGS + ("ing", "ate", "ates")) \
            or one.endswith(("er", "or")) and not one.endswith("meter") \
            or low.endswith("ed") and lx.rarity(low[:-2]) + lx.rarity(low[:-1]) > 0 \
            or one in ROLE_HEADS or one in DESCRIPTION_HEADS or low in lx.GENERIC_MODIFIERS \
            or low in lx.PREDICATE_ADJECTIVES or low in lx.PARTICLES:
        return False
    return lx.rarity(low) < RARE_WORD


_PERSON_TAILS = ("man", "men", "woman", "women", "person", "persons", "people", "folk")


def person_compound(low: str) -> bool:
    """True for a compound noun of a person, an English word and "-man", "-woman" or
    "-person" ("banksman", "linesman", "ferrymen"): a job, not a thing. The word before the
    tail must be a common one (Zipf 3.0 or more on the large list, maybe without its linking
    "s"), so "dolmen", "specimen" and "talisman" are no such compounds."""
    for tail in _PERSON_TAILS:
        stem = low[:-len(tail)]
        if low.endswith(tail) and len(stem) >= 4 and (
                lx.rarity(stem) >= RARE_WORD or stem.endswith("s") and lx.rarity(stem[:-1]) >= RARE_WORD):
            return True
    return False


# words before a verb ("to revarnish", "could inoculate") and after one ("governs every")
_VERB_OPENERS = lx._words("to will would can could shall should may might must cannot he she "
                          "they we it")
_QUANTIFIERS = lx._words("every each all some any no more most")


# words before an adjective standing alone: a copula ("is supple"), a degree ("too tangy")
_COPULAS = lx._words("is are was were be been seems seemed becomes became turns turned grow "
                     "grows grew remains remained feels felt tastes tasted looks looked")
_DEGREES = lx._words("too very so quite rather fairly extremely slightly somewhat "
                     "increasingly faintly")


def _predicative(toks: list[Token], i: int) -> bool:
    """True when the word at ``i`` is an adjective by its place: after a degree word ("too
    tangy when young"), or after a copula with no article ("is supple", "grow more supple")
    and closing its phrase (a function word, punctuation or the end: not "is zugzwang
    play")."""
    before = toks[i - 1].lower if i else ""
    if before in _DEGREES:
        return True
    if before in ("more", "less") and i > 1:
        before = toks[i - 2].lower  # "grow more supple"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return before in _COPULAS and (nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS)


def rare_word_evidence(key: tuple[str, ...], sentences: list[list[Token]], *,
                       written: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a rare word (:func:`rare_words`) is a term of the text: written in two
    sentences or more, once at least as a head (not only before another lowercase word,
    "holistic planning"), once at least in the singular (not only counted, "three
    shallots"), and never as a person's noun (before "who" or a name: "the harpist Ada
    Lind").

    Args:
        key: the word's matching key.
        sentences: the tokens of the running-text sentences it occurs in.
        written: the lowercase words of the running text (its singular may be written
            where no finder proposed it: "the low weir" besides "the weirs").

    Returns:
        Whether the word is kept as a term.
    """
    if len({tuple(t.text for t in toks) for toks in sentences}) < 2:
        return False
    head, one = False, key[0] in written
    for toks in sentences:
        for i, tok in enumerate(toks):
            if key_of([tok]) != key:
                continue
            one = one or singular(tok.lower) == tok.lower
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and (nxt.lower == "who" or nxt.is_cap and nxt.is_word
                                    or nxt.lower in _OBJECT_OPENERS | _QUANTIFIERS) \
                    or i and toks[i - 1].lower in _VERB_OPENERS or _predicative(toks, i):
                return False  # a person's noun, a verb ("could inoculate every …") or an
                # adjective ("is supple and …", "too tangy")
            if nxt is None or not nxt.is_word or not nxt.text.islower() \
                    or nxt.lower in lx.STOPWORDS or nxt.lower in lx.COMMON_VERBS:
                head = True
    return head and one  # "pistachios", "shallots", only ever counted: no term
