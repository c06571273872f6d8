"""The cues :mod:`kg.finders.glosses` reads round a term introduced once as "the T" and glossed
(round 19 and rel12, whose figures are in that module; moved here from it): whether T reads as
a technical term, not an everyday noun phrase ("the twin-coil lamp", "the skew gate"); whether
"the" opens an apposition to an indefinite noun phrase ("an improvement, the …"), not the
subject after a fronted phrase ("After a slow start, the …"); whether a list goes on after the
comma ("the T, a lantern and a compass") or a relative clause opens; and the kinds too vague,
or the stretches of time, that an "a/an" phrase after the comma may name instead of a kind.
rev20h: gloss21 let every last part in "-eed" pass as no participle, so "adopted a pre-agreed
plan, whereby …", "introduced a state-guaranteed loan, by which …" give terms (probed on
invented text; "-ed" parts elsewhere unchanged); :func:`_participle` now takes "-eed" for one when the word less "d" is a common word of
four letters or more ("agree", "knee"; not "fee", "bree"). No set moved (dev .986/.923/.919/.929,
core 2112; probes .974/.939/.926/.939, core 912).
"""

from __future__ import annotations

from kg.finders.rare_words import RARE_WORD
from kg.finders.terms import head_ok
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["COPULAS", "MEASURES", "TIME_HEADS", "VAGUE_KINDS", "apposed", "listed", "lower_word", "placed", "plain_compound",
           "relative_at", "technical"]

COPULAS = lx._words("is was are were became becomes remains remained")


def relative_at(toks, k: int) -> bool:
    """True when a relative clause opens at ``k``: "which", "whose", "in which"."""
    return toks[k].lower in ("which", "whose") or toks[k].lower == "in" \
        and k + 1 < len(toks) and toks[k + 1].lower == "which"


def listed(toks, k: int) -> bool:
    """True when a list goes on within six words of ``k``: "the T, a lantern and a compass"
    names three things, glosses none."""
    return any(toks[n].lower in ("and", "or", ",") and toks[n + 1].lower in ("a", "an", "the")
               for n in range(k, min(k + 6, len(toks) - 1)))


def apposed(toks, i: int) -> bool:
    """True when "the" at ``i`` opens an apposition to an indefinite noun phrase: "an
    improvement, the …", "a new kind of joint, the …"; not when the comma closes a fronted
    phrase that opens the sentence ("After a slow start, the visiting fullback, which …":
    "the" opens the subject)."""
    if i < 3 or toks[i - 1].text != "," or not lower_word(toks[i - 2]) \
            or toks[i - 2].lower in lx.STOPWORDS:
        return False
    if toks[0].lower in lx.FRONTING and toks[1].lower in ("a", "an") \
            and not any(t.text == "," for t in toks[2:i - 1]):
        return False
    return any(toks[k].lower in ("a", "an") for k in range(max(0, i - 6), i - 2))


def technical(toks, s: int, e: int) -> bool:
    """True when the words ``toks[s:e]`` read as a technical term, not an everyday noun
    phrase: no generic modifier, a head that can end a term and names no stretch of time,
    and either a plain hyphenated compound first ("twin-coil lamp"; no number, small word,
    "-ing" or "-ed" part) or a word rarer than Zipf 3.5 ("skew gate"), the head included
    ("brass escapement"); a term of one word must be rare (Zipf < 3 on the large list)."""
    words = [toks[k].lower for k in range(s, e)]
    if any(lx.is_generic_modifier(w) for w in words) or not _head(toks[e - 1]) \
            or singular(words[-1]) in TIME_HEADS:
        return False
    if len(words) == 1:
        return "-" not in words[0] and lx.rarity(words[0]) < RARE_WORD
    return plain_compound(words[0]) or any(
        "-" not in w and lx.zipf(w) < _TECHNICAL for w in words)


def _head(tok) -> bool:
    """True for a word that can end a term, a noun that describes a body ("board") too,
    which :func:`kg.finders.terms.head_ok` leaves out (a noun of a person is none)."""
    return head_ok(tok) or lx.REFERENCE_NOUNS.get(singular(tok.lower)) == "organization"


# a word rarer than this (wordfreq's small list) makes a phrase technical: "skew gate"
_TECHNICAL = 3.5
TIME_HEADS = lx.MONTHS | lx.SEASONS | lx._words("year day week month decade century time "
                                                "night morning evening weekend era period")


def plain_compound(low: str) -> bool:
    """True for a hyphenated compound of plain words: "twin-coil", "blow-through"; not a
    count ("two-part"), a phrase of small words ("step-by-step"), a generic quality
    ("low-cost") or a participle ("rain-soaked", "time-consuming", "pre-agreed"; "force-feed" is none, gloss21)."""
    parts = low.split("-")
    return len(parts) >= 2 and all(p.isalpha() for p in parts) \
        and not any(p in lx.NUMBER_WORDS or p in lx.STOPWORDS for p in parts) \
        and not lx.is_generic_modifier(parts[0]) and not _participle(parts[-1])


def _participle(low: str) -> bool:
    """True for "-ing" or "-ed"; a word in "-eed" only when it is a common word in "-ee" and
    "d" ("pre-agreed", "knock-kneed", "state-guaranteed"; "force-feed", "cross-breed" are none:
    "fee" is too short, "bree" rare; rev20h)."""
    if low.endswith("eed"):
        return len(low) >= 5 and lx.zipf(low[:-1]) >= 3.5
    return low.endswith(("ing", "ed"))


def lower_word(tok) -> bool:
    """True for a lowercase word, maybe hyphenated ("screen-fed")."""
    parts = tok.text.split("-")
    return all(p.isalpha() and p.islower() for p in parts)


# kinds too vague to tell what a thing is: "the seaside café, a place that …"
VAGUE_KINDS = lx._words("place thing things way spot one person man woman people something") \
    | lx._words("clause provision move decision step arrangement requirement condition "
                "concession compromise change promise restriction")
# (prec13) and the nouns of an apposition that sums up the clause before it, not its last
# noun: "to leave the lane open for the delivery carts, a clause that angered …"
# nouns of an adverbial "a/an" phrase after a comma, a stretch of time: "the skew gate, a
# week after the fire" glosses nothing ("little" stays out: "a little brass cup" is a kind)
MEASURES = lx._words("year day week month decade century hour minute moment while night "
                     "morning evening weekend")  # no season: "a spring flap at each …"


def placed(toks, k: int) -> bool:
    """gloss21: True when a place of one or two lowercase words closed by "that" opens at ``k``
    ("a spinning drum in the boiler house that …"), read between a kind and its relative."""
    return k + 4 < len(toks) and toks[k].lower in ("in", "at", "on") and toks[k + 1].lower == "the" \
        and any(toks[m].lower == "that" and all(lower_word(t) for t in toks[k + 2:m]) for m in (k + 3, k + 4))
