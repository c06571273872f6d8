"""Cues that a bare name is a place, from the words round it, for
:func:`kg.kinds.type_cues.context_cues` and :func:`kg.kinds.entity_types.assign_types`
(place12, issue 3: bare place names with no cue but "in X" stayed ``other``).

- :func:`place_cue`: a compass adjective written in lowercase right before the name
  ("in northern Orvell", "off north-east Tessary", "the western Quell"); "from X" after a
  noun of a person ("a painter from Orvell", "quarrymen from nearby Tessary"; not "a grant
  from X", which a firm gives); and a verb or noun of going somewhere before "to"/"for" X
  ("returned to Orvell", "a voyage to Tessary", "left for Orvell") or a verb of arriving
  or invading with the name as its object ("reached Orvell"); "at X" after a lowercase noun
  of a site ("the observatory at Orvell", "its estuary at Tessary"); a one-word name after
  "the", "at" or "in" and before a noun of land, water or an airfield ("the Orvell forest",
  "at Tessary airfield"; not a works, farm or building, which a family or a firm names as
  often: "the Tressel works"). A firm is also left for, returned to and reached, and a
  chemist or a colleague comes from one, so "from X" (but "from nearby X"), going, reaching
  and the land noun weigh as "in X" does (one cue for a one-word name, half for a longer
  one), below a firm's own cues (rev12b: "from X" weighed 2, and "a colleague from X … X had
  hired her" made a firm a place, "a columnist from X Weekly" a paper; no figure moved, one
  node of 2,915 changed: water_dispute's "volunteers from St X's", a church, from ``place``
  to ``other``). Review rev12b, each moving no figure and no node of the 24 sets and the
  probes: going is no cue before "as" and a post ("moved to X as finance director",
  :func:`_as_post`: an employer); a one-word name that is itself a listed head of an
  organisation takes no cue ("the petition reached Parliament": a body);
- :func:`coordinated_places`: a name with no type of its own written in a list with a name
  typed a place ("Orvell and Tessary", "Orvell, Quell or Tessary") is a place too; not a
  name shaped like a person's; not across the comma that closes a fronted phrase ("In
  northern Orvell, Varnex and Quorbel signed a deal" made both firms places; rev12b, no
  figure moved, no node changed).

The cues read no name as a place that is shaped like a person's
(:func:`kg.kinds.type_cues.context_cues` asks them only of the other names, and not of an
acronym nor of a nationality-like adjective).

Measured (``benchmarks/entities.py --held-out --ours``, the 24 development sets and the
invented probes, type agreement before → after): orvane_pneumatic_post .556 → .611 (its
city, "reached X"), the probes brackenmoth .688 → .750 ("an engineer from X"), railway .684
→ .737 ("quarrymen from nearby X"), vaccine .857 → .929 ("in northern X"); no other type
figure, and no recall, alias, conflation, relation or node figure moved. Over all nodes 35
changed from ``other`` to ``place``, all towns, countries, continents and one church; the
site cues then 7 more (towns, a forest, an estuary, an airfield), no figure moving. Taken
back while measuring: any "-er" noun before "from" ("a royal charter from X" made a king a
place; a listed noun of a person is asked now), "the move to X" and other forms of "go" and
"move" but "went"/"moved" (a software text's "the move to X" made a compiler a place), a
comma alone as a list's join ("In the Orvell Republic, Ada Lind, the first …" made a person
a place; a comma now counts in a list that ends in "and"/"or"), and a works or a quarry
after the name ("the X works" made a perfumery's founding family a place). Not done: "at X"
without a site noun before it (a firm or a university as often as a town: "a lecturer at
X"), "of X" after any noun ("the post of X").
"""

from __future__ import annotations

from kg.kinds.maker_types import WORKS_NOUNS
from kg.references.subjects import clause_start
from kg.words import lexicon as lx
from kg.words.kind_nouns import LANDFORMS
from kg.words.tokens import Token, singular

__all__ = ["coordinated_places", "place_cue"]

