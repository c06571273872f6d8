"""Where a run of capitalised words goes on, and what completes it (:func:`kg.finders.candidates.names`).

A connector ("of", "for", "&", a name particle, "the" after one of them, "in" and "at" inside
an organisation's name, "into" after an inquiry noun) joins the run to the capitalised words
after it (:func:`connects`); a possessive may belong to the name
(:func:`kg.finders.possessives.possessive_inside`, with the rules and figures for it); a
catalogue letter, a model number or an eponym's lowercase head completes it
(:func:`kg.finders.name_ends.extend`, with the rules and figures for what completes a name).

A run goes on across "and" or "to" inside an organisation's name ("the Kessmark Roads and
Canals Survey"), and with a second "of" after a head noun joined by "for" ("the Joint Board
for the Licensing of Ferry Pilots"): the criteria and figures are in :mod:`kg.finders.junctions`.
The name of an award or honour (:data:`kg.words.lexicon.AWARD_HEADS`: "Medal", "Prize", "Order")
goes on with "of" like an organisation's ("the Civic Medal of Valour"): one award's name on
vaccine, cut before its "of", completed; nothing else moved on the 24 sets. "in" is not
taken after one ("won the Turner Prize in London" gives a place), except before a field of
study or an art that ends the name (:data:`kg.finders.name_connectors.FIELDS`, round 13: "the Orvell Prize
in Botany", not "a Medal in Science Museum events", whose field word begins a name):
pcr_history's gold prize found whole, and one prize each on telescope and lighthouse, whose
field was a node of its own (a place on lighthouse); no figure of the 20 sets fell.

Round 13: "into" joins after an inquiry noun (:func:`kg.finders.name_connectors.inquiry_into`: "the
Commission of Inquiry into Canal Tolls"), nowhere else ("turned the Guild into Lessar
Trust"). Measured over the 20 development sets and the 15 invented articles: one
commission's name on vessany_archive, cut before "into", completed (its short form then
joins it: alias unity .90 → .95); nothing else moved. A common word's name "W of V" goes on
with a second "of" and one capitalised word (:func:`kg.finders.name_connectors.second_of`: "the Daughters
of Charity of Tarrowby"), which says where the body is. Measured: on the invented hospital
article one order's name completed (recall .84 → .90, alias unity .79 → .84, relations
joined .77 → .85), and its town no longer joins it; nothing else moved on the 35 sets. After
an institution's head ("Archive", "Library"), "in" or "at" and a place's name give where it
is, as after an organisation noun ("the Map Archive at Tarrowby";
:func:`kg.finders.name_connectors.sited_head`), while the name of the body it belongs to stays part of the
name ("the Ostley Library at Quendrow University"): one archive on seedtrust, nothing else.
Round 21 (rel13b): "on" goes on a document's "W of V" whose first word heads a document
(:func:`kg.finders.name_connectors.document_on`: "the Code of Practice on Pewter Marks"): one node on
the museum probe, right (recall .95 → 1.00, relations .92 → 1.00), no reference moved over 48
texts. Not after a body's name ("the Wanderers of Varley on Tollbrook Green": a club, where).
Round 14: so do they after a field of study ending the name (:func:`_sited_field`, "the Vostrane
Institute for Marine Botany in Quenby"), and a periodical's rare first word ("Annals") goes on
with "of": on the enzyme probe one institute and one journal whole; nothing else on 36 sets.

Round prec13: a month's or weekday's name alone takes no connector but "of" ("each January
for the Kettle Day fair"), except after an article ("the March for Clean Water", rev13c):
one festival's name on orsenne_ice_company; nothing else moved on the 48 sets.

A lowercase name particle after no capitalised word opens the name that follows ("Merrin
and van Oordt ran …"; see :mod:`kg.merging.people`); pairs ("de la"): :mod:`kg.finders.particle_pairs`.

Round prec13: a prize's field goes on with "or"/"and" and a second field ("the Orvell Prize in
Botany or Zoology"): one prize on discovery_of_xrays whole; nothing else moved on 48 sets.

probefix12 (:func:`_suspended`): a capitalised word with a hanging hyphen, a coordinator and
a capitalised hyphenated word are one name ("Orsker Glas- und Varnholt-Werke", a German
firm's "X- and Y-works"), with "und", "oder", "en", "och", "og" always and English "and",
"or" only inside a name already begun ("between Tesk- and Orlan-on-Sea" are two towns). On
the blind ammonia probe a firm's long name had been cut into a "person" (its first two
words, which then took the next sentence's "he") and a piece; with the long form read
through the hyphen by :mod:`kg.merging.acronyms` the firm's acronym joins it (alias unity
.83 → .89, core nodes 35 → 33); no entity, reference or figure of the 24 development sets or
the other invented articles moved.

diag14r (:func:`partner_list`): a firm named for its partners keeps its commas ("Pelmor,
Tallis & Company", "Ada, Orme, Lind & Sons"): single capitalised words between commas, then
"&" and a partnership's last word (company, co., sons, brothers, partners); a list without
"&", or whose "&" ends on another name ("Yevra, Ostley & Tellmere"), is no firm
(unless ", the firm" follows it: diag16t, :func:`kg.finders.junctions.firm_apposed`). Measured
(``--held-out --ours``, every entity and reference dumped): ropewalk_invented's renamed firm
is whole (it was cut to its last partner and "& Company", a node of its own), and with
:mod:`kg.references.family_firms` joins the firm (conflations 1 → 0); no other text writes
such a name, and nothing else moved. Review rev14f: a sentence's opening word capitalised only
where it stands is no partner ("However, Pelmor & Sons" lost the firm with the adverb); no
entity of the 30 development texts or the probes moved.
bizref15: "A, B and C Ltd" too (a legal suffix, :data:`_INCORPORATED`, after "and" and one
capitalised word; "A, B and C" alone lists three; an invented renaming had been cut to "C
Ltd"), but not when a partner is written before a legal suffix elsewhere ("Harnett Ltd …
Harnett, Pardoe and Quenby Ltd" are three firms, rev15e, :attr:`kg.finders.units.Stats.incorporated`).
No development text or probe writes one: no entity moved.
diag15k: "des" joins as "de" and "du" do ("the Cercle des Tanneurs"), and "Conference" goes on
with "on" or "for" ("the Dolvey Conference on Salt Tolls"; not "of" and a year): on
kilogram_history_factual a French-named standard and a conference's name are whole (recall
.90 → 1.00 with :mod:`kg.merging.initials`); rev15k: no other gathering noun ("the X Regatta on
Lake Y"), and "des" opens no name after a lowercase word; no other entity of 61 texts moved.
misc15: "the" joins a one-word name and a capitalised noun after "called him", "known as"
(:func:`kg.finders.epithets.epithet`: "Tobb the Heron"; not a surname's word, nor one seen before; see bridging).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.finders.epithets import bare_epithet, epithet
from kg.finders.junctions import abbreviated_of, firm_apposed, of_continues
from kg.finders.name_connectors import (
    FIELDS,
    document_on,
    inquiry_into,
    listed_for,
    placed_after,
    second_of,
    sited_head,
    titled_setting,
)
from kg.finders.particle_pairs import PAIRED, PARTICLES, particle_joins
from kg.finders.units import INCORPORATED, positional_capital
from kg.words import lexicon as lx
from kg.words.kind_nouns import PERIODICAL_HEADS
from kg.words.tokens import Token, singular

if TYPE_CHECKING:
    from kg.finders.candidates import Stats

__all__ = ["LEAD_PARTICLES", "NAME_HEADS", "PARTICLES", "connects"]

# particles that may open a surname after a lowercase word ("and van Oordt"); not "ten",
# an English number ("ten Norse boats"), nor "des" ("and des X" lost X: rev15k)
LEAD_PARTICLES = PARTICLES - {"ten", "des"}
# head nouns of names (organisations, documents, places, techniques, awards): a run ending
# in one may go on with a connector ("Association of")
NAME_HEADS = lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx.TECHNIQUE_HEADS | lx.AWARD_HEADS \
    | PERIODICAL_HEADS
# (the first word of a periodical's name, "the Annals of Pelmor Studies", which is rare
# enough that the one-common-word rule of :func:`_takes_connector` does not take it)


def _after_article(toks: list[Token], i: int, first: int) -> bool:
    """True when an article opens the run ``toks[i:…]`` (``first`` past it) or stands before it:
    "the March for Clean Water" is a protest, no date (rev13c)."""
    return first > i and toks[i].lower in _ARTICLES \
        or i > 0 and toks[i - 1].lower in _ARTICLES


_ARTICLES = frozenset({"the", "a", "an"})


def _takes_connector(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when the run ``toks[i:j]`` can go on with "of", "for", "on" …: it ends in a head
    noun ("Association of", "Committee on") or is one common word ("Friends of", "Bank of",
    "The Tower of": a determiner before it does not count), not a personal name ("Oda
    Vennel of the University …" is two names).

    One rare word goes on with "of" and one capitalised word that the text never names
    otherwise ("Tallis of Brem", "Joan of Arc"): a byname, where "Voss of Varnholt",
    with "Varnholt" named elsewhere, is two names.
    """
    last = toks[j - 1].lower
    if last in NAME_HEADS or singular(last) in NAME_HEADS or of_continues(toks, i, j):
        return True
    if last == "conference" and toks[j].lower in ("on", "for"):
        return True  # "the Quendrow Conference on Tolls" (diag15k), not "… Regatta on Lake X" (rev15k)
    first = i
    while first < j - 1 and toks[first].lower in lx.DETERMINERS:
        first += 1
    if second_of(toks, first, j) or document_on(toks, first, j) or abbreviated_of(toks, first, j, stats):
        return True
    if j - first != 1:
        return False
    if (last in lx.MONTHS or last in lx.WEEKDAYS) and toks[j].lower != "of" \
            and not _after_article(toks, i, first):
        return False  # "every January for the Kettle Day fair": a date, then another name
    if lx.zipf(last) >= 4.0:
        return True
    if toks[j].lower != "of" or j + 1 >= len(toks) or toks[j - 1].is_acronym:
        return False
    place = toks[j + 1]
    alone = j + 2 >= len(toks) or not (toks[j + 2].is_word and toks[j + 2].is_cap)
    return place.is_word and place.is_cap and not place.is_acronym and alone and \
        stats.cap_count[place.base] == stats.of_pairs[toks[j - 1].base, place.base]


