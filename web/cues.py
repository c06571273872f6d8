"""Answer cues: what shape of sentence a question asks for, from English function words only.

A "why" question is answered by a reason, and English marks most stated reasons with a small
set of connectives ("because", "so that", "therefore", "due to", …). Paraphrase questions
avoid the answer's content words, so a claim that gives a reason is hard to tell from one that
only names the topic (the answer to "Why did renters leave?" often reads "…, because the fees
rose", while its neighbour says "Many renters left."). Graph-aware ranking raises claims that
state a reason by :data:`web.ranking.REASON_WEIGHT` for "why" questions only.

The connectives are generic English; nothing here depends on an article. Wider lists (adding
"since", "thus", "so", "reason") were measured and cost more than they gave (see
``docs/RANKING.md``, round 4): "since" and a bare "so" are as often temporal or intensifying.
Round 20 (28 sets) added the unambiguous forms only: "since" after a comma and not before a
number or "then" (", since the dye faded in sunlight"), "thus", "which/that/this is (was) why"
and "led … to" (at most three words between): 110 → 123 of the 28 sets' 2,725 claims give a
reason, three why-answers rise (3 → 1, 2 → 1, 4 → 3) and none falls at the unchanged
:data:`web.ranking.REASON_WEIGHT`; a bare "since" (also "had since wandered") lowered one.

The same holds for questions that ask for an amount ("How many …?", "What share …?") or a
time ("When …?", "In what year …?"): their answers state a number or a date, which a
paraphrase question cannot share, while the sentence that only sets the topic up often has
none. Graph-aware ranking raises claims that state a number (:func:`states_amount`: digits or
English number words) for amount questions, and claims that state a date
(:func:`states_date`: a year, a month's name, a century, "BC"/"AD") for time questions, by
:data:`web.ranking.ANSWER_TYPE_WEIGHT` (round 6 of ``docs/RANKING.md``). Number words, month
names and the measure words of the question patterns are generic English, as the connectives.

Two more question shapes have answers English marks (round 9): a question that asks where
("Where did the founders meet?") is answered by a place, and English names a place after a
preposition of place, usually capitalised ("at the Wheatsheaf Inn", "in Dunmoor";
:func:`states_place`); a yes/no question ("Did taxpayers rescue the bank?", opening with an
auxiliary verb, :func:`asks_polar`) is answered by an affirmation or a denial, and only the
denial is marked ("The bank did not need public money.": :func:`states_denial`, a negation).
The affirmative answers, unmarked, are not raised; the cue helps only when the answer denies.
Both are raised by the same :data:`web.ranking.ANSWER_TYPE_WEIGHT`; prepositions, auxiliaries
and negations are closed classes of English function words.

A place is also named as "… of" a name after such a preposition ("in the inland city of
Vellmoor", "at the port of Sarnholt": at most two lower-case words between, round 13 of
``docs/RANKING.md``). Measured on the twenty-two development sets: 14 more of their 2,346
claims name a place, one where-question rises (2 → 1) and nothing else moves.

A question that asks who ("Who proposed the twin-coil lamp?", :func:`asks_who`) is answered
by a claim that names a person, while the claim that only describes the thing ("The lamp was
fitted to …") names none. That flag is read off the graph's entities, not the text: a claim
names a person when it mentions a person entity literally (not only by a reference such as
"she"), :func:`web.claimrows.person_rows`. The cue is applied after late interaction, by
:data:`web.ranking.PERSON_WEIGHT` (round 17 of ``docs/RANKING.md``): applied in the first
stage, as rounds 6 and 9 did, it lowered answers that name a group of people. A "who" after
a comma counts only when no question word comes before it (not the relative in "What did
Ruth Tallis, who …, write?"), and an all-capitals "WHO" in a mixed-case query is an acronym;
with those, Markdown's "_", a colon or dash before "who" and any one preposition before an
opening "whose" ("In whose name …?"), no question of the 24 development sets changes (51 of
603 ask who).
"""

from __future__ import annotations

import re

