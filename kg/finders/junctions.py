"""Long organisation names that hold "and", "to" or a second "of": where a capitalised run
goes on past a word that usually ends a name.

English organisation names join capitalised words with "and" and "to" ("the Kessmark Roads
and Canals Survey", "the Association of Inland Pilots to Ferry and Lock Authorities"), but
so does any list or phrase ("Kessholm and Orlesby", "Smith and Jones", "sent to London").
:func:`joins` lets :func:`kg.finders.candidates.names` go on across "and" or "to" only when all of
these hold, in running text (a heading capitalises every word):

- the run is introduced by "the" (the article of one name, not of a list);
- what follows the junction is capitalised words (with "of", "for" …) ending in the head
  noun of an organisation ("Survey", "Authorities"), and what precedes it does not itself
  end in one ("the Kelby Council and Oskby Council" is two names);
- the two words either side of the junction are never capitalised elsewhere in the text
  but at such a junction: the pieces never occur alone (in a text where "Roads" and
  "Canals" only ever occur in "Roads and Canals"), where "Vienna" or "Smith" are named on
  their own; or an acronym stands in apposition to the whole run ("AIPA, the Association
  of Inland … and Lock Authorities", "the … (AIPA)"), which makes it one name however often
  its words occur elsewhere.

:func:`of_continues` lets a run go on with "of" after a word that is no head noun when the
run already joined a head noun to it ("the Joint Board for the Licensing of Ferry
Pilots": "Board for" makes "Licensing" part of the name).

Measured (``benchmarks/entities.py --held-out --ours``): plate_tectonics 2 pieces → 1 name
(a survey agency's name joined by "and"), lighthouse 3 nodes → 1 (an association's name
given with its acronym, whose gold name is now matched: recall .95 → 1.00; its pieces, one
word of the name and a heading term that only occurred inside it in running text, are
gone), vaccine one name completed (a commission's name with a second "of"); nothing else
moved on the 24 sets. Without the acronym apposition the last words of that association's
name stayed apart (the first of them is capitalised all over that text). Not done: adding
"survey" to :data:`kg.words.lexicon.ORG_HEADS` (it typed a telescope's sky survey as an
organisation; it is only a head here); accepting either piece unseen elsewhere instead of
both (not needed by any set, and looser).

Round 13's connectors ("in" before a field of study, a second "of", "in"/"at" and a place,
"into" after an inquiry noun) moved to :mod:`kg.finders.name_connectors` with their history (a
pure move, split16).

Probe15: a heading, which capitalises every word, is no evidence that a word stands alone: the
junction's two words are counted in running text only (``Stats.heading_caps``). On the blind
corrowin probe a section heading "Survey and …" had cut the firm's "X Tide and Survey
Company" in two, and "the firm" then went to a guild (the one conflation): the name is found
whole, its initials join it, no conflation, recall .84 → .90; measured with
``benchmarks/entities.py --held-out --ours`` (30 development sets, 28 probes) and a dump of
every entity, alias, type and reference of the 59 articles before and after, nothing else
moved.

diag15k (final13 kilogram diagnosis): "and" joins two capitalised words after a head noun and
its "of"/"for"/"on" when an acronym in brackets follows the second (:func:`head_pair`: "the
Bureau of Tolls and Dues (BTD)"), and "of" (or "for", "on"), an optional "the" and one
capitalised word go on a run whose initials the text writes as an acronym elsewhere
(:func:`abbreviated_of`: "the Grand Ledger of the Harbour" … "the GLH"). Measured with
``--held-out --ours`` (32 development sets, 28 probes) and a dump of every entity, alias and
reference of the 61 texts: kilogram_history_factual's prototype found whole (it was cut
before "of the" and its acronym a node of its own); one cut alias gone on the museum probe
("X Museum of Art" of "X Museum of Art and History (ACR)", no name of the text); nothing else
moved. Figures with the rest of diag15k in benchmarks/final13/kilogram_history_factual/DIAGNOSIS.md.
rev15k: :func:`head_pair` only when the acronym's letters begin the run's words ("the Bank of A and
B (NZ)" had made one bank of a bank and a place); no figure of the 32 sets and 28 probes moved.

diag16t (final16 typewriter diagnosis): "and" before a partnership's last word that ends the
run joins it (:func:`partners_last`: "E. Tesmond and Sons", not "Tesmond and his sons"; the
firm had been cut into a person "E. X" and an organisation "Sons", which took "The company" and
"Its"), and ", the firm" after "A, B & C" makes the partners' list one firm
(:func:`firm_apposed`, read by :func:`kg.finders.name_runs.partner_list`; not before a longer
phrase, "the house favourites"). measured with ``benchmarks/entities.py --held-out --ours`` (38
development sets, 34 probes) together with the other diag16t rules: factual_typewriter recall
.95 → 1.00, alias unity .65 → .80, types .65 → .70, relations .30 → .60 at the evidence and
anywhere, core nodes 77 → 73; dev means recall .986 → .987, unity .920 → .924, relations
.929/.934 → .937/.942, core nodes 2001 → 1997; probes unchanged; no other set moved.
diag16c (final16 invented_candle_soap_works): "the ⟨Town⟩ and ⟨Area⟩ ⟨Body⟩", with a town the
text names alone (so the left piece is seen elsewhere), was cut to its right piece.
Now one piece unseen elsewhere is enough when it is the right one and the left is a single
word right after "the" that the text also writes bare, with no article, as a town's name
(``Stats.bare``: "the Quellmarsh and Valley Bank" after "in Quellmarsh"; not "the Treasury
and Harbour Office" after "The Treasury refused"); where the right piece also
stands alone ("the final between the Orvell and Kelby Rovers Club", Kelby a town) nothing is
joined. Measured (``--held-out --ours``, 38 development sets, 34 probes, every entity and
reference of the 73 texts dumped before and after): only that set moved (recall .90 → .95;
with :func:`kg.references.compatibility.partnered`'s place guard, no conflation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.finders.firm_pairs import firm_pair, text_caps
from kg.words import lexicon as lx
from kg.words.kind_nouns import GATHERING_HEADS
from kg.words.tokens import Token, singular

if TYPE_CHECKING:
    from kg.finders.candidates import Stats

__all__ = [
    "JUNCTIONS",
    "PARTNERSHIP_KEYS",
    "abbreviated_of",
    "count_junctions",
    "firm_apposed",
    "head_pair",
    "is_head",
    "joins",
    "of_continues",
    "partners_last",
]

JUNCTIONS = frozenset({"and", "to"})
# head nouns of organisations; "survey" and "service" name agencies ("Ordnance Survey")
_ORG_HEADS = lx.ORG_HEADS | {"survey", "service"}
_STOPS = lx.ORG_HEADS | lx.DOCUMENT_HEADS
_LOOKAHEAD = 8  # tokens after the junction searched for the head noun


def _word(tok: Token) -> bool:
    return tok.is_word and tok.is_cap and tok.lower not in lx.STOPWORDS


def is_head(tok: Token, heads: frozenset[str]) -> bool:
    return tok.lower in heads or singular(tok.lower) in heads


def count_junctions(toks: list[Token], before, after) -> None:
    """Counts, for one unit, the capitalised words right before and right after "and" or
    "to" between two capitalised words (``before`` and ``after``: Counters by base form)."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower in JUNCTIONS and _word(toks[k - 1]) and _word(toks[k + 1]):
            before[toks[k - 1].base] += 1
            after[toks[k + 1].base] += 1


