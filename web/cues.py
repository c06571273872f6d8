"""Answer cues: which claims state a reason, a number, a date, a place or a denial, from English
function words only. What shape of answer a question asks for is read by
:mod:`web.question_cues` (at query time; this module is a build source, its flags stored with
the claims by :mod:`web.derived`).

A "why" question is answered by a reason, and English marks most stated reasons with a small
set of connectives ("because", "so that", "therefore", "due to", …). Paraphrase questions
avoid the answer's content words, so a claim that gives a reason is hard to tell from one that
only names the topic (the answer to "Why did renters leave?" often reads "…, because the fees
rose", while its neighbour says "Many renters left."). Graph-aware ranking raises claims that
state a reason by :data:`web.weights.REASON_WEIGHT` for "why" questions only.

The connectives are generic English; nothing here depends on an article. Wider lists (adding
"since", "thus", "so", "reason") were measured and cost more than they gave (see
``docs/RANKING.md``, round 4): "since" and a bare "so" are as often temporal or intensifying.
Round 20 (28 sets) added the unambiguous forms only: "since" after a comma and not before a
number or "then" (", since the dye faded in sunlight"), "thus", "which/that/this is (was) why"
and "led … to" (at most three words between): 110 → 123 of the 28 sets' 2,725 claims give a
reason, three why-answers rise (3 → 1, 2 → 1, 4 → 3) and none falls at the unchanged
:data:`web.weights.REASON_WEIGHT`; a bare "since" (also "had since wandered") lowered one.

The same holds for questions that ask for an amount ("How many …?", "What share …?") or a
time ("When …?", "In what year …?"): their answers state a number or a date, which a
paraphrase question cannot share, while the sentence that only sets the topic up often has
none. Graph-aware ranking raises claims that state a number (:func:`states_amount`: digits or
English number words) for amount questions, and claims that state a date
(:func:`states_date`: a year, a month's name, a century, "BC"/"AD") for time questions, by
:data:`web.weights.ANSWER_TYPE_WEIGHT` (round 6 of ``docs/RANKING.md``). Number words, month
names and the measure words of the question patterns are generic English, as the connectives.

Two more question shapes have answers English marks (round 9): a question that asks where
("Where did the founders meet?") is answered by a place, and English names a place after a
preposition of place, usually capitalised ("at the Wheatsheaf Inn", "in Dunmoor";
:func:`states_place`); a yes/no question ("Did taxpayers rescue the bank?", opening with an
auxiliary verb, :func:`web.question_cues.asks_polar`) is answered by an affirmation or a denial, and only the
denial is marked ("The bank did not need public money.": :func:`states_denial`, a negation).
The affirmative answers, unmarked, are not raised; the cue helps only when the answer denies.
Both are raised by the same :data:`web.weights.ANSWER_TYPE_WEIGHT`; prepositions, auxiliaries
and negations are closed classes of English function words.

A place is also named as "… of" a name after such a preposition ("in the inland city of
Vellmoor", "at the port of Sarnholt": at most two lower-case words between, round 13 of
``docs/RANKING.md``). Measured on the twenty-two development sets: 14 more of their 2,346
claims name a place, one where-question rises (2 → 1) and nothing else moves.
"""

from __future__ import annotations

import re

# "one" and the ordinals ("first", "second") are left out: they are everywhere in prose.
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter"
    r"|thirds?|twice|double|triple)\b",
    re.IGNORECASE,
)
# A preposition of place before a capitalised word (a name): "at the Wheatsheaf Inn", "in Dunmoor".
# Capitalised prepositions (a sentence's first word) do not count, nor numbers ("in 1958").
# The letter after it is captured and tested with str.isupper, so any script's capital counts
# ("born in Örebro"); `re` has no class for upper-case letters beyond ASCII.
_PLACE = re.compile(
    r"\b(?:in|at|on|near|from|to|inside|outside|beneath|above|below|off|into|across)\s+"
    r"(?:the\s+)?([^\W\d_])"
)
# The same before "of" and a name, up to two lower-case words after the preposition: "in the
# inland city of Vellmoor", "at the port of Sarnholt" (round 13 of docs/RANKING.md).
_PLACE_OF = re.compile(
    r"\b(?:in|at|on|near|from|to|inside|outside|beneath|above|below|off|into|across)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}of\s+([^\W\d_])"
)
_DENIAL = re.compile(
    r"\b(?:not|no|never|none|nothing|neither|nor|without)\b|n[’']t\b", re.IGNORECASE
)
# Month names are matched capitalised only, so the verb "may" and "march" do not count.
_DATE = re.compile(
    r"\b(?:1\d{3}|20\d{2})s?\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
    r"|\b(?:[Cc]entury|[Cc]enturies|BC|AD|BCE|CE)\b"
)
_REASON = re.compile(
    r"\b(?:because|so\s+that|therefore|hence|thus|due\s+to|owing\s+to|as\s+a\s+result"
    r"|in\s+order\s+to)\b"
    r"|,\s*so\b"
    # "since" after a comma opens a reason clause; "since 1990", "since then", "has since"
    # and a sentence-opening "Since …" are as often temporal (round 20).
    r"|,\s*since\b(?!\s+(?:\d|then\b))"
    # "… which is why …": the reason stated before the connective.
    r"|\b(?:which|that|this)\s+(?:is|was)\s+why\b"
    # "… led the firm to …": a cause and its consequence.
    r"|\b(?:led|leads|leading)\s+(?:\w+\s+){0,3}?to\b",
    re.IGNORECASE,
)


def gives_reason(text: str) -> bool:
    """Whether a sentence states a reason: it holds a causal connective.

    Args:
        text: a claim's text.

    Returns:
        True for "because", "so that", "therefore", "hence", "thus", "due to", "owing to",
        "as a result", "in order to", a clause-joining ", so" or ", since" (not before a number
        or "then"), "which (that, this) is (was) why", or "led … to".
    """
    return _REASON.search(text) is not None


def states_amount(text: str) -> bool:
    """Whether a sentence states a number: a digit or an English number word.

    Args:
        text: a claim's text.

    Returns:
        True for digits and for "two" … "ninety", "hundred", "thousand", "million", "dozen",
        "half", "quarter", "third", "twice", "double", "triple" (not "one" or ordinals).
    """
    return _NUMBER.search(text) is not None


def states_date(text: str) -> bool:
    """Whether a sentence states a date: a year (1000–2099, or a decade "1950s"), a month's
    name, a century or an era ("BC", "AD").

    Args:
        text: a claim's text.

    Returns:
        True when one of those occurs.
    """
    return _DATE.search(text) is not None


def states_place(text: str) -> bool:
    """Whether a sentence names a place: a preposition of place before a capitalised word.

    Args:
        text: a claim's text.

    Returns:
        True for "in", "at", "on", "near", "from", "to", "inside", "outside", "beneath",
        "above", "below", "off", "into" or "across" (lower-case, so not a sentence's first
        word), optionally "the", then a capital letter of any script ("at the Wheatsheaf Inn",
        "in Dunmoor", "born in Örebro"); or such a preposition, an optional article, at most
        two lower-case words, "of" and a capital ("in the inland city of Vellmoor").
    """
    return any(
        m.group(1).isupper() for pattern in (_PLACE, _PLACE_OF) for m in pattern.finditer(text)
    )


def states_denial(text: str) -> bool:
    """Whether a sentence denies something: it holds a negation.

    Args:
        text: a claim's text.

    Returns:
        True for "not", "no", "never", "none", "nothing", "neither", "nor", "without" or a
        contracted "n't".
    """
    return _DENIAL.search(text) is not None
