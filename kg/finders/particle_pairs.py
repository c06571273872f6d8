"""A name particle followed by an article particle: "Varmot de la Crousse", "Anna van der Berg".

:func:`kg.finders.name_runs.connects` joins a lowercase particle ("de", "van") to a capitalised
run when a capitalised word follows it. A French, Spanish or Dutch surname often writes two
particles, the second an article ("de la", "de los", "van der", "von den"); the first then
stood before a lowercase word and the run ended there: "Lucien Varmot de la Crousse" was cut
into a person "Lucien Varmot" and a person "Crousse". :func:`particle_joins` lets the first
particle join when an article particle and a capitalised word follow it, and the article
particle join after it.

The word before the particles is then the person's short form ("Varmot",
:func:`kg.merging.surnames.name_before_particles`), and particles do not count among a
personal name's four words (:func:`kg.merging.people.person_like`). A lone "der" or "den"
still joins before a capitalised word ("Hefte der Vellinger …"); "la", "le", "las", "los"
only after a first particle.

Measured (probe16, ``benchmarks/entities.py --held-out --ours``, every entity dumped before
and after): on the braille probe the officer's full name is one node holding "Varmot"
(the stray "Crousse" gone); no entity of the other 61 texts moved.
"""

from __future__ import annotations

from kg.words.tokens import Token

# the particles that join alone before a capitalised word (kept in step with
# :data:`kg.finders.name_runs.PARTICLES`, which imports this module)
PARTICLES = frozenset("van von der den de des du da di del della dos das ter ten".split())

__all__ = ["PAIRED", "PARTICLES", "particle_joins"]

# the second, article particle of a pair ("de la", "van der"); "der" and "den" are also
# particles alone ("Karl der Kahle" is not taken here: only after a first particle)
PAIRED = frozenset("la le las los der den".split())
_FIRST = frozenset("de van von".split())


def _capital(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].is_word and toks[k].is_cap and not toks[k].is_acronym


def particle_joins(toks: list[Token], j: int) -> bool:
    """True when the particle at ``j`` joins the run before it to what follows: a capitalised
    word next ("Anna van Dijk"), an article particle then a capitalised word after a first
    particle ("de la Crousse"), or the article particle of such a pair ("la" in "de la Crousse").

    Args:
        toks: the sentence's tokens.
        j: the index of a lowercase particle after a capitalised run.

    Returns:
        Whether the run goes on past ``j``.
    """
    if _capital(toks, j + 1):
        return toks[j].text in PARTICLES or toks[j - 1].text in _FIRST
    return toks[j].text in _FIRST and j + 1 < len(toks) and toks[j + 1].text in PAIRED \
        and _capital(toks, j + 2)
