"""The words around a mention that say what kind of thing it names, for
:func:`kg.kinds.entity_types.assign_types`: roles and honorifics before a name, actor verbs after
it, appositions, copulas and example cues that name a kind ("X, a market town", "X is a
dialect of …", "towns like X"), "in X" / "written in X", and adjectives of nationality. The
cues and the figures measured for them are listed in :mod:`kg.kinds.entity_types`.

kinds11 (fix 1 of benchmarks/final9/DIAGNOSIS.md): the nouns of a machine ("machine",
"apparatus": product) and a
written rule or guide ("manual", "handbook", "ordinance", "decree", "statute", "edict":
document) type a name they describe, and "a/an ⟨words⟩ N known as / called (the) X" types X
by N (:func:`_named_as`). Measured (``benchmarks/entities.py --held-out --ours``, all 24 sets
and the probes): type agreement enigma_codebreaking .55 → .70, orvane_pneumatic_post .556 →
.611, the hospital probe .737 → .789; no recall, alias, relation, node or conflation figure
of any set moved, and no other type figure. The two final9 sets were read for the diagnosis,
so their gains are not blind. Measured and taken back by the lead: letting "building" head a
description (:mod:`kg.kinds.description_heads` skips "-ing" words) gave orvane_pneumatic_post's
.556 → .611 but cost architect_bio a first place in graph-mode search (R@1 .84 → .80), through
the descriptions that references give queries (:mod:`web.descriptions`); without it the types
are enigma_codebreaking .55 → .70 (.75 with the acronym fix), the hospital probe .737 → .789,
and "building" in :data:`_PLACE_NOUNS` types only through the cues that read it. Not done: "carrier" (an airline, a vessel, a mail capsule: too
ambiguous to type), a definite "the N called X".

rel12: a lowercase term so named by a noun of a way of doing (:data:`_PROCESS_NOUNS`: "a
routing technique known as street relay") is a technique (:func:`named_as_process`, read
by :func:`kg.kinds.entity_types.assign_types`), so that "The method" after it, and an "It"
after that, take it up (:func:`kg.references.antecedents._named_technique`). Measured over
the 24 development sets and the 20 invented articles: one type changed (orvane_pneumatic_post,
concept → technique, type agreement .611 → .667), two references added, both right
(relations at the evidence .80 → .90 there); no other type, alias or reference moved.
"""

from __future__ import annotations

from collections import Counter

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.kinds.description_heads import (
    INDEFINITE,
    copula_head,
    fronted_noun,
    head_after,
    past_parenthesis,
)
from kg.kinds.maker_types import MADE_NOUNS, label_head, place_before
from kg.kinds.place_cues import place_cue
from kg.kinds.trade_cues import trade_cue
from kg.references.vessels import VESSEL_NOUNS
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["compound_kind", "context_cues", "described_as_process", "kind_of_noun",
           "kind_set_before", "modifiers"]

_AUX = lx._words("has have had also does did not is was will would could recently then")
_APPOSITION = {",", "—", "–", "(", "-"}
_EXAMPLE_CUES = (("like",), ("such", "as"), ("including",), ("e.g",))
_PRODUCT_AFTER = lx._words("model models version versions chatbot app release api")
_PRODUCT_BEFORE = lx._words("version versions release launch deployment trained deploy deployed "
                            "using")
_PLACE_BEFORE = (("based", "in"), ("headquartered", "in"), ("located", "in"), ("born", "in"),
                 ("near",), ("across",))
_ROLE = frozenset(k for k, v in lx.REFERENCE_NOUNS.items() if v == "person") | lx.HONORIFICS \
    | lx.PERSON_NOUNS
_PREPOSITIONS = lx._words("at of in for from with on by who which that whose")
# nouns of a made tool or a language (a language is folded onto ``product``), which type a
# name they describe; a noun ending in "-er" is otherwise a person's trade
_TOOL_NOUNS = lx._words("compiler interpreter assembler debugger editor language dialect")
# nouns of a kind of place, which type a name they describe ("X, a market town"; "the
# building of the bridge" names nothing)
_PLACE_NOUNS = lx._words("town city village hamlet suburb country nation county province region "
                         "island port building")
