"""A name given in passing to a thing the sentence before introduced by its class noun and
a name: "… bought a booking system called Pellowen. The system, known locally as "the
Book", sends reminders." The second sentence opens with "The", that noun, a comma and an
alias cue of :mod:`kg.merging.alias_cues`; the cue's name there names nobody before it
(:func:`kg.merging.alias_cues.aliases` takes only a capitalised name before a cue), so it
became a node of its own. Here it names the one name that the sentence before gave after
the same noun and "called" or "named" (:func:`described_named`).

Round nick15 (family (c) of docs/ALIAS_MISSES.md, a nickname given by a cue that stays a
node of its own): measured with ``benchmarks/entities.py --held-out --ours`` (30
development sets, 28 probes) and a dump of every entity, label, type and alias of the 59
articles before and after: one alias added, right (the hospital probe's nickname joins its
records system: alias unity .90 → .95, one node fewer; probe means alias unity .942 →
.944, nodes 632 → 631); dev means unchanged, nothing else moved. Over the 59 articles only
two other sentences open "The N, known as Y" and neither sentence before names the noun.
Read and left (one form each, no generic rule found in the time): a nickname given to "it"
("nicknamed it X": no pronoun there is resolved), a spelling given in apposition ("his
form of his own name in Latin, X,"), a renamed firm ("made the business into a
joint-stock company, X"). The cue's name of a lowercase head used alone ("drift", "buffers")
is no form at all (recall), and "Schawbeck" already joins its person.

Review rev15i (tests in tests/test_described_cues.py, each failing before): the noun
before "called"/"named" must have an indefinite article ("a system called X"), since "The
society named X as its president" is the society naming X; "boats called X and Y" names
two, so the pair's nickname is neither's; one nickname the text gives two named things
("the Wicket" at two depots) joins neither (it merged the two); ASCII single quotes round
the nickname are read. Over all 60 texts every entity, alias and reference is unchanged
(dump before/after; the hospital probe's "a … system called" keeps its alias), and no
figure of ``--held-out --ours`` moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.merging.alias_cues import Definition
from kg.merging.cue_reading import _ADVERBS, cap_run, cue_end
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["described_named"]

# the cues read here: a passive naming after a description and a comma
_CUES = (("known", "as"), ("nicknamed",), ("called",), ("dubbed",), ("referred", "to", "as"))
# the verbs that name a thing right after its class noun ("a system called X")
_NAMING = frozenset({"called", "named"})
_QUOTES = frozenset("“\"‘'") | MARKS
# the article of a noun that a naming verb names ("a system called X"); after "the" the noun
# may be the subject of an active verb ("The judge called X as a witness": X is no judge)
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_LISTING = frozenset({"and", "or", ","})


def _given(toks: list[Token], lows: list[str]) -> tuple[str, int, int] | None:
    """The noun, and the name the cue gives, of a sentence that opens "The N, known as Y"."""
    if len(toks) < 6 or lows[0] != "the" or lows[2] != "," or toks[1].is_cap \
            or not toks[1].is_word:
        return None
    end = next((e for c in _CUES if (e := cue_end(lows, 3, c)) is not None), None)
    if end is None:
        return None
    k = end
    while k < len(toks) and (toks[k].text in _QUOTES or lows[k] == "the"
                             or lows[k] in _ADVERBS and lows[k] != ","):
        k += 1
    if k >= len(toks) or not toks[k].is_cap:
        return None
    return lows[1], k, cap_run(toks, k, 1) + 1


def _named_before(toks: list[Token], noun: str) -> tuple[int, int] | None:
    """The one name a sentence gives right after ``noun`` and "called" or "named"."""
    found = []
    for p in range(len(toks) - 2):
        if toks[p].lower != noun or toks[p + 1].lower not in _NAMING:
            continue
        d = p - 1  # back over the noun's modifiers to its article
        while d >= 0 and toks[d].is_word and toks[d].text.islower() \
                and toks[d].lower not in lx.DETERMINERS | _INDEFINITE:
            d -= 1
        if d < 0 or toks[d].lower not in _INDEFINITE:
            continue
        k = p + 2
        while k < len(toks) and toks[k].text in _QUOTES:
            k += 1
        if k < len(toks) and toks[k].is_cap:
            e = cap_run(toks, k, 1) + 1
            if e + 1 < len(toks) and toks[e].lower in _LISTING and toks[e + 1].is_cap:
                return None  # "boats called X and Y": what the noun names is two
            found.append((k, e))
    return found[0] if len(found) == 1 else None


def described_named(units: list[Unit]) -> list[Definition]:
    """"X … a records system called Pellowen. The system, known as "the Book", …": the
    name after the cue is another name of the one the sentence before gave the same noun.

    Args:
        units: the corpus units.

    Returns:
        One ``alias`` definition per such sentence (the earlier name is the long form).
    """
    out, given_to = [], {}  # (key of the nickname, definition); nickname → names it joins
    for u, unit in enumerate(units):
        if u == 0 or unit.heading or units[u - 1].heading or units[u - 1].doc != unit.doc:
            continue
        toks = unit.tokens
        given = _given(toks, [t.lower for t in toks])
        if given is None:
            continue
        noun, start, end = given
        named = _named_before(units[u - 1].tokens, noun)
        if named is not None:
            key = (unit.doc, _surface(toks, start, end))
            given_to.setdefault(key, set()).add(_surface(units[u - 1].tokens, *named))
            out.append((key, Definition(Span(u, start, end, "alias"),
                                        Span(u - 1, *named, "expansion"), "alias")))
    # one nickname given to two named things ("the Wicket" at two depots) is neither's
    return [d for key, d in out if len(given_to[key]) == 1]


def _surface(toks: list[Token], start: int, end: int) -> str:
    """The lowercase words of ``toks[start:end]``."""
    return " ".join(t.lower for t in toks[start:end])