_WHY = re.compile(r"^\W*(?:why|how\s+come)\b", re.IGNORECASE)
# "how many/much/long/…" anywhere ("By how much …", "In how many …"), or "what/which" before a
# noun that names a measure ("What share of …", "Which percentage …").
_AMOUNT_QUESTION = re.compile(
    r"\bhow\s+(?:many|much|large|long|far|old|big|tall|high|heavy|deep|wide|often|fast|small)\b"
    r"|\b(?:what|which)\s+(?:share|percentage|proportion|fraction|number|size|diameter|amount|sum"
    r"|cost|price|length|height|depth|width|distance|population|temperature|speed)\b",
    re.IGNORECASE,
)
_DATE_QUESTION = re.compile(
    r"^\W*when\b|\b(?:what|which)\s+(?:year|date|month|decade|century|day)\b", re.IGNORECASE
)
# "one" and the ordinals ("first", "second") are left out: they are everywhere in prose.
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter"
    r"|thirds?|twice|double|triple)\b",
    re.IGNORECASE,
)
# Month names are matched capitalised only, so the verb "may" and "march" do not count.
# "Where …?" opens the question (not "the town where …"), or "what/which" before a noun of place.
_PLACE_QUESTION = re.compile(
    r"^\W*where\b|\b(?:what|which)\s+(?:place|town|city|country|site|region|building)\b",
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
# A question that opens with an auxiliary or modal verb asks yes or no, negated or not
# ("Isn't it open?", "Didn’t they sell it?").
_POLAR_QUESTION = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|must)"
    r"(?:n[’']t)?\b",
    re.IGNORECASE,
)
# "Who …?", "To whom …?", "In whose name …?" (opening marks, Markdown's "_" included, and one
# preposition before it), a clause's "…, who …?" or "The lamp: who …?" and "which person …"
# (not "which man-made …"); not a relative "who" after a noun ("the officials who paid").
_WHO_QUESTION = re.compile(
    r"^[\W_]*(?:(?:about|after|against|among|at|before|behind|between|by|for|from|in|into|of"
    r"|on|over|through|to|under|upon|with|without)\s+)?(?P<opening>who|whom|whose)\b"
    r"|(?P<clause>[,;:\u2013\u2014]\s*)(?P<after>who|whom|whose)\b"
    r"|\b(?:which|what)\s+(?:person|people|man|woman)\b(?!-)",
    re.IGNORECASE,
)
# A word that already makes the text before a clause's "who" a question ("What did Ruth
# Tallis, who founded the guild, write?"): that "who" is a relative, not the question's.
_ASKED_BEFORE = re.compile(r"\b(?:what|which|when|where|why|how)\b", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:not|no|never|none|nothing|neither|nor|without)\b|n[’']t\b", re.IGNORECASE
)
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


def asks_why(query: str) -> bool:
    """Whether a query asks for a reason ("Why …?", "How come …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "why" (or it opens with "how come").
    """
    return _WHY.match(query) is not None


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


def asks_amount(query: str) -> bool:
    """Whether a query asks for an amount ("How many …?", "By how much …?", "What share …?").

    Args:
        query: the query text.

    Returns:
        True when it holds "how" before a word of amount or measure ("many", "much", "long",
        "far", "old", …), or "what"/"which" before a measure noun ("share", "number", …).
    """
    return _AMOUNT_QUESTION.search(query) is not None


def asks_date(query: str) -> bool:
    """Whether a query asks for a time ("When …?", "In what year …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "when", or it holds "what"/"which" before "year", "date",
        "month", "decade", "century" or "day".
    """
    return _DATE_QUESTION.search(query) is not None


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


def asks_place(query: str) -> bool:
    """Whether a query asks for a place ("Where …?", "In which town …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "where", or it holds "what"/"which" before "place",
        "town", "city", "country", "site", "region" or "building".
    """
    return _PLACE_QUESTION.search(query) is not None


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


def asks_polar(query: str) -> bool:
    """Whether a query asks yes or no ("Did …?", "Is …?", "Can …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is an auxiliary or modal verb ("is", "are", "was", "were",
        "do", "does", "did", "can", "could", "has", "have", "had", "will", "would",
        "should", "must"), alone or with "n't" ("Isn't …?", "Didn't …?").
    """
    return _POLAR_QUESTION.match(query) is not None


def states_denial(text: str) -> bool:
    """Whether a sentence denies something: it holds a negation.

    Args:
        text: a claim's text.

    Returns:
        True for "not", "no", "never", "none", "nothing", "neither", "nor", "without" or a
        contracted "n't".
    """
    return _DENIAL.search(text) is not None


def asks_who(query: str) -> bool:
    """Whether a query asks for a person ("Who …?", "To whom …?", "Which person …?").

    Args:
        query: the query text.

    Returns:
        True when it opens with "who", "whom" or "whose" (after opening marks and at most one
        preposition: "To whom …?", "In whose name …?"), holds one right after a comma, a
        semicolon, a colon or a dash that no question word ("what", "which", "when", "where",
        "why", "how") or opening auxiliary comes before ("Under the new rules, who …?", not
        "What did Ruth Tallis, who …, write?"), or "which"/"what" before "person", "people",
        "man" or "woman" (not "man-made"); a relative "who" after a noun does not count, nor an
        all-capitals "WHO" in a query that has lower-case letters (an acronym).
    """
    for match in _WHO_QUESTION.finditer(query):
        word = match.group("opening") or match.group("after")
        if word is not None and word.isupper() and query != query.upper():
            continue  # an acronym, not the pronoun
        if match.group("clause") is not None:
            before = query[: match.start()]
            if _ASKED_BEFORE.search(before) or _POLAR_QUESTION.match(before):
                continue  # a relative clause inside another question
        return True
    return False