# nouns of a machine or a written rule or guide, which type a name they describe ("X was a
# cipher machine", "X, a manual for fitters", "X, a city ordinance"; kinds11: the diagnosis of
# final9 found them missing)
_MACHINE_NOUNS = lx._words("machine apparatus")
_RULE_NOUNS = lx._words("manual handbook ordinance decree statute edict")
# nouns of a ship or a vehicle (a vessel, a locomotive, a lander), which type a name they
# describe or stand before as a product: "the collier X", "a new railcar, the X"
_VEHICLE_NOUNS = VESSEL_NOUNS | lx._words("locomotive railcar tram tramcar lander orbiter "
                                          "airship glider")
_WRITTEN = lx._words("written implemented programmed coded scripted rewritten")
_FRONTED_KINDS = frozenset({"organization", "place", "product", "document", "person"})
_IN_ONE_WORD = 1.0  # "in X" for a one-word name (0.5 for a longer one)


def compound_kind(word: str) -> str | None:
    """The kind of a closed compound whose last part is a document or product noun of four
    letters or more ("textbook", "handbook", "microsatellite"); not an organisation noun,
    which compounds too loosely ("keyboard", "dashboard")."""
    for k in range(3, len(word) - 3):
        tail = lx.REFERENCE_NOUNS.get(word[k:])
        if tail in ("document", "product") and word.isalpha():
            return tail
    return None


def kind_of_noun(word: str, *, roles: bool = False) -> str | None:
    """The kind a noun names; with ``roles``, a noun of a trade or role ("schoolmaster",
    "biochemist") names a person."""
    kind = lx.REFERENCE_NOUNS.get(word) or lx.REFERENCE_NOUNS.get(singular(word))
    if kind is None and roles and singular(word) in lx.PERSON_NOUNS:
        return "person"
    if kind is None and singular(word) in lx.ORG_KIND_NOUNS:
        kind = "organization"
    if kind is None and singular(word) in _TOOL_NOUNS:
        kind = "product"  # "FERRET, a compiler for Quell"; "X is a dialect of Y"
    if kind is None and singular(word) in _PLACE_NOUNS:
        kind = "place"  # "X, a small mining town", "a village such as X", "X is a city in …"
    if kind is None and singular(word) in MADE_NOUNS:
        kind = "product"  # "X, a six-cylinder engine", "X: a four-cylinder version"
    if kind is None and singular(word) in _MACHINE_NOUNS:
        kind = "product"  # "X was a rotor cipher machine"
    if kind is None and singular(word) in _RULE_NOUNS:
        kind = "document"  # "X, a manual for tube fitters", "X, a city ordinance"
    if kind is None and singular(word) in _VEHICLE_NOUNS:
        kind = "product"  # "the collier X", "X, a steam tug" (not a "-er" trade)
    if kind is None:
        kind = compound_kind(singular(word))
    if kind is None and roles and len(word) > 5 and word.endswith(lx.PERSON_SUFFIXES) \
            and word.isalpha() and word not in lx.COMMON_VERBS:
        return "person"
    return kind


def _apposition(toks: list[Token], end: int, *, roles: bool = True) -> str | None:
    """The kind named by an apposition after a mention: "X, a former sales clerk at a
    mill," names a person (the head before the preposition), "X, which sets …" nothing.
    Without ``roles``, a noun that only looks like a trade ("compiler") names nothing. A
    short parenthesis is skipped ("X (XYZ), the textbook …")."""
    end = past_parenthesis(toks, end)
    if end + 1 >= len(toks) or toks[end].text not in _APPOSITION:
        return None
    if toks[end + 1].lower not in lx.DETERMINERS and toks[end + 1].lower != "one":
        word = toks[end + 1].lower
        if roles and toks[end + 1].text.islower() and word == singular(word) \
                and (word in _ROLE or word in lx.PERSON_NOUNS):
            return "person"  # "Oswin Vane, surveyor to the Dock Board"
        return None
    role = toks[end + 2] if end + 3 < len(toks) else None
    if roles and role is not None and role.lower in lx.PERSON_NOUNS \
            and toks[end + 3].lower in ("of", "to", ","):
        return "person"  # "Oda Vennel, the daughter of the owner of … mill …, ran"
    indefinite = _indefinite_head(toks, end + 1, roles=roles)
    if indefinite:
        return indefinite
    stop = end + 1
    while stop < len(toks) and stop - end <= 10 and toks[stop].text not in _APPOSITION \
            and toks[stop].text not in ".;:)":
        stop += 1
    if stop - end > 10:
        return None  # no closing mark: a clause ("Under X, the union opened …"), not a name
    head = None
    for t in toks[end + 1:stop]:
        if t.lower in _PREPOSITIONS and head is not None:
            break
        if t.is_word and t.text[0].islower():
            head = t.lower
    return kind_of_noun(head, roles=roles) if head else None