def _head_end(toks: list[Token], j: int) -> int | None:
    """The end of the capitalised words (and connectors) from ``j`` when they end in an
    organisation's head noun, else None."""
    last = None
    k = j
    while k < len(toks) and k - j < _LOOKAHEAD:
        tok = toks[k]
        if _word(tok):
            last = tok
        elif not (tok.lower in lx.NAME_CONNECTORS | JUNCTIONS | {"the"}
                  and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap):
            break
        k += 1
    return k if last is not None and is_head(last, _ORG_HEADS) else None


def _acronym_apposition(toks: list[Token], i: int, end: int) -> bool:
    """True when an acronym stands in apposition to the run ``toks[i:end]``: "AIPA, the
    Association of Inland …" or "the … Authorities (AIPA)"."""
    if i >= 3 and toks[i - 1].lower == "the" and toks[i - 2].text == "," \
            and toks[i - 3].is_acronym:
        return True
    return end + 1 < len(toks) and toks[end].text == "(" and toks[end + 1].is_acronym


def joins(toks: list[Token], i: int, j: int, stats: Stats, *, heading: bool) -> bool:
    """True when the junction ``toks[j]`` ("and", "to") joins the run ``toks[i:j]`` to the
    capitalised words after it (see the module docstring).

    Args:
        toks: the unit's tokens.
        i: the first token of the run (its "The" included).
        j: the junction's index.
        stats: the corpus' word evidence (``cap_count``, ``before_junction``,
            ``after_junction``).
        heading: True in a heading, where nothing is joined.

    Returns:
        Whether the run goes on.
    """
    if heading or toks[j].lower not in JUNCTIONS or j + 1 >= len(toks):
        return False
    if firm_pair(toks, i, j, stats):
        return True  # "Quenby and Tolliver, a London firm" (probe20; "Will" is a stopword too)
    left, right = toks[j - 1], toks[j + 1]
    if not (_word(left) and _word(right)) or is_head(left, _STOPS):
        return False
    if partners_last(toks, j):
        return True  # "Tesmond and Sons" (diag16t)
    introduced = toks[i].lower == "the" or i > 0 and toks[i - 1].lower == "the"
    if introduced and head_pair(toks, i, j):
        return True
    end = _head_end(toks, j + 1) if introduced else None
    if end is None:
        return False
    right_unseen = text_caps(stats, right) == stats.after_junction[right.base]
    return right_unseen and (text_caps(stats, left) == stats.before_junction[left.base]
                             or toks[j - 2].lower == "the" and left.base in stats.bare) \
        or _acronym_apposition(toks, i, end)


