"""References that a pair of kin nouns, a listed group or a maker's surname make.

Phrases that stand for an entity without being one of its names or a pronoun:

- "Father and son", "Husband and wife", "The couple", "The two brothers" … opening a
  sentence (or after a fronted year, "In 1936 the two men …", round 20): the two people the sentences just before name, when they name exactly two, the
  kin nouns agree with their gender and the sentence names neither; "The partners" only
  after a partnership the text showed (:func:`kin_pair`, :func:`pair_before`);
  a group of three to five ("The three shared …", "the authors' initials") is read by
  :mod:`kg.references.listed_people` when no kin pair opens the sentence;
- "a ⟨words⟩ ⟨noun⟩" made by a person ("In 1850 she designed a folding oak lamp"), the noun
  ending the phrase, when the text names a term "⟨the person's surname⟩ ⟨…⟩ ⟨noun⟩" ("the
  Tallis lamp", the surname capitalised) and no other person of that surname: that term
  (:func:`eponymous_object`).

Measured (round 13) over the 26 development sets and the probes: the figures are in
:mod:`kg.references.coref`. A kin pair's look-back stops at the first sentence naming two
people and takes nothing when the sentences passed name a third. Round 13 also read "the
⟨Word⟩ ⟨noun⟩" here ("the Pelmor works" for the one organisation whose name the word opens);
since the merge rules ``firm-name`` (:mod:`kg.merging.firm_names`) and ``name-head`` make such
phrases names of the organisation, matched before any reference, that reading added no
reference and changed no entity or mention on the 28 development sets and 24 probes, and was
removed (a second mechanism for what the merge does).

Review (rev13a), each with an invented case in another genre that was wrong before: kin nouns of the wrong gender ("Both men" after two women);
"The partners", "The brothers", which may be more than two (after three partners named,
and two of them again, they took those two; a firm "with forty partners" took its two
founders: now no third person in the look-back, and no count other than two of the noun
in the text; "hired Ruth Garvin as a clerk" took the employer and the clerk: now a firm
named for its partners was named, or one of the two went into business with another); a
possessive pronoun counted among the pair ("Her brother Osbert" made a couple of brother
and sister); a pair half named in its own sentence (took the other half); "designed a
lamp shade" (took the "… lamp"); a surname three people of a family share (the term named for one went to another's "a hunting knife"); a lowercase term
whose first word is a surname ("Ruth Crock … designed a tall clay jar" took the "crock
jar" kept for pickles: the term must write the surname capitalised). No reference and no
figure moved on the 26 development sets and the 22 probes.

Probe15: a month may stand before the fronted year ("In March 1949 the two men …",
:func:`_opener_end`). Blind laser probe: the two authors of a paper now take "the two men"
(relations at the evidence .70 → .80); measured with ``benchmarks/entities.py --held-out
--ours`` (30 development sets, 28 probes) and a dump of every entity, alias, type and
reference of the 59 articles before and after, nothing else moved.
"""

from __future__ import annotations

from kg.merging.forms import strip_possessive, top
from kg.references.compatibility import agrees
from kg.references.listed_people import listed_people
from kg.references.phrases import Context
from kg.references.subjects import subject
from kg.references.taught_phrases import stands_alone
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["eponymous_object", "kin_pair", "kind_tables", "named_kinds"]

_KIN = frozenset("father mother son daughter husband wife brother sister uncle nephew aunt "
                 "niece grandfather grandson partner".split())
_PAIR_NOUNS = frozenset("couple pair brothers sisters siblings twins partners".split())
_TWO_OF = frozenset("men women brothers sisters partners siblings".split())
_MAKING = frozenset("designed invented built devised developed patented constructed "
                    "created introduced".split())
_LOOK_BACK = 3  # sentences a kin pair reaches back over
# kin nouns that say a man or a woman; plurals that do not say two ("The brothers" may be three)
_MALE = frozenset("father son husband brother uncle nephew grandfather grandson men brothers"
                  .split())
