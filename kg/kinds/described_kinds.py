"""The kind a common noun names ("compiler": product, "town": place, "manual": document), and
the descriptions that name a kind through one: "a … N known as / called X", "a new class of
N, the X", "X, a method of …". Read by :func:`kg.kinds.type_cues.context_cues` and
:func:`kg.kinds.entity_types.assign_types` (moved here from :mod:`kg.kinds.type_cues`, whose
cues and figures are listed in :mod:`kg.kinds.entity_types`).

kinds11 (fix 1 of benchmarks/final9/DIAGNOSIS.md): the nouns of a machine ("machine",
"apparatus": product) and a written rule or guide ("manual", "handbook", "ordinance", "decree",
"statute", "edict": document) type a name they describe, and "a/an ⟨words⟩ N known as / called
(the) X" types X by N (:func:`named_as`). Measured (``benchmarks/entities.py --held-out
--ours``, all 24 sets and the probes): type agreement enigma_codebreaking .55 → .70,
orvane_pneumatic_post .556 → .611, the hospital probe .737 → .789; no recall, alias, relation,
node or conflation figure of any set moved, and no other type figure. The two final9 sets were
read for the diagnosis, so their gains are not blind. Measured and taken back by the lead:
letting "building" head a description (:mod:`kg.kinds.description_heads` skips "-ing" words)
gave orvane_pneumatic_post's .556 → .611 but cost architect_bio a first place in graph-mode
search (R@1 .84 → .80), through the descriptions that references give queries
(:mod:`web.descriptions`); without it the types are enigma_codebreaking .55 → .70 (.75 with the
acronym fix), the hospital probe .737 → .789, and "building" in :data:`kg.kinds.noun_kinds.PLACE_NOUNS` types only
through the cues that read it. Not done: "carrier" (an airline, a vessel, a mail capsule: too
ambiguous to type), a definite "the N called X".

rel12: a lowercase term so named by a noun of a way of doing (:data:`_PROCESS_NOUNS`: "a
sorting technique known as street relay") is a technique (:func:`named_as_process`, read
by :func:`kg.kinds.entity_types.assign_types`), so that "The method" after it, and an "It"
after that, take it up (:func:`kg.references.way_nouns._named_technique`). Measured over
the 24 development sets and the 20 invented articles: one type changed (orvane_pneumatic_post,
concept → technique, type agreement .611 → .667), two references added, both right
(relations at the evidence .80 → .90 there); no other type, alias or reference moved.

Round 21: nouns of a preparation made and sold (:data:`_PREPARATION_NOUNS`: "X, a concentrated
bark extract", "a boot polish") are a product's: the tannery probe's extract was ``other``
(type agreement one item up); no entity of the other 52 sets changed type.

Round prec13, ninth rule: a post (:data:`kg.words.kind_nouns.ROLE_NOUNS` but "member" and
"leader", which a body or a firm is as often) describing a name types it a person as a trade
does ("X, the first secretary of the Vessick Institution",
:func:`kg.kinds.noun_kinds.kind_of_noun`). Measured: one node other → person (a
scientist on forecasting, right); no mention and nothing else moved on the 48 sets.

Probe15: "headland", "promontory" and "peninsula" are nouns of a place, and a definite
apposition of up to three lowercase words closed by a relative ("X, the granite headland that
marks …", :func:`relative_head`) names its head's kind, which :mod:`kg.kinds.type_cues` read
only when a mark closed the apposition within ten words; not after a sentence's opening
preposition ("Under X, the town that he loved …": the comma ends the fronted phrase). Blind
corrowin probe: a headland typed ``other`` before is a place (types .74 → .79); measured with
``benchmarks/entities.py --held-out --ours`` (30 development sets, 28 probes) and a dump of
every entity, alias, type and reference of the 59 articles before and after, nothing else
moved.

diag16z (final14 zipper diagnosis): "a/an N … known as / called (the) X" is read past Markdown
emphasis ("called the *X*") and through a relative clause ("designed a device for lacing
boots, which he called the *X*": :func:`_relative_antecedent`, N a kind's noun), and a
lowercase term takes that kind too (:func:`kind_said_before`, read by
:func:`kg.kinds.entity_types.assign_types`; it had read only "a new class of N, the X").
Measured (``--held-out --ours``, 34 development sets and 30 probes, every entity and
reference of the 64 texts dumped before and after): on zipper_factual two terms concept →
product (types .55 → .65), and, typed so, the opening "It" and the object "it" of the two
sentences after the device's naming take it up, and the opening "It" after the improved
version's (relations at the evidence .90 → 1.00); a wrong "It" (the fair where the device was
shown) and a wrong "his idea" (the improved version) went. Nothing else moved.
types17b: and through a contact clause, "a small engine she called the X" (no "which"):
harmonica probe, a coined instrument other → product; nothing else of the 66 texts moved.
Review rev16g: the relative clause's antecedent is the description's head
(:func:`kg.kinds.description_heads.head_after`), not the word after "a"; no set moved.
probe21a: and through a relative clause whose subject is a noun phrase, "called" or "came to
call" ("a ledger that the clerks came to call the X", :func:`_that_clause`), a book of record
(:data:`_RECORD_BOOKS`) a document there only. Blind sail loft probe: its named ledger other →
document (types one item up); nothing else of the 82 texts moved (every entity, type and
mention dumped). Rejected: "ledger" as a noun of a written work in every description
(:mod:`kg.kinds.noun_kinds`): a paper sold as "X Ledger" (papermill_invented) became a person.

probe21b: "She called her invention the X" ("called/named/dubbed/christened" and a possessive
before the noun) names the noun's kind too, "invention"/"creation"/"contraption" a product unless the
name ends in a noun of a kind ("her invention the X Method"): the bicycle probe's machine,
other → product (types .65 → .70); no other entity of the 82 texts changed type.

diag19a (final19 organ-builder diagnosis): "the" is read as a possessive is ("The makers
named the engine the X", the noun's kind), and "design"/"model" are made nouns ("called the
model the X", a product). The organ-builder set's named design other → product (types .45 →
.50 with the instrument nouns of :mod:`kg.kinds.noun_kinds`, .55 together); over the 84 texts
(every entity, type and mention dumped before and after) nothing else moved.
Review rev21h: "Critics called the design the X style" had typed "X style" a product (a concept
before): a lowercase noun after the name is its own head (:func:`_headed`), as a kind's noun
is. No figure of the 84 texts moved.
"""