# compass adjectives, written in lowercase before a place's name ("northern Orvell"); a
# capitalised one opens a name of its own ("Northern Courier")
COMPASS_ADJECTIVES = lx._words("""
northern southern eastern western north-eastern north-western south-eastern south-western
northeastern northwestern southeastern southwestern north-east north-west south-east
south-west
""")
# verbs and nouns of going somewhere, before "to" or "for" and a place
_GOING = lx._words("""
went moved returned travelled traveled sailed emigrated fled escaped voyage voyages trip
trips journey journeys crossing headed bound left exported
""")
# the verbs of going that take "for" ("left for", "sailed for"); "left" and "bound" take no
# "to" of going ("left to his son", "bound to fail")
_GOING_FOR = lx._words("left bound sailed headed")
_FOR_ONLY = lx._words("left bound")
# verbs whose object is a place arrived in or invaded ("reached Orvell")
_ARRIVING = lx._words("reached invaded")
# nouns of people who come from somewhere, beside the trades and roles of the lexicon
_FROM_PEOPLE = lx._words("""
student engineer maker sailor soldier visitor immigrant emigrant refugee settler traveller
traveler pilgrim delegate resident native family people man woman men women boy girl child
children colleague friend
""")
# nouns of a site, beside the place and structure heads of the lexicon and the works nouns of
# :mod:`kg.kinds.maker_types`, after which "at X" is a place: "the observatory at X"
_SITE_NOUNS = lx._words("""
office observatory reservoir weir station airfield aerodrome base camp facility estate farm
forest wood woods moor heath marsh fen quarry mine coalfield shore beach headland
""")
_SITES = _SITE_NOUNS | lx.PLACE_HEADS | lx.STRUCTURE_HEADS | LANDFORMS | WORKS_NOUNS
# nouns of land, water or an airfield, which a one-word place's name stands before ("the
# Orvell forest", "at Tessary airfield"); not a building, works or holding, which a family
# or a firm names as often ("the Tressel works", "the Tressel farm")
_LAND_NOUNS = lx._words("""
forest wood woods moor heath marsh fen shore beach headland airfield aerodrome estuary firth
loch fjord reef glacier peninsula cape
""") | lx.PLACE_HEADS | LANDFORMS
_NEARBY = lx._words("nearby neighbouring neighboring")


def _person_noun(token: Token) -> bool:
    """True for a lowercase noun of a person, singular or plural ("painter", "quarrymen",
    "a specialist"); not any "-er" noun ("a letter from X", "a charter from X" name no one
    who comes from X)."""
    word = token.lower
    if not token.text.islower():
        return False
    one = singular(word)
    return one in lx.PERSON_NOUNS or one in lx.ROLE_NOUNS or one in _FROM_PEOPLE \
        or len(one) > 5 and one.endswith(("ist", "ian", "man")) or word.endswith("men")


def place_cue(toks: list[Token], start: int, end: int) -> float:
    """The weight of the place cues round the name at ``start:end`` (see the module
    docstring): 2 for a compass adjective before it, "from nearby" after a noun of a person
    or "at" after a site's noun; 1 (0.5 for a longer name) for "from" after a noun of a
    person, going to it or reaching it, or a noun of land after it; else 0."""
    words = end - start
    if words > 3 or words == 1 and singular(toks[start].lower) in lx.ORG_HEADS:
        return 0  # "the petition reached Parliament", "returned to Congress": a body
    k = start - 1
    if k >= 0 and toks[k].text.islower() and toks[k].lower in COMPASS_ADJECTIVES:
        return 2  # "in northern Orvell", "the western Quell"
    nearby = k >= 1 and toks[k].lower in _NEARBY
    if nearby:
        k -= 1
    weight = 1 if words == 1 else 0.5
    if k >= 1 and toks[k].lower == "from" and _person_noun(toks[k - 1]):
        # "quarrymen from nearby Tessary"; "a painter from Orvell" weighs as "in X": "a
        # colleague from X", "a chemist from X" come from a firm as often
        return 2 if nearby else weight
    if k >= 1 and toks[k].lower == "at" and toks[k - 1].text.islower() \
            and singular(toks[k - 1].lower) in _SITES:
        return 2  # "the observatory at Orvell", "its estuary at Tessary"
    if words == 1 and start >= 1 and end < len(toks) and toks[end].text.islower() \
            and toks[end].lower in _LAND_NOUNS and toks[start - 1].lower in ("the", "at", "in"):
        return weight  # "the Orvell forest", "at Tessary airfield"
    if start >= 1 and toks[start - 1].lower in _ARRIVING:
        return weight  # "the idea reached Orvell"
    verb, prep = (toks[start - 2].lower, toks[start - 1].lower) if start >= 2 else ("", "")
    if prep == "to" and verb in _GOING - _FOR_ONLY or prep == "for" and verb in _GOING_FOR:
        # "returned to Orvell", "a voyage to Tessary", "left for Orvell"; not "moved to X as
        # finance director", an employer
        return 0 if _as_post(toks, end) else weight
    return 0