_FEMALE = frozenset("mother daughter wife sister aunt niece women sisters".split())
_MAYBE_MORE = frozenset("brothers sisters siblings partners".split())
# the nouns that may stand for any trading organisation the word opens the name of, and the
# nouns of other kinds of body, whose names they do not stand for ("the Kessing council" is
# not "Kessing Brewery", "the Kessing firm" not "Kessing Town Council")
_POSSESSIVES = frozenset("his her its their".split())


def kind_tables(groups, kept, types: list[str]) -> dict[int, list[tuple[str, int]]]:
    """What :func:`named_kinds` looks up, built once per run.

    Args:
        groups: the groups (entities).
        kept: the kept forms by key.
        types: the type of each group.

    Returns:
        The ``terms`` of :func:`eponymous_object`.
    """
    surnames: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        if types[g] == "person":
            for k in group.keys:
                if len(k) > 1 and kept[k].is_name:
                    surnames.setdefault(k[-1], set()).add(g)
    surnames = {k: people for k, people in surnames.items() if len(people) == 1}
    terms: dict[int, list[tuple[str, int]]] = {}
    for g, group in enumerate(groups):
        if types[g] in ("person", "place", "organization", "date", "quantity"):
            continue
        for k in group.keys:  # written with the surname capitalised: not "a crock jar"
            named = len(k) > 1 and strip_possessive(top(kept[k]))[:1].isupper()
            for person in surnames.get(k[0], ()) if named else ():
                terms.setdefault(person, []).append((singular(k[-1]), g))
    return terms


def named_kinds(u: int, ctx: Context, terms: dict) -> list[tuple[int, int, int]]:
    """The references of sentence ``u`` that this module finds: ``(start, end, group)``."""
    tokens = ctx.units[u].tokens
    out: list[tuple[int, int, int]] = []
    at = _opener_end(tokens)
    n = kin_pair(tokens[at:])
    more = n == 2 and tokens[at].lower == "the" and tokens[at + 1].lower in _MAYBE_MORE
    pair = pair_before(ctx, more=more) if n else None
    named = {g for p, g in ctx.by_unit.get(u, []) if tokens[p].lower not in lx.PRONOUNS}
    words = [t.lower for t in tokens[at:at + n]]
    if pair and _fits_pair(pair, words, ctx) and not named & set(pair) \
            and not (more and _counted(tokens[at + 1].lower, ctx, u)) \
            and ("partners" not in words or _partnership(pair, ctx)):
        out += [(at, at + n, g) for g in pair]  # a pair the sentence names one of is no pair
    if not n:
        out += listed_people(u, ctx, at)  # "The three shared …", "the authors' initials"
    made = eponymous_object(tokens, subject(u, ctx), terms)
    return out + [made] if made else out


# prepositions that open a sentence's fronted date ("In 1936 the two men …")
_DATE_OPENERS = lx._words("in by after until from during")


def _opener_end(tokens) -> int:
    """Where the subject starts after a fronted year ("In 1936 the two men", "By 1950,"),
    a month before it too ("In March 1941 the two men", probe15), else 0 (round 20: the kin
    pair may follow it)."""
    k = 2 if len(tokens) > 3 and tokens[1].lower in lx.MONTHS else 1
    if len(tokens) > k + 1 and tokens[0].lower in _DATE_OPENERS and tokens[k].text.isdigit():
        return k + 2 if tokens[k + 1].text == "," else k + 1
    return 0


def kin_pair(tokens) -> int:
    """The number of tokens of a kin pair opening the sentence ("Father and son", "The
    couple", "The two brothers", "Both men"), else 0."""
    words = [t.lower for t in tokens[:5]] + ["", "", ""]
    if words[0] in _KIN and words[1] == "and" and words[2] in _KIN:
        n = 3
    elif words[0] == "the" and words[1] in _PAIR_NOUNS:
        n = 2
    elif words[0] == "the" and words[1] == "two" and words[2] in _TWO_OF:
        n = 3
    elif words[0] == "both" and words[1] in _TWO_OF:
        n = 2
    else:
        return 0
    return 0 if words[n] == "of" else n  # "The pair of lenses" is no two people


