"""Question cues: what shape of answer a query asks for (a reason, an amount, a time, a place,
yes or no, a person), from English function words only.

Read at query time by :mod:`web.boosts`; the claims that answer each shape are flagged at build
time by :mod:`web.cues`, whose docstring holds the measurements of the reason, amount, date,
place and denial cues.

A question that asks who ("Who proposed the twin-coil lamp?", :func:`asks_who`) is answered
by a claim that names a person, while the claim that only describes the thing ("The lamp was
fitted to …") names none. That flag is read off the graph's entities, not the text: a claim
names a person when it mentions a person entity literally (not only by a reference such as
"she"), :func:`web.claimrows.person_rows`. The cue is applied after late interaction, by
:data:`web.weights.PERSON_WEIGHT` (round 17 of ``docs/RANKING.md``): applied in the first
stage, as rounds 6 and 9 did, it lowered answers that name a group of people. A "who" after
a comma counts only when no question word comes before it (not the relative in "What did
Ruth Tallis, who …, write?"), and an all-capitals "WHO" in a mixed-case query is an acronym;
with those, Markdown's "_", a colon or dash before "who" and any one preposition before an
opening "whose" ("In whose name …?"), no question of the 24 development sets changes (51 of
603 ask who).

A yes/no question that compares ("Is the hall busier than planned?") or offers a choice ("Was
she more a painter or a printer?") is answered by the comparison, not by a denial, so
:func:`asks_polar` does not count it and the denial cue of :mod:`web.cues` stays off (round 27
of ``docs/RANKING.md``). Thirty-four development sets, graph mode, mean R@1 / R@5 / MRR@10
.6722/.9165/.7779 → .6722/.9177/.7782: the three such questions rise (cooperative
c05 6 → 4, ropewalk_invented q11 and bridges b11 out of the top 10 → 10), nothing else moves;
round 9 had recorded c05 and b11 as the cue's cost. An "or" before an auxiliary opens a second
yes/no question (", or can they …?") and still counts. Review of round 27: an "or" inside a
name ("Did the Sink or Swim Club close?": capitalised words either side and one more after)
and a bound ("more than fifty", "other than X") are no choice or comparison, so the question
is polar again; "Is Quendrow or Kelby older?" still offers a choice. No development question
changes (checked over the 34 sets' questions).

A cause asked without "why" ("What prevented the crew from …?", "What made the ferry late?")
is answered by a reason just as a why-question is, so :func:`asks_why` counts a question that
opens with "what" and a verb of causing or hindering (round 38 of ``docs/RANKING.md``: "led",
"caused", "prompted", "motivated", "forced", "triggered", "prevented", "limited", "restricted",
"hindered", "held back", "stopped", "made"; not "made up/of", which asks what a thing is made
of, nor "drove" or "kept", which also ask for an agent: "What drove the pumps?"). Forty-two
development sets, graph mode, replayed on the same stores: mean R@1 / R@5 / MRR@10 +.0010 /
+.0000 / +.0013; 14 questions take the form, four rise (factual_elevator q09 4 → 1,
orvane_pneumatic_post q10 3 → 2, lighthouse l14 4 → 2, invented_umbrella_makers q09 3 → 2),
none falls; the bundled set has no such question. Without "made" (the cue as round 20 left
it out) two rise; without the hindering verbs, none.
"""

from __future__ import annotations

import re

_WHY = re.compile(r"^\W*(?:why|how\s+come)\b", re.IGNORECASE)
# "What prevented/limited/made … ?": a cause asked without "why" (not "what made up/of …").
_CAUSE = re.compile(
    r"^\W*what\s+(?:led|caused|prompted|motivated|forced|triggered|prevented|limited|restricted"
    r"|hindered|held\s+back|stopped|made(?!\s+(?:up|of)\b))\b",
    re.IGNORECASE,
)
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
# "Where …?" opens the question (not "the town where …"), or "what/which" before a noun of place.
_PLACE_QUESTION = re.compile(
    r"^\W*where\b|\b(?:what|which)\s+(?:place|town|city|country|site|region|building)\b",
    re.IGNORECASE,
)
# A question that opens with an auxiliary or modal verb asks yes or no, negated or not
# ("Isn't it open?", "Didn’t they sell it?").
_POLAR_QUESTION = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|must)"
    r"(?:n[’']t)?\b",
    re.IGNORECASE,
)
# A yes/no question that compares ("… busier than …?") or offers a choice of two answers
# ("… more A or B?": an "or" not opening a second question, ", or can they …?").
_CHOICE = re.compile(
    r"\bthan\b|\bor\b(?!\s+(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would"
    r"|should|must|not)\b)",
    re.IGNORECASE,
)
# Not a choice: an "or" inside a name ("the Sink or Swim Club": capitalised words either side
# and a further one after), a bound ("more than ten", "fewer than 5", "other than X").
_NOT_CHOICE = re.compile(
    r"\b[A-Z][\w’'-]*\s+or\s+[A-Z][\w’'-]*\s+[A-Z]"
    r"|\b(?:more|less|fewer|other|rather)\s+than\b",
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


def asks_why(query: str) -> bool:
    """Whether a query asks for a reason ("Why …?", "How come …?", "What prevented …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "why" (or it opens with "how come"), or it opens with
        "what" and a verb of causing or hindering ("What led …", "What made …").
    """
    return _WHY.match(query) is not None or _CAUSE.match(query) is not None


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


def asks_place(query: str) -> bool:
    """Whether a query asks for a place ("Where …?", "In which town …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "where", or it holds "what"/"which" before "place",
        "town", "city", "country", "site", "region" or "building".
    """
    return _PLACE_QUESTION.search(query) is not None


def asks_polar(query: str) -> bool:
    """Whether a query asks yes or no ("Did …?", "Is …?", "Can …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is an auxiliary or modal verb ("is", "are", "was", "were",
        "do", "does", "did", "can", "could", "has", "have", "had", "will", "would",
        "should", "must"), alone or with "n't" ("Isn't …?", "Didn't …?"), and it neither
        compares ("than") nor offers a choice ("or" before anything but an auxiliary): "Was
        she more a painter or a printer?" and "Is the hall larger than planned?" are answered
        by the comparison, not by a denial (round 27 of ``docs/RANKING.md``).
    """
    return _POLAR_QUESTION.match(query) is not None \
        and _CHOICE.search(_NOT_CHOICE.sub(" ", query)) is None


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