from __future__ import annotations

# a possessive or (diag19a) "the" before the noun a naming verb names ("named the engine the X")
from kg.finders.title_openers import OBJECT_OPENERS as _NOUN_OPENERS
from kg.kinds.description_heads import INDEFINITE, descriptor_noun, head_after, past_parenthesis
from kg.kinds.noun_kinds import kind_of_noun
from kg.words import lexicon as lx
from kg.words.tokens import EMPHASIS_MARKS, Token

_MARKS = frozenset(EMPHASIS_MARKS)
# who names a thing in "…, which he called X"
_RELATIVE_SUBJECTS = frozenset({"he", "she", "they", "we"})

__all__ = [
    "described_as_process",
    "kind_said_before",
    "kind_set_before",
    "named_as",
    "named_as_process",
    "relative_head",
]

def named_as(toks: list[Token], start: int) -> str | None:
    """The kind named by "a/an ⟨lowercase words⟩ N known as / called X" before a mention
    (kinds11): N's kind, when "a"/"an" opens the run at most four words before N."""
    noun = _named_noun(toks, start)
    if noun in _MADE_NOUNS:  # "She called her invention the X" (probe21b), unless the name's
        return None if _headed(toks, start) else "product"  # own head says ("the X Method")
    return _kind(noun) if noun else None


# (probe21a) books of record, a document only where a text names one so ("a ledger that the
# clerks called the X"): as a noun of any description they typed a paper sold as "X Ledger"
_RECORD_BOOKS = frozenset({"ledger", "logbook", "daybook"})


def _kind(noun: str) -> str | None:
    """The kind of a noun that names a thing as :func:`named_as` reads it."""
    return "document" if noun in _RECORD_BOOKS else kind_of_noun(noun)


# what a maker calls what they made: "She called her invention the X" (probe21b); (diag19a)
# a maker's design or model: "The makers named the model the X", "called the engine the X"
_MADE_NOUNS = frozenset({"invention", "creation", "contraption", "design", "model"})
# naming verbs before a possessive and a noun: "She called her invention the X"
_OWN_NAMING = frozenset({"called", "named", "dubbed", "christened"})


def _headed(toks: list[Token], start: int) -> bool:
    """True when the capitalised run at ``start`` ends in a noun of a kind ("the Vesk Method")
    or (rev21h) a lowercase noun follows it, the name's own head ("called the design the X style")."""
    end = start
    while end < len(toks) and toks[end].is_word and toks[end].is_cap:
        end += 1
    return end > start and (kind_of_noun(toks[end - 1].lower) is not None or end < len(toks)
                            and descriptor_noun(toks[end].text))


def named_as_process(toks: list[Token], start: int) -> bool:
    """True when "a/an ⟨lowercase words⟩ N known as / called X" names a lowercase term X by
    a noun of a way of doing ("a sorting technique known as street relay"): a technique
    (rel12, see :mod:`kg.kinds.entity_types`)."""
    return _named_noun(toks, start) in _PROCESS_NOUNS


