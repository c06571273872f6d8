"""The head noun of a description: the grammar :mod:`kg.kinds.descriptors` and :mod:`kg.kinds.type_cues`
read a description by ("X, a small label that …", "X is a charity", "X was the regulator of …").

A description is a run of lowercase words after a determiner (:func:`determiner_end`), closed by
a mark, a preposition, a relative pronoun or a participle (:func:`run_after`); its head is the
run's last word, singular, when that can head a description (:func:`descriptor_noun`).
:func:`copula_head` reads "is/was (also) a/an …" after a mention; round 20: "then", "still",
"now", "once", "already" may stand where "also" does ("X was then a mill town"): over the
26 development sets and 22 invented articles one entity moved, a blind probe's town typed
"other" before and a place now (and "the town" then takes it, right); nothing else moved.

The head noun is the last word of the run of lowercase words after the determiner; a run
that ends in a generic adjective, an adverb or a number gives nothing. An "-ing" or "-ed"
word ends the run (a participle clause: "a company making chips") unless the word before it
is a hyphenated compound or has an adjective's ending ("a well-known surveying firm" →
"firm"; measured: only the bridges set moves, where it gives "firm" to the firm and, with the
described-noun rule of :mod:`kg.references.antecedents`, 15 right references).
Round 4: a capitalised word inside the run no longer ends it ("X, a retired Quesswick Court judge
who …" → "judge"), so "The judge" a few sentences on is X; measured over the 16
development sets and the invented articles: one reference added, right (fell_rescue
relations at the evidence 0.70 → 0.80); no entity, alias or other reference moves.
Round 16: a regular past participle with a preposition after it closes the run as the listed
participles do (a reduced relative: "X, a heavy isotope formed in the lower crust" →
"isotope"); measured over the 22 development sets and the invented articles: two references
added ("the isotope" on radiocarbon, right, though the isotope's alias there is still a
separate node, so no relation figure moves yet); no entity, type or other reference moved.
Rejected: the run of words up to a preposition as in :func:`kg.kinds.apposition_kinds.apposition_kind`
("a three-day folk festival held every June" gave "every"); an apposition with "the"
not closed by a mark or preposition ("Using these ropes, the riggers can …" gave "riggers"
to "ropes").

From :mod:`kg.kinds.entity_types` (the fronted description is :func:`fronted_noun`). Round 16 (measured over the 22 development sets and the 17 invented articles, type agreement
before → after): a name or term ending in a noun of an idea (:data:`kg.words.kind_nouns.IDEA_HEADS`:
"the Orvell effect", "the Tane–Vellam hypothesis", the noun in lowercase: "Quorrel Theory is a
rock band" is none, review of round 16) is a concept, not a person-shaped one;
"the [inland] town of X" takes the place cue "the city of X" took (the place nouns of
:mod:`kg.kinds.described_kinds` as well as place heads); and a description set before a name
between commas after a possessive or "the" ("the dealer's insurer, X,", "its lander, X,")
names its kind (a body, place, made thing, document or person; not after "of": "the head of the
laboratory, X,"; not "a …": "A second project, X," is no product). plate_tectonics .80 →
.85, brackwater_transit .75 → .80, quellbracke_perfumery .61 → .65, radiocarbon .54 → .57;
invented football .80 → .85, museum .80 → .85, probe .69 → .77, tramway .83 → .89; 12
nodes changed type, all right (five towns, a hypothesis, an effect, an insurer, a firm, a
team, a report, a lander); no recall, alias, conflation or relation figure fell. Rejected:
the fronted cue with any kind and with trade suffixes: "their own practice, X," made a firm a
concept, "his assistant, X," a person a product, "a fifth timekeeper, X," a model a person.
In review, not after a preposition opening the sentence either ("At the firm, X, then
thirty, rose fast" made a person an organisation), nor for an item of a list ("the museum,
X, and the old church" made a tower an organisation); no development figure moved.

Probe15: a description that opens the sentence and "was the" join its noun to the name after
it ("The firm's most profitable product was the X,", :func:`_copula_before`), which
:func:`fronted_noun` then reads as it reads "its own label, X,". Blind corrowin probe: the
firm's chart series, ``other`` before, is a product (types .79 → .84); measured with
``benchmarks/entities.py --held-out --ours`` (30 development sets, 28 probes) and a dump of
every entity, alias, type and reference of the 59 articles before and after, nothing else
moved.

Review of probe15: a subject or a relative in the opening description makes its last word
a verb ("The first thing he saw was the X" typed X a product by "saw"). No figure moved.

Review rev18a: a noun of land or water before "of" and a bare lowercase word heads no
description ("X, a steady stream of letters", :func:`kg.kinds.noun_kinds.land_quantity`);
figures in :mod:`kg.kinds.noun_kinds`. diag18a: "-ing" before "the", "how" … is a participle
(:func:`_reduced_relative`, "a booklet explaining how …"), not a noun (rev20g: contact_relative).
"""

