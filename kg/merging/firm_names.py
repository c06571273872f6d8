"""Rule ``firm-name``: "the Kelby firm" for the one business whose name begins with "Kelby".

"the Kelby firm", "the Kelby company", "the Kelby works" with no name so headed join the one
name of a business that begins with "Kelby" and ends in a business head (:data:`FIRM_NOUNS`,
``BUSINESS_HEADS``: a company, works, mill …, never a hospital or a society), or "House of
Kelby", not the town "Kelby" it is named after (:func:`firm_owners`, called by the
``name-head`` step of :mod:`kg.merging.canonical`); "the Kelby works" never joins the bare
name (a works is no label of its town). The firm noun heads no name of the business
(:mod:`kg.references.name_traits`), and such a mention is no naming of it when
:mod:`kg.references.coref` weighs the dominant organisation (:func:`firm_by_name`: a rival so
described took "the firm" from the article's own company).

Round 20 (alias13), measured with ``--held-out --ours`` (26 development sets, 22 probes):
orsenne_ice_company alias unity .55 → .65 (with the glossed eponym of
:mod:`kg.finders.eponyms`), relations at the evidence .60 → .90, anywhere .70 → 1.00;
quellbracke_perfumery alias unity .83 → .87 (a house's works); no figure of any other set or
probe moved, and no mention elsewhere. Seen but not joined: a works the text names only so
("the X treatment works", water_dispute: no name to join). Review (rev13b): "the Kelby
company of actors" is no name at all (:func:`kg.finders.candidates.of_members`); two
businesses beginning with "Kelby" leave "the Kelby firm" unjoined; the reference rule of
:mod:`kg.references.named_kinds` took "the Kelby firm" for "Kelby Hospital", which this rule
refuses, and now asks for a business head too. Module moved out of
:mod:`kg.merging.canonical`, which had grown past 300 lines.

Round 22 (alias14): "the Pelmor group", "the Pelmor team", "the Pelmor laboratory" (a research
group, :data:`GROUP_NOUNS`) join the one institution (a university, institute, college,
observatory, laboratory or academy, by its head) whose name holds "Pelmor" anywhere ("Pelmor
University", "University of Pelmor"), same rule; before, the group went to the town of that
name. Measured (``--held-out --ours``, 28 sets, 24 probes): superconductivity_factual alias
unity .60 → .65 (one form; one mention moved from the town to the university, right); no
other alias, mention or figure of any set moved. Not taken: a sports "team" for a club, and
the word anywhere in any organisation's name (two institutions holding the word leave the
group unjoined).

Review (rev14b): a club or a firm whose name begins with the word ("Pelmor Rovers",
"Pelmor Motors") has a team or a laboratory too, and a scientist "Ada Pelmor" leads "the
Pelmor group" wherever she works, yet "the Pelmor team" was joined to "Pelmor College"
beside the club, and "the Pelmor group at Quendrow" to "Pelmor Institute" beside her; such a
name (no place's) beginning or ending with the word now counts as another owner, so the
group is left unjoined, as before round 22. Measured (``benchmarks/entities.py --held-out --ours``, 28 development sets): no figure of any set moved, and the aliases of this rule on the 28 texts are the same as before.
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind
from kg.merging.shortenings import head_of
from kg.words import lexicon as lx
from kg.words.kind_nouns import PLACE_HEADS as _PLACE_HEADS
from kg.words.tokens import Token, singular

__all__ = ["BUSINESS_HEADS", "FIRM_NOUNS", "GROUP_NOUNS", "firm_by_name", "firm_owners"]

FIRM_NOUNS = lx._words("firm company business works")
"""Lowercase nouns by which "the X firm" describes a business named "X …"."""
_FIRM_KEYS = frozenset(singular(w) for w in FIRM_NOUNS)  # as a key writes them ("work")
# "the X firm" may stand for the one name of a business that begins with X and ends in one of
# these heads ("the Kelby firm" → "Kelby Glass Works"), never for a hospital or a society
BUSINESS_HEADS = lx._words("""
company corporation co co. inc inc. ltd ltd. llc plc gmbh ag work industry holding group partner
venture motor technology pharmaceutical mill foundry brewery
""")
"""Heads (as a key writes them, singular) of a business's name, which "the X firm" may stand
for; :mod:`kg.references.named_kinds` asks the same of the organisation it takes "the X
firm" for ("the Carrick firm" is no "Carrick Hospital")."""


GROUP_NOUNS = lx._words("group team laboratory lab")
"""Lowercase nouns by which "the X group" describes a research group of an institution whose
name holds X ("the Pelmor group" → "Pelmor University", "University of Pelmor")."""
# the heads (as a key writes them) of an institution "the X group" may stand for
_INSTITUTION_HEADS = lx._words("university institute college observatory laboratory academy")


def firm_owners(words: tuple[str, ...], head: str, names: list[Form],
                uf: UnionFind) -> dict[str, Form]:
    """The businesses "the ⟨words⟩ ⟨head⟩" may stand for, by group root.

    Args:
        words: the key's words before its firm noun (``("kelby",)``).
        head: the key's last word (``"firm"``).
        names: the kept names (no ``namehead`` forms).
        uf: the groups so far.

    Returns:
        Every name that begins with ``words`` and ends in a business head, or is "House of
        ⟨words⟩", by the root of its group; for a group noun (:data:`GROUP_NOUNS`), every
        institution whose name holds ``words`` and, when there is one, every other name (no
        place's) that begins or ends with them; empty when ``head`` is neither.
    """
    if head in GROUP_NOUNS:  # "the Pelmor group": the one institution whose name holds Pelmor
        owners = {uf.find(f.key): f for f in names if len(f.key) > len(words)
                  and head_of(f.key) in _INSTITUTION_HEADS and any(
                      f.key[i:i + len(words)] == words for i in range(len(f.key)))}
        # a club or a firm whose name begins with Pelmor ("Pelmor Rovers", "Pelmor Motors")
        # has a team or a laboratory too, and a person "Ada Pelmor" leads one: the group is
        # then none of them for sure (nor the club or the firm alone: a sports team, not taken)
        if owners:
            owners.update({uf.find(f.key): f for f in names if len(f.key) > len(words)
                           and words in (f.key[:len(words)], f.key[-len(words):])
                           and head_of(f.key) not in _PLACE_HEADS})
        return owners
    if singular(head) not in _FIRM_KEYS:
        return {}
    return {uf.find(f.key): f for f in names if len(f.key) > len(words)
            and f.key[:len(words)] == words and head_of(f.key) in BUSINESS_HEADS
            or f.key == ("house", "of", *words)}  # "the Vennel firm": House of Vennel


def firm_by_name(tokens: list[Token], start: int, end: int) -> bool:
    """True for "the Kelby firm", "the Kelby works" at ``tokens[start:end]``: a business
    described by its name's first word and a lowercase firm noun, which counts as no naming
    of it when the text's dominant organisation is weighed (a rival so described is no rival
    of the firm the text is about)."""
    last = tokens[end - 1]
    return end - start > 1 and last.text.islower() and last.lower in FIRM_NOUNS
