"""Recording what resolution found: a reference mention of a sentence, a pair of people
taken up by "They", an idea taken up by "his theory", and a subject description that marks
where the next sentence's "it" looks (moved out of :mod:`kg.references.coref` unchanged).
"""

from __future__ import annotations

from kg.references.attributed import idea_noun

__all__ = ["attributed", "mark_subject", "record", "record_pair"]


def mark_subject(u: int, phrase, g: int, by_unit, tokens=()) -> None:
    """A subject description that stands for an entity the sentence also names later ("The
    bureau issued its first bulletin …, and the model kept by VARNET …") adds no mention, but
    marks where the subject is, so that the next sentence's "it" finds it. Only when the
    name comes after the description: one named before it ("Formed … at the Quibrow
    Conservatory, the group …") is what the description was wrongly taken for. diag16p: a
    possessive "its"/"their" before it in a fronted phrase (``tokens``: the sentence's) is
    no such name ("When at its busiest it kept 200 hands. Its first owner …": the subject "it").
    Measured over the 34 development sets and 30 probes (references dumped): four added, all
    right (two "Its" after such a sentence, pencils_invented and the tea probe; and two
    "the company's", "the business" for the title's firm, counted more often now; relations
    at the evidence of pencils_invented .60 → .80); none lost, no other figure moved."""
    if all(p > phrase.start or p < len(tokens) and tokens[p].lower in ("its", "their")
           for p, h in by_unit[u] if h == g):
        by_unit[u].append((phrase.start, g))
        by_unit[u].sort()


def record_pair(unit, u, phrase, pair, literal, by_unit, out) -> None:
    """"They", "Their" opening a sentence after one whose subject is two people, "A and B"
    (:func:`kg.references.subjects.coordinated_subject`): both of them, each a reference of the
    sentence."""
    if pair is None or any(g in literal for g in pair):
        return
    for g in pair:
        record(unit, u, phrase.start, phrase.start + 1, g, literal, by_unit, out)


def attributed(unit, u, phrase, idea, literal, by_unit, out) -> None:
    """"his theory", "her method": the idea the text last said the possessor put forward
    (:mod:`kg.references.attributed`), as a reference of the sentence."""
    toks = unit.tokens
    if idea is None or idea in literal or toks[phrase.start].lower not in ("his", "her") \
            or not idea_noun(toks, phrase.start):
        return
    record(unit, u, phrase.start, phrase.start + 2, idea, literal, by_unit, out,
            at=phrase.start + 1)


def record(unit, u, start, end, g, literal, by_unit, out, *, at=None) -> None:
    """Records tokens ``start``–``end`` of the sentence as a reference to ``g`` (rule
    "context"), placed at ``at`` (default ``start``) among the sentence's entities."""
    toks = unit.tokens
    by_unit[u].append((start if at is None else at, g))
    by_unit[u].sort()
    literal.add(g)
    out.append((g, unit.sentence, " ".join(t.text for t in toks[start:end]), toks[start].start,
                toks[end - 1].end, "context"))
