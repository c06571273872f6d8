"""Connectors inside long names after a head noun or a common word's name: "in" before a field
of study, a second "of" and a place, "on" after a document's head, "in"/"at" and a place,
"into" after an inquiry noun. Moved from :mod:`kg.finders.junctions` (a pure move, split16).

Round 13's connectors, used by :func:`kg.finders.name_runs.connects` (their figures are in
:mod:`kg.finders.name_runs`): "in" before a field of study after an award (:data:`FIELDS`), a second
"of" and a place after a common word's name (:func:`second_of`), "in"/"at" and a place after
an institution's head (:func:`sited_head`), "into" after an inquiry noun
(:func:`inquiry_into`).

probe17: "in (the)" and title-case words after a written work's "W on S"
(:func:`titled_setting`: "the Survey on Tanning Fever in the Leather Trades", the words after
"the" written lowercase elsewhere in the text), and the list a work is scored for
(:func:`listed_for`: "his Serenade for Flute, Strings and Organ"). Measured
(``benchmarks/entities.py --held-out --ours``, 34 development sets and 32 probes): the hatworks
probe's report and the harmonica probe's work found whole (recall +.05 on each, the
relation of the report's author joined; three junk pieces gone, hatworks −1 core node,
harmonica −2); no entity of the other 64 texts moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.finders.junctions import is_head
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.kind_nouns import INQUIRY_NOUNS
from kg.words.tokens import Token

if TYPE_CHECKING:
    from kg.finders.candidates import Stats

__all__ = [
    "FIELDS",
    "document_on",
    "inquiry_into",
    "listed_for",
    "placed_after",
    "second_of",
    "sited_head",
    "titled_setting",
]


# fields of study and the arts, which "in" joins to an award's name ("Prize in Physics")
FIELDS = lx._words("""
physics chemistry medicine physiology literature economics mathematics biology astronomy
geology botany zoology engineering architecture music poetry fiction journalism history
philosophy sociology psychology law science sciences arts
""")

def second_of(toks: list[Token], first: int, j: int) -> bool:
    """True when "of" at ``j`` ends "W of V", a common word's name ("Daughters of Charity"), and
    one capitalised word follows, which says where the body is ("Daughters of Charity of
    Tarrowby"), not a clause ("… of Charity of the town")."""
    if toks[j].lower != "of" or j - first != 3 or toks[first + 1].lower != "of" \
            or j + 1 >= len(toks) or lx.zipf(toks[first].lower) < 4.0:
        return False
    place = toks[j + 1]
    return place.is_word and place.is_cap and not place.is_acronym and (
        j + 2 >= len(toks) or not (toks[j + 2].is_word and toks[j + 2].is_cap))


def document_on(toks: list[Token], first: int, j: int) -> bool:
    """True when "on" at ``j`` ends "W of V" whose first word heads a document ("the Code of
    Practice on Pewter Marks", "the Charter of Rights on …"): the name goes on with its
    subject, a capitalised word (dates are kept out by the caller)."""
    if toks[j].lower != "on" or j - first != 3 or toks[first + 1].lower != "of" \
            or j + 1 >= len(toks) or not toks[first].is_cap:
        return False
    if not is_head(toks[first], _DOCUMENT_NAMES):
        return False
    nxt = toks[j + 1]
    return nxt.is_word and nxt.is_cap and not nxt.is_acronym


# document heads whose name may say with "on" what it rules ("Code of Practice on …")
_DOCUMENT_NAMES = lx.DOCUMENT_HEADS | lx._words("code")


def sited_head(toks: list[Token], j: int) -> bool:
    """True when "in" or "at" at ``j`` follows an institution's head noun and gives where it
    is ("the Map Archive at Tarrowby"), as after an organisation noun; not after a field of
    work, which "in" goes on ("Research in Geodesy"), nor before the name of the body it
    belongs to ("the Ostley Library at Quendrow University")."""
    low = toks[j - 1].lower
    if low not in lx.ORG_HEADS or low in _FIELD_HEADS:
        return False
    k = j + 1
    while k < len(toks) and toks[k].is_word and toks[k].is_cap:
        k += 1
    return toks[k - 1].lower not in lx.ORG_HEADS


def placed_after(toks: list[Token], j: int, stats: Stats, *, first: int | None = None) -> bool:
    """True when "in" or "at" at ``j`` is followed by one capitalised word that ends the run, a
    word (no field of study) the text also writes elsewhere: where the body is ("the
    Royal School for Deaf Children in Quendrow … near Quendrow"), not the rest of its name
    ("… for Research in Geodesy", "in Music"). probe16: on the braille probe a school's name
    took its city and lost its gold form (alias unity and type up with its "known today as"
    name, :func:`kg.merging.cue_reading._sited_body`); no entity of the other 61 texts moved.
    alias20: the word need be written once only after a body's "of" phrase that opens at
    ``first`` ("the Guild of Coastal Pilots in Quendrow", a fresh unseen text's association
    had taken its city and lost its acronym), when the text never writes the word in lowercase;
    figures in :mod:`kg.merging.new_names`."""
    k = j + 2
    if k > len(toks) or not (toks[j + 1].is_word and toks[j + 1].is_cap) or k < len(toks) and (
            toks[k].is_word and toks[k].is_cap or toks[k].lower in lx.NAME_CONNECTORS):
        return False
    word = toks[j + 1]
    owned = first is not None and word.lower not in stats.lower_seen and any(
        toks[k].lower == "of" and any(t.lower in lx.ORG_HEADS for t in toks[first:k])
        and "for" not in {t.lower for t in toks[k:j]}  # "… for Tutoring in Glaciology"
        for k in range(first + 1, j - 1))  # not "the Guild of Women in Print" (print, lowercase)
    return word.lower not in FIELDS and not word.is_acronym \
        and (owned or stats.cap_count[word.base] - stats.heading_caps[word.base] >= 2)


_FIELD_HEADS = lx._words("research studies ventures capital partners holdings technologies "
                         "media press services solutions")


# nouns of an inquiry, whose name goes on with "into" and its subject ("the Commission of
# Inquiry into Canal Tolls", "the Review into Port Dredging")
_INQUIRY_NOUNS = INQUIRY_NOUNS | lx._words("commission review research")


def inquiry_into(toks: list[Token], j: int) -> bool:
    """True when "into" at ``j`` follows an inquiry noun of the run: the name goes on with the
    inquiry's subject, where "turned the Guild into Lessar Trust" is two names."""
    return toks[j - 1].lower in _INQUIRY_NOUNS


# heads of a written work's title that say with "on" what it is about ("Notes on …", "a
# Report on …")
_WORK_HEADS = lx.DOCUMENT_HEADS | lx._words("essay treatise study survey notes observations "
                                            "remarks account")


def titled_setting(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when "in" at ``j`` goes on a written work's title "W on S in (the) T": the run
    ``toks[i:j]`` is a work's head, "on" and its capitalised subject, and after "in" (and
    "the") come capitalised words the text also writes in lowercase, title case and no
    name ("the Survey on Tanning Fever in the Leather Trades", with "the leather
    trades" elsewhere), where "the Report on Tolls in the Orvell Archive" is two names (probe17),
    and so is "the Report on Wages in the House" (one word: a chamber, a region; rev17d)."""
    first = i
    while first < j and toks[first].lower in lx.DETERMINERS:
        first += 1
    if toks[j].lower != "in" or j - first < 3 or toks[first].lower not in _WORK_HEADS \
            or toks[first + 1].lower != "on" \
            or not all(t.is_word and t.is_cap for t in toks[first + 2:j]):
        return False
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].lower == "the" else j + 1
    end = k
    while end < len(toks) and toks[end].is_word and toks[end].is_cap:
        end += 1
    return end - k >= 2 and all(t.lower in stats.lower_seen for t in toks[k:end])


def _introduced(toks: list[Token], i: int, first: int) -> bool:
    """True when a determiner or a possessive opens the work noun at ``first``: inside the run
    ("the Suite for …") or right before it ("his Serenade for …", "Kelby's Suite for …")."""
    return first > i or i > 0 and (toks[i - 1].lower in lx.DETERMINERS or toks[i - 1].possessive)


def listed_for(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when the "for", comma or "and" at ``j`` lists what a title is "for": the run is
    one capitalised word, "for" and a common capitalised word, and a list of such words
    follows between commas, the last after "and", where the run ends ("his Serenade for
    Flute, Strings and Organ", "a Suite for Oboe, Horn and Voice"): a work scored for
    several instruments (a common word: frequent in English or written lowercase in the
    text too). Not a list of rare names ("a Fund for Orvell, Quendrow and Pell"), nor
    after a personal name (probe17), nor after a name no determiner or possessive opens,
    "left Quendrow for Paris, Rome and Vienna" (rev17d)."""
    first = i
    while first < j and toks[first].lower in lx.DETERMINERS:
        first += 1
    if first + 1 > j or first + 1 >= len(toks) or toks[first + 1].lower != "for" \
            or toks[first].lower in GIVEN_NAMES or not _introduced(toks, i, first):
        return False
    k, seps = first + 2, set()
    while True:
        word = toks[k] if k < len(toks) else None
        if word is None or not (word.is_word and word.is_cap) or word.is_acronym \
                or lx.zipf(word.lower) < 3.0 and word.lower not in stats.lower_seen:
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or nxt.text != "," and nxt.lower != "and":
            ended = nxt is None or not (nxt.is_word and nxt.is_cap)
            return ended and "and" in {toks[s].lower for s in seps} and k - first >= 6 \
                and (j in seps or j == first + 1)
        seps.add(k + 1)
        k += 2
