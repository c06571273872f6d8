"""Cues that a name is the title of a written work (a document): set between commas after a
phrase headed by a noun of a written work ("His second novel, The Larch Lantern, was …",
"wrote the official guide, Ostlake Walks, in 1990"), or written after "titled" or
"entitled" ("Her daybook, which she titled the Quellin Book, …", "a patent titled "X"").
Read by :func:`kg.kinds.type_cues.context_cues`.

types17 (issue 3, item 3; docs/TYPE_MISSES.md): titles typed ``other`` (or by a word of the
title: a place by "… Islands", a person by its shape) recur on 18 of the 64 texts, the most
of any family a cue can reach. :func:`kg.kinds.description_heads.fronted_noun` reads "its own
label, X," for every kind, but not a title opening with "the" ("the society's guide, the
X Handbook,"), nor a noun a few words before the comma ("the first biography of her father,
The X,"), nor before a year in brackets ("His memoir, X (1989),"). This cue does, for written
works only: the noun at most five words before the comma, its phrase opened by a determiner or
a possessive and not by a preposition that frames the clause ("In her memoir, X, then eighty,
recalled …" names the writer).

Measured (``--held-out --ours``, every entity, alias and reference of the 64 texts dumped
before and after): type agreement architect_bio .80 → .85, fell_rescue .75 → .80,
orvane_pneumatic_post .83 → .89, zipper_factual .70 → .75, and on the probes bellfoundry .61
→ .67, enzyme .92 → .96, lawsuit .81 → .86, library .80 → .87, railway .74 → .79; ten nodes
retyped, all right (nine titles other or person → document, and a memoir's title merged
with a lowercase phrase, place → document). References: on fell_rescue "The
document" and the "It" after it (with the list items it leads) now take the articles of
association (right); on the bellfoundry probe one right "its" after a person's sentence is
lost, as :func:`kg.references.it_objects._only_thing` takes an organisation, a product or an
untyped name only. Tried and taken back: letting it take a document too, which gave that
"its" back but added two wrong references on ropewalk_invented (an "its" for yarn, and "the
standard" for a set of journals). No recall, alias, conflation or relation figure moved.

Review rev17b: the cue also typed an apposition to the noun's object ("a history of his home
town, Quessby,": the town; "the first biography of her mother, X,": the mother), a subject
after a fronted clause ("When he finished the book, X, then eighty, moved"; "According to the
report, X, the mayor, …") and a name after "titled" as a rank ("a daughter of the titled X").
Now a preposition between the noun and the comma stops it unless the title opens with a
capital "The" (the two such titles on the 64 texts keep their type; without that exception
architect_bio fell .85 → .80 and orvane_pneumatic_post .89 → .83), a word that opens a
fronted clause before the phrase stops it, and "titled" after a determiner or a possessive is
no verb. Measured: no figure moved on any set.

types18 (docs/TYPE_MISSES.md, family W: a title typed a place or ``other``): a capital "A"
or "An" that does not open the sentence, right before a name of two words or more, is a
title's first word (:func:`article_title`, document +4, over the 3 its head noun gives "…
Islands"); it reads the titles that an "of" between the work's noun and the comma keeps from
:func:`work_apposed` ("an account of the crossing, A …") and those after "as" that
:mod:`kg.kinds.naming_cues` misses because the article stands between ("published … as A
…"). Every gold name of the 68 texts that opens with "A"/"An" is a document (5 of 5; two were
typed otherwise). Not after a capitalised word ("Grade A …"), a quote or a colon (a sentence
may open there). Measured (``--held-out --ours``, 36 development sets, 32 probes; every
entity, alias and type dumped before and after): probes bellfoundry .722 → .778 (other →
document), kessary .812 → .875 (place → document; the next sentence's "The book" and the
"It" after it now take the title, both right: references of the 68 texts dumped before and
after, nothing else moved); two nodes moved, both right; no other figure moved.

Review rev18a: a capital "An" before a word opened by a consonant other than "h" is another
language's article ("joined An Quessa Teoranta", an Irish body's name), not a title's; and a
name before a lowercase noun leaves the capital article to the noun ("and A Quessary Haulage
lorry later hit her car", asked in :func:`kg.kinds.type_cues.context_cues`). Both typed a
firm a document. Measured: no figure of any set moved; every entity, alias and type of the
68 texts dumped before and after is identical. Left: "passed A Level Chemistry" (a
qualification written as a title is; no cue tells them apart).
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["article_title", "titled_before", "work_apposed"]

# nouns of a written work whose title may be set beside them (general English)
WORK_NOUNS = lx._words("""
book novel memoir biography autobiography history account chronicle treatise monograph essay
pamphlet manual handbook guide dictionary glossary anthology diary journal textbook
documentation report
""")
_OPENERS = lx.DETERMINERS | lx._words("his her their its my our your")
_FRAMES = lx._words("in on at by during throughout within from for with through after before")
_QUOTES = frozenset('"“”‘’\'')
_CLOSERS = frozenset(",.;:()")
_TITLING = lx._words("titled entitled retitled subtitled")
# (review rev17b) words that open a clause before the main one: "When he finished the book,
# X, then eighty, moved", "According to the report, X, the mayor, had resigned"
_SUBORDINATORS = lx._words("when while once since although though if because until unless "
                           "whereas according")
# a preposition between the noun and the comma makes the name its object's apposition: "a
# history of his home town, X,", "sent the book to her editor, X,"
_LINKS = _FRAMES | lx._words("of to about into")


def _past(toks: list[Token], k: int, skip: frozenset) -> int:
    """``k`` moved back over the tokens in ``skip`` before it."""
    while k > 0 and toks[k - 1].text in skip:
        k -= 1
    return k


def work_apposed(toks: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is set between commas after a phrase headed by a
    noun of a written work ("Her first novel, The Quarry Lantern, sold"), a mark closing it."""
    k = _past(toks, start, MARKS | _QUOTES)
    if k > 0 and toks[k - 1].lower == "the":
        k -= 1
    e = end
    while e < len(toks) and toks[e].text in MARKS | _QUOTES:
        e += 1
    if k < 3 or toks[k - 1].text != "," or e < len(toks) and toks[e].text not in _CLOSERS:
        return False
    # past a preposition only a title opened by a capital "The" ("a biography of her father,
    # The Salt Ledger,"): else the name is the object's ("of his home town, Quessby,")
    links = frozenset() if toks[k].text == "The" else _LINKS
    for j in range(k - 2, max(k - 7, -1), -1):
        t = toks[j]
        if not t.is_word or not t.text.islower() and not t.possessive or t.lower in links:
            return False
        if singular(t.lower) in WORK_NOUNS:
            return _opened(toks, j)
    return False


