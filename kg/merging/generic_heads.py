"""The ``generic-head`` rule of :func:`kg.merging.canonical.group_forms`, and the other wordings of a term
that :func:`kg.entities.extract_entities` looks for in the text.

A term that adds a generic head to another term ("X research" = "X", "the X rule" = "X"),
or that swaps one approach-like head for another ("X strategy" = "X approach"), when the
modifier X begins exactly one term, is that term (:func:`generic_heads`);
:func:`head_variants` lists the keys such wordings would have, and :func:`unique_stems` the
terms whose modifier identifies them by itself.

fix14t: "the X device" (also "apparatus", "machine") is the one other term "X ⟨head⟩" when the
modifier X is distinctive (:func:`_device`): a head swap to the artefact's class noun.
Measured over the 30 development sets and the invented texts (every node's label and type
dumped before and after): one duplicate node gone, right (transistor_factual core nodes
54 → 53); nothing else moved. final11's head swaps ("X physics" for "X theory", "X
materials" for "X superconductors") are not covered: their swapped wording is no term form.
Review rev14e: not when the other term's head names a body, idea, document, event, place or
method ("the Pelmor party" and a political "Pelmor machine", invented).
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.words import kind_nouns as kn
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["ADDED_HEADS", "APPROACH_HEADS", "WORK_HEADS", "generic_heads", "head_variants",
           "unique_stems"]

APPROACH_HEADS = frozenset("approach strategy paradigm methodology philosophy".split())
WORK_HEADS = frozenset("research work effort".split())
# heads that may be added to a term without changing what it names ("the X rule" = "X")
ADDED_HEADS = WORK_HEADS | frozenset({"rule"})
# heads that word an artefact by its class ("the X device" for "X valve")
DEVICE_HEADS = frozenset("device devices apparatus machine machines".split())
# heads of a term that names no artefact, which "the X machine" does not reword ("the Pelmor
# party" and a political "Pelmor machine"; "the X effect" and "the X device"); review rev14e
_NOT_ARTEFACT = kn.ORG_HEADS | kn.IDEA_HEADS | kn.DOCUMENT_HEADS | kn.EVENT_HEADS \
    | kn.PLACE_HEADS | kn.STRUCTURE_HEADS | kn.TECHNIQUE_HEADS | kn.AWARD_HEADS \
    | kn.GATHERING_HEADS | kn.PERIODICAL_HEADS


def _distinctive(stem: tuple[str, ...]) -> bool:
    """A modifier specific enough to identify a term by itself (a compound or a rare word)."""
    return len(stem) >= 2 or not lx.is_common_word(stem[0], threshold=3.5)


def head_variants(key: tuple[str, ...], *, distinctive: bool = False) -> list[tuple[str, ...]]:
    """Keys another wording of the same term would have ("X strategy", "X of approaches").

    Args:
        key: a term's key.
        distinctive: True when the term's modifier identifies it by itself, so that any
            approach-like head may replace its head ("X paradigm" for "X learning").
    """
    if len(key) < 2:
        return []
    stem, head = key[:-1], key[-1]
    out = []
    if head in APPROACH_HEADS or distinctive:
        out += [stem + (h,) for h in APPROACH_HEADS if h != head]
        out += [stem + ("of", h) for h in APPROACH_HEADS]
    if head in WORK_HEADS:
        out += [stem + (h,) for h in WORK_HEADS if h != head]
    if head not in ADDED_HEADS:
        out += [key + (h,) for h in ADDED_HEADS]
    return out


def unique_stems(forms: dict[tuple, Form]) -> set[tuple[str, ...]]:
    """Term keys whose distinctive modifier begins no other kept term."""
    stems: dict[tuple, list] = {}
    for key, form in forms.items():
        if not form.is_name and len(key) >= 2:
            stems.setdefault(key[:-1], []).append(key)
    return {keys[0] for stem, keys in stems.items() if len(keys) == 1 and _distinctive(stem)}


def generic_heads(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins a term to the one term it words with a generic head added or swapped."""
    terms = [f for f in forms.values() if not f.is_name and len(f.key) >= 2]
    for form in terms:
        stem, head = form.key[:-1], form.key[-1]
        if head in ADDED_HEADS:
            base = stem[:-1] + (singular(stem[-1]),)
            if base in forms and not forms[base].is_name:
                uf.union(form.key, base, "generic-head", f"“{top(form)}” adds the generic "
                         f"head “{head}” to “{top(forms[base])}”", top(form))
                continue
        if head in DEVICE_HEADS:
            _device(form, terms, uf)
            continue
        if head not in APPROACH_HEADS:
            continue
        rivals = {uf.find(f.key): f for f in terms
                  if f.key != form.key and len(f.key) == len(form.key) and f.key[:-1] == stem
                  and (f.key[-1] in APPROACH_HEADS or _distinctive(stem))}
        if len(rivals) == 1:
            other = next(iter(rivals.values()))
            uf.union(form.key, other.key, "generic-head", f"“{top(form)}” and "
                     f"“{top(other)}” share the modifier and differ in a generic head",
                     top(form))


def _device(form: Form, terms: list[Form], uf: UnionFind) -> None:
    """Joins "the X device" to the one other term "X ⟨head⟩" when the modifier X is
    distinctive ("the quennel-arc device" = "quennel-arc valve"), and that term's head names
    no body, idea, document, event, place or method (review rev14e: "the Pelmor party" is
    no "Pelmor machine")."""
    stem = form.key[:-1]
    if not _distinctive(stem):
        return
    rivals = {uf.find(f.key): f for f in terms if f.key != form.key
              and len(f.key) == len(form.key) and f.key[:-1] == stem
              and f.key[-1] not in DEVICE_HEADS}
    if any(singular(f.key[-1]) in _NOT_ARTEFACT for f in rivals.values()):
        return  # "the Pelmor party" … "the Pelmor machine" (a political machine)
    if len(rivals) == 1:
        other = next(iter(rivals.values()))
        uf.union(form.key, other.key, "generic-head", f"“{top(form)}” words “{top(other)}” "
                 "by its class noun", top(form))