from __future__ import annotations

from kg.kinds.noun_kinds import contact_relative, land_quantity
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["INDEFINITE", "as_noun", "copula_head", "descriptor_noun", "determiner_end",
           "fronted_noun", "head_after", "modified", "past_parenthesis", "run_after"]

INDEFINITE = frozenset({"a", "an"})
_COPULA = frozenset({"is", "was"})
_PLURAL_COPULA = frozenset({"are", "were"})  # only before "a form of", "a kind of"
# adverbs a copula may take before its description: "is also a …", "was then a mill town"
_COPULA_ADVERBS = frozenset({"also", "then", "still", "now", "once", "already"})
_RELATIVES = lx._words("that which who whose where when whom")
_PARTICIPLES = lx._words("held based run owned founded made known called named drawn written "
                         "given taken shown grown built set led kept paid sold told found "
                         "brought bought begun done seen chosen driven broken spoken")
_PREPOSITIONS = lx._words("of for in at on by from with to near since between among under")
_STOP_AFTER = _RELATIVES | _PARTICIPLES
_OBJECT_OPENERS = frozenset("the a an this these its his her their how what why whether".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ern", "ish", "less", "able",
                      "ible")
_MAX_RUN = 6
# nouns too general to stand for one thing when a text says "the N"
_LIGHT = lx._words("""
way ways kind sort type part lot set thing one result example means matter case issue question
reason fact area field point role source step piece variety range series form class level
amount deal end side body unit item number decision move change problem success failure
response answer approach view sense time place word name term member group world
""")


def descriptor_noun(word: str) -> bool:
    """A word that can head a description: lowercase letters (and hyphens), not a function
    word, generic adjective, adverb, participle, number or light noun ("way", "kind",
    "result": "X is a way to …" must not make every "the way" stand for X)."""
    return (word.replace("-", "").isalpha() and word.islower() and len(word) >= 3
            and word not in lx.STOPWORDS and word not in lx.GENERIC_MODIFIERS
            and word not in lx.PREDICATE_ADJECTIVES and word not in lx.COMMON_VERBS
            and word not in lx.NUMBER_WORDS and word not in lx.ORDINALS
            and word not in _LIGHT and not word.endswith(("ly", "ing", "ed")))


def head_after(toks, k: int) -> str | None:
    """The head noun of the lowercase run that starts at ``k``: its last word, when the run
    ends at a mark, a preposition, a relative pronoun or a participle; none for a quantity
    ("a steady stream of letters", :func:`kg.kinds.noun_kinds.land_quantity`)."""
    run = run_after(toks, k)
    if run and land_quantity(run[-1], [t.text for t in toks[k + len(run):k + len(run) + 2]], run[:-1]):
        return None  # (rev18a) "X, a steady stream of letters": a quantity, no place
    return as_noun(run[-1]) if run else None


def as_noun(word: str) -> str | None:
    """A run's last word, singular, when it can head a description."""
    head = singular(word)
    return head if descriptor_noun(head) else None


def modified(run: list[str]) -> str | None:
    """The run's last two words ("chief engineer", "head gardener") when the first is a
    lowercase word that may modify the head (no ordinal or number: "the first manager" may
    be another one; no adverb or superlative)."""
    if len(run) < 2 or not run[-2].isalpha() or not as_noun(run[-1]):
        return None
    mod = run[-2]
    if mod in lx.STOPWORDS or mod in lx.ORDINALS or mod in lx.NUMBER_WORDS \
            or mod.endswith(("ly", "est")):
        return None
    return f"{mod} {as_noun(run[-1])}"


