"""The words around a mention that say what kind of thing it names, for
:func:`kg.kinds.entity_types.assign_types`: roles and honorifics before a name, actor verbs after
it, appositions, copulas and example cues that name a kind ("X, a market town", "X is a
dialect of …", "towns like X"), "in X" / "written in X", and adjectives of nationality. The
cues and the figures measured for them are listed in :mod:`kg.kinds.entity_types`; the kind a
common noun names, and the descriptions that name a kind through one ("a … N known as X", "a
new class of N, the X"), are in :mod:`kg.kinds.described_kinds`.

Round prec13, fifth rule: a person's apposition after a name that follows "in", "at" or
"into" is the clause subject's, not the name's ("born in 1790 at Orlen in Vosshire, the son
of a miller"). Measured: one node person → place (a county on chronometer, right), no
mention and no figure moved on the 48 sets.

fix14t: a name right after a verb of founding ("founded X", "co-founded X", and "found"
only after "to": "left to found X") scores organisation +2 (:func:`_founded`). Measured
(every node's type dumped over the 30 development sets and the invented texts, before and
after): one node moved, person → organization (a firm on transistor_factual named beside
listed people; types .50 → .55); nothing else moved. Review rev14e: only for a name shaped
like a person's, the confusion the cue is for; with any name, a town a person founded and
others "lived in" became an organisation (invented gazetteer text).

The kind an apposition names (:func:`~kg.kinds.apposition_kinds.apposition_kind`) and the word before
a whole name (:func:`~kg.kinds.person_slots.no_person_slot`) are in their own modules (pure moves,
split16).

types17b: "the" before a bare one-word surname followed by a lowercase noun ("The X system")
takes no person score off (:func:`_attributive`: the article is the noun's, the surname an
eponym's); a name between a possessive determiner and "model" or "pattern" ("Its X model")
scores product +3. Measured (34 development sets, 32 probes; every entity, alias, type and
reference of the 66 texts dumped before and after): harmonica probe types .65 → .85 with
:mod:`kg.kinds.person_cues` and :mod:`kg.kinds.described_kinds` (a maker other → person, a
model organisation → product); nothing else moved. Rejected: the attributive reading for a
whole name ("the X Y formula" made a perfume a person and sent its "Its" and "it" to the firm:
one development set types .83 → .78, relations at the evidence .92 → .83).
Review rev17g: not before "of" and no year ("the town kept its X pattern of narrow lanes" had
made a place a product); no set of the 66 moved. read17: an "of" that ends the unit (no word
after it) is read as "of" and no year, where it had raised an IndexError; no set moved.
"""

from __future__ import annotations

from collections import Counter

from kg.finders.apposed_names import apposed_product
from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.kinds.apposition_kinds import APPOSITION_ENDS, ROLE_NOUNS, apposition_kind
from kg.kinds.conduct_cues import conduct_cue, place_led
from kg.kinds.described_kinds import kind_set_before, named_as
from kg.kinds.description_heads import copula_head, fronted_noun
from kg.kinds.launched_names import launched_before
from kg.kinds.maker_types import label_head, place_before
from kg.kinds.naming_cues import first_sold, naming_cue, stage_name, written_in
from kg.kinds.noun_kinds import PLACE_NOUNS, kind_of_noun
from kg.kinds.person_slots import PLACE_PREPOSITIONS
from kg.kinds.place_cues import place_cue
from kg.kinds.product_names import product_named
from kg.kinds.title_cues import article_title, titled_before, work_apposed
from kg.kinds.trade_cues import body_after, trade_after, trade_cue
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["context_cues", "modifiers"]

_AUX = lx._words("has have had also does did not is was will would could recently then")
_EXAMPLE_CUES = (("like",), ("such", "as"), ("including",), ("e.g",))
_PRODUCT_AFTER = lx._words("model models version versions chatbot app release api")
_PRODUCT_BEFORE = lx._words("version versions release launch deployment trained deploy deployed "
                            "using")
_PLACE_BEFORE = (("based", "in"), ("headquartered", "in"), ("located", "in"), ("born", "in"),
                 ("near",), ("across",))
_WRITTEN = lx._words("written implemented programmed coded scripted rewritten")
_FRONTED_KINDS = frozenset({"organization", "place", "product", "document", "person"})
# (types17b) a maker's own model after its possessive: "Its X model", "their X pattern"
_MODEL_NOUNS = lx._words("model models pattern patterns")
_POSSESSIVES = lx._words("its their his her our")
_IN_ONE_WORD = 1.0  # "in X" for a one-word name (0.5 for a longer one)




def _in_address(toks: list[Token], start: int, end: int) -> bool:
    """True for the wider place of an address ending a clause: "near Tarvo, X." ("in Osk,
    X, …"): "in"/"near" and one capitalised word before the comma, and a mark after."""
    return start >= 3 and toks[start - 1].text == "," and toks[start - 2].is_cap \
        and toks[start - 3].lower in ("in", "near") and end < len(toks) \
        and toks[end].text in {".", ",", ";", ")"}