# a partnership's last word after "and" ("Tesmond and Sons", "Orlby and Company")
_PARTNERSHIP = frozenset({"sons", "brothers", "company", "co", "partners"})
# the same words as a matching key's (singular) last part, for the firm's type
PARTNERSHIP_KEYS = frozenset({"son", "brother", "company", "co", "partner"})


def partners_last(toks: list[Token], j: int) -> bool:
    """True when "and" at ``j`` is followed by a partnership's last word that ends the run
    ("E. Tesmond and Sons", "Orlby and Brothers"): the family firm's name, where "Tesmond and
    his sons" or "Sons and Daughters of …" are none."""
    k = j + 1
    return toks[j].lower == "and" and toks[k].lower.rstrip(".") in _PARTNERSHIP \
        and not (k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap)


# the apposed nouns that call "A, B & C" a firm ("…, the firm that …", diag16t)
_FIRM_APPOSED = frozenset({"firm", "company", "partnership", "house", "bank"})


def firm_apposed(toks: list[Token], k: int) -> bool:
    """True when ", the firm" (or company, partnership, house, bank) follows at ``k``: the
    partners' names before it are one firm's ("Yevra, Ostley & Tellmere, the firm that …")."""
    return k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "the" \
        and toks[k + 2].lower in _FIRM_APPOSED \
        and (k + 3 == len(toks) or not toks[k + 3].is_word or toks[k + 3].lower in lx.STOPWORDS)
    # not "Ada, Orla & Tessa, the house favourites": the noun heads a longer phrase


def head_pair(toks: list[Token], i: int, j: int) -> bool:
    """True when "and" at ``j`` joins two capitalised words after a head noun and its "of",
    "for" or "on", and an acronym in brackets follows the second ("the Bureau of Tolls and
    Dues (BTD)"): the acronym makes the whole run one name, where "the Bank of Quendrow and
    Pelmor agreed" names two."""
    if toks[j].lower != "and" or j - i < 3 or toks[j - 2].lower not in lx.NAME_GLUE \
            or not is_head(toks[j - 3], _PAIR_HEADS) or j + 1 >= len(toks):
        return False
    end = j + 2
    if end < len(toks) and toks[end].is_word and toks[end].is_cap or not _acronym_apposition(toks, i, end):
        return False
    acr = toks[end + 1].text if toks[end].text == "(" else toks[i - 3].text
    initials = {t.text[0].upper() for t in toks[i:end] if t.is_word}
    return all(c in initials for c in acr.upper() if c.isalpha())  # not "… and Quessar (NZ)" (rev15k)


# heads whose name may end "… of A and B": organisations and gatherings ("Conference on")
_PAIR_HEADS = _ORG_HEADS | GATHERING_HEADS


def abbreviated_of(toks: list[Token], first: int, j: int, stats: Stats) -> bool:
    """True when "of" (or "for", "on") at ``j``, an optional "the" and one capitalised word
    end a name whose initials the text writes as an acronym elsewhere ("the Grand Ledger of
    the Harbour" … "the GLH"): the acronym makes "Grand Ledger" and "Harbour" one name,
    where "the Grand Ledger of the Harbour" alone may be a book and a place."""
    if toks[j].lower not in lx.NAME_GLUE or j - first < 2 or not stats.acronyms:
        return False
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower == "the")
    if k >= len(toks) or not (toks[k].is_word and toks[k].is_cap) or toks[k].is_acronym \
            or k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap:
        return False
    words = toks[first:j] + [toks[k]]
    if not all(t.is_word and t.is_cap and not t.is_acronym for t in words):
        return False
    return "".join(t.text[0] for t in words).upper() in stats.acronyms


def of_continues(toks: list[Token], i: int, j: int) -> bool:
    """True when "of" at ``j`` goes on from a run that already joined a head noun to what
    follows it ("Board for the Licensing of …")."""
    if toks[j].lower != "of":
        return False
    return any(is_head(toks[k], _ORG_HEADS) and toks[k + 1].lower in lx.NAME_CONNECTORS
               for k in range(i, j - 1))