def run_after(toks, k: int) -> list[str] | None:
    """The run of lowercase words that starts at ``k`` and ends at a mark, a preposition, a
    relative pronoun or a participle (None otherwise)."""
    run = []
    while k < len(toks) and len(run) < _MAX_RUN:
        tok = toks[k]
        if tok.is_word and tok.text[0].isupper() and not tok.possessive and k + 1 < len(toks) \
                and toks[k + 1].is_word:
            run.append(tok.lower)  # "a retired Quesswick Court judge": a name modifies the head
            k += 1
            continue
        if not tok.is_word or not tok.text[0].islower() or tok.lower in lx.STOPWORDS \
                or tok.lower in _STOP_AFTER or run and tok.lower.endswith(("ed", "ing")) \
                and not _modifier_before(run[-1]):
            break
        run.append(tok.lower)
        k += 1
    if not run or len(run) == _MAX_RUN:
        return None
    if k < len(toks) and toks[k].is_word and toks[k].lower not in _STOP_AFTER \
            and toks[k].lower not in _PREPOSITIONS and not _reduced_relative(toks, k):
        return None  # "Using these ropes, the riggers can …": a clause, not an apposition
    return run


def _reduced_relative(toks, k: int) -> bool:
    """True when the word at ``k`` is a past participle with a preposition after it, which
    opens a reduced relative clause after the run's head ("a heavy isotope formed in
    the lower crust", "a lamp designed by …"), as the closed list of participles does; not a
    short word or one in "-eed", nouns more often than verbs ("a garden shed in Harbridge", "a
    hardy breed from the hills"), whose run holds only a modifier."""
    word = toks[k].lower
    if word.endswith("ing") and len(word) > 5 and toks[k].text.islower() and k + 1 < len(toks) \
            and toks[k + 1].lower in _OBJECT_OPENERS and not contact_relative(toks, k + 1):
        return True
    return word.endswith("ed") and len(word) > 4 and not word.endswith("eed") \
        and toks[k].text.islower() and k + 1 < len(toks) and toks[k + 1].lower in _PREPOSITIONS


def _modifier_before(word: str) -> bool:
    """True for a word after which an "-ing"/"-ed" word still modifies the head ("a mid-sized
    surveying firm", "a small family-owned bakery"), not starts a participle clause ("a
    company making chips"): a hyphenated compound or a word with an adjective's ending."""
    return "-" in word or word.endswith(_ADJECTIVE_ENDINGS)


def past_parenthesis(toks, end: int) -> int:
    """Skips a short parenthesis right after a mention ("X (XYZ), the …")."""
    if end < len(toks) and toks[end].text == "(":
        close = next((k for k in range(end + 1, min(end + 5, len(toks)))
                      if toks[k].text == ")"), None)
        if close is not None and close + 1 < len(toks) and toks[close + 1].text == ",":
            return close + 1
    return end


def copula_head(toks, end: int, *, roles: bool = False) -> str | None:
    """The head noun of "is/was (also) a/an …" right after a mention ending at ``end``, or
    after a phrase between commas ("X is a seed-breeding company based in …", "X, known
    locally as Y, is a cable-car network …"), else None. With ``roles``, also "is the N"
    when N names a role or a kind of body ("X is the regulator of …", :func:`_role`). After
    "are/were" only "a form of N", "a kind of N" … describes, by N ("Glow-rays are a kind of
    radiation"); after "is/was" the sort noun itself does ("X is a species of moss": the
    species)."""
    if end < len(toks) and toks[end].text == ",":
        close = next((c for c in range(end + 1, min(end + 12, len(toks)))
                      if toks[c].text == ","), None)
        if close is not None and not any(t.lower in _COPULA for t in toks[end:close]):
            end = close + 1
    if end + 1 >= len(toks) or toks[end].lower not in _COPULA | _PLURAL_COPULA:
        return None
    k = end + 2 if toks[end + 1].lower in _COPULA_ADVERBS else end + 1
    plural = toks[end].lower in _PLURAL_COPULA
    if plural and not _sort_of(toks, k + 1):
        return None  # "Glow-rays are a kind of …", not "Ada and Ivo are …"
    definite = roles and k < len(toks) and toks[k].lower == "the"
    k = determiner_end(toks, k, INDEFINITE | {"the"} if roles else INDEFINITE)
    if k is not None and plural and _sort_of(toks, k):
        k += 2  # "X are a form of electromagnetic radiation": radiation
    head = head_after(toks, k) if k is not None else None
    return head if not definite or head and _role(head) else None