def _indefinite_head(toks: list[Token], k: int, *, roles: bool) -> str | None:
    """The kind named by an indefinite apposition's head noun, read as a description is (up
    to a participle, a preposition or a relative: "X, a firm run from a port north of …
    whose …"), however long the apposition runs on before its closing mark."""
    if toks[k].lower not in INDEFINITE:
        return None
    head = head_after(toks, k + 1)
    if head is None:
        return None
    if roles and singular(head) in lx.PERSON_NOUNS:
        return "person"  # a listed trade only: "a result consistent with …" names no one
    return kind_of_noun(head)


def _named_as(toks: list[Token], start: int) -> str | None:
    """The kind named by "a/an ⟨lowercase words⟩ N known as / called X" before a mention
    (kinds11): N's kind, when "a"/"an" opens the run at most four words before N."""
    noun = _named_noun(toks, start)
    return kind_of_noun(noun) if noun else None


def named_as_process(toks: list[Token], start: int) -> bool:
    """True when "a/an ⟨lowercase words⟩ N known as / called X" names a lowercase term X by
    a noun of a way of doing ("a routing technique known as street relay"): a technique
    (rel12, see :mod:`kg.kinds.entity_types`)."""
    return _named_noun(toks, start) in _PROCESS_NOUNS


def _named_noun(toks: list[Token], start: int) -> str | None:
    """N of "a/an ⟨lowercase words⟩ N known as / called X" before ``start``."""
    k = start - 2 if start >= 1 and toks[start - 1].lower == "the" else start - 1
    if k >= 1 and toks[k].lower == "as" and toks[k - 1].lower == "known":
        k -= 2
    elif k >= 0 and toks[k].lower == "called":
        k -= 1
    else:
        return None
    if k < 1 or not toks[k].is_word or not toks[k].text.islower():
        return None
    for d in range(k - 1, max(k - 5, -1), -1):
        if toks[d].lower in INDEFINITE:
            return toks[k].lower
        if not toks[d].is_word or not toks[d].text.islower():
            return None
    return None


def _in_address(toks: list[Token], start: int, end: int) -> bool:
    """True for the wider place of an address ending a clause: "near Tarvo, X." ("in Osk,
    X, …"): "in"/"near" and one capitalised word before the comma, and a mark after."""
    return start >= 3 and toks[start - 1].text == "," and toks[start - 2].is_cap \
        and toks[start - 3].lower in ("in", "near") and end < len(toks) \
        and toks[end].text in {".", ",", ";", ")"}


def context_cues(toks: list[Token], start: int, end: int, scores: Counter, person: bool, *,
                  shaped: bool = False, adjective: bool = False) -> None:
    """Scores the words around one mention (past Markdown emphasis marks round it); ``shaped``
    lets a role noun before it type a name shaped like a person's ("the botanist
    J. Orrin Haskett") that :func:`~kg.merging.people.person_like` finds too common; ``adjective``
    (:func:`modifiers`: "the Danish botanist") takes no place cue from "in" ("in Danish"
    is a language)."""
    capitals = toks[start].text.isupper()
    words = end - start  # the name's length, before the emphasis marks round it are added
    while start > 0 and toks[start - 1].text in MARKS:
        start -= 1  # "the Danish botanist **J. Orrin Haskett**"
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
    if before and (before[-1].rstrip(".") in _ROLE or (person or shaped)
                   and toks[start - 1].text.islower()
                   and kind_of_noun(before[-1], roles=True) == "person"):
        scores["person"] += 3  # "Dr. Voss", "the violinist Elisabeth K. Skarn"
    if len(before) >= 2 and before[-1] == "of" and (singular(before[-2]) in lx.PLACE_HEADS
                                                    or singular(before[-2]) in _PLACE_NOUNS):
        scores["place"] += 3  # "the city of Brennholm", "the inland town of Osk Vennel"
    if not person:  # "built by Ambrose Harlow": people make and sell things too
        scores["organization"] += trade_cue(toks, start)  # "sold by X", "colleagues at X"
    kind = kind_set_before(toks, start)
    if kind:
        scores[kind] += 2  # "a new class of lamp, the X"
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
        scores["place"] += 1  # "a hydrologist at the university of Osk", "the council of Osk"
    # an all-capitals word is an acronym or a program ("ZEPHYR, a compiler"), not a person
    kind = _apposition(toks, end, roles=not capitals)
    if kind:
        scores[kind] += 3
    head = label_head(toks, start, end)  # "**X** (1924): a two-cylinder engine"
    kind = kind_of_noun(head) if head else None
    if kind:
        scores[kind] += 3
    head = copula_head(toks, end)  # "X is a biotechnology company based in …"
    kind = kind_of_noun(head, roles=person) if head else None
    if kind:
        scores[kind] += 3
    if person and before and before[-1] == "the":
        scores["person"] -= 3  # "the Orm Nebula": a person takes no article
    kind = kind_of_noun(before[-1]) if before and toks[start - 1].text[0].islower() else None
    if kind:  # "the firm X", "the state utility X"
        scores[kind] += 2
    kind = _named_as(toks, start)  # "a simple technique known as X", "a machine called X"
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
                    and toks[k].lower not in _PREPOSITIONS:  # "a band in a village such as X"
                noun = singular(toks[k].lower)
                if noun in lx.TECHNIQUE_HEADS:
                    scores["technique"] += 2
                    break
                if kind_of_noun(noun):
                    scores[kind_of_noun(noun)] += 2
                    break
                k -= 1


