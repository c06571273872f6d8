"""A document's name written the other way round: "the Rules of the Pelmor Guild" … "the
Pelmor Guild rules" (rule ``inverted``, diag16c), used by
:func:`kg.merging.canonical.group_forms`.

A document named "⟨head⟩ of (the) ⟨name⟩" ("Rules", "Statutes", "Charter" …, the heads of
:data:`kg.words.lexicon.DOCUMENT_HEADS`) is often called later by its owner's name and the head
after it, the head in lowercase ("a faded copy of the Pelmor Guild rules"). The later form
holds the same words in the other order, so it joins the name when:

- the name is a proper name with one "of" right after its head (not "Rules of X of Y");
- the inverted form is its words after "of" (without "the") and then the head, exactly;
- every word before the head is capitalised where the form is written, and it is always
  written after "the" (one thing: "a Kelby statute" after "the Statute of Kelby" may be
  any statute of that town).

:func:`kg.merging.shortenings.swapped_heads` does the same for institutions ("Harnwick
University" for "University of Harnwick"), where both forms are names.

Only a kept form is joined: on the set below a heading ("… and the ⟨Owner⟩ Rules") keeps
the later form; written once in running text, after an owner that is a name of its own
("the Kelby Guild" … "the Kelby Guild rules"), the gazetteer reads the owner's name and the
lowercase head stays outside it (not done).
A name "Rules of …" is typed a document (:func:`kg.kinds.form_types.head_type`: a head that
is a document's in the plural only, "rules" in :data:`kg.words.lexicon.DOCUMENT_HEADS`, not
"rule": "the Pelmor rule" may be an instrument).

Measured (``benchmarks/entities.py --held-out --ours``, 38 development sets, 34 probes, every
entity and reference of the 73 texts dumped before and after): final16
invented_candle_soap_works' rules one node, typed a document (alias unity .90 → .95, types up
one item); no other set writes both orders, no other figure moved. With "rule" as a document
head too, the sliderule probe's instrument was typed a document: rejected.
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["RULE", "inverted_names"]

RULE = "inverted"


def inverted_names(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins "⟨Owner⟩ ⟨head⟩" to the document name "⟨Head⟩ of (the) ⟨Owner⟩" (see the module
    docstring).

    Args:
        forms: the kept forms by key.
        uf: the union of forms, joined in place (rule ``inverted``).
    """
    for long in forms.values():
        k = long.key
        if not long.is_name or len(k) < 3 or k[1] != "of" or k[0] not in lx.DOCUMENT_HEADS:
            continue
        owner = k[3:] if k[2] == "the" else k[2:]
        if not owner or "of" in owner:
            continue
        inverted = forms.get(owner + k[:1]) or forms.get(owner + (singular(k[0]),))
        if inverted is None or not _written_as_owner(inverted):
            continue
        uf.union(inverted.key, k, RULE, f"“{top(inverted)}” names “{top(long)}” with its "
                 "words the other way round", top(inverted))


def _written_as_owner(form: Form) -> bool:
    """True when every running-text surface capitalises all words but the last and every
    occurrence follows "the"."""
    written = sum(form.surfaces.values())
    return written > 0 and form.after_article >= written and all(
        all(w[:1].isupper() for w in surface.split()[:-1]) for surface in form.surfaces)