# the nouns of "a form of N", "a kind of N", which say X is an N
_SORT_OF = frozenset({"form", "kind", "type", "sort", "variety", "species", "class"})


def _sort_of(toks, k: int) -> bool:
    """True for "form of", "kind of" … at ``k``, a sort of the noun after it."""
    return k + 2 < len(toks) and toks[k].lower in _SORT_OF and toks[k + 1].lower == "of"


def _role(noun: str) -> bool:
    """True for a noun that names a role or a kind of body ("regulator", "operator",
    "agency"): what "X is the N" says X is ("is the largest of …" says no such thing)."""
    return noun in lx.REFERENCE_NOUNS or noun in lx.ORG_KIND_NOUNS or noun in lx.PERSON_NOUNS \
        or noun.endswith(lx.PERSON_SUFFIXES) and len(noun) > 5


def determiner_end(toks, k: int, allowed: frozenset) -> int | None:
    """The index after "a"/"an" (or the ``allowed`` determiners) at ``k``, skipping "one of
    the" ("X, one of the oldest …"), else None."""
    if k < len(toks) and toks[k].lower == "one" and k + 2 < len(toks) \
            and toks[k + 1].lower == "of" and toks[k + 2].lower in ("the", "its", "their"):
        return k + 3
    if k < len(toks) and toks[k].lower in allowed:
        return k + 1
    return None


_FRONT = lx._words("the its their his her our")


# a subject or a relative inside the opening description makes its last word a verb
_CLAUSE_OPENERS = lx._words("he she they we i it you that which who whom")


def _copula_before(toks, start: int) -> bool:
    """True when the sentence opens with a description whose noun "was the" joins to the name
    at ``start``: "The firm's most profitable product was the X", "Its first ship is the X"
    (a possessive or "the"/"its" … opening it, at most three words before the noun)."""
    if start < 4 or toks[start - 1].lower != "the" or toks[start - 2].lower not in ("was", "is"):
        return False
    noun = toks[start - 3]
    if not noun.is_word or not noun.text.islower() or noun.possessive:
        return False
    for k in range(start - 4, max(-1, start - 8), -1):
        if toks[k].lower in _FRONT or toks[k].possessive:
            return all(t.lower in _FRONT for t in toks[:k])
        if not toks[k].is_word or toks[k].lower in _CLAUSE_OPENERS:
            return False  # "The first thing he saw was the X": "saw" is a verb (review)
    return False


def fronted_noun(toks, start: int, end: int) -> str | None:
    """The noun of a description set before a name between commas, for its kind
    (:mod:`kg.kinds.type_cues`): "from the dealer's insurer, X,", "its own label, X." → "insurer",
    "label" (a determiner or a possessive at most four words before the noun, not after
    "of": "The head of the laboratory, X," is not the laboratory; nor after a preposition
    that opens the sentence: "At the firm, X, then thirty, …" says where X was, and X may
    be the subject; not "a …": "A second project, X," is one of a kind; a mark after the
    name, not ", and": "the museum, X, and the old church" is a list)."""
    if start < 3 or toks[start - 1].text != "," and not _copula_before(toks, start) \
            or end >= len(toks) or toks[end].text not in (",", ".", ";", ")"):
        return None
    if toks[start - 1].text != ",":  # "The firm's most profitable product was the X," (probe15)
        return toks[start - 3].lower
    if toks[end].text == "," and end + 1 < len(toks) and toks[end + 1].lower in ("and", "or"):
        return None  # "the museum, X, and the old church": a list, no apposition
    noun = toks[start - 2]
    if not noun.is_word or not noun.text.islower() or noun.possessive:
        return None
    for k in range(start - 3, max(-1, start - 7), -1):
        if toks[k].lower in _FRONT or toks[k].possessive:
            if k and toks[k - 1].lower == "of" or k == 1 and toks[0].lower in _PREPOSITIONS:
                return None
            return noun.lower
        if not toks[k].is_word:
            return None
    return None
