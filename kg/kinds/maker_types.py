"""Type cues for the histories of makers and their products, used by
:func:`kg.kinds.entity_types.assign_types` and :func:`kg.kinds.type_cues.context_cues`.

Round 13 (a Markdown history of an engine maker: its works, wharves, models and rivals):

- :func:`place_before`: a lowercase noun of a kind of place right before a name ("the river
  Oskel", "the village Brenvik") or a works and "at"/"in" ("a new plant at Dunmoor Fields",
  "the foundry at Brenvik", "its works in Osk") make a place;
- :func:`name_hint`: the last word of a name that is the plural of a product's noun
  ("Tarvel Engines", "Osk Instruments") makes an organisation, a maker of them; a name
  ending in a model's code ("Tarvel K7") a product, weakly; a name ending in a number
  ("Osk Standard 4", "Rivers Act 1974") is typed by the word before the number;
- :func:`one_word_ing`: a one-word name ending in "-ing" ("Greywell", "Tarling") takes no
  technique cue: a capitalised single word is a name of a place, a product or a family,
  not an activity (a technique's name has a head: "Deep Learning").

- :func:`label_head`: a name that opens a list item or sentence, then a colon or dash and
  a description ("**Tarvel K7** (1958): a twin-cylinder engine for …") is typed by the
  description's head noun, as an apposition is; a made thing's noun or "version"
  (:data:`MADE_NOUNS`) names a product.

Also of round 13: "in **X**" now counts as "in X" (the name's length was read with the
emphasis marks round it), a quoted or italic title takes no cue from its own head noun ("The
Engine on the Slope" is a book), and :mod:`kg.words.kind_nouns` lists wharves, quays, piers and
docks as landmarks and a starter, handle, propeller … as made things.

Measured over the 20 development sets and the invented articles (``benchmarks/entities.py
--held-out --ours``, type agreement): engines 0.46 → 0.92, enzyme 0.65 → 0.69 (a maker
"… Instruments", and a relation through it joined: 0.58 → 0.67); no other figure moved.
Types that changed on other sets, all right: a novel's title and an exhibition's (place →
document), a geyser basin (other → place), a quay (person → place). Not done: a one-word
product line ("the Tarvel line") stays ``other``: "line", "range" and "series"
after a name as often name a railway, a mountain range or a set of missions.

types17 (docs/TYPE_MISSES.md): :func:`name_hint` also reads a model's code as written, capital
letters, a hyphen or none, and a number ("Tarvel KD-4": the key splits it into "kd", "4",
which :func:`~kg.merging.model_codes.is_model_code` missed), and "No." and a number ("Osk Clasp
No. 2"), after another word: a product (weight 2). Measured (``--held-out --ours``, every entity,
alias and reference of the 64 texts dumped before and after): type agreement
quellbracke_perfumery .78 → .83, zipper_factual .65 → .70, and on the probes enzyme .89 →
.92, sediment .68 → .72, wordbook .81 → .88; five names other → product, all right; nothing
else moved. Not done: a code alone ("K1", "TR-12"), which names roads, vitamins and molecules
too ("M7", "CO2").

Review rev17b: the written code and "No. N" also typed as products a numbered pit, lock,
lodge, school district, squadron and mill, a symphony and a sonata, a route and a flight
("Tarlow Route KD-4", "Flight BA-117"); they need a word before them that heads none of those
(:func:`_numbered_model`). Measured: no figure moved on any set. Left: a code after a
star's or a vitamin's name ("Cygnus X-1" is still a product).
Review rev20f (of diag18b): the written code may end in a dotted number ("Quorvane RX7.2",
one token since diag18b); :func:`gerund_building` keeps "Ship Building", "Team Building"
(a common noun and "building", an activity) from the place diag18b gave every "X Building".
Measured (``--held-out --ours``, 42 sets and 38 probes): no figure moved (dev recall .983,
unity .920, types .814, core 2110; probes .974/.938/.831, core 913).
"""

from __future__ import annotations

import re

from kg.merging.model_codes import is_model_code
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["MADE_NOUNS", "WORKS_NOUNS", "gerund_building", "label_head", "name_hint", "one_word_ing",
           "place_before", "typing_key"]

# nouns of a place where things are made or kept: "a new plant at X" is a place
WORKS_NOUNS = lx._words("plant factory works foundry yard shipyard dockyard mill mine "
                        "workshop workshops warehouse depot quarry brewery forge smithy")
# nouns of a made thing or a form of one: a name they describe is a product ("X (1926): a
# four-cylinder model for barges")
MADE_NOUNS = lx.ARTEFACT_NOUNS | lx._words("version variant")
_LABEL_MARKS = frozenset(":—–")
_PLACE_WORDS = (lx.PLACE_HEADS | lx.STRUCTURE_HEADS) - lx._words("state party bridge")


