"""A plain "called it X" for :func:`kg.merging.nickname_calls.nicknames` (diag15o).

"call", "dub" and "nickname" took "… call it X" (X names the one thing the previous sentence
names); the plain past "called" did not, being too common a verb. diag15o takes it too, only
when the previous sentence gives that thing as its subject or as a name
(:func:`introduced`: "Its flakes were sold under the name X. Cooks called it Y") and nothing
else may be meant (:func:`called_elsewhere`: no thing named before "called" in its own
sentence, no description or pronoun for another thing in either sentence, Y no person).
After a sentence that opens with "It", "called it X" goes on with that "It" as "call it X"
does (:func:`kg.merging.nickname_calls._it_chain`), unguarded: no text holds the wording.

Measured (``benchmarks/entities.py --held-out --ours``, 32 development sets and 28 probes, and
a dump of every entity, alias and reference of all of them): final13 osterfell_saltworks alias
unity +.05 and relations +.10 at the evidence (a salt's nickname joined the salt, with
:func:`kg.kinds.naming_cues.stage_name` typing the salt a product);
nothing else moved. Without the guards, "called it" also joined a firm's founder to a place
(a final11 set: "He named the firm X, although the town called it <his name>'s") and a
firm's short name to the headland it was named from (a probe: "The firm drew its name from X
Head. Most buyers simply called it <X>"), a conflation each. :func:`called_elsewhere`
came first and stopped the first; :func:`introduced` stops both, and with it alone no figure
of the 60 texts differs. Both are kept: the first covers a previous sentence that opens with
the thing while its own sentence names another before "called" (invented test).

nick18: :func:`style_name` and :func:`object_it`, guards shared by
:func:`kg.merging.nickname_calls.nicknames` and :func:`kg.merging.name_changes.pronoun_renamings`
(figures there). rev18f: "till", "unless" and "lest" are conjunctions too (:data:`_CONJUNCTIONS`:
"The X Company sold stoves till it closed. Cooks called it the Old Firm" had lost the firm's
nickname; invented test); no figure moved.
"""

from __future__ import annotations

from kg.finders.gazetteer import Match
from kg.references.compatibility import THING_TYPES as _THINGS
from kg.words import lexicon as lx

__all__ = ["PLAINLY", "QUOTES", "called_elsewhere", "empty_it", "introduced", "object_it", "style_name",
           "whole_object"]

QUOTES = frozenset("“”\"‘’'")
# adverbs of plain use inside a naming cue ("simply called it X", "knew it simply as X")
PLAINLY = lx._words("simply just always only")


def called_elsewhere(named: list[Match], referred: set[int], i: int, new: int, types,
                     things: set[int]) -> bool:
    """True when "called it X" (the plain verb, diag15o) may name another thing than the one
    the previous sentence names: a thing is named before "called" in its own sentence ("He
    named the firm the X Company, although the town called it Y"), either sentence refers
    to a thing by a description or pronoun ("The firm drew its name from X Head. Customers
    called it Y": the firm, not the headland), or X names a person. "call", "dub" and
    "nickname" are rarer verbs of naming and keep the looser reading."""
    return types[new] == "person" or any(m.start < i and types[m.group] in _THINGS
                                         for m in named) \
        or bool({g for g in referred if types[g] in _THINGS} - things)


_NAMING_WORDS = lx._words("name names named called dubbed titled as")


def introduced(toks, named: list[Match], things: set[int]) -> bool:
    """True when the previous sentence names its one thing as its subject (the name opens
    it) or gives it as a name ("… were sold under the name X", "known as X"): what a plain
    "called it" most likely takes up (diag15o); not a name in a prepositional phrase
    ("The firm drew its name from X Head. Customers called it Y": the firm)."""
    for m in named:
        if m.group not in things:
            continue
        k = m.start - 1
        while k >= 0 and (toks[k].lower == "the" or toks[k].text in QUOTES):
            k -= 1
        if k < 0 or toks[k].lower in _NAMING_WORDS:
            return True
    return False


# nick18: the last word of a style's name ("Thurlock Modern", "Pellhaven Gothic")
_STYLE_WORDS = lx._words("modern moderne gothic baroque rococo revival classical romanesque deco "
                         "nouveau vernacular style")


def style_name(toks, start: int, end: int) -> bool:
    """True when the name ``toks[start:end]`` names a style or a doctrine, not one thing: its
    last word ends in "-ism" or is a word of style ("Critics called it Brutalism", "Its
    architects called it Thurlock Modern": a judgement of the building, no name of it; nick18)."""
    last = toks[end - 1].lower
    return end > start and (len(last) > 5 and last.endswith("ism") or last in _STYLE_WORDS)


# an "it" that stands for nothing, before a verb of weather or of report (rev18e: "In winter it
# snows on X", "It is said that … at X" are no "it" of the sentence's own)
_EMPTY_IT = lx._words("rain rains rained snow snows snowed seems seemed appears appeared said "
                      "thought believed rumoured")


def empty_it(toks, k: int) -> bool:
    """True when the "it" at ``k`` stands for nothing: a verb of weather or of report follows
    within three words ("In winter it often snows on X", "It is said that …"; rev18e)."""
    return bool(_EMPTY_IT & {w.lower for w in toks[k + 1:k + 4]})


# (rev18f) conjunctions that are no stopwords: "it" after them is a subject ("… till it closed")
_CONJUNCTIONS = lx._words("till unless lest")
_NO_VERBS = lx.STOPWORDS | _NAMING_WORDS | _CONJUNCTIONS  # words before an "it" that is no object


def object_it(toks, start: int = 1) -> bool:
    """True when the sentence ``toks`` holds "it" as the object of a verb from ``start`` on
    ("The Vennaby Company sold it widely"): a next sentence's "called it X" most likely takes
    up that "it", not the name the sentence gives (nick18); not "it" after a conjunction or a
    preposition ("… until it closed", "… till it closed": rev18f), nor an empty "it"
    (:func:`empty_it`: "In winter it snows on X", found by the merge of nick18 with rev18e)."""
    return any(toks[k].lower == "it" and toks[k - 1].is_word and toks[k - 1].text.islower()
               and toks[k - 1].lower not in _NO_VERBS and not empty_it(toks, k)
               for k in range(max(start, 1), len(toks)))


def whole_object(toks, end: int, closers=QUOTES) -> bool:
    """True when the clause's object ends with the name ending before ``toks[end]``: past
    ``closers`` (closing quotes; :mod:`kg.merging.pronoun_calls` adds emphasis marks), a mark,
    the end, or "after"/"for" ("named it X after …")."""
    while end < len(toks) and toks[end].text in closers:
        end += 1
    return end >= len(toks) or not toks[end].is_word or toks[end].lower in ("after", "for")