# the posts someone takes at a firm or an institution, after "as" ("moved to X as finance
# director", "returned to X as a lecturer"); not "as a teacher", "as mayor", which a town has
_POSTS = lx.ROLE_NOUNS | lx._words("""
director lecturer professor engineer designer analyst consultant chairman chairwoman chair
partner executive editor apprentice clerk researcher coach chemist accountant
""")


def _as_post(toks: list[Token], end: int) -> bool:
    """True when "as" and a post follow the name ending at ``end``, past an article and up to
    two lowercase words ("as finance director", "as its chief engineer")."""
    if end >= len(toks) or toks[end].lower != "as":
        return False
    k = end + 1
    if k < len(toks) and toks[k].lower in ("a", "an", "the", "its", "their", "his", "her"):
        k += 1
    for t in toks[k:k + 3]:
        if not t.text.islower():
            return False
        if t.lower in _POSTS:
            return True
    return False


# the words that join two items of a list of names
_JOINS = frozenset({"and", "or", ","})
_LAST_JOINS = frozenset({"and", "or"})


def _next_item(toks: list[Token], starts: dict[int, tuple[int, int]], end: int,
               fronted: int) -> int | None:
    """The start of the list item after a name ending at ``end``: past "and", "or", a comma
    (", and"), an article and compass adjectives; None when no name stands there, or when the
    join is the comma at ``fronted`` that closes a fronted phrase ("In northern Orvell,
    Varnex and Quorbel signed …": the firms are the subjects, not the place's list)."""
    if end >= len(toks) or toks[end].text not in _JOINS or end == fronted:
        return None
    k = end + 1
    if toks[end].text == "," and k < len(toks) and toks[k].lower in _LAST_JOINS:
        k += 1  # "X, Y, and Z"
    while k < len(toks) and (toks[k].lower == "the" or toks[k].lower in COMPASS_ADJECTIVES):
        k += 1
    return k if k in starts else None


def _joined(toks: list[Token], starts: dict[int, tuple[int, int]], first: int,
            fronted: int) -> bool:
    """True when the name at ``first`` and the next item are items of one list: joined by
    "and" or "or", or by commas up to an item joined so ("X, Y and Z"); a comma alone joins
    no list ("In Orvell, Ada Lind, the mayor, …")."""
    start = first
    while (nxt := _next_item(toks, starts, starts[start][0], fronted)) is not None:
        end = starts[start][0]
        if toks[end].lower in _LAST_JOINS or toks[end + 1].lower in _LAST_JOINS:
            return True
        start = nxt
    return False


def coordinated_places(toks: list[Token], spans: dict[tuple[int, int], int],
                       places: set[int], untyped: set[int]) -> set[int]:
    """The groups in ``untyped`` written in one unit's list of names beside a group in
    ``places`` ("Orvell and Tessary", "Orvell, Quell or Tessary"): the item next to a place,
    past "and", "or" or a comma in a list that ends in one of them (not the comma that
    closes a fronted phrase, :func:`kg.references.subjects.clause_start`), and an article or
    a compass adjective before the item.

    Args:
        toks: the unit's tokens.
        spans: the unit's mentions, ``(start, end)`` → group.
        places: the groups typed a place.
        untyped: the groups with no type of their own (no cue scored for them).

    Returns:
        The groups of ``untyped`` that stand beside a place.
    """
    starts = {s: (e, g) for (s, e), g in spans.items()}
    fronted = clause_start(toks) - 1  # the comma closing a fronted phrase, else -1
    follower: dict[int, int] = {}  # a mention's start → the next item's start
    for start, (end, _) in starts.items():
        nxt = _next_item(toks, starts, end, fronted)
        if nxt is not None and _joined(toks, starts, start, fronted):
            follower[start] = nxt
    out = set()
    for first, second in follower.items():
        a, b = starts[first][1], starts[second][1]
        if a in untyped and b in places:
            out.add(a)
        if b in untyped and a in places:
            out.add(b)
    return out
