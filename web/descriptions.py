"""Descriptions that stand for one entity, as query surfaces: "the judge", "the label".

A question may describe an entity instead of naming it ("What did the judge find?", "Where
did the label record its first album?"). The graph records how its own text describes an
entity when a reference was resolved to it (and the claims' own words say more, round 28
below): a ``mentions`` edge with ``via="reference"``
whose surface is a definite noun phrase ("the label", "the retired judge").
:func:`description_surfaces` turns each such phrase, without its determiner (and, for a
longer phrase, its head noun alone), into a query surface of the entity when the phrase
stands for that entity only and is no name or alias already;
:class:`web.query.QueryAnalyser` then treats it as it treats a lowercase alias: the claims
that mention the entity are raised by its scaled IDF, and the phrase stays in the embedded
text. The table is built with the entity tables (:func:`web.query.entity_tables`) and saved
with them.

Measured in search round 15 on the 22 development sets (``docs/RANKING.md``): mean
R@1/R@5/MRR@10 .651/.915/.7641 → .652/.915/.7650 (one question of river 2 → 1, no other
question moved). Measured and left out:

* the head nouns of appositions and copulas after a literal mention as well ("Pelmor Sound,
  a small label", "Ruth Tallis was a judge", read as :mod:`kg.kinds.descriptors` reads
  them): .652/.913/.7650 (one question into the top 10 on water_dispute, one out of the top
  5 on vessany_archive, one 4 → 5 on seedtrust);
* with the reference phrases, the described entity's label appended to the embedded query
  (for an entity mentioned by at most ``COMMON_SHARE`` of the claims): .642/.909/.7560
  (pcr_history −0.088, bridges −0.036, architect_bio −0.030): the label pulls the query
  vector towards every claim about the entity, away from what is asked;
* a description's raise at half (twice) the weight of a name's: .651/.915/.7641 (nothing
  moves), .649/.915/.7632 (two questions of pcr_history 1 → 2).

Reviewed after round 15: a resolved "the second", "the latter" or "the first of these" made
"second", "latter", "these" query surfaces (three on seedtrust); a phrase with a function word
or ending on an ordinal or number word is no description now. No development question holds
those words, so no figure moves.

Round 28 (``docs/RANKING.md``): the descriptor phrases the text gives an entity right at a
literal mention (:mod:`web.descriptor_phrases`: "X, a Quessholm engineer and salesman who …",
"X was a surveyor", "her son, X,", "the surveyor X") stand for it as the reference phrases
do, when they stand for it alone (a noun two entities are described by, "engineer" for two
engineers, is no surface; their modified forms, "quessholm engineer", may be). Dates and
quantities take none ("In 1890, a new gauge for …"). On the 34 development sets, mean
R@1/R@5/MRR@10 .6721/.9162/.7779 → .6744/.9174/.7794: water_dispute, orsenne_ice_company,
pencils_invented, zipper_factual up, vessany_archive down (.636 → .629), the bundled article
unchanged (.68/.86/.77). Round 15's left-out variant above read apposition and copula heads
alone, on 22 sets.

Most questions that describe an entity in the development sets ask about the article's
most-mentioned person ("the inventor", "the founder"), whom the text never calls so: no
reference ties the description to anyone.

Measured in search round 16 on the 24 development sets and left out (mean R@1/R@5/MRR@10
against .648/.915/.7625): a query phrase "the [modifier] NOUN" with a person noun as head
(``kg.words.kind_nouns``), which is no surface already, resolved to the person entity whose
claims hold most of its words (stemmed, IDF-weighted; a modifier must match, the best entity
must lead) and counted as named: .648/.915/.7627 (12 phrases resolved, about half wrongly;
one question up, one down); with a capitalised modifier required ("the French astronomer",
"the Geneva-born inventor"): .648/.915/.7630, 7 of 12 phrases resolved rightly, one question
up. Most described persons are found by the encoder already; a wrong resolution raises
another person's claims.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable

import networkx as nx

from kg.words import lexicon as lx
from web.descriptor_phrases import descriptor_phrases

log = logging.getLogger(__name__)

_DEFINITE = frozenset({"the", "this", "that"})
_FUNCTION = lx.STOPWORDS | lx.DETERMINERS | lx.PRONOUNS
"""Words no description is made of: "the latter", "the first of these" are resolved to an
entity, but a query's "latter" or "these" names nothing."""
_NO_HEADS = _FUNCTION | lx.ORDINALS | lx.NUMBER_WORDS
"""Words no description ends on ("the second"); they may modify its head ("the third tower")."""
_UNDESCRIBED = frozenset({"date", "quantity"})
"""Entities no apposition describes ("In 1890, a new gauge for …" describes the gauge)."""
_MARKS = "\"'“”‘’.,;:!?()[]*_"


def _reference_phrases(surface: str, fold: Callable[[str], str]) -> list[tuple[str, ...]]:
    """"the retired judge" → ("retired", "judge") and ("judge",); nothing for a pronoun or a
    phrase with a capitalised word or a function word, or one that ends on an ordinal."""
    words = [w.strip(_MARKS) for w in surface.split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[0].casefold() not in _DEFINITE:
        return []
    if any(not w[:1].islower() for w in words[1:]):
        return []
    key = tuple(fold(w) for w in words[1:])
    if key[-1] in _NO_HEADS or any(word in _FUNCTION for word in key):
        return []
    return [key] if len(key) == 1 else [key, key[-1:]]


def description_surfaces(
    graph: nx.MultiDiGraph,
    entities: Iterable[str],
    known: dict[tuple[str, ...], str],
    fold: Callable[[str], str],
) -> dict[tuple[str, ...], str]:
    """The descriptions that stand for exactly one of ``entities``.

    Args:
        graph: the knowledge graph.
        entities: the entities that may take a description (those some claim mentions).
        known: the surfaces already taken (names and aliases); a description equal to one
            is left out.
        fold: how a query word is folded (:func:`web.query._fold`).

    Returns:
        folded phrase words → the entity it stands for.
    """
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entity in entities:
        kind = graph.nodes[entity].get("entity_type")
        for claim, _, relation, data in graph.in_edges(entity, keys=True, data=True):
            if relation != "mentions":
                continue
            surface = data.get("surface") or ""
            if data.get("via") == "reference":
                keys = _reference_phrases(surface, fold)
            elif data.get("via") == "literal" and kind not in _UNDESCRIBED:
                text = graph.nodes[claim].get("text") or ""
                keys = descriptor_phrases(text, surface, fold, person=kind == "person")
            else:
                keys = []
            for key in keys:
                owners[key].add(entity)
    found = {
        key: next(iter(held))
        for key, held in owners.items()
        if len(held) == 1 and key not in known
    }
    log.debug("%d descriptions stand for one entity", len(found))
    return found