_FOUNDING = lx._words("founded co-founded cofounded")


def _attributive(toks: list[Token], end: int) -> bool:
    """True when a lowercase noun follows a name ending at ``end`` ("the X system"): the
    article is the noun's, and a bare surname before it an eponym's, which a person's may be
    (types17b; a whole name so placed, "the Ada Quell formula", is a brand's)."""
    return end < len(toks) and toks[end].is_word and toks[end].text.isalpha() \
        and toks[end].text.islower() and toks[end].lower not in _NOT_NOUN


def _founded(toks: list[Token], start: int, before: list[str]) -> bool:
    """True for a name right after a verb of founding ("founded X", "to found X"; a bare
    "found" only after "to", as it is also the past of "find"): a body, not a person. Asked
    only of a name shaped like a person's: a founded town is a place (review rev14e)."""
    if not before or start == 0 or not toks[start - 1].text.islower():
        return False
    return before[-1] in _FOUNDING or before[-1] == "found" and before[-2:-1] == ["to"]


def context_cues(toks: list[Token], start: int, end: int, scores: Counter, person: bool, *,
                  shaped: bool = False, adjective: bool = False) -> None:
    """Scores the words around one mention (past Markdown emphasis marks round it); ``shaped``
    lets a role noun before it type a name shaped like a person's ("the botanist
    J. Ornwell Haskett") that :func:`~kg.merging.people.person_like` finds too common; ``adjective``
    (:func:`modifiers`: "the Danish botanist") takes no place cue from "in" ("in Danish"
    is a language)."""
    capitals = toks[start].text.isupper()
    lone = end - start == 1 and not toks[start].base.isupper() \
        or place_led(toks, start, end)  # "Vessick's", "Upper Pellbury", not "QTV's"
    words = end - start  # the name's length, before the emphasis marks round it are added
    while start > 0 and toks[start - 1].text in MARKS:
        start -= 1  # "the Danish botanist **J. Ornwell Haskett**"
    while end < len(toks) and toks[end].text in MARKS:
        end += 1
    before = [t.lower for t in toks[max(0, start - 3):start]]
    after = [t.lower for t in toks[end:end + 3]]
    actor = "person" if person else "organization"
    nxt = [w for w in after if w not in _AUX][:1]
    if nxt and (nxt[0] in lx.ACTOR_VERBS):
        scores[actor] += 1
    if nxt and nxt[0] in lx.PERSON_VERBS and person:
        scores["person"] += 1
    if before and (before[-1].rstrip(".") in ROLE_NOUNS or (person or shaped)
                   and toks[start - 1].text.islower()
                   and kind_of_noun(before[-1], roles=True) == "person"):
        scores["person"] += 3  # "Dr. Voss", "the violinist Elsvika K. Skarn"
    if len(before) >= 2 and before[-1] == "of" and (singular(before[-2]) in lx.PLACE_HEADS
                                                    or singular(before[-2]) in PLACE_NOUNS):
        scores["place"] += 3  # "the city of Brevskog", "the inland town of Osk Vennel"
    if person and _founded(toks, start, before):
        scores["organization"] += 2  # "left to found Tarvel Optical", "founded Quorn Glass"
    if not person:  # "built by Ambrevin Harbridge": people make and sell things too
        scores["organization"] += trade_cue(toks, start)  # "sold by X", "colleagues at X"
        scores["organization"] += trade_after(toks, end)  # (rel19) "X sold its pen division"
        scores["organization"] += body_after(toks, start, end)  # (org19) "on the X staff"
    if not person:  # (types20) "joined X", "X went bankrupt"; halved for one word in title case
        scores["organization"] += conduct_cue(toks, start, end, lone)
    kind = kind_set_before(toks, start)
    if kind:
        scores[kind] += 2  # "a new class of lamp, the X"
    if work_apposed(toks, start, end) or titled_before(toks, start):
        scores["document"] += 3  # "His second novel, The X, was", "which she titled the X"
    if article_title(toks, start, end) and not _attributive(toks, end):
        scores["document"] += 4  # (types18) "printed as A Census of X", over its head's 3;
        # not (rev18a) "and A Quessary Haulage lorry hit …": the article is the noun's
    if not person and launched_before(toks, start, end):
        scores["product"] += 3  # (diag17b) "the maker launched the X"
    if apposed_product(toks, start, end):
        scores["product"] += 3  # "Its best-known product, X sole wax, was …"
    if product_named(toks, start, end):
        scores["product"] += 4  # (prod21) "A second shade, X Crimson, followed", over a "She"
    if after and after[0] in _MODEL_NOUNS and before[-1:] and before[-1] in _POSSESSIVES \
            and not (after[1:2] == ["of"] and not "".join(after[2:3])[:1].isdigit()):
        scores["product"] += 3  # (types17b) "Its X model, introduced in 1896", not (rev17g)
        # "its X pattern of narrow lanes", "his X model of the atom": a layout, a theory
    if after and after[0] in _PRODUCT_AFTER or before[-2:-1] in (["version"], ["versions"]) \
            or before and before[-1] in _PRODUCT_BEFORE:
        scores["product"] += 1
    for cue in _PLACE_BEFORE:
        if tuple(before[-len(cue):]) == cue:
            scores["place"] += 2
    if _in_address(toks, start, end):
        scores["place"] += 2
    if before and before[-1] == "in" and not person and words <= 2:
        if len(before) >= 2 and before[-2] in _WRITTEN:
            scores["product"] += 2  # "a compiler written in Quell": a language
        elif not adjective and not capitals:
            scores["place"] += _IN_ONE_WORD if words == 1 else 0.5
    if place_before(toks, start):
        scores["place"] += 2  # "the river Oskel", "a new plant at Dunmoor Fields"
    if not person and not adjective and not capitals:
        scores["place"] += place_cue(toks, start, end)  # "in northern X", "reached X"
    if len(before) >= 2 and before[-1] == "of" and singular(before[-2]) in lx.ORG_HEADS \
            and words == 1 and toks[start - 2].text[:1].islower() and not adjective:
        scores["place"] += 1  # "a geologist at the university of Osk", "the council of Osk"
    # an all-capitals word is an acronym or a program ("ZEPHYR, a compiler"), not a person
    kind = apposition_kind(toks, end, roles=not capitals) or first_sold(toks, start, end)
    if kind == "person" and before and before[-1] in PLACE_PREPOSITIONS:
        kind = None  # "born at Orlen in Vosshire, the son of a weaver": the subject's
    if kind:
        scores[kind] += 3
    head = label_head(toks, start, end)  # "**X** (1924): a two-cylinder engine"
    kind = kind_of_noun(head) if head else None
    if kind:
        scores[kind] += 3
    head = copula_head(toks, end)  # "X is a seed-breeding company based in …"
    kind = kind_of_noun(head, roles=person) if head else None
    if kind:
        scores[kind] += 3
    if person and before[-1:] == ["the"] and before[-2:-1] not in (["called"], ["nicknamed"]) \
            and not (words == 1 and _attributive(toks, end)):
        scores["person"] -= 3  # "the Orm Nebula", not "whom they called the Heron" (rev15j)
    kind = kind_of_noun(before[-1]) if before and toks[start - 1].text[0].islower() else None
    if kind:  # "the firm X", "the state utility X"
        scores[kind] += 2
    kind = named_as(toks, start)  # "a simple technique known as X", "a machine called X"
    if kind:
        scores[kind] += 3
    kind = naming_cue(toks, start)  # "the brand name "X"", "published in 1874 as X"
    if kind in ("document", "product") and (person or shaped) \
            and (kind == "document" and not written_in(toks, start) or stage_name(toks, start)):
        kind = None  # "she published her poems as Ada Quorrick": a pen name (rev13c), a
        # stage name after "marketed the singer under the name" (rev14a)
    if kind:
        scores[kind] += 3
    noun = fronted_noun(toks, start, end)  # "its own label, X,", "the dealer's insurer, X,"
    kind = kind_of_noun(noun) if noun else None  # a body, place, thing, document or person;
    if kind in _FRONTED_KINDS and (not person or kind in ("organization", "person")):
        scores[kind] += 3  # "their own practice, X," names none
    for cue in _EXAMPLE_CUES:
        if tuple(before[-len(cue):]) == cue:
            k = start - len(cue) - 1
            while k >= 0 and k >= start - len(cue) - 4 and toks[k].text not in ",.;:" \
                    and toks[k].lower not in APPOSITION_ENDS:  # "a band in a village such as X"
                noun = singular(toks[k].lower)
                if noun in lx.TECHNIQUE_HEADS:
                    scores["technique"] += 2
                    break
                if kind_of_noun(noun):
                    scores[kind_of_noun(noun)] += 2
                    break
                k -= 1


_ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "an", "ch", "ic")
_NOT_NOUN = lx.STOPWORDS | lx.COMMON_VERBS | lx.PAST_VERBS | lx.ACTOR_VERBS | lx.PERSON_VERBS \
    | _AUX


def modifiers(units: list[Unit], matches: list[Match]) -> set[int]:
    """The groups with a one-word name ending like an adjective of nationality and written
    after an article before a lowercase noun ("the Danish botanist", "a Frisian skald"): a
    nationality or a language, not a place ("the Eastwillet estate" ends otherwise)."""
    out = set()
    for m in matches:
        toks = units[m.unit].tokens
        if m.end - m.start != 1 or m.end >= len(toks) or units[m.unit].heading:
            continue
        nxt = toks[m.end]
        word = nxt.lower
        if nxt.is_word and nxt.text.islower() and word not in _NOT_NOUN \
                and not word.endswith(("ed", "ly")) and toks[m.start].lower.endswith(
                    _ADJECTIVE_ENDINGS) and m.start and toks[m.start - 1].lower in lx.DETERMINERS:
            out.add(m.group)
    return out
