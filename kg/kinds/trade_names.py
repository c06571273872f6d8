"""A business named by its trade's common noun is no person: "Osk Cooperage", "Osk Timber".

Two capitalised words, the first rare, have a person's shape ("Mira Dostel"), and so does
a firm named by a place or a founder and its trade's workshop or goods ("Hollow Cooperage",
"Osk Timber"). The text tells them apart: a surname is no common noun, but a trade's noun
comes back in lowercase ("commercial cooperages", "a piece of timber", "the cooperage's
reputation"). :func:`trade_named` finds the groups whose every name shaped like a person's
ends in a word the same text writes in lowercase, unless the name itself or the text marks a
person:

- a listed given name opening the name ("Tom Mason"), or an honorific ("Mr Baker");
- another person of the text with the same last word ("Ada Baker" and "Rob Baker");
- "He", "She", "His" or "Her" opening the sentence after one where it is the first name
  shaped like a person's;
- the lowercase word written as a person's trade: a listed noun of trade, rank or role, or
  followed by "who"/"whose", or after "as a"/"as an" ("the baker who …", "worked as a mason").

:func:`retype_trade_named`, called by :func:`kg.kinds.entity_types.assign_types` once every
other cue is scored, takes those whose only person cue is their shape (no role noun before
them, no "He"/"She" after them, no person's verb) and that a person "opened" or
"established", or that "a family <noun of a business>" describes in apposition ("X, a
family sawmill", not "X, a family friend"), and scores them as an organisation instead of a
person. Without such a cue the name keeps its person's shape (rev19f). (types20) The cues of
:mod:`kg.kinds.conduct_cues` count as a firm's cue too: "joined Varlow Mills as a clerk …
the mills of the valley" (no figure of the 78 texts moved by this path).

types19, measured (``benchmarks/entities.py --held-out --ours``, 40 development sets and 36
probes; every entity's type and aliases and every mention of the 76 texts dumped before and
after): cooperage probe types .579 → .684 (both firms person → organization; "The firm" of
its fourth sentence and "The cooperage's" now take the cooperage, and the distillery loses
the wrong alias "firm"); two more nodes person → other, neither gold type reached but no
person either (a paper brand of papermill_invented, whose "It was adopted …" now takes it,
right; a supermarket chain of final17 factual_barcode); no other node, alias or reference
moved; dev types .818 unchanged, probes .820 → .823; recall, alias unity, relations and
conflations unchanged. Rejected: taking every person cue from such a name before scoring
(a founded firm lost the "to found X" cue that is asked only of a person's shape, and a
scientist whose surname names a landform in lowercase became other); and "the
firm" typing the nearest name before it as a business (a mill a firm bought took "the
firm" and three references from the firm).

rev19f (review): the lowercase word alone took the person's type from people of other genres
whose given name is not listed and whose surname the text writes as a noun: a surveyor "Tovi
Marsh … The marsh flooded" became other and took "The marsh" as an alias, a character lost
the "He" two sentences on, a sprinter "… The fishers on the quay" became other; and "X, a
family friend" made a person a firm. Now the person score goes only where a firm's cue is
found, and "a family <noun>" needs a noun of a business or its works. Measured as above: no
figure of the 76 texts moved (dev and probe means unchanged, cooperage types .684 kept);
the paper brand and the supermarket chain are person again, as before types19.
"""

from __future__ import annotations

from collections import Counter

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.kinds.conduct_cues import conduct_cue
from kg.kinds.maker_types import WORKS_NOUNS
from kg.kinds.neighbour_types import followed_by_he_or_she
from kg.merging.canonical import Form, Group
from kg.merging.forms import top
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.kind_nouns import ROLE_NOUNS, TYPING_HEADS
from kg.words.tokens import singular

__all__ = ["retype_trade_named", "trade_named"]

# verbs by which a person starts a business ("opened X in 1987")
_OPENING = frozenset({"opened", "established", "reopened"})
# words after a lowercase noun that make it a person's ("the baker who …")
_PERSON_AFTER = frozenset({"who", "whom", "whose"})
# the trade workshops of the typing heads ("bakery", "tannery"), not "friend" ("Friends of …")
_TRADE_WORKS = tuple(w for w, kind in TYPING_HEADS.items() if kind == "organization"
                     and w.endswith("ery"))


