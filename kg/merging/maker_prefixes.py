"""The ``maker-prefix`` rule of :func:`kg.merging.canonical.group_forms`: a product's one-word
name after its maker's acronym ("the KVL Tessaline" for "the Tessaline").

A two-word name whose first word is an acronym the text writes on its own (a maker's short
name, "KVL") and whose second word is a one-word name kept on its own ("Tessaline") joins the
one-word name: the maker's acronym only says whose the thing is. Not when the one-word name
is a person's surname ("Ysolde Orlbeck" … "the KVL Orlbeck plan"), nor when the second
word is a common word ("the KVL Report", "the UN Charter" are names of their own) or an
acronym itself, nor when the one-word name is a place (rev18h: "RAF Orlby" or "the BHT
Kelvara ward" had joined the town "in Kelvara": a base or branch named for its place).

diag16t (final16 typewriter diagnosis): the typewriter set's electric model, written once with
its maker's acronym in front, was a node apart from the model (alias unity of that gold entity
restored: alias unity .75 → .80, core nodes 74 → 73 after the other diag16t rules). Measured
with ``benchmarks/entities.py --held-out --ours`` (38 development sets, 34 probes): no other
set moved (dev alias unity .923 → .924, core nodes 1998 → 1997; probes unchanged). rev18h (the
place guard, tests/test_entities_rev18h.py): no set moved (dev .991/.930, probes .979/.944).

diag17b (final17 umbrella makers diagnosis): a person's surname plays the maker's part too, "the
Varnsby Drizzlet" for "the Drizzlet" when the text names a person "… Varnsby" (not when the
two-word name is itself a person's, nor when its second word is a person's surname); joined,
the product leaves the bare surname to the person (:func:`kg.merging.people.rival_words` reads
a ``maker-prefix`` join as :func:`named_after` does). The umbrella set's designer and her nylon
model: alias unity .90 → 1.00, core nodes 29 → 27 (the bare surname and the short form no
longer nodes of their own); no other set moved (dev alias unity .923 → .926, probes unchanged).
rev19g (review): not when the one-word name is any word of a person's name ("the Vardell Orsina
portrait" had joined the painter's wife "Orsina Quorle", typed her other); no set moved.
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.merging.people import person_like
from kg.words import lexicon as lx

__all__ = ["maker_prefixes"]


def _acronym(form: Form | None) -> bool:
    return form is not None and len(form.key) == 1 and any(
        s.isupper() and s.isalpha() and 2 <= len(s) <= 5 for s in form.surfaces)


def maker_prefixes(forms: dict[tuple, Form], uf: UnionFind, *,
                   placed: frozenset = frozenset()) -> None:
    """Joins "ACR Name" to the kept one-word name "Name" (see the module docstring); not when
    "Name" is used as a place (``placed``: "RAF Orlby", an airfield, is no other name of the
    village "in Orlby")."""
    people = {k for k, f in forms.items() if len(k) > 1 and f.is_name and person_like(f)}
    surnames = {k[-1] for k in people}
    named = {w for k in people for w in k}  # (rev19g) "the Vardell Orsina portrait": his wife
    for key, form in forms.items():
        if len(key) != 2 or not form.is_name or key in people or not (
                _acronym(forms.get(key[:1])) or key[0] in surnames):  # (diag17b) a designer's
            continue
        bare = forms.get(key[1:])
        if bare is None or not bare.is_name or _acronym(bare) or key[1] in named \
                or key[1:] in placed \
                or lx.is_common_word(key[1], threshold=3.5):
            continue
        uf.union(key, key[1:], "maker-prefix",
                 f"“{top(form)}” is “{top(bare)}” after its maker's name", top(form))
