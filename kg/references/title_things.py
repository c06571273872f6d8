"""What "the device" and "the instrument" stand for when nothing near takes them up: the one
made thing the document's title names ("# A History of the Quillophone … the instrument",
:func:`title_thing`, for :func:`kg.references.antecedents.antecedent`).

An article about one artefact calls it by its class noun again and again ("Few players at
first trusted the instrument", "the name later given to the device"). The artefact is mostly
a lowercase term, typed a concept, which a product noun does not fit by type, and the class
noun heads no name, so such a phrase took nothing unless a term had just been introduced
(:mod:`kg.references.new_terms`). Here it takes the title's thing when

- the phrase is "the" and "device" or "instrument" (not "this device", which may sum up one
  just described; not "the tool", as often any tool of a trade);
- the title names exactly one entity of a thing's type (concept, product, other);
- no indefinite made thing, "a device", "an apparatus", "a machine" (:data:`_MADE`), was
  written in the phrase's sentence or the window, save after a copula or a comma ("it was a
  machine for songs" describes the thing named): a new one, described there
  (:func:`_unnamed_made`; rev18d: :func:`kg.references.referent_limits.introduced` looks at
  the sentence before only, and at the phrase's own noun);
- the phrase's sentence and the window name no other entity typed product (a made thing the
  text is speaking of just then: "the first clock … the device" is the clock).

A title that names several things ("The Quillophone: From Reed Box to Concert Hall") gives
the one thing before its colon (:func:`_titled`).

rel18, measured with ``benchmarks/entities.py --held-out --ours`` over the 36 development sets
and 32 probes, and a dump of every reference over the 68 texts before and after, read one by
one: 12 references added, none changed or lost — stethoscope_factual four "the instrument",
the harmonica probe three, zipper_factual three "the device" (through the colon: its title
also names the clasp that came before, whose own "the device" stays unresolved, a product
being in its window), enigma_codebreaking one; transistor_factual's "the device" (the first
point-contact device) takes the title's class, arguable. No figure moved (the gold pairs of
these sentences were joined by other claims or hold an entity not found). Not taken: "the
tool" (any tool of a trade), "this device", and a title naming a technique or a document.

Review rev18d: "In 1900 X patented an apparatus for tuning reeds. The device used …" (and
"a machine" two sentences back) gave the device to the title's instrument; now an indefinite
made thing of the window or the sentence stops it (:func:`_unnamed_made`). No reference of the
67 texts moved; no figure of ``--held-out --ours`` moved.

rel18b: two early returns of :func:`kg.references.antecedents.antecedent` kept a phrase from
reaching :func:`title_thing`. (1) When the noun heads some name of the document and no entity
so headed stands before the phrase ("The instrument grew out of …" when only a later book,
"Notes on the Reed Instrument", ends so), it now falls back here instead of taking
nothing: the sliderule probe's two "the instrument" → the slide rule (right). (2) "The
quillophone is a small reed instrument" made "a … instrument" a new unnamed one
(:func:`kg.references.referent_limits.introduced`), so "the instrument" of the next two
sentences took nothing; a copula right after a name opening its sentence now describes that
name (no 70-text reference moved; invented tests). Reference dump over the 70 texts (36
development sets, 34 probes): those two added, nothing changed or lost; no figure of
``--held-out --ours`` moved by them.
"""

from __future__ import annotations

from kg.references.distant_antecedents import title_entity
from kg.references.phrases import Context, Phrase
from kg.references.referent_limits import PREDICATING

__all__ = ["title_thing"]

# the class nouns of a made thing that an article about one artefact calls it by
_ARTEFACT_NOUNS = frozenset({"device", "instrument"})
# (rev18d) a made thing's nouns: "a machine", "an apparatus" of the window is a new one
_MADE = frozenset({"device", "instrument", "machine", "apparatus", "mechanism", "contraption",
                   "gadget", "appliance", "engine", "tool"})
# the types of a title's thing (a technique is done, a document read: neither is a device)
_THING_TYPES = frozenset({"concept", "product", "other"})


def title_thing(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """"the device", "the instrument" that nothing near took up: the one thing the title names.

    Args:
        u: the unit (sentence) index of the phrase.
        phrase: the reference phrase (kind product).
        tokens: the unit's tokens.
        ctx: what is known so far of the document.

    Returns:
        The title's one thing, or None (see the module docstring for the conditions).
    """
    if phrase.noun not in _ARTEFACT_NOUNS or tokens[phrase.start].lower != "the":
        return None
    g = _titled(ctx)
    if g is None:
        return None
    near = [e for _p, e in ctx.by_unit.get(u, [])] + [
        e for prev in ctx.recent for _p, e in ctx.by_unit.get(prev, [])]
    if any(e != g and ctx.types[e] == "product" for e in near):
        return None  # another made thing is spoken of just then
    if _unnamed_made(tokens, phrase.start) or any(
            _unnamed_made(ctx.units[v].tokens, len(ctx.units[v].tokens)) for v in ctx.recent):
        return None  # "Havel built a machine for tuning reeds. The device …": that machine
    return g


def _unnamed_made(tokens, end: int) -> bool:
    """True when "a"/"an" and at most three lowercase words end in a made thing's noun
    (:data:`_MADE`) before ``end`` ("an apparatus", "a small brass machine"); not after a
    copula or a comma ("The quillophone is a reed instrument", "…, a device for"): that
    describes a thing named."""
    for i in range(end):
        if tokens[i].lower in ("a", "an") and not (
                i and (tokens[i - 1].lower in PREDICATING or tokens[i - 1].text == ",")):
            for t in tokens[i + 1:min(i + 5, end)]:
                if not (t.is_word and t.text.islower()):
                    break
                if t.lower in _MADE:
                    return True
    return False


def _titled(ctx: Context) -> int | None:
    """The one thing the title names; when it names several, the one thing before its colon
    ("The Quillophone: From Reed Box to Concert Hall": the quillophone, of which the rest
    tells the story)."""
    g = title_entity(ctx, lambda e: ctx.types[e] in _THING_TYPES)
    if g is not None or ctx.title is None or not ctx.units:
        return g
    tokens = ctx.units[ctx.title].tokens
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None:
        return None
    found = {e for p, e in ctx.by_unit.get(ctx.title, [])
             if p < colon and ctx.types[e] in _THING_TYPES}
    return found.pop() if len(found) == 1 else None
