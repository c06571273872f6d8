"""The kind of entity a question asks for, when it names the kind: "Which firm …?".

A question that asks "which/what" before a noun that names a kind of organisation ("Which
body was given the power …?", "Which accountancy firm helped …?", "To which learned society
was the paper sent?") is answered by a claim that names an organisation, while the claims
around it, which describe what was done, often name none ("The power to prosecute was handed
to …" against "The Pelmor Drainage Board took over in 1902."). Graph-aware ranking raises the
claims that name an organisation literally (a ``mentions`` edge ``via literal`` to an entity
typed ``organization``, :func:`web.claimrows.typed_rows`) by :data:`web.weights.PERSON_WEIGHT`,
after the re-scoring of the head, as the who-question cue does for a person
(:func:`web.boosts.person_cue`, round 18 of ``docs/RANKING.md``).

The nouns are generic English class nouns of organisations; up to two modifiers may stand
between the question word and the noun ("which learned body"), none of them a function word
("What did the council decide?" asks no kind: "did" comes first), and "kind of" / "type of"
before the noun ask for a description, not a body. The noun asks for a body only as the head of
its phrase: followed by "of" it names a part, an amount or a group ("Which body of water …?",
"Which bank of the river …?", "What school of thought …?"), and followed by a word with a
noun's suffix it modifies that word ("What firm conclusion …?", "Which company director …?").
The verb is not read, so an idiom or an abstract sense still fires ("What company did she
keep?", "What authority did the mayor have?"). Measured on the twenty-six development sets
(9 of their 653 questions ask so): three answers rise to first, nothing falls (mean MRR@10
.7717 → .7743); weights 0.15 … 0.4 give .7737 … .7743, so the who cue's weight is shared.
The same cue for questions naming a kind of person ("Which judge …?", joining the who cue), a
place ("Which country …?") or a product ("Which engine …?") moved no question and is not built.
"""

from __future__ import annotations

import re

_ORGANISATION_NOUNS = frozenset(
    """
    organisation organization body company firm business corporation institution institute
    agency authority bank board bureau charity club college commission committee consortium
    cooperative co-operative council court department foundation government guild laboratory
    lab league ministry newspaper parliament party publisher school society association union
    university manufacturer supplier insurer lender broadcaster retailer airline magazine
    hospital museum federation alliance partnership syndicate
    """.split()
)
# Words that end the search for the noun: articles, auxiliaries, prepositions and pronouns
# ("What did the board …?", "Which of the firms …?"), and "kind"/"sort"/"type" ("What kind
# of company …?" asks for a description).
_STOPS = frozenset(
    """
    a an the of to in on at for by with from and or but is are was were be been do does did has
    have had can could will would shall should may might must it its they their he his she her
    this that these those kind sort type
    """.split()
)
# Suffixes of nouns (rarely of verbs): a class noun right before such a word modifies it.
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "or", "ors")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MODIFIERS = 2
"""At most this many words between the question word and the kind noun."""


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def asks_organisation(query: str) -> bool:
    """Whether a question asks which organisation ("Which firm …?", "To which learned body …?").

    Args:
        query: the query text.

    Returns:
        True when "which" or "what" is followed, within :data:`_MODIFIERS` + 1 words and before
        any function word, by an organisation's class noun (singular or plural) that heads its
        phrase: not followed by "of" or by a word with a noun's suffix.
    """
    words = [w.lower() for w in _WORD.findall(query)]
    for i, word in enumerate(words):
        if word not in ("which", "what"):
            continue
        for j in range(i + 1, min(len(words), i + 2 + _MODIFIERS)):
            after = words[j]
            if after in _ORGANISATION_NOUNS or _singular(after) in _ORGANISATION_NOUNS:
                return _heads(words[j + 1] if j + 1 < len(words) else "")
            if after in _STOPS:
                break
    return False


def _heads(following: str) -> bool:
    """Whether a class noun followed by the word ``following`` heads its phrase ("" at the end)."""
    if following == "of":
        return False
    return not (len(following) > 4 and following.endswith(_NOUN_SUFFIXES))
