"""A bare rare word glossed by a definite apposition between commas: "insisted that
varnite, the grey clay left in the pans, be dried first" (called by
:func:`kg.finders.glosses.glossed`).

The gloss finders of :mod:`kg.finders.glosses` read "X, the study of …" (a defining noun),
"the T, a kind that …" (a relative) and "the T, a …" (T after "the"); a mass noun of a trade
written with no article and explained by "the" and a description of what it is met none of
them, and, written once in lowercase, no repetition rule kept it.
:func:`bare_glosses` takes X when:

- X is one lowercase word, rare in English (Zipf < :data:`RARE_WORD` on the large list), no
  generic modifier, a possible head, with no article or determiner before it: a word of
  :data:`_BEFORE` opens its phrase ("that", "of", "with", "using" …), so "his wrists, the
  society became …" and "every stroke, the substitution shifted …" (a fronted clause, then
  the main one) are not read, nor a phrase opening the sentence ("With tweezers, the jeweller
  lifted the stone, turned …": fronted, then the main clause);
- ", the" follows, then two to eight lowercase words, then a comma after which the sentence
  goes on with its verb (a verb of :data:`kg.words.lexicon.COMMON_VERBS` or its "-s" form, a
  past tense, an "-ed" participle, or an adverb before it, "never", "-ly"): the apposition
  is a parenthesis, and its subject's clause resumes after it. A list item there ("with
  sumac, the dried lemon peel, garlic and mint", "…, and the onions") glosses nothing.

Measured (``benchmarks/entities.py --held-out --ours``, 30 development sets, 26 probes; with
:mod:`kg.finders.topic_nouns` and :mod:`kg.finders.named_objects` in): glassworks_invented
recall .90 → .95, alias unity .65 → .70, types .60 → .65 (a gold term, a trade's material);
dev means recall .989 → .991, alias unity .926 → .928; probes unchanged; one core node more
over the 56 texts (the gold term). A listing of "w X, the … [,.;]" with X rarer than Zipf 3
over the 56 texts found six: one already a gloss ("from X, the study of"), this one, and
four a fronted phrase or clause then the main clause ("his X, the society became …", "every
X, the substitution changed …"), which the check of the word before X leaves out.
Left: a lowercase possessive compound ("a coloured thief's cord, a single strand …", then
"the thief's cord" again): over the 56 texts twelve lowercase "w's w" pairs recur in two
sentences, one a term, eleven junk (a body's possessions, "the firm's reputation", "the
ship's longitude"), so repetition alone cannot keep it, and its gloss has a participle, not
a relative.
Review (a second reading, invented texts): a list going on with a bare noun after the
apposition ("with sumac, the dried lemon peel, garlic and mint") and a fronted phrase
opening the sentence ("With tweezers, the jeweller lifted the stone, turned …") were read as
glosses; the word after the closing comma must now read as the resumed clause's verb (or an
adverb before it), and the opener must not start the sentence. No figure moved (the one use
in the 56 texts resumes with "be").
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats
from kg.finders.rare_words import RARE_WORD
from kg.finders.terms import head_ok, is_term_word
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["bare_glosses"]

# words that open a bare noun's phrase: a complementiser, a preposition, a verb of use
_BEFORE = lx._words("that of to in on for about from with by as using through via into "
                    "onto called added adding")
_ADVERBS = frozenset({"never", "not", "also", "still", "always", "often", "first"})
_MAX_GLOSS = 8


def bare_glosses(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """Spans of bare rare words glossed by a definite apposition (see the module docstring).

    Args:
        unit_index: the unit's index.
        toks: its tokens.
        stats: the corpus statistics.

    Returns:
        A ``defined`` span for each such word.
    """
    out = []
    for i in range(2, len(toks) - 3):
        if toks[i].text != "," or toks[i + 1].lower != "the" or toks[i - 2].lower not in _BEFORE \
                or not any(t.is_word for t in toks[:i - 2]):  # "With tweezers, the jeweller …"
            continue
        word = toks[i - 1]
        low = word.lower
        if not word.text.isalpha() or not word.text.islower() or lx.rarity(low) >= RARE_WORD \
                or lx.is_generic_modifier(low) or not head_ok(word) \
                or not is_term_word(toks, i - 1, stats):
            continue
        close = next((k for k in range(i + 2, min(i + 3 + _MAX_GLOSS, len(toks)))
                      if not toks[k].is_word), None)
        if close is None or toks[close].text != "," or close - i - 2 < 2 \
                or any(not toks[k].text.islower() for k in range(i + 2, close)) \
                or close + 1 >= len(toks) or not _resumes(toks[close + 1]):
            continue
        out.append(Span(unit_index, i - 1, i, "defined"))
    return out


def _resumes(tok: Token) -> bool:
    """True when ``tok`` reads as the verb (or an adverb before it) of the clause resuming after
    the apposition ("that varnite, the grey clay …, be dried"), not a list's next item."""
    low = tok.text
    if not low.isalpha() or not low.islower():
        return False
    return low in lx.COMMON_VERBS or low in lx.PAST_VERBS or low in _ADVERBS \
        or low.endswith(("ed", "ly")) or (low.endswith("s") and low[:-1] in lx.COMMON_VERBS)