def pair_before(ctx: Context, *, more: bool = False) -> tuple[int, int] | None:
    """The two people the last sentences name: going back from the sentence before over at
    most :data:`_LOOK_BACK` sentences, up to the first one naming two people, when all of
    them together name exactly two. A possessive pronoun ("Her brother Osbert Vane") names
    no one of the pair. With ``more`` (a plural that does not say two, "The partners"),
    the sentences before that one, up to :data:`_LOOK_BACK` in all, name no third person."""
    people: list[int] = []
    pair = None
    for u in reversed(ctx.recent[-_LOOK_BACK:]):
        toks = ctx.units[u].tokens
        here = [g for p, g in ctx.by_unit.get(u, []) if ctx.types[g] == "person"
                and not _possessive_pronoun(toks, p)]
        people += [g for g in here if g not in people]
        if pair is None and len(set(here)) >= 2:
            if len(people) != 2:
                return None
            pair = (people[0], people[1])
            if not more:
                return pair
    return pair if pair and len(people) == 2 else None


def _possessive_pronoun(toks, p: int) -> bool:
    """True for "his", "their", or "her" before a noun, at ``p``."""
    low = toks[p].lower
    return low in _POSSESSIVES and (low != "her" or p + 1 < len(toks) and toks[p + 1].is_word
                                    and toks[p + 1].lower not in lx.STOPWORDS)


def _fits_pair(pair: tuple[int, int], words: list[str], ctx: Context) -> bool:
    """True when the kin words ("father", "son", "sisters", "men") agree with the two
    people's gender, in one order or the other ("Husband and wife")."""
    wants = [w for w in words if w in _MALE or w in _FEMALE]
    if len(wants) == 1:  # "The two brothers", "Both men": both of them
        wants *= 2
    said = ["he" if w in _MALE else "she" for w in wants]
    return not said or any(all(agrees(s, g, ctx) for s, g in zip(said, order))
                           for order in (pair, pair[::-1]))


def _partnership(pair: tuple[int, int], ctx: Context) -> bool:
    """True when the text showed a partnership for "The partners": one of the two went
    into business with another (:mod:`kg.references.partners`), or the document named a
    firm named for its partners before ("Lind & Skarn"); not "hired Ada Lind as a clerk"."""
    return any(g in ctx.partnered for g in pair) or any(
        ctx.types[h] == "organization" for h in ctx.partnered & ctx.seen)


def _counted(noun: str, ctx: Context, u: int) -> bool:
    """True when the text counted the plural noun in a number other than two before ("a
    firm with forty partners"): "The partners" are then those, not the two just named."""
    for v in [*ctx.history, u]:
        toks = ctx.units[v].tokens
        if any(t.lower == noun and k and toks[k - 1].lower not in ("two", "2")
               and (toks[k - 1].lower in lx.NUMBER_WORDS or toks[k - 1].text.isdigit())
               for k, t in enumerate(toks)):
            return True
    return False


def eponymous_object(tokens, maker: int | None, terms: dict[int, list[tuple[str, int]]]
                     ) -> tuple[int, int, int] | None:
    """The term an indefinite object of a making verb stands for.

    Args:
        tokens: the sentence's tokens.
        maker: the person the sentence's subject stands for, or None.
        terms: a person → ``(head noun, group)`` of the terms whose name opens with the
            person's surname (``("lamp", g)`` for "Tallis lamp" and Ruth Tallis).

    Returns:
        ``(start, end, group)`` for "a … ⟨noun⟩" right after the verb, at most three words
        before the noun, when the maker's surname names one term with that noun; else None.
    """
    if maker is None or maker not in terms:
        return None
    for k, tok in enumerate(tokens[:-1]):
        if tok.lower not in _MAKING or tokens[k + 1].lower not in ("a", "an"):
            continue
        for j in range(k + 2, min(k + 6, len(tokens))):
            if not tokens[j].text.replace("-", "").isalpha() or not tokens[j].text.islower():
                break
            fits = {g for noun, g in terms[maker] if noun == singular(tokens[j].lower)}
            if len(fits) == 1 and stands_alone(tokens, k + 1, width=j - k - 1):
                return k + 1, j + 1, fits.pop()  # not "a lamp shade"
    return None
