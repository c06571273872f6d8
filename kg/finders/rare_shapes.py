"""Two more shapes of a lowercase term for :mod:`kg.finders.rare_words` (term23): a coined word
written once as a noun, and a hyphened compound of common words written twice.

- :func:`coined_once`: a word absent from wordfreq's large list (Zipf 0, a coined or trade
  word: "the quelvine", "a method of skarrowing") is a term though written in one sentence
  only, when written there in a prepositional phrase ("of …", "in the …", "for its …") and
  neither before an object pronoun ("for misnaming them": a verb) nor before a comma and a
  capitalised word ("a dairymaid, Ada …": a person's noun). :func:`coined_gerund` proposes
  such a word in "-ing", which :func:`kg.finders.rare_words.rare_words` otherwise refuses.
- :func:`hyphened_compound`: a lowercase compound of two common words (Zipf ≥ 3.0 each, or a
  common verb's "-ing": "rope" → "roping"), itself rare (< 3.0), is a ``rareword`` candidate,
  kept on the same evidence as a rare word (two sentences, once as a head); a gerund with its
  object ("by tar-lashing its seams") does not count as a verb there.

Measured (``benchmarks/entities.py --held-out --ours``, 42 development sets and 40 probes; every
core node of the 82 texts dumped before and after each variant, a node "gold" when a label or
alias matches a gold form):

- a once-written word, Zipf < 1.5 on the large list, after a determiner or preposition, no
  "-ing": 10 new core nodes, 2 gold (a probe's early bicycle, a probe's dye quality), 8 not
  (a coined geology word, a brain-imaging method, a typewriter part, a person's noun before
  her name, a microbe's class, a counter circuit, a tuning instrument, a tannery workshop):
  5 nodes a gold — rejected. With the coined gerunds ("-ing"): 12 nodes, 3 gold (and the sail
  loft's sail-cutting method), 4 a gold — rejected. With the two refusals above (object
  pronoun, apposed name): 10 nodes, 3 gold — rejected (3.3 a gold). Zipf 0 with the refusals:
  7 nodes, 3 gold, 4 not, all real technical words (a coined geology word in quotes, a
  typewriter part, a counter circuit, a tannery workshop), but it broke a standing negative
  (``test_entities_mass_nouns``: "studied the varnoscope", a verb's object once, no term).
  Kept: Zipf 0, the refusals, and inside a prepositional phrase only (:func:`_in_phrase`):
  6 nodes — 2 gold found (the sail loft's method, a probe's dye quality), 1 a second node of a
  gold item already found (a probe's early bicycle, by its alias; "The idea" next sentence
  resolves to it, wrong), 3 not (the geology word, the counter circuit, the tannery
  workshop; the typewriter part, in apposition, is gone): 2 core nodes a gold node, 3 a gold
  item gained.
- the hyphened compound, both parts Zipf ≥ 3.0: nothing over the 82 texts (the sail loft's
  edge-finishing term has a gerund part of Zipf 2.5); with a common verb's "-ing" as a part
  (kept): 1 new node, gold, no junk.

rev21g (review): a typo of a common word is unlisted too and took a node once in a phrase
("the importance of discpline", "in the mornign assembly", a user's name "of kevinb");
:func:`_misspelt` refuses a word one edit from a common word (Zipf ≥ 3.0, small list). Over
the 82 texts nothing moved (dev and probe means, core 2116 / 972, every set identical); left:
a URL's or user's piece made of two common words ("examplewiki"), not measured.

Figures of the three term23 rules together (these two and ``term_glosses``'s widened verbs):
see :mod:`kg.finders.term_glosses` and the commit message.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["NOUN_BEFORE", "coined_gerund", "coined_once", "hyphened_compound"]

# words before a noun: a determiner, a possessive or a preposition ("the quelvine", "of skarrowing")
NOUN_BEFORE = lx._words("the a an of in by with for from on into this its their his her")
_PREPOSITIONS = lx._words("of in by with for from on into as at under through about")
# a verb's object after the word: "for misnaming them"
_OBJECT_PRONOUNS = lx._words("them it him her us me you")
# the Zipf of a common word part ("rope", "tar", "hand"), as :data:`kg.finders.rare_words.RARE_WORD`
_COMMON = 3.0


def _unlisted(low: str) -> bool:
    """True for a word absent from wordfreq's large list (Zipf 0): coined or a trade word."""
    return lx.rarity(low) <= 0


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _misspelt(low: str) -> bool:
    """rev21g: True for a word one edit (a letter dropped, added, changed or two swapped) from
    a common word (Zipf ≥ 3.0 on the small list): a typo ("discpline", "mornign") or a user's
    name ("kevinb"), unlisted as a coined word is. Raw wordfreq, so :func:`kg.words.lexicon.
    zipf`'s cache keeps the text's words."""
    fn = lx._zipf()
    if fn is None:
        return False
    cut = [(low[:k], low[k:]) for k in range(len(low) + 1)]
    edits = {a + b[1:] for a, b in cut if b} | {a + b[1] + b[0] + b[2:] for a, b in cut if len(b) > 1} \
        | {a + c + b[1:] for a, b in cut if b for c in _LETTERS} | {a + c + b for a, b in cut for c in _LETTERS}
    return any(fn(w, "en", wordlist="small") >= _COMMON for w in sorted(edits) if len(w) >= 4 and w != low)


