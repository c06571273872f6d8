"""A mass noun the text returns to: one lowercase word, less common than everyday words, written
bare (no article, no possessive) as the head of its phrase in several sentences and never in
the plural — a substance, a disease or a technique the article is about ("died of varnosis",
"taught varnosis at the hospital", "a treatise on varnosis").

:mod:`kg.finders.rare_words` takes one word alone only below Zipf 3.0 on wordfreq's large list;
a term of an educated text often sits between 3.0 and 4.0 (a disease, a technique, a metal),
where common count nouns, participles and abstract words sit too. What tells the term apart
is how the text writes it: a mass noun, never counted ("two varnoses"), and bare, the way a
substance or a method is named, not "the x" or "his x"; and more than once. :func:`mass_nouns`
proposes it (kind ``mass``, kept as proposed, :mod:`kg.finders.selection`) when:

- the word is written in lowercase, five letters or more, of Zipf ``MIN_ZIPF`` to
  ``MAX_ZIPF`` (below, :mod:`kg.finders.rare_words` judges it);
- it is written in ``MIN_SENTENCES`` sentences or more, in ``MIN_BARE`` of them bare and as a
  head (after a function word, punctuation or the sentence's start, never after a verb or
  another content word, before no lowercase content word);
- it is never written in the plural, never capitalised away from a sentence's start, never
  after "to", a modal or a pronoun (a verb: "could varnish"), never after a copula or a degree
  word with no article (an adjective: "was colder"), and has no participle, adverb, verb,
  adjective or person's ending, and is no role noun, generic modifier, common verb or
  number word ("at seventeen"), nor a quality named after its adjective (:func:`_quality`:
  "caution", "cautious"; "honesty", "honest").

Measured (recall18, ``benchmarks/entities.py --held-out --ours``, 36 development sets and 32
probes): nine nodes more on eight sets, two of them gold (a disease and a technique of a
factual history of a medical instrument; with :mod:`kg.finders.digit_names` its recall .85 →
1.00, alias unity .75 → .90, relations .70 → .80); of the other seven, six are terms an
indexer lists (a rock, two elements, a mineral, a layer of the earth, a science) and one is
junk (a quality, "rests on caution"). Dev core nodes +8 (of 1,870), probes +1 (of 741); no
recall, alias unity, relation or conflation figure fell. Between Zipf 4.0 and 4.5 the same
test took 15 words, one gold and mostly sciences and materials ("physics", "brass"): the
bound stays at 4.0. Without the never-plural test it took three count nouns ("pools",
"shafts", "discoveries"); without the never-capitalised test (``Stats.cap_folded``, the
words of ``Stats.cap_seen`` case-folded) a word of a paper's title came in as a node and
a word of a building's name relabelled the kept term it ends. Not done: a
word seen in one sentence only (the sets' once-seen lowercase gold: a printing technique,
a surveying technique learned as a child, a substance packed in a tube) has no cue of this
kind; a rare word in one sentence and a heading (a microwave device) took 1 gold of 4.

Review (rev18b, invented texts of six genres): a sports report took a number word ("joined
at seventeen", "by seventeen") and a biography and a news story a quality ("praised for
honesty", "voted with caution"); number words and a quality whose adjective is a common word
(Zipf 3.0 or more: "-ion"/"-ious", "-sty"/"-lty" less "-y" or "-ty") are no mass noun
now. Measured: a bridge history loses its junk node (core nodes
1,880 → 1,879), no other node or figure moved. Left: "contagion" goes too ("contagious"),
"prudence" or "elegance" stays (the "-ence"/"-ant" pairs hold science terms), and so does a
sports report's "at halftime" (a time, no cue of its own).
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.rare_words import (
    _ADJECTIVE_ENDINGS,
    _PERSON_ENDINGS,
    _VERB_OPENERS,
    _predicative,
    person_compound,
)
from kg.finders.terms import DESCRIPTION_HEADS, ROLE_HEADS
from kg.finders.units import Span, Stats, Unit
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["MAX_ZIPF", "MIN_BARE", "MIN_SENTENCES", "MIN_ZIPF", "mass_nouns"]

MIN_ZIPF = 3.0
MAX_ZIPF = 4.0
MIN_SENTENCES = 3
MIN_BARE = 2
# words that make the noun after them no bare one: articles, demonstratives, possessives,
# quantifiers
_DETERMINERS = lx._words("the a an this that these those his her its their our my your each "
                         "every any some no one another such either neither")
_ENDINGS = ("ed", "ing", "ly", "ise", "ize", "ises", "izes") + _PERSON_ENDINGS + _ADJECTIVE_ENDINGS
# a quality's ending and its adjective's: "caution"/"cautious", "honesty"/"honest",
# "cruelty"/"cruel" ("-ence"/"-ent" and "-ance"/"-ant" would take "fluorescence",
# "turbulence", "incidence": a science's terms)
_QUALITY_ENDINGS = (("ion", "ious"), ("sty", "st"), ("lty", "l"))


def _quality(low: str) -> bool:
    """True for a quality named after a common adjective ("caution": "cautious", "honesty":
    "honest"): a trait or a manner, no substance or technique."""
    stems = [low[:-len(end)] + adj for end, adj in _QUALITY_ENDINGS if low.endswith(end)]
    return any(lx.rarity(stem) >= MIN_ZIPF for stem in stems)


def _shape(low: str) -> bool:
    """True for a word that may be a noun of a thing by its ending and the word lists."""
    return not (low.endswith(_ENDINGS) or person_compound(low) or low in ROLE_HEADS
                or low in DESCRIPTION_HEADS or low in lx.GENERIC_MODIFIERS
                or low in lx.PREDICATE_ADJECTIVES or low in lx.COMMON_VERBS
                or low in lx.STOPWORDS or low in lx.NUMBER_WORDS or _quality(low))


def _bare_head(toks: list[Token], i: int) -> bool:
    """True when the word at ``i`` is written bare (after a function word, punctuation or
    the sentence's start, no determiner) and heads its phrase (before punctuation, a
    function word or the end, not before another lowercase word: "varnosis wards")."""
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before = prev is None or not prev.is_word or prev.lower in lx.STOPWORDS
    after = nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS
    return before and after and (prev is None or prev.lower not in _DETERMINERS)


def mass_nouns(units: list[Unit], stats: Stats) -> list[Span]:
    """Spans of each lowercase mass noun the running text returns to (see the module
    docstring), one per lowercase use as a phrase's head.

    Args:
        units: the tokenised headings and sentences.
        stats: the corpus statistics.

    Returns:
        A ``mass`` span per use, in unit order.
    """
    seen, bare, uses = defaultdict(set), defaultdict(set), defaultdict(list)
    plural, barred = set(), set()
    for u, unit in enumerate(units):
        if unit.heading:
            continue
        toks = unit.tokens
        for i, tok in enumerate(toks):
            low = tok.lower
            if not tok.text.isalpha() or len(low) < 5:
                continue
            one = singular(low)
            if one != low and lx.rarity(one) > 0:
                plural.add(one)  # counted ("twelve walnuts"), or a plural only ("pools")
            elif one != low:
                one = low  # no plural: its "singular" is no word ("asbestos", "rabies")
            if not tok.text.islower() or not MIN_ZIPF <= lx.rarity(one) < MAX_ZIPF:
                continue
            seen[one].add(u)
            if _predicative(toks, i) or i and toks[i - 1].lower in _VERB_OPENERS:
                barred.add(one)  # an adjective ("was colder") or a verb ("could varnish")
            if _bare_head(toks, i):
                bare[one].add(u)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not nxt.is_word or not nxt.text.islower() or nxt.lower in lx.STOPWORDS:
                uses[one].append(Span(u, i, i + 1, "mass"))
    out = []
    for one in sorted(seen):
        if len(seen[one]) >= MIN_SENTENCES and len(bare[one]) >= MIN_BARE \
                and one not in plural and one not in barred and one not in stats.cap_folded \
                and _shape(one):
            out += uses[one]
    return sorted(out, key=lambda s: (s.unit, s.start))