def _opened(toks: list[Token], noun: int) -> bool:
    """True when a determiner or a possessive opens the phrase of the noun at ``noun``
    within four words, and no framing preposition stands before it ("In his book, …") nor a
    word that opens a clause before the main one ("When he finished the book, …")."""
    for j in range(noun - 1, max(noun - 5, -1), -1):
        if toks[j].lower in _OPENERS or toks[j].possessive:
            return not (j > 0 and toks[j - 1].lower in _FRAMES) and not _in_fronted_clause(toks, j)
        if not toks[j].is_word:
            return False
    return False


def _in_fronted_clause(toks: list[Token], k: int) -> bool:
    """True when a word that opens a fronted clause stands before ``k`` in its clause."""
    while k > 0 and toks[k - 1].is_word:
        k -= 1
        if toks[k].lower in _SUBORDINATORS | _FRAMES:
            return True
    return False


def titled_before(toks: list[Token], start: int) -> bool:
    """True when "titled" or "entitled" stands before the name ("which she titled the X",
    "a patent titled "X""), past quotes, emphasis and "the"."""
    k = _past(toks, start, MARKS | _QUOTES)
    if k > 0 and toks[k - 1].lower == "the":
        k = _past(toks, k - 1, MARKS | _QUOTES)
    # not "titled" as an adjective of rank (review rev17b): "a daughter of the titled X"
    return k > 0 and toks[k - 1].lower in _TITLING \
        and not (k > 1 and (toks[k - 2].lower in _OPENERS or toks[k - 2].possessive))


# (types18) what may stand before a title's capital "A"/"An" mid-sentence: a lowercase word
# ("printed the results as A …") or the comma of an apposition ("her log, A …")
_BEFORE_ARTICLE = frozenset({",", "(", "—", "–"})
# (rev18a) the letters a word may open with after an English "an" ("An Account", "An Honest
# …"); before any other, "An" is another language's article ("An Quessa Teoranta")
_AN_INITIALS = frozenset("AEIOUHaeiouh")


def article_title(toks: list[Token], start: int, end: int) -> bool:
    """True when a capital "A" or "An" stands right before a name of two words or more and
    does not open the sentence ("she printed the results as A Census of Orm Chimes", "her
    log, A Passage to Quessary Bay, was …"): within a sentence, an indefinite
    article written with a capital is a title's first word. Not after a capitalised word
    ("Grade A Quessary Farms", "Vitamin A Trust"), a quote or a colon, after which a
    sentence may open ("she wrote: "A Quessary Ferry …""), nor a capital "An" before a
    word that no English "an" stands before (one opened by a consonant other than "h": the
    Irish article of a body's name, "joined An Quessa Teoranta"). Not read here: a name
    before a lowercase noun, whose article is the noun's ("and A Quessary Haulage lorry hit
    …"; :func:`kg.kinds.type_cues.context_cues` asks that)."""
    k = _past(toks, start, MARKS | _QUOTES)
    if end - start < 2 or k < 2 or toks[k - 1].text not in ("A", "An"):
        return False
    first = next((t.text for t in toks[start:end] if t.is_word), "")
    if toks[k - 1].text == "An" and first[:1] not in _AN_INITIALS:
        return False  # (rev18a) "worked for An Quessa Teoranta": no English "an"
    j = _past(toks, k - 1, MARKS)  # "as *A Census …*": the emphasis opens before the article
    if j < 1:
        return False
    prev = toks[j - 1]
    return prev.text in _BEFORE_ARTICLE or prev.is_word and prev.text.islower()

