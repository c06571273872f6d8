"""A name a maker launched, introduced or released is a product: "that spring the maker launched
the X Rain Cape", "the firm then introduced the Y", "its engineers released the Z code".

Read by :func:`kg.kinds.type_cues.context_cues` (worth 3, as a head noun is) for a name not
shaped like a person's. diag17b (final17 diagnosis): capitalised products named only as the
object of such a verb stayed ``other``; the shape recurs over the texts of ``benchmarks/`` and
``tests/data/entities/`` (seven names after "launched/introduced/released the", each a made
thing: three on the final16/final17 sets and four on older sets and probes). Guards, each
against a reading seen in invented sentences of other genres: a name whose last word names
another kind keeps it ("introduced the Factory Bill", "launched the Pelbrook Gazette", "released
the Tessany Report", "launched the Varn Campaign": a law, a periodical, a document, an
event); a name followed by "to", "into" or "in" is brought somewhere ("introduced the Quennet
to Europe": a plant, a dance, a custom); a ship or a boat is launched, not sold ("launched the
Pelbrook, a steam collier": a sentence about a ship or a yard, or a name ending in a vessel's
noun).

Measured (``benchmarks/entities.py --held-out --ours``, every entity and reference of the 76
texts dumped before and after): six names other → product, all gold products (type agreement
factual_barcode .65 → .70, invented_umbrella_makers .75 → .80 with the designer's product,
factual_typewriter .75 → .80, brackwater_transit .85 → .90, the sliderule probe .70 → .75, the
tessaly probe .79 → .84); dev types .818 → .823, probes .820 → .823; no recall, alias,
relation or conflation figure moved. One reference lost: on the sliderule probe "Interest in
the instrument" no longer takes the slide rule (a concept) once the calculator named before is
a product, so it is left unresolved (no relation moved). Not taken: "went on sale" after a name
and "patented … as the X" (each seen on one text only).

rev19g (review, tests/test_entities_rev19g.py): on invented sentences of other genres the cue
typed products an album ("the band released the X Sessions"), four prisoners ("released the X
Four"), an airline ("launched the X Airways"), a band, a law ("introduced the X Amendment"), a
race, a periodical ("the X Monthly") and a strike (an event its head had typed). Now a name of
two words or more ending in a plural or a number word, or in a head that types a name as
something else (:data:`_OTHER_HEADS`), takes no cue, and laws', races' and periodicals' words
joined :data:`_NOT_GOODS`; the ships' nouns are those of :mod:`kg.references.vessels`. Measured
(``--held-out --ours``): no figure of any set moved (dev .992/.927/.823, probes
.973/.935/.826). Left: "unveiled the X Stand" (a grandstand) is still typed a product.

org21 (:func:`_launched_as`): the verb before "(it) (in YEAR) as (the) X" too ("The new stove,
launched in 1902 as the X", "which the brothers launched in 1880 as the X", "released it as
X"), with the same guards, and not when what was launched is a person, a body, a place or a
document ("he was introduced as X", "the paper was launched in 1850 as the X"). Counted over
the 80 texts: "launched/sold/marketed … as the X" on five names of four texts, "sold as the X"
already read by :mod:`kg.kinds.naming_cues`. Measured (``--held-out --ours``, every entity and
reference of the 80 texts dumped): three names other → product, all gold products
(invented_candle_soap_works types .80 → .85, invented_seed_drill_maker .70 → .75, the
brackenmoth probe .88 → .94); one right reference lost on brackenmoth ("The project's" no
longer takes the broker once the fork named in its paragraph is a product too); no recall,
alias, relation or conflation figure moved.

Review rev21b (:data:`_UNDERTAKINGS`): "The tour was launched in 2003 as X", "the scheme was
launched as X", "the council introduced it as the X Levy" had typed a tour, a scheme, a festival
and a levy products; the subject's noun is now refused when it names no made thing (a noun of
another kind, an undertaking, a gathering or a charge), and charges, tours, fairs and contests
joined :data:`_NOT_GOODS`. Measured (``--held-out --ours``): no figure of any set moved.
"""

from __future__ import annotations

from kg.kinds.naming_cues import PASSIVE
from kg.kinds.noun_kinds import kind_of_noun
from kg.references.vessels import _SHIPS_ONLY
from kg.words import kind_nouns as kn
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["launched_before"]

# verbs whose capitalised object is a thing put on the market
_LAUNCH_VERBS = lx._words("launched introduced released unveiled launches introduces releases "
                          "unveils")
# words between "the" and the name: "launched the new X", "introduced the first X"
_BETWEEN = lx._words("new first")
# what follows a name brought somewhere rather than put on sale
_BROUGHT = lx._words("to into in")
# names of what is launched but not sold, and of plans and undertakings ("the X Campaign"),
# laws, races and periodicals (rev19g: "introduced the X Amendment", "launched the X Marathon",
# "launched the X Monthly")
_NOT_GOODS = lx._words("""act bill law amendment scheme plan programme program campaign policy
    reform service route line appeal fund inquiry mission expedition offensive attack marathon
    race monthly weekly quarterly tax levy duty tariff toll tour fair contest competition
    exhibition season crusade""") | _SHIPS_ONLY