def connects(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when token ``j`` joins the capitalised run ``toks[i:j]`` to what follows it.

    "of", "for", "on", "&" … join ("Bank of England") after a head noun or one common word;
    "the" joins after one of them ("Bank of the West"); "in" and "at" join only inside an
    organisation's name ("Society of Schools for Research in Geodesy"), not after
    "of" and one word, where they give its place ("Royal College of Forestry in Kellholm").
    """
    low = toks[j].lower
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if low in (",", "and", "for") and listed_for(toks, i, j, stats):
        return True  # "his Serenade for Flute, Strings and Organ" (probe17)
    if toks[j].text == ",":
        return partner_list(toks, i, j, stats)
    if _suspended(toks, i, j):  # "Varn- und Tesk-Werke": a hyphen left hanging
        return True
    if low == "and" and j - i >= 3 and toks[j - 2].text == "," and j + 2 < len(toks) \
            and toks[j + 1].is_word and toks[j + 1].is_cap \
            and toks[j + 2].lower.rstrip(".") in _INCORPORATED:
        return True  # "Pelmor, Tallis and Orme Ltd": the partners' list goes on
    if toks[j].text in PARTICLES or toks[j].text in PAIRED:  # "Anna van Dijk", "de la Crousse"
        return particle_joins(toks, j)  # (kg.finders.particle_pairs)
    if low in lx.NAME_CONNECTORS and low != "&" and not _takes_connector(toks, i, j, stats):
        return False
    if low in lx.NAME_CONNECTORS and nxt is not None and nxt.lower == "the":
        return j + 2 < len(toks) and toks[j + 2].is_word and toks[j + 2].is_cap
    if low == "in" and titled_setting(toks, i, j, stats) or low == "the" \
            and toks[j - 1].lower == "in" and titled_setting(toks, i, j - 1, stats):
        return True  # "the Survey on Tanning Fever in the Leather Trades" (probe17)
    if nxt is None or not (nxt.is_word and nxt.is_cap) or _dated(toks, j + 1):
        return False
    if low in lx.NAME_CONNECTORS or toks[j].text == "&":
        return True
    if low == "the" and epithet(toks, i, j) and toks[i].base not in stats.after_cap and \
            stats.first_cap.get(toks[i].base, toks[i].start) >= toks[i].start:  # fix15b
        return True  # "called him Tobb the Heron"; no name seen before (rev15m, fix15b)
    if low == "the" and bare_epithet(toks, i, j, stats):
        return True  # "Edwy the Confessor": :mod:`kg.finders.epithets` (fix16)
    if low == "the" and toks[j - 1].lower in lx.NAME_CONNECTORS:
        return True
    if low == "in" and toks[j - 1].lower in lx.AWARD_HEADS and nxt.lower in FIELDS \
            and not (j + 2 < len(toks) and toks[j + 2].is_word and toks[j + 2].is_cap):
        return True  # "the Orvell Prize in Chemistry": a field, not "in Science Museum …"
    if low in ("or", "and") and nxt.lower in FIELDS and j >= 3 and toks[j - 1].lower in FIELDS \
            and toks[j - 2].lower == "in" and toks[j - 3].lower in lx.AWARD_HEADS:
        return True  # "the Orvell Prize in Botany or Zoology": two fields, one prize
    if low == "into":
        return inquiry_into(toks, j)
    return low in ("in", "at") and any(t.lower in lx.ORG_HEADS for t in toks[i:j]) \
        and not (j - i >= 3 and toks[j - 2].lower == "of") \
        and lx.REFERENCE_NOUNS.get(toks[j - 1].lower) != "organization" \
        and not sited_head(toks, j) and not _sited_field(toks, j) \
        and not placed_after(toks, j, stats, first=i)
    # not "… of Forestry in Kellholm", nor "the Quesswick Institute in Paris" (after the
    # organisation noun "in" gives its place: vaccine gained one institute, no other set
    # changed)


# the last words of a firm named for its partners ("Tallis, Orme & Company", "… & Sons")
_PARTNER_FIRMS = frozenset({"company", "co", "sons", "brothers", "partners"})
# the legal suffix that makes "A, B and C Ltd" one firm ("A, B and C" alone lists three)
_INCORPORATED = INCORPORATED


def partner_list(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True when the comma at ``j`` lists the partners of a firm's name: the run so far is
    capitalised single words between commas, and after the comma come more such words, "&"
    and a partnership's last word ("Pelmor, Tallis & Company", "Ada, Orme, Lind & Sons"). A
    list of names without "&" ("Pelmor, Tallis and Lind") is no firm, nor is a sentence's
    opening word capitalised only where it stands ("However, Pelmor & Sons": rev14f, the
    firm was lost with the adverb)."""
    if not all(t.text == "," if (n - i) % 2 else t.is_word and t.is_cap and not t.is_acronym
               for n, t in enumerate(toks[i:j], i)) or (j - i) % 2 == 0:
        return False  # one word, or words between commas, so far
    if toks[i].lower in lx.FRONTING or positional_capital(toks, i, stats):
        return False  # "However, …", "Today, …"
    k = j
    while k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].is_word \
            and toks[k + 1].is_cap and not toks[k + 1].is_acronym:
        if toks[k + 2].text == "&":
            last = toks[k + 3] if k + 3 < len(toks) else None
            return last is not None and (last.lower.rstrip(".") in _PARTNER_FIRMS
                                         or firm_apposed(toks, k + 4))
        if toks[k + 2].lower == "and" and k + 4 < len(toks):  # "A, B and C Ltd"
            last, suffix = toks[k + 3], toks[k + 4]
            return last.is_word and last.is_cap and suffix.lower.rstrip(".") in _INCORPORATED \
                and not any(t.base in stats.incorporated for t in toks[i:k + 2])
            # not when a partner is a firm of its own ("Harnett Ltd" too): a list of three
        k += 2
    return False


