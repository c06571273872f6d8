"""Reference resolution: the sentences that name an entity only as "the company" or "it".

Conservative by design. A reference phrase is one of:

- a definite description: "the"/"this"/"that" and a singular lowercase noun that is a
  reference noun ("the company", "this framework", "the agency’s"), the head of a name in
  the document ("the union" after "Union of Coastal Ferry Operators") or a noun the text
  describes an entity by (:mod:`kg.descriptors`: "the label" after "X, a small label"),
  which must then stand alone: not after a copula ("is the form most …"), not before
  another noun ("the compiler toolkit");
- a lowercase tail of a name ("the mobility plan" for "Ostervale Mobility Plan") when only
  one name ends that way;
- a personal pronoun: "he", "she", "his", "her"; "it", "its"; "they", "their"; and "this"
  on its own before a verb ("This requires …").

What each stands for is chosen in :mod:`kg.antecedents`. "it" counts only as a subject (at the
start, after a fronted phrase: "Instead, it", "In 2019 it", "Built by X, it") or as a
possessive, and not where it is expletive ("it is easy to …"). A description followed by a
complement ("the foundation for …", "the company behind …") is not a reference. A list item
gets the named subject (first word) of the sentence that introduces the list ("It addresses
four risks:" → each item). In the later sentences of a list item that opens with a name ("**X**,
written by …"), "it" even as an object ("Y sold it") stands for that name, as does an "it"
or "its" nothing else resolves. No reference is added where the sentence names the entity
literally.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg import lexicon as lx
from kg.antecedents import WINDOW, antecedent, clause_start
from kg.candidates import Unit
from kg.canonical import Form, Group, head_of
from kg.descriptors import Descriptions
from kg.gazetteer import Match
from kg.phrases import Context, Phrase
from kg.tokens import singular

_DEFINITE = frozenset({"the", "this", "that"})
_PERSONAL = {"he": "person", "she": "person", "him": "person", "his": "person",
             "her": "person", "it": "thing", "its": "thing", "they": "plural",
             "their": "plural"}
_NAMED = frozenset({"organization", "product", "document", "person", "other"})
_COMPLEMENT = lx._words("of for to behind that which who whose between like")
_BE = lx._words("is was 's seems seemed appears appeared becomes became remains be "
                "could would might may will can should must")
_EXPLETIVE_TAIL = lx._words("to that whether if")
_SUBJECT_ONLY = frozenset({"it", "they", "this"})
_PREPOSITIONS = lx._words("on in at of for with from to by near along into across")


def _expletive(tokens, i: int) -> bool:
    """True for a dummy "it" ("it is easy to …", "it could become harder to …")."""
    if tokens[i].lower != "it":
        return False
    nxt = [t.lower for t in tokens[i + 1:i + 7]]
    return bool(nxt) and nxt[0] in _BE and any(w in _EXPLETIVE_TAIL for w in nxt[1:])


def _subject_position(toks, i: int) -> bool:
    """True where a word opens the main clause: at the start, or after a fronted adverbial
    phrase, closed by a comma ("Instead, it", "Built for ESA by Airbus, it") or short and
    prepositional ("In 2019 it")."""
    if not any(t.is_word for t in toks[:i]):
        return True
    return clause_start(toks) == i or (
        toks[0].lower in lx.FRONTING and i <= 4 and all(t.is_word for t in toks[:i]))


def _noun_follows(toks, k: int) -> bool:
    """True when the word after "the N" (at ``k``) is another noun that N only modifies
    ("the university campus opened", "that board elections were"): a noun-like word followed
    by a verb or a mark. "the bank grew", "the board appoints the …" are not."""
    tok = toks[k]
    low = tok.lower
    if not tok.is_word or not tok.text[0].islower() or low in lx.STOPWORDS:
        return False
    if low in lx.COMMON_VERBS or low in lx.PAST_VERBS or low in _BE \
            or low.endswith(("ed", "ly", "ing")):
        return False
    if k + 1 == len(toks) or not toks[k + 1].is_word:
        return True
    nxt = toks[k + 1].lower
    if nxt in _PREPOSITIONS:  # "the university campus on …", but "the framework applies to …"
        return singular(low) == low
    return nxt in _BE or nxt in lx.COMMON_VERBS or nxt in lx.PAST_VERBS or nxt.endswith("ed")


def _phrases(unit: Unit, covered: set[int], heads: set[str], tails: dict, *,
             item: bool = False, learned: frozenset = frozenset()) -> list[Phrase]:
    """The reference phrases of one unit, in order (``item``: inside a list item that opens
    with a name, where an object "it" is that name; ``learned``: descriptor nouns that head
    no name, which must stand alone, see :func:`_stands_alone`)."""
    toks, out = unit.tokens, []
    for i, tok in enumerate(toks):
        if i in covered:
            continue
        low = tok.lower
        if low in _DEFINITE and i + 1 < len(toks) and toks[i + 1].text[0].islower():
            tail = _tail(toks, i, covered, tails) if low == "the" else None
            if tail:
                out.append(tail)
                continue
            noun = toks[i + 1].lower
            kind = lx.REFERENCE_NOUNS.get(noun) or ("head" if noun in heads and low != "that"
                                                     else None)
            follower = toks[i + 2] if i + 2 < len(toks) else None
            if kind == "head" and noun in learned and not _stands_alone(toks, i):
                continue
            if kind and singular(noun) == noun and i + 1 not in covered and not (
                    follower and follower.is_word and not toks[i + 1].possessive and (
                        follower.text[0].isupper()
                        or follower.lower in _COMPLEMENT or _noun_follows(toks, i + 2))):
                out.append(Phrase(i, i + 2, kind, noun, _subject_position(toks, i)))
            elif low == "this" and noun in lx.COMMON_VERBS and _subject_position(toks, i):
                out.append(Phrase(i, i + 1, "bare", None, True))
        elif low in _PERSONAL and tok.text.lower() in (low, low + "'s") and not _expletive(toks, i):
            subject = _subject_position(toks, i)
            if low in _SUBJECT_ONLY and not subject:
                if item and low == "it":
                    out.append(Phrase(i, i + 1, "item", None, False))
                continue
            out.append(Phrase(i, i + 1, _PERSONAL[low], None, subject))
    return out


def _stands_alone(toks, i: int) -> bool:
    """For a descriptor noun the text taught ("the label" after "X, a small label"): the
    description is the subject or object itself, not a predicate ("is the form most …") nor
    a modifier ("the compiler toolkit"): no copula before it, and after it a mark, a
    possessive, a function word, a verb or an adverb ("the probe finally launched"), or a
    word followed by a number or "a"/"an", which makes it a verb ("the network cost €480
    million")."""
    noun = toks[i + 1]
    if noun.possessive:
        return True  # "became the ensemble’s advocate"
    if i and toks[i - 1].lower in _BE:
        return False
    if i + 2 == len(toks):
        return True
    nxt = toks[i + 2]
    low = nxt.lower
    after = toks[i + 3] if i + 3 < len(toks) else None
    return not nxt.is_word or low in lx.STOPWORDS or low in lx.COMMON_VERBS \
        or low in lx.PAST_VERBS or low.endswith(("ed", "es", "ly")) or (
            low.endswith("s") and not low.endswith("ss")) or after is not None and (
            after.text[0].isdigit() or after.text[0] in "$€£¥" or after.lower in ("a", "an"))


def _tail(toks, i: int, covered: set[int], tails: dict) -> Phrase | None:
    """"the mobility plan": lowercase words after "the" that end exactly one name."""
    for n in (4, 3, 2):
        words = toks[i + 1:i + 1 + n]
        if len(words) == n and all(t.is_word and t.text.islower() for t in words) and \
                singular(words[-1].lower) == words[-1].lower and \
                not covered & set(range(i + 1, i + 1 + n)):
            key = tuple(t.lower for t in words[:-1]) + (singular(words[-1].lower),)
            if key in tails:
                return Phrase(i, i + 1 + n, "tail", key[-1], False, tails[key])
    return None


def name_heads(groups: list[Group], kept: dict[tuple, Form]):
    """The head nouns of every group's multiword names, and the lowercase name tails.

    Args:
        groups: the entity groups.
        kept: their forms by key.

    Returns:
        Per group, the set of its names' heads ("union"); and a map from each tail of
        a name of three words or more ("mobility plan") that only one group's names end
        with to that group.
    """
    heads = [{head_of(k) for k in g.keys if len(k) > 1 and kept[k].is_name} for g in groups]
    owners: dict[tuple, set[int]] = defaultdict(set)
    for gi, g in enumerate(groups):
        for k in g.keys:
            if kept[k].is_name and len(k) >= 3:
                for n in range(2, len(k)):
                    if k[-n] not in lx.STOPWORDS and k[-n] not in lx.NAME_CONNECTORS:
                        owners[k[-n:]].add(gi)
    tails = {t: next(iter(gs)) for t, gs in owners.items() if len(gs) == 1 and t not in kept}
    return heads, tails


def _plural_terms(groups: list[Group], kept: dict[tuple, Form]) -> set[int]:
    """Groups usually written as a plural term ("language models")."""
    out = set()
    for gi, g in enumerate(groups):
        spellings = Counter()
        for k in g.keys:
            if not kept[k].is_name:
                for s, n in kept[k].surfaces.items():
                    spellings[s.split()[-1].casefold() != k[-1]] += n
        if spellings and spellings[True] > spellings[False]:
            out.add(gi)
    return out


def resolve_references(units: list[Unit], matches: list[Match], types: list[str],
                       groups: list[Group], kept: dict[tuple, Form], *,
                       described: Descriptions | None = None) -> list[tuple]:
    """Finds the reference mentions of every sentence.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences.
        types: the type of each group.
        groups: the groups (entities).
        kept: the kept forms by key.
        described: the descriptor nouns the text gives each group ("X, a small label"),
            which stand for it as the head of its name does (:mod:`kg.descriptors`); a
            reference noun ("company") among them is left to the type rules.

    Returns:
        ``(group, sentence index, surface, char_start, char_end, how)`` tuples, where
        ``how`` is ``head`` or ``tail`` when the phrase's noun is the head of the entity's
        name or the phrase is a tail of it ("the union", "the mobility plan"), else
        ``context``.
    """
    heads, tails = name_heads(groups, kept)
    found = described.nouns if described else [set() for _ in groups]
    known = [h | {n for n in d if n not in lx.REFERENCE_NOUNS} for h, d in zip(heads, found)]
    every_head = set().union(*known) if known else set()
    learned = frozenset(every_head - set().union(*heads)) if heads else frozenset()
    by_unit: dict[int, list[tuple[int, int]]] = defaultdict(list)
    covered: dict[int, set[int]] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    possessive: set[tuple[int, int]] = set()
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        by_unit[m.unit].append((m.start, m.group))
        covered[m.unit].update(range(m.start, m.end))
        if units[m.unit].tokens[m.end - 1].possessive:
            possessive.add((m.unit, m.start))
        if not units[m.unit].heading:
            counts[units[m.unit].doc][m.group] += 1
    words: dict[str, Counter] = defaultdict(Counter)
    for u, unit in enumerate(units):
        words[unit.doc].update(t.lower for t in unit.tokens if t.is_word and t.text.islower())
    term_heads = [{singular(k[-1]) for k in g.keys if len(k) > 1 and not kept[k].is_name}
                  for g in groups]
    ctx = Context(types, known, term_heads, _plural_terms(groups, kept), by_unit, possessive,
                  units=units, introduced=described.introduced if described else {},
                  described={g: d - heads[g] for g, d in enumerate(found) if d - heads[g]})
    out: list[tuple] = []
    lead = label = None
    for u, unit in enumerate(units):
        if u and units[u - 1].doc != unit.doc:
            ctx.recent, ctx.history, ctx.heading, lead = [], [], None, None
        ctx.counts, ctx.words = counts[unit.doc], words[unit.doc]
        if unit.heading:
            ctx.heading, ctx.section_start = u, True
            continue
        literal = {g for _s, g in by_unit[u]}
        label = _item_label(units, u, by_unit, types, label)
        for phrase in _phrases(unit, covered[u], every_head, tails, item=label is not None,
                               learned=learned):
            g = label if phrase.kind == "item" else antecedent(u, phrase, unit.tokens, ctx)
            if g is None and phrase.kind == "thing" and label is not None \
                    and types[label] in _NAMED and types[label] != "person":
                g = label
            if g is None or g in literal:
                continue
            toks = unit.tokens
            by_unit[u].append((phrase.start, g))
            by_unit[u].sort()
            if toks[phrase.end - 1].possessive:
                possessive.add((u, phrase.start))
            literal.add(g)
            how = "tail" if phrase.group is not None else (
                "head" if phrase.noun and phrase.noun in heads[g] else "context")
            out.append((g, unit.sentence, " ".join(t.text for t in toks[phrase.start:phrase.end]),
                        toks[phrase.start].start, toks[phrase.end - 1].end, how))
        lead = _list_lead(unit, u, by_unit, lead, types, literal, out)
        ctx.recent = (ctx.recent + [u])[-WINDOW:]
        ctx.history.append(u)
        ctx.section_start = False
    return out


def _item_label(units, u, by_unit, types, label):
    """The name a list item opens with ("**X**, written by …"), kept for its later sentences;
    None outside list items (and in items that open otherwise)."""
    unit = units[u]
    if not unit.list_item:
        return None
    toks = unit.tokens
    opens = u == 0 or not units[u - 1].list_item or (toks and toks[0].text in "*_")
    if not opens:
        return label
    first = [(p, g) for p, g in by_unit[u] if p <= 2 and types[g] in _NAMED]
    return first[0][1] if first and toks and toks[0].text in "*_" else None


def _list_lead(unit, u, by_unit, lead, types, literal, out):
    """Carries the subject of a sentence ending in ":" into the list items after it."""
    toks = unit.tokens
    if unit.list_item and lead is not None:
        g, surface, start, end = lead
        if g not in literal:
            out.append((g, unit.sentence, surface, start, end, "context"))
        return lead
    if toks and toks[-1].text == ":":
        subject = [(p, g) for p, g in by_unit[u] if p == 0 and types[g] in _NAMED]
        if subject:
            p, g = subject[0]
            return g, toks[p].text, toks[p].start, toks[p].end
    return None
