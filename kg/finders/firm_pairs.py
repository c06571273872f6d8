"""A firm named for two partners, "A and B", that an apposition calls a firm: "Quenby and
Tolliver, a Bristol firm founded by two brothers, …" is one name, where "Quenby and
Tolliver, two old friends" or "Kessholm and Orlesby, market towns" are two.

:func:`firm_pair` lets :func:`kg.finders.junctions.joins` go on across "and" when all hold:
the run so far is one capitalised word (no "the", no longer name: "Ada Quenby and Tom
Tolliver" are two people), one capitalised word follows the "and" and then a comma, the
comma opens "a"/"an"/"the", at most three words and a singular noun of a business ("firm",
"company", "partnership", "house", "bank" or a maker's noun of
:data:`kg.words.kind_nouns.ORG_KIND_NOUNS`), and neither partner is written capitalised
elsewhere in running text (as the partners of "the Roads and Canals Survey" must not be,
:mod:`kg.finders.junctions`): a partner named alone is a person or place of its own.

probe20 (a blind probe's firm of two partners, the second a stopword as "Will" is): the firm
had been cut to its first partner, which took "The company", and so lost its name. Measured with
``benchmarks/entities.py --held-out --ours`` (38 development sets, 36 probes) — see
tests/data/entities/PROBES20_DIAGNOSIS.md for the figures.

Review rev20c: the words between the article and the firm noun are no stopwords, and no
lowercase noun follows the firm noun (:func:`_modified`): "Quenby and Tolliver, the heirs of
the bank", "…, a pair whose house stood by the river", "…, a local house builder and his son"
had each become one firm (invented).
No figure moved (dev .992/.927/.826/.935/.943, core 2049; probes .974/.938/.825/.926/.939,
core 913).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.words import lexicon as lx
from kg.words.kind_nouns import ORG_KIND_NOUNS
from kg.words.tokens import Token

if TYPE_CHECKING:
    from kg.finders.candidates import Stats

__all__ = ["firm_pair", "text_caps"]

_FIRM_NOUNS = frozenset({"firm", "company", "partnership", "house", "bank"}) | ORG_KIND_NOUNS
_ARTICLES = frozenset({"a", "an", "the"})
_GAP = 3  # words allowed between the article and the firm noun ("a small London firm")


def _partner(tok: Token) -> bool:
    """A capitalised word; a stopword too after the "and" ("Quenby and Will"), not before it."""
    return tok.is_word and tok.is_cap and not tok.is_acronym


def text_caps(stats: Stats, tok: Token) -> int:
    """How often ``tok`` is capitalised in running text: a heading capitalises every word,
    so "Survey and Method" over a section says nothing of "Survey" standing alone (read20:
    also read by :mod:`kg.finders.junctions`, which had its own copy)."""
    return stats.cap_count[tok.base] - stats.heading_caps[tok.base]


def _modified(toks: list[Token], k: int) -> bool:
    """(rev20c) True when a lowercase noun at ``k`` follows the firm noun, which then
    modifies it ("a local house builder": a builder); a stopword or a past participle may
    follow ("a firm of solicitors", "a Leeds firm founded by")."""
    return k < len(toks) and toks[k].is_word and toks[k].text.isalpha() \
        and toks[k].text.islower() and toks[k].lower not in lx.STOPWORDS \
        and not toks[k].lower.endswith("ed")


def firm_pair(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when "and" at ``j`` joins the one-word run ``toks[i:j]`` and the next capitalised
    word into a firm's name that the apposition after it calls a firm (module docstring).

    Args:
        toks: the unit's tokens.
        i: the run's first token.
        j: the junction's index.
        stats: the corpus' word evidence (``cap_count``, ``heading_caps``, ``and_pairs``).

    Returns:
        Whether the run goes on across the "and".
    """
    if toks[j].lower != "and" or j != i + 1 or j + 3 >= len(toks) \
            or i > 0 and toks[i - 1].lower == "the":
        return False
    left, right = toks[i], toks[j + 1]
    if not (_partner(left) and _partner(right)) or left.lower in lx.STOPWORDS \
            or toks[j + 2].text != "," \
            or toks[j + 3].lower not in _ARTICLES:
        return False
    k = j + 4
    while k < len(toks) and k - (j + 4) <= _GAP and toks[k].is_word \
            and toks[k].lower not in _FIRM_NOUNS and toks[k].lower not in lx.STOPWORDS:
        k += 1  # (rev20c) no "of", "whose", "from": "the heirs of the bank" is no bank
    if k >= len(toks) or toks[k].lower not in _FIRM_NOUNS or _modified(toks, k + 1):
        return False
    pair = stats.and_pairs[left.base, right.base]
    return text_caps(stats, left) == pair == text_caps(stats, right)
