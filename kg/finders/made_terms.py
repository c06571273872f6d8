"""Terms seen once that a named maker introduces or owns (issue 3's technical terms).

A lowercase term written in one sentence only is kept by :mod:`kg.finders.selection` when its
sentence marks it as a thing of its own (:mod:`kg.finders.term_cues`). Here two more such marks:

- it is the object of a verb of making or introducing whose subject is a name: "Ruth Tallis
  introduced a graded toll scale", "the Pelmor Guild patented a twin-valve lamp"
  (:data:`_MAKING_VERBS`, past tense; the word before the verb capitalised and no function
  word, and when it opens the sentence, one the text also capitalises mid-sentence:
  "Engineers developed a cheaper steel frame" has no named maker, review of round 17;
  "a", "an" or "the" after it);
- it follows a name's possessive: "Tallis's graded toll scale".

In both the term is the whole run of two to four lowercase words after the cue, closed by
a word that is no term word (punctuation, a preposition): an "-ing" modifier may open it
here ("a sliding toll scale"), where the term finder gives such a word two-word terms only.
Its last word must be a noun-like head and no post or trade, its first no generic modifier
("introduced a new rule", "Tallis's own boat"), and not every word an everyday one
(Zipf ≥ 4.5: "Tallis's big house"), nor a thing one comes to have ("Tallis developed a
severe chest cough", :data:`_ACQUIRED`; review of round 17). A kind whose name follows ("introduced a sorting scheme
known as …") is none: the name is the term, and a "this"/"it" after it belongs to the name.
The possessive cue asks for three words and punctuation after them ("Tallis's tempered brass
hinge, fitted to …"), with no "-ed" word but the first: a name's two-word possession is
mostly a loose phrase.

Measured (round 17 of issue 3, ``benchmarks/entities.py --held-out --ours``, 26 development
sets and 24 probes; every added node read): four nodes added, all real terms, no node lost.
The ammonia probe gained its gold product (recall and alias unity .89 → .94, relations
joined .60 → .70), the festival probe its gold concept (recall and alias unity .93 → 1.00,
relations .92 → 1.00); lighthouse and the database probe gained one real term each, not gold
(an inventor's lamp, a designer's format). No other figure moved.

Rejected: the possessive cue on two words or more with any closing word added 21 nodes on
15 sets, four right (one gold) and 17 junk, most a noun and the verb after it ("Tallis's
plan differs", "Tallis's gift lay in …") or a loose possession ("Tallis's shipping
accounts"). Without the check on a name following, the maker cue
also kept a kind named next ("a ⟨noun⟩ technique known as …") on orvane_pneumatic_post,
where it drew the next sentence's "It" from the gold technique: relations .90 → .80.
Not taken up (the other one-sentence gold terms of the family): a term closed by ", which"
in mid-sentence (rejected in :mod:`kg.finders.term_cues`: 29 such terms over 18 sets), a
term after a name and "tested" with no article, a plural written where the gold is singular,
a nationality compound ("X-language …", dropped by :mod:`kg.finders.fragments`) and a
term with a participle in it ("… extraction using …").

(core19) The maker cue also kept a description of the maker's thing (a survey of the core
nodes matching no gold entity on seven factual and invented sets found four on two factual
sets): a term opened by a comparative (:func:`comparative`: "introduced a narrower racing gig
hull", "designed a heavier keel bolt"), or ended by a head that only says the thing
was a form of another (:data:`_FORM_HEADS`: "developed a three-masted model", "devised a
lapstrake design"). Neither is taken now. Measured (``--held-out --ours``, 38
development sets and 34 probes): stethoscope_factual core nodes 46 → 43, factual_typewriter's
design kept shorter by the hyphened-modifier cue of :mod:`kg.finders.term_cues`
(its "a rope-hung design" shape, same count); no recall, alias unity, type, relation or conflation
figure moved, no other node changed. The comparative test stays here: in
:func:`kg.words.lexicon.is_generic_modifier` it would also cut real terms of two sentences
(a "lower deck" of two sentences: "lowest" is a word).

(rev19a, review of core19) The form heads cut named models: "proposed the plum pudding
model", "proposed the liquid drop model" were dropped, and "proposed the twin vortex model"
cut to "vortex model". A form head now ends no term only after "a" or "an" (one of a kind
described); after "the" or a possessive the model is named. :func:`comparative` took
"shoulder", "liver" and "lover" ("shouldest", "livest" are archaic verb forms): a
superlative more than 2.3 below its "-er" word on wordfreq's large list makes that word a
noun ("lighter" is 1.1 below, "further" 2.1). Measured (``--held-out --ours``, 38 sets and
36 probes): no figure of any set moved (dev core nodes 1987, probes 845).

(diag18b, final18 diagnosis) The maker may be a description of a body that makes things
right before the verb, "the company introduced the …" (:data:`_MAKER_BODIES`: company, firm,
corporation, partnership, manufacturer, maker, works), as a firm's history names its maker
after the first sentence. Measured (``--held-out --ours``, 42 sets and 38 probes):
factual_elevator recall .80 → .85, alias unity .75 → .80, relations .50 → .60 (one node
added, the gold machine); nothing else moved (dev core nodes 2109 → 2110).

(diag19b, final19 diagnosis) The maker may be "he" or "she" right before the verb (a person
the text has named, taken up by a pronoun: "X, the millwright behind the Y Works, …: he
devised the sprocket drum, which …"), the family of final18's "She … opening a repair
department" (a maker named by a pronoun). Measured (``--held-out --ours``, 44 sets and 40
probes; every entity and reference of the 84 texts dumped before and after): four sets gained
one term node each and nothing else changed: factual_sewing_machine two (one gold: recall .75
→ .80, relations .30 → .40 at the evidence; and a scheme whose gold name is its modifier
alone), orsenne_ice_company a gold alias on a node of its own (its gold entity was not unified
before), invented_candle_soap_works and the tessaly probe a real term each (not gold).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit, is_initial
from kg.finders.terms import ROLE_HEADS, head_ok, is_term_word
from kg.words import lexicon as lx

__all__ = ["made_terms"]

# past forms of verbs that bring a new thing into use: their object is a thing of its own
_MAKING_VERBS = lx._words("introduced developed pioneered designed proposed invented patented "
                          "devised")
_ARTICLES = frozenset({"a", "an", "the"})
_EVERYDAY = 4.5
_CLOSE = frozenset({",", ".", ";", ":", ")"})
_LONGEST = 4
# words after a kind that introduce its name: "a routing scheme known as …", "… called …"
_NAMING = lx._words("known called named dubbed termed")
# heads of what a person comes to have rather than makes: "Quarle developed a severe chest
# cough", "developed a lasting taste for …" (review of round 17: no term)
_ACQUIRED = lx._words("cough fever illness disease infection condition complaint ailment "
                      "disorder rash tumour tumor habit taste interest liking fondness dislike "
                      "fear phobia reputation addiction allergy limp stammer")
# (core19) heads that say only that a thing was a form of another: "devised a rotary design",
# "built a two-wheeled model" describe the maker's thing, they do not name it; after "the"
# or a possessive they name one ("proposed the twin vortex model": rev19a)
_FORM_HEADS = lx._words("design designs model models version versions variant variants")
_INDEFINITE = frozenset({"a", "an"})
# (diag18b) a maker named by a description of a body that makes things: "the company
# introduced the twin-valve lamp" (the company a name the text gave before)
_MAKER_BODIES = lx._words("company firm corporation partnership manufacturer maker works")
# (diag19b) a person taken up by a pronoun as the maker: "he devised the rotary valve"
_MAKER_PRONOUNS = lx._words("he she")
# a superlative this common on wordfreq's large list makes its "-er" word a comparative
_SUPERLATIVE = 1.5
# ... unless it is this much rarer than the "-er" word: "shoulder", "liver" and "lover" are
# nouns ("shouldest", "livest" are archaic verb forms; rev19a), "lighter" is 1.1 below
_NOUN_GAP = 2.3


def named_maker(toks, k: int, stats: Stats) -> bool:
    """True when a name stands right before the making verb at ``k`` ("Tallis introduced")."""
    return toks[k - 1].is_cap and toks[k - 1].lower not in lx.STOPWORDS \
        and (not is_initial(toks, k - 1) or toks[k - 1].base in stats.cap_seen)


def comparative(low: str) -> bool:
    """True for an adjective's comparative ("lighter", "slimmer", "heavier"): a word in
    "-er" whose superlative in "-est" is an English word. "water", "counter" or "copper"
    have none ("waterest" is no word), and "shoulder" or "liver" one far rarer than
    themselves."""
    if not low.endswith("er") or len(low) < 5 or not low.isalpha():
        return False
    return lx.rarity(low[:-2] + "est") >= max(_SUPERLATIVE, lx.rarity(low) - _NOUN_GAP)


def made_terms(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Terms after a named maker's verb or a name's possessive (see the module docstring).

    Args:
        unit_index: the unit's index.
        unit: a sentence (headings give none).
        stats: the corpus statistics.

    Returns:
        A ``defined`` span for each such term, kept on its one sentence's evidence.
    """
    toks = unit.tokens
    if unit.heading:
        return []
    out = []
    for k, tok in enumerate(toks):
        start, least = None, 2
        if tok.possessive and tok.is_cap and tok.lower not in lx.STOPWORDS:
            start, least = k + 1, 3
        elif tok.lower in _MAKING_VERBS and k > 0 and (named_maker(toks, k, stats) or k > 1
                                                       and toks[k - 2].lower == "the"
                                                       and toks[k - 1].lower in _MAKER_BODIES
                                                       or toks[k - 1].lower in _MAKER_PRONOUNS) \
                and k + 1 < len(toks) and toks[k + 1].lower in _ARTICLES:
            start = k + 2
        if start is None:
            continue
        end = start
        while end < len(toks) and end - start <= _LONGEST and toks[end].text.islower() \
                and is_term_word(toks, end, stats) and not toks[end].possessive:
            end += 1
        if not least <= end - start <= _LONGEST or least == 3 and (
                end >= len(toks) or toks[end].text not in _CLOSE
                or any(t.lower.endswith("ed") for t in toks[start + 1:end])):
            continue
        words = [t.lower for t in toks[start:end]]
        if end < len(toks) and toks[end].lower in _NAMING:
            continue  # "a routing scheme known as X": the kind of a thing named next
        if not head_ok(toks[end - 1]) or words[-1] in ROLE_HEADS or words[-1] in _ACQUIRED \
                or words[-1] in _FORM_HEADS and toks[start - 1].lower in _INDEFINITE \
                or comparative(words[0]) \
                or lx.is_generic_modifier(words[0]) \
                or all(lx.zipf(w) >= _EVERYDAY for w in words):
            continue
        out.append(Span(unit_index, start, end, "defined"))
    return out