# the coordinators after a suspended hyphen in the languages firms' names are often written
# in; English "and", "or" only inside a name already begun ("between Tesk- and Orlan-on-Sea"
# are two towns)
_SUSPENDING = frozenset({"und", "oder", "en", "och", "og"})
_SUSPENDING_EN = frozenset({"and", "or"})


def _suspended(toks: list[Token], i: int, j: int) -> bool:
    """True for the hanging hyphen of a capitalised word, or the coordinator after it, when a
    capitalised hyphenated word follows ("Orsker Glas- und Varnholt-Werke"): one name whose
    first part leaves its second word to the last one."""
    k = j if toks[j].text == "-" else j - 1
    if not (0 < k < len(toks) - 2 and toks[k].text == "-" and toks[k - 1].is_word
            and toks[k - 1].is_cap and toks[k - 1].end == toks[k].start):
        return False
    after, word = toks[k + 2], toks[k + 1].lower
    return (word in _SUSPENDING or word in _SUSPENDING_EN and i < k - 1) \
        and after.is_word and after.is_cap and "-" in after.text


def _dated(toks: list[Token], k: int) -> bool:
    """True for a weekday, or a month before a number, at ``k``: "the Pelmor Report on
    Monday", "the Bulletin of March 1990" give a date, not the rest of a name (reviewed:
    both took it before this test)."""
    return toks[k].lower in lx.WEEKDAYS or toks[k].lower in lx.MONTHS \
        and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()


def _sited_field(toks: list[Token], j: int) -> bool:
    """True when "in" or "at" at ``j`` follows a field of study that ends the body's name and
    gives where the body is ("the Pelmor Institute for Marine Botany in Quenby"), where a
    field after "in" goes on ("the Pelmor Prize for Research in Botany")."""
    return toks[j - 1].lower in FIELDS and toks[j + 1].lower not in FIELDS