# heads that type a name as something else (rev19g: "launched the X Strike" had turned the
# event its head typed into a product)
_OTHER_HEADS = (kn.ORG_HEADS | kn.ORG_KIND_NOUNS | kn.DOCUMENT_HEADS | kn.PERIODICAL_HEADS
                | kn.PLACE_HEADS | kn.STRUCTURE_HEADS | kn.VENUE_HEADS | kn.AWARD_HEADS
                | kn.EVENT_HEADS | kn.GATHERING_HEADS | kn.IDEA_HEADS | kn.TECHNIQUE_HEADS
                | frozenset(kn.TYPING_HEADS))
# words of a sentence about a ship being launched (rev19g: the ships' nouns of
# :mod:`kg.references.vessels`, not a second list; not "a small cutter", "the bark")
_VESSEL_WORDS = _SHIPS_ONLY | lx._words("yard shipyard dock slipway hull keel collier")


def launched_before(toks: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is the object of "launched (the)", "introduced
    (the)", "released (the)" or "unveiled (the)" (see the module docstring for the guards).

    Args:
        toks: a sentence's tokens.
        start: where the name starts.
        end: where it ends.
    """
    word = toks[end - 1].lower
    last = singular(word)
    if last in _NOT_GOODS or last in _OTHER_HEADS or kind_of_noun(last) not in (None, "product"):
        return False
    if end - start > 1 and (word != last or word in lx.NUMBER_WORDS):
        return False  # (rev19g) "released the X Sessions", "the X Four", "launched the X Airways"
    if end < len(toks) and toks[end].lower in _BROUGHT:
        return False  # "introduced the Quennet to Europe": brought somewhere
    k = start
    if k > 0 and toks[k - 1].lower in _BETWEEN:
        k -= 1
    if k >= 2 and toks[k - 1].lower == "the" and toks[k - 2].lower in _LAUNCH_VERBS:
        verb = k - 2
    else:
        verb = _launched_as(toks, start)  # (org21) "launched in 1929 as the X"
        if verb is None:
            return False
    # "the yard launched the Pelbrook, a steam collier": a ship
    return not (toks[verb].lower.startswith("launch")
                and any(singular(t.lower) in _VESSEL_WORDS for t in toks))


# (org21) what stands between "launched" and "as": "launched it as", "launched in 1902 as";
# between the thing launched and "launched" (:data:`kg.kinds.naming_cues.PASSIVE`): "The new
# stove, launched", "was later released"
_OBJECTS = lx._words("it them")
# (rev21b) what was launched when it is no made thing: "The tour was launched in 2003 as the
# X", "the tax was introduced as the X" (not "line", "service" or "program": a range, software)
_UNDERTAKINGS = lx._words("""scheme plan programme campaign policy reform appeal fund inquiry
    mission expedition race marathon tax levy duty tariff toll tour fair contest competition
    exhibition season crusade""") | kn.EVENT_HEADS | kn.GATHERING_HEADS
# who launches a thing: "which the two brothers launched in 1880 as the X"
_AGENTS = lx._words("he she they we i")


def _launched_as(toks: list[Token], start: int) -> int | None:
    """org21: where "launched", "introduced", "released" or "unveiled" stands before "(it)
    (in YEAR) as (the)" and the name at ``start`` ("The new stove, launched in 1902 as the X",
    "the two brothers launched in 1880 as the X", "her team released it as X"), else
    None; not when what was launched is a person, a body, a place or a document ("he was
    introduced as X", "the paper was launched in 1850 as the X", "the firm was launched as X")."""
    j = start - 1
    if j >= 0 and toks[j].lower == "the":
        j -= 1
    if j < 1 or toks[j].lower != "as":
        return None
    j -= 1
    pronoun = toks[j].lower in _OBJECTS
    if pronoun:
        j -= 1  # "released it as X": the name is the object's
    elif j >= 2 and toks[j].is_number and toks[j - 1].lower == "in":
        j -= 2  # "launched in 1929 as"
    if j < 0 or toks[j].lower not in _LAUNCH_VERBS:
        return None
    if pronoun:
        return j
    back = j - 1
    while back >= 0 and (toks[back].lower in PASSIVE or toks[back].lower.endswith("ly")):
        back -= 1
    if back < 0:
        return j
    word = toks[back].lower
    if back == j - 1 and (word in _AGENTS or kind_of_noun(word, roles=True) == "person"):
        return j  # "the brothers launched in 1880 as the X": the makers, the thing elided
    if toks[back].is_cap or word in _AGENTS or word in _OBJECTS or word in ("him", "her") \
            or kind_of_noun(word, roles=True) not in (None, "product") \
            or singular(word) in _UNDERTAKINGS:
        return None  # "he was introduced as X", (rev21b) "the tour was launched as the X"
    return j
