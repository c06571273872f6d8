"""A term's process written as a hyphened participle: "fen distillation" … "fen-distilled
resin", "varve dating" … "varve-dated layers" (rule ``participle``).

A lowercase term whose head names a process ("-ation", "-ion", "-ment", "-ing") is also
written as its modifier hyphened to the verb's past participle, before the noun it
describes: the same process, told of its product. :func:`participle_variants` lists the keys
such a wording would have; :func:`kg.entities.build_gazetteer` matches them only as one
hyphened word (``hyphened`` in :class:`kg.finders.gazetteer.Gazetteer`), so a verb after
a subject ("the court ruled" beside "court ruling") is never one, and only for a term whose
modifier identifies it by itself (:func:`kg.merging.generic_heads.unique_stems`: a rare word
or a compound), so "family-founded" is no "family foundation". Nouns whose look-alike
participle is another verb's ("foundation"/"founded", "station"/"stated",
"settlement"/"settled") are left out (:data:`THING_NOUNS`); so are nouns of a relation, a
group or a place whose participle says something else (review of round 18: "sepsis
relation" took "sepsis-related", "vole population" the "vole-populated" meadows).

Round 17 (alias unity on the 22 development sets and the invented ones): quellbracke
0.74 → 0.78 (a technique written once as its hyphened participle); no other figure moved.
Over every hyphened "-ed" word of the development texts (about forty) only that one
matched a term. Rejected: matching the participle unhyphened too (a finite verb after its
subject, "the samples were radiocarbon dated", reads the same; "the court ruled" does not).
"""

from __future__ import annotations

__all__ = ["PARTICIPLE", "THING_NOUNS", "participle_of", "participle_variants"]

PARTICIPLE = "participle"
# process-looking nouns that name a thing, whose participle look-alike is another verb's
THING_NOUNS = frozenset("""foundation station nation ration mission settlement government
department apartment compartment statement basement element moment cement torment ointment
garment fragment segment sediment relation association population organisation organization
location plantation edition version option portion notion argument attachment""".split())
# (ending, letters to cut) from a process noun to the stem its participle is built on
_ENDINGS = (("ation", 5), ("ion", 3), ("ment", 4), ("ing", 3))  # "-ion" also cuts "creation"


def _participles(head: str) -> set[str]:
    """The past participles a process noun's verb may have ("distillation" → "distilled")."""
    if head in THING_NOUNS:
        return set()
    out = set()
    for ending, cut in _ENDINGS:
        if head.endswith(ending) and len(head) - cut >= 3:
            stem = head[:-cut]
            out.add(stem + ("d" if stem.endswith("e") else "ed"))
    return out


def participle_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Keys of the term written as its modifier hyphened to a participle.

    Args:
        key: a lowercase term's key of two words or more ("fen", "distillation").

    Returns:
        ("fen", "distilled"), … ; none when the head is no process noun.
    """
    if len(key) < 2:
        return []
    return [key[:-1] + (p,) for p in sorted(_participles(key[-1]))]


def participle_of(variant: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """True when ``variant`` is ``key`` written with its process as a participle."""
    return variant in participle_variants(key)