def _lowercase_nouns(units: list[Unit]) -> tuple[set[str], set[str]]:
    """The singular of every lowercase word of the running text, and those of them written as
    a person's trade ("the mason who …", "worked as a baker")."""
    words: set[str] = set()
    trades: set[str] = set()
    for unit in units:
        if unit.heading:
            continue
        toks = unit.tokens
        for i, tok in enumerate(toks):
            if not (tok.text.isalpha() and tok.text.islower()):
                continue
            word = singular(tok.text)
            words.add(word)
            after = toks[i + 1].lower if i + 1 < len(toks) else ""
            if after in _PERSON_AFTER or i >= 2 and toks[i - 1].lower in ("a", "an") \
                    and toks[i - 2].lower == "as":
                trades.add(word)
    return words, trades


def trade_named(groups: list[Group], kept: dict[tuple, Form], units: list[Unit],
                matches: list[Match], people: list[bool], person_keys: dict[int, list[tuple]],
                surnames: Counter) -> set[int]:
    """The groups shaped like a person's name that the text shows to be named by a trade's
    common noun (see the module docstring).

    Args:
        groups: the entity groups.
        kept: their forms by key.
        units: the tokenised sentences and headings.
        matches: every occurrence of every group.
        people: whether each group holds a name shaped like a person's.
        person_keys: each such group's keys shaped like a person's name.
        surnames: how many such groups end in each last word.

    Returns:
        The indices of the groups that are no person's.
    """
    words, trades = _lowercase_nouns(units)
    he_she = set(followed_by_he_or_she(units, matches, among=people))
    out = set()
    for g, group in enumerate(groups):
        keys = person_keys.get(g, [])
        if not people[g] or not keys or g in he_she:
            continue
        if all(_trade_key(k, kept[k], words, trades, surnames) for k in keys):
            out.add(g)
    return out


def _trade_key(key: tuple, form: Form, words: set[str], trades: set[str],
               surnames: Counter) -> bool:
    """True for a name of two words or more ending in a common noun of the text that no cue
    of the name itself makes a person's."""
    last = key[-1]
    first = top(form).split()[0].casefold().rstrip(".")
    return len(key) >= 2 and (last in words or singular(last) in words) \
        and last not in trades and last not in lx.PERSON_NOUNS and last not in ROLE_NOUNS \
        and first not in GIVEN_NAMES and first not in lx.HONORIFICS and surnames[last] <= 1


def _business(noun: str) -> bool:
    """True for a noun of a business or its works ("firm", "bakery", "sawmill"), not of a
    person ("friend", "doctor")."""
    return lx.REFERENCE_NOUNS.get(noun) == "organization" or noun in lx.ORG_KIND_NOUNS \
        or noun in lx.ORG_HEADS or noun.endswith(tuple(WORKS_NOUNS) + _TRADE_WORKS)


def retype_trade_named(traded: set[int], scores: list[Counter], units: list[Unit],
                       matches: list[Match]) -> None:
    """Takes the person score from each group of ``traded`` that only its shape made a
    person's (a score of 1: no role noun before it, no "He"/"She" after it, no verb of a
    person's), and scores as an organisation each of those that a person opens or sets up
    ("X opened Osk Cooperage") or that "a family <noun>" describes ("Osk Timber, a family
    sawmill").

    Args:
        traded: the groups :func:`trade_named` found.
        scores: each group's type scores, updated in place.
        units: the tokenised sentences and headings.
        matches: every occurrence of every group.
    """
    shape_only = {g for g in traded if 0 < scores[g]["person"] <= 1
                  and scores[g]["person"] >= max(scores[g].values())}
    firms = set()
    for m in matches:
        unit = units[m.unit]
        if m.group not in shape_only or unit.heading:
            continue
        toks = unit.tokens
        if m.end + 3 < len(toks) and toks[m.end].text == "," and toks[m.end + 1].lower == "a" \
                and toks[m.end + 2].lower == "family" and _business(toks[m.end + 3].lower):
            firms.add(m.group)  # "X, a family sawmill", not "X, a family friend"
        if m.start and toks[m.start - 1].lower in _OPENING:
            firms.add(m.group)  # "Mira Dostel opened X in 1987"
        if conduct_cue(toks, m.start, m.end, False):
            firms.add(m.group)  # (types20) "joined X as a clerk", "X went bankrupt"
    for g in firms:  # rev19f: a lowercase word alone unmade "Tovi Marsh … the marsh"
        scores[g]["person"] = 0
        scores[g]["organization"] += 3