def _named_noun(toks: list[Token], start: int) -> str | None:
    """N of "a/an ⟨lowercase words⟩ N known as / called X" before ``start``, past Markdown
    emphasis ("called the *X*"), of "a/an N ⟨words⟩, which he called X" (diag16z), or of
    "a/an ⟨words⟩ N he called X" (types17b)."""
    while start >= 1 and toks[start - 1].text in _MARKS:
        start -= 1
    k = start - 2 if start >= 1 and toks[start - 1].lower == "the" else start - 1
    if k >= 1 and toks[k].lower == "as" and toks[k - 1].lower == "known":
        k -= 2
    elif k >= 0 and toks[k].lower == "called":
        k -= 1
    elif k >= 2 and toks[k].lower == "call" and toks[k - 1].lower == "to":
        k -= 2  # (probe21a) "a ledger that the clerks came to call the X"
    elif k >= 2 and toks[k].text.islower() and toks[k].is_word and toks[k - 1].lower in _NOUN_OPENERS \
            and toks[k - 2].lower in _OWN_NAMING:
        return toks[k].lower  # "She called her invention the X", "named her boat the X"
    else:
        return None
    that = _that_clause(toks, k)
    if that is not None:  # (probe21a) "a ledger that the clerks called the X"
        return _relative_antecedent(toks, that)
    if k >= 2 and toks[k].lower in _RELATIVE_SUBJECTS and toks[k - 1].lower == "which" \
            and toks[k - 2].text == ",":
        return _relative_antecedent(toks, k - 2)
    if k >= 2 and toks[k].lower in _RELATIVE_SUBJECTS and toks[k - 1].text.islower():
        k -= 1  # a contact clause (types17b): "a small engine she called the X"
    if k < 1 or not toks[k].is_word or not toks[k].text.islower():
        return None
    for d in range(k - 1, max(k - 5, -1), -1):
        if toks[d].lower in INDEFINITE:
            return toks[k].lower
        if not toks[d].is_word or not toks[d].text.islower():
            return None
    return None


def _that_clause(toks: list[Token], k: int) -> int | None:
    """Where "that" or "which" opens a relative clause ending at ``toks[k]``, its subject a
    noun phrase of at most four lowercase words ("a ledger that the clerks came to …"), not
    a pronoun (:func:`_named_noun` reads "which he called"); None otherwise (probe21a)."""
    for d in range(k, max(k - 5, 0), -1):
        if toks[d].lower in ("that", "which"):
            return d if d < k and toks[d + 1].lower not in _RELATIVE_SUBJECTS else None
        if not toks[d].is_word or not toks[d].text.islower():
            return None
    return None


def _relative_antecedent(toks: list[Token], comma: int) -> str | None:
    """N of "a/an ⟨words⟩ N ⟨lowercase words⟩" ending at ``comma`` ("designed a hinge for
    farm gates, which he called …"): the head of the description after the article (review
    rev16g: its first word before, "a small steam engine" read "small", "a machine shop"
    "machine"), when that is a kind's."""
    for d in range(comma - 1, max(comma - 8, 0), -1):
        if toks[d].lower in INDEFINITE:
            noun = head_after(toks, d + 1)
            return noun if noun and _kind(noun) else None
        if not toks[d].is_word or not toks[d].text.islower():
            return None
    return None


def kind_said_before(toks: list[Token], start: int) -> str | None:
    """The kind :func:`kind_set_before` reads before a mention, else the one :func:`named_as`
    reads ("an improved clasp called the *Q-drevin*": product; diag16z, for lowercase terms)."""
    return kind_set_before(toks, start) or named_as(toks, start)


def kind_set_before(toks: list[Token], start: int) -> str | None:
    """The kind an indefinite description set before "the" and the mention names: "produced
    a new class of lamp, the Pelmor burner" → product, for a name here and for a
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


# (probe15) relatives that close a definite apposition's description ("X, the granite headland
# that marks …"), and the openings of a fronted phrase whose comma ends it ("Under X, the
# town that he loved grew")
_RELATIVES = lx._words("that which where whose")
_FRONTING = lx._words("under with after before during without for in at by from")


def relative_head(toks: list[Token], end: int, *, roles: bool) -> str | None:
    """The kind named by a definite apposition of up to three lowercase words closed by a
    relative ("X, the granite headland that marks the western side of the bay"), when the
    sentence does not open with a preposition whose phrase the comma ends."""
    if toks[0].lower in _FRONTING and "," not in {t.text for t in toks[:end]}:
        return None
    for r in range(end + 3, min(end + 6, len(toks))):
        if toks[r].lower in _RELATIVES:
            words = toks[end + 2:r]
            if words and all(t.is_word and t.text.islower() for t in words):
                return kind_of_noun(toks[r - 1].lower, roles=roles)
            return None
    return None