def coined_gerund(toks: list[Token], i: int) -> bool:
    """True for a coined lowercase word in "-ing" of seven letters or more after a determiner or
    a preposition: "a method of skarrowing", not "by turning" (a listed word)."""
    tok = toks[i]
    return i > 0 and tok.text.islower() and tok.text.isalpha() and len(tok.lower) >= 7 \
        and tok.lower.endswith("ing") and _unlisted(tok.lower) and toks[i - 1].lower in NOUN_BEFORE


def _in_phrase(toks: list[Token], i: int) -> bool:
    """True when the word at ``i`` opens or ends a prepositional phrase: after a preposition
    ("of skelmering"), or after one and a determiner or possessive ("in the quelvine", "for its
    …"); a verb's direct object once ("studied the varnoscope") is no term (:mod:`kg.finders.
    mass_nouns`)."""
    before = toks[i - 1].lower
    if before in _PREPOSITIONS:
        return True
    return i > 1 and before in NOUN_BEFORE and toks[i - 2].lower in _PREPOSITIONS


def coined_once(toks: list[Token], i: int) -> bool:
    """True when the word at ``i`` is a coined word written as a noun: unlisted (and its
    singular: "lehrs" is a plural of a listed word), in a prepositional phrase
    (:func:`_in_phrase`), not before an object pronoun ("for misnaming them") nor before a
    comma and a capitalised word ("a dairymaid, Ada Lusk": a person's noun)."""
    low = toks[i].lower
    if not i or not _unlisted(low) or not _unlisted(singular(low)) or not _in_phrase(toks, i) \
            or _misspelt(low):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.lower in _OBJECT_PRONOUNS:
        return False
    return not (nxt.text == "," and i + 2 < len(toks) and toks[i + 2].is_cap and toks[i + 2].is_word)


def _common_part(part: str) -> bool:
    """True for a common word, or the "-ing" of a common verb ("roping", "lashing")."""
    if lx.rarity(part) >= _COMMON:
        return True
    stem = part[:-3]
    return part.endswith("ing") and len(stem) >= 3 and (lx.rarity(stem) >= _COMMON
                                                        or lx.rarity(stem + "e") >= _COMMON)


def hyphened_compound(tok: Token, rare: float) -> bool:
    """True for a lowercase compound of two common words of three letters or more, itself
    rarer than ``rare``: "tar-lashing", "hand-seaming"; not "long-term" (common) nor
    "fenmoor-ratio" (a rare part, another finder's)."""
    parts = tok.lower.split("-")
    return tok.text.islower() and len(parts) == 2 \
        and all(p.isalpha() and len(p) >= 3 and _common_part(p) for p in parts) \
        and lx.rarity(tok.lower) < rare