def place_before(toks: list[Token], start: int) -> bool:
    """True when a lowercase place noun stands right before the name at ``start`` ("the
    river Oskel"), or a works noun and "at" or "in" do ("the foundry at Brenvik")."""
    if start >= 2 and toks[start - 1].text.islower() and toks[start - 1].lower in _PLACE_WORDS \
            and toks[start - 2].lower in lx.DETERMINERS:
        return True
    return start >= 2 and toks[start - 1].lower in ("at", "in") \
        and toks[start - 2].text.islower() and singular(toks[start - 2].lower) in WORKS_NOUNS


def typing_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key a name is typed by: without a last number ("osk standard 4" → "osk
    standard"), which numbers one of a series or dates it."""
    return key[:-1] if len(key) > 2 and key[-1].isdigit() else key


def name_hint(key: tuple[str, ...], surfaces) -> tuple[str, int] | None:
    """The type a name's last word suggests beyond its head: the plural of a product's noun
    (a maker, "Tarvel Engines") or a model's code (a product, "Tarvel K7")."""
    if len(key) < 2:
        return None
    last = [s.split()[-1] for s in surfaces if s.split()]
    if singular(key[-1]) in lx.PRODUCT_HEADS | lx.ARTEFACT_NOUNS and last and all(
            w.casefold().endswith("s") and singular(w.casefold()) != w.casefold() for w in last):
        return "organization", 4
    if is_model_code(key[-1]):
        return "product", 1
    if any(_numbered_model(s.split()) for s in surfaces):
        return "product", 2  # "Tarvel KD-4", "Osk Clasp No. 2": one model of a maker's line
    return None


def _numbered_model(words: list[str]) -> bool:
    """True when a name's words end in a model's code as written ("Tarvel KD-4") or in "No."
    and a number ("Osk Clasp No. 2"), after a word that heads no place, work, body, route or
    composition (review rev17b: "Quessby Pit No. 3", "Tarlow Lodge No. 214", "Symphony No. 5",
    "Tarlow Route KD-4", "Flight BA-117" number one of those)."""
    if len(words) > 1 and _WRITTEN_CODE.fullmatch(words[-1]):
        head = words[-2]
    elif len(words) > 2 and words[-1].isdigit() and words[-2] in _NUMBER_SIGNS:
        head = words[-3]
    else:
        return False
    return singular(head.casefold()) not in _NUMBERED_NON_MODELS


def one_word_ing(key: tuple[str, ...], name: bool) -> bool:
    """True for a one-word name whose "-ing" ending says nothing of its kind."""
    return name and len(key) == 1


def gerund_building(key: tuple[str, ...]) -> bool:
    """(rev20f) True for a two-word name of a common noun and "building", an activity ("Ship
    Building", "Team Building"), not a named structure ("the Quorvane Building"): a word this
    common on wordfreq's small list (zipf ≥ 4) is what is built, not whose building it is."""
    return len(key) == 2 and key[1] == "building" and lx.zipf(key[0]) >= 4.0


def label_head(toks: list[Token], start: int, end: int) -> str | None:
    """The head noun of the description after a name that opens a list item or a sentence
    and a colon or dash ("**Tarvel K7** (1958): a twin-cylinder engine for …" → "engine"),
    a short parenthesis allowed between; else None."""
    if start != 0:
        return None
    k = end
    if k < len(toks) and toks[k].text == "(":
        k = next((j + 1 for j in range(k + 1, min(k + 5, len(toks))) if toks[j].text == ")"), k)
    if k + 2 >= len(toks) or toks[k].text not in _LABEL_MARKS \
            or toks[k + 1].lower not in lx.DETERMINERS:
        return None
    head = None
    for t in toks[k + 2:k + 12]:
        if not t.is_word and t.text not in ("-", "'s", "’s") or t.lower in _STOPS and head:
            break
        if t.is_word and t.text.islower():
            head = t.lower
    return head


# (types17) a model's code as written, capital letters, a hyphen or none, and a number ("KD-4",
# "KD-40", "D3"); keyed, "KD-40" is two words ("kd", "40"), which :func:`is_model_code` misses
_WRITTEN_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}(?:\.\d+)*")  # rev20f: "RX7.2"
_NUMBER_SIGNS = frozenset(("No.", "No", "Nº", "no."))
# heads a code or "No. N" numbers that are no model (review rev17b): a place, a structure, a
# works, a body, a person, a route or a musical composition
_NUMBERED_NON_MODELS = lx.PLACE_HEADS | lx.STRUCTURE_HEADS | WORKS_NOUNS | lx.ORG_HEADS \
    | lx.PERSON_NOUNS | lx._words("""route highway motorway bypass flight gate terminal lock
    lodge squadron platoon regiment battalion symphony sonata concerto quartet quintet opus""")
_STOPS = lx._words("of for in with from by on at to that which who whose")
