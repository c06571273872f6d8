"""The people named inside a fronted phrase, which a personal pronoun of the main clause passes
over at first (:func:`fronted_aside`, read by :func:`kg.references.antecedents.antecedent`).

Round 20 (rel12): a personal pronoun of the main clause looks at the people named after a
preposition inside a fronted phrase closed by a comma only after the previous sentences
(:func:`fronted_aside`: "Combined with the notes supplied through Tom Quarle, the tables
allowed him to …" is the man the text was about); not after a word that may open a clause
("After Tom Quarle left, he …") nor after "according to". Measured
(``benchmarks/entities.py --held-out --ours`` and a dump of every reference over the 24
development sets and the 20 invented articles): one reference added, right (enigma_codebreaking
relations at the evidence .80 → .90); nothing else moved. Review (rev12c): only for a subject
"he"/"she" opening the main clause or after a participial phrase (:func:`_participial`); an
object or possessive pronoun after a fronted prepositional phrase may well be its person ("In
talks with Tom Quarle, the board offered him a seat", "For Ada Lind, her years …"), which the
rule had sent behind the previous sentences' people (two wrong references on an invented
biography); no reference or figure moved on the 24 development sets. A person governed right
after the opening participle is not passed over by an object pronoun ("Impressed by Tom Quarle,
the board promoted him"), and a quotation mark may stand before the subject ('"In my talks
with Tom Quarle," he wrote'); nothing moved on the development sets either.
Rejected (rel13b): counting a name after a descriptor as governed ("Working with the Welsh
chemist Owen Pellard, he built …": "the Welsh chemist" between the preposition and the name).
Over the 26 development sets and the 22 invented articles it added one reference, wrong: the
"he" then went to the previous sentence's subject, a rival who criticised the man the
paragraph is about (named after him in a second clause), not to that man.
"""

from __future__ import annotations

from kg.references.phrases import Phrase
from kg.references.subjects import clause_start, governed
from kg.words import lexicon as lx

__all__ = ["fronted_aside"]


def fronted_aside(tokens, here, phrase: Phrase) -> list[tuple[int, int]]:
    """The people a personal pronoun of the main clause passes over at first: those named
    after a preposition inside a fronted phrase closed by a comma ("Combined with the notes
    supplied through Tom Quarle, the tables allowed him to …": not Quarle, but the man the text
    was about), looked at only after the previous sentences.

    Args:
        tokens: the sentence's tokens.
        here: ``(token position, group)`` of the entities named before the phrase in its
            sentence.
        phrase: the reference phrase.

    Returns:
        The entries of ``here`` to look at last (none but for "he", "she", "him", "her" …).
    """
    if phrase.kind != "person" or phrase.noun is not None:
        return []
    start = clause_start(tokens)
    if not 0 < start <= phrase.start:
        return []
    first = next((k for k in range(start, len(tokens)) if tokens[k].is_word), None)
    subject = first == phrase.start and tokens[first].lower in ("he", "she")
    opening = _participial(tokens)
    if not (subject or opening is not None):
        return []  # "After talks with Tom Quarle, the board offered him a seat": may be Quarle
    return [(p, g) for p, g in here if p < start and governed(tokens, p)
            and not _opens_clause(tokens, p)
            and (subject or _governor(tokens, p) > opening + 1)]


def _governor(tokens, pos: int) -> int:
    """Where the word governing a mention stands, past "the", "a", "an" (as
    :func:`governed` reads it)."""
    k = pos - 1
    while k > 0 and tokens[k].lower in ("the", "a", "an", "its", "their"):
        k -= 1
    return k


# prepositions ending in "-ing", which open no participial phrase
_ING_PREPOSITIONS = frozenset({"following", "including", "regarding", "concerning",
                               "considering", "excluding", "notwithstanding", "pending"})


def _participial(tokens) -> int | None:
    """Where the participle opening the sentence stands ("Combined with …", "Trained by …"),
    else None. Its understood subject is the main clause's, so a person named deeper inside
    it is someone else ("Combined with the notes supplied through Tom Quarle, the tables
    allowed him"); one governed right after it may not be ("Impressed by Tom Quarle, the board
    promoted him")."""
    k = next((k for k, t in enumerate(tokens) if t.is_word), None)
    first = tokens[k].lower if k is not None else ""
    return k if first not in lx.FRONTING and first not in _ING_PREPOSITIONS and (
        first in lx.PAST_VERBS or first.endswith(("ed", "ing")) and len(first) > 4) else None


# words that open a clause as well as govern a noun: "After Tom Quarle left, he …" may be Quarle
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "when", "while", "because",
                             "if", "although", "whereas", "where"})


def _opens_clause(tokens, pos: int) -> bool:
    """True when the word governing a mention (past "the", "a", "an", as :func:`governed`
    reads it) may open a clause whose subject the mention is ("After Tom Quarle left"), or is
    "according to", whose speaker may be the "he" of the main clause."""
    k = _governor(tokens, pos)
    return tokens[k].lower in _CLAUSE_OPENERS or k > 0 and tokens[k].lower == "to" \
        and tokens[k - 1].lower == "according"