def kind_set_before(toks: list[Token], start: int) -> str | None:
    """The kind an indefinite description set before "the" and the mention names: "produced
    a new class of lamp, the Varrow burner" → product, for a name here and for a
    lowercase term in :func:`kg.kinds.entity_types.assign_types` (round 13: pcr_history's
    instrument class, a concept before, type agreement 0.90 → 0.95; one programme of
    seedtrust other → product, whose gold type is neither; no other type of the 20 sets
    changed)."""
    if start < 4 or toks[start - 1].lower != "the" or toks[start - 2].text != ",":
        return None
    noun = toks[start - 3]
    if not noun.is_word or not noun.text.islower():
        return None
    if not any(t.lower in ("a", "an") for t in toks[max(0, start - 7):start - 3]):
        return None
    return kind_of_noun(noun.lower)


_ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "an", "ch", "ic")
# nouns of a way of doing something: a lowercase term described by one is a technique
_PROCESS_NOUNS = lx._words("method technique process procedure practice cycle approach")
# nouns of a way only with "of" or "to" after them: "a way of copying …", "a means to …"
_WAY_NOUNS = lx._words("way means")


def described_as_process(toks: list[Token], end: int) -> bool:
    """True when a term ending at ``end`` is described, in an apposition or after "is", as a
    way of doing something: "X, a staged sequence of …", "X is the method of …", and (round
    13) "X is, in short, a way of …" (a short phrase between commas after "is"; "way" and
    "means" only before "of" or "to"): pcr_history's title technique, typed concept before."""
    k = past_parenthesis(toks, end)
    if k + 1 < len(toks) and toks[k].lower in lx.BE_FORMS and toks[k + 1].text == ",":
        close = next((c for c in range(k + 2, min(k + 6, len(toks))) if toks[c].text == ","),
                     None)  # "X is, in short, a way of …"
        k = close if close is not None else k
    if k + 2 >= len(toks) or not (toks[k].text == "," or toks[k].lower in lx.BE_FORMS) \
            or toks[k + 1].lower not in ("a", "an", "the"):
        return False
    for i, t in enumerate(toks[k + 2:k + 5], k + 2):
        if t.lower in _PROCESS_NOUNS or t.lower in _WAY_NOUNS and i + 1 < len(toks) \
                and toks[i + 1].lower in ("of", "to"):
            return True
        if not (t.is_word and t.text.islower()):
            return False
    return False


_NOT_NOUN = lx.STOPWORDS | lx.COMMON_VERBS | lx.PAST_VERBS | lx.ACTOR_VERBS | lx.PERSON_VERBS \
    | _AUX


def modifiers(units: list[Unit], matches: list[Match]) -> set[int]:
    """The groups with a one-word name ending like an adjective of nationality and written
    after an article before a lowercase noun ("the Danish botanist", "a Frisian skald"): a
    nationality or a language, not a place ("the Eastbrook estate" ends otherwise)."""
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
