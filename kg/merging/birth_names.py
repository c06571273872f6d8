"""A stage name or nickname and the name a person was born with: "Little Duskin, born Edwin
Duskin Talbrek in Orvell, …" (probe17), beside "Anna Lind (née Vesterby)"
(:func:`kg.merging.name_cues.born_name`, which reads this cue too).

The name after ", born" is a given name and more capitalised words
(:func:`kg.finders.name_before.born_after`), so "born Quendrow 1890" (a place) and "born 4 May"
are no cue; the name before the comma is the capitalised run that ends there, two words or
more (:func:`kg.finders.name_before.name_before`).

The cue's expansion span is a form of its own, so a stage name whose first word is common
and opens the sentence ("Little …", which the name finder drops as capitalised by position
only) is found through it; a rule keeping such a word in the name finder was tried and
dropped, as it moved nothing more.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 32 probes):
the harmonica probe's stage name was cut to its given name and left to its birth name's
node (alias unity +.05 there); the cue occurs in no other text.

diag16t: ", whose real name was Y Z" (also "birth", "original", "legal"; "is") is the same cue
(:func:`real_name_after`), and the name before may be one word (a pen name's surname, "Korrin,
whose real name was …"); that word is kept as an alias, not an expansion, so it is no label. On
the typewriter set a writer's pen name and real name are one node (the label is the real name:
both forms are seen once). measured with ``benchmarks/entities.py --held-out --ours`` (38
development sets, 34 probes) together with the other diag16t rules: factual_typewriter recall
.95 → 1.00, alias unity .65 → .80, types .65 → .70, relations .30 → .60 at the evidence and
anywhere, core nodes 77 → 73; dev means recall .986 → .987, unity .920 → .924, relations
.929/.934 → .937/.942, core nodes 2001 → 1997; probes unchanged; no other set moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.name_before import born_after, name_before
from kg.merging.alias_cues import Definition
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import Token

__all__ = ["born_as"]


def born_as(u: int, toks: list[Token]) -> list[Definition]:
    """"X, born Y Z …" or "X, whose real name was Y Z" (:func:`real_name_after`): the name Y Z
    a person was born with is another name of X.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        One alias definition per cue, the birth name as the alias of the name before.
    """
    out = []
    for j, tok in enumerate(toks):
        real = real_name_after(toks, j)
        if tok.text != "," or not (real or born_after(toks, j)):
            continue
        start = name_before(toks, j)
        end = first = j + (real or 2)
        while end < len(toks) and toks[end].is_word and toks[end].is_cap:
            end += 1
        if start is not None and j - start >= (1 if real else 2):
            long = Span(u, start, j, "alias" if real else "expansion")  # "Korrin" no label
            out.append(Definition(Span(u, first, end, "alias"), long, "alias"))
    return out


# "whose real name was", "whose birth name is" (diag16t)
_REAL = frozenset({"real", "birth", "original", "legal"})


def real_name_after(toks: list[Token], j: int) -> int:
    """The offset from ``j`` of the name after ", whose real name was" when a given name and
    one or more capitalised words follow ("Quill, whose real name was Edwin Quendrow, …"),
    else 0: the name is the person's own, whoever writes under the one before."""
    k = j + 5
    if not (k + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower == "whose"
            and toks[j + 2].lower in _REAL and toks[j + 3].lower == "name"
            and toks[j + 4].lower in ("was", "is")):
        return 0
    return 5 if toks[k].lower in GIVEN_NAMES and toks[k].is_cap and toks[k + 1].is_word \
        and toks[k + 1].is_cap else 0
