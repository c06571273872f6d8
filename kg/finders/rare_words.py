"""One lowercase word rare in English as a term: "the varnocite", "a theodolite"
(:func:`rare_words`, kept by :func:`rare_word_evidence` in :mod:`kg.finders.selection`);
split from :mod:`kg.finders.terms`, whose word tests it shares.

Round 16: one lowercase word rare in English (Zipf < 3.0 on wordfreq's large list,
:func:`kg.words.lexicon.rarity`; the small list gives 0 to every word below 3 and cannot tell an
everyday rarity from a coined term) is a term candidate (:func:`rare_words`), kept when
written in two sentences, once at least as a head, never before "who" or a name (a person's
noun: "the harpist Ada Vennel") nor as a verb ("to …", "could …", before "the"/"every"), and
not ending a kept name ("the sextant" after "the Orlen Sextant" is that name's short
form); its ending must not be an adjective's, a person's or an agent's ("-ic", "-al",
"-ist", "-ian", "-er", "-or"; a measuring "-meter" is a thing), and no other finder may
propose the word alone (a capitalised "Varnel" keeps its own evidence and spellings).
Measured (``--held-out --ours``, 22 development and 16 invented sets): quellbracke_perfumery
recall .87 → .91 (a coined plant's short name), sediment recall and alias unity .96 → 1.00
(a coined compound); the complete plate_tectonics index recall .698 → .705 (one more entry;
bundled unchanged, junk nodes 9 and 9); 28 nodes more over the 38 sets (2,665 → 2,693),
mostly real terms an indexer would list (a disease, an enzyme, a process, a landform);
no recall, alias unity, relation or conflation lost. Without the name-head check the
lowercase head of a named instrument and of a named ensemble took their names' short forms
(chronometer alias unity 1.00 → .95, relations .9 lower on two sets); dropping a rare word
found in any longer kept form (not only as a name's last word) lost three of the gains
(a rare word opening a kept two-word term, "varnocite quarry"); without the agent
ending, nine nouns of trades came in. Search (``benchmarks/search.py``, 22 sets, every
mode): one vaccine question fell from rank 1 to 2 in graph mode (R@1 .68 → .64, MRR .79 →
.77), its query naming one of the new one-word terms; nothing else moved. The threshold:
at 2.5 the 38 sets have 16 nodes fewer
and the plate_tectonics index entry is lost (the gold gains stay: invented words are 0); at
3.3, 33 nodes more, two more index entries, and one relation lost on the invented tramway
article. Also listed and left: a two-word term seen once whose first word has 0 < Zipf <
2.5 (60 over the 38 sets, two of them gold or index entries, many pieces of clauses, a
rare noun and the verb after it).

Review of round 16 (invented texts of other genres): a job in "-man" ("the yard had no
banksman", "the ferryman") is a person's noun like "-ist" (:func:`person_compound`, the word
before "-man" a common one, so "dolmen" and "specimen" stay things); it took a legal
judgment's role noun for a term. No node of the 38 sets moved. A rare word only ever
written in the plural is counted, not named ("three shallots", "toasted pistachios": a
recipe's list took four such words), and is no term: its singular must be written in the
running text somewhere (not only where a finder proposed it, "the low weir"). Five nodes
fewer over the 38 sets (river, lighthouse, seedtrust, fell_rescue, quellbracke_perfumery,
one each: none gold, none an alias), no other figure moved. A rare word after a degree
word ("too tangy") or a copula with no article ("the palate is supple and …") is an
adjective, whatever its ending (:func:`_predicative`; a wine note took two); no node of the
38 sets moved.

Review of recall18 (rev18b): the finder compared the lowercase word with
``Stats.cap_seen``, which holds words as written ("Ropewalk"), so "never capitalised in
mid-sentence" never barred anything; the dead test is gone. Made live (``Stats.cap_folded``),
it took five nodes off four sets, no gold, but real terms that a name of the text also
ends or holds (two of a transit history, a seed bank's process, a rope maker's workshop, a
landform): rejected.

diag16c: a word capitalised only because it opens its sentence, written in lowercase
elsewhere in the running text and never capitalised in mid-sentence, is proposed there too
(:func:`_opening`), so "Varnite candles burned …" and "cheaper than varnite" are two
sentences of the term. Measured (``--held-out --ours``, 73 texts dumped before and after):
final16 invented_candle_soap_works' material found (recall up one item); the sediment probe's
coined term gains its opening spelling as an alias; nothing else moved.

term23: two more shapes (:mod:`kg.finders.rare_shapes`, whose docstring holds every variant
measured, kept and rejected): a coined word (Zipf 0) written once as a noun, a coined gerund
included ("a method of skelmering"); a hyphened compound of common words written twice, once
at least as a noun ("tar-lashing"). Kept at Zipf 0; Zipf < 1.5 rejected (3.3 to 5 core nodes a
gold).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.rare_shapes import coined_gerund, coined_once, hyphened_compound
from kg.finders.terms import _ADJ_ENDINGS as ADJ_ENDINGS
from kg.finders.terms import _OBJECT_OPENERS as OBJECT_OPENERS
from kg.finders.terms import _VERB_ENDINGS as VERB_ENDINGS
from kg.finders.terms import DESCRIPTION_HEADS, ROLE_HEADS, is_term_word
from kg.words import lexicon as lx
from kg.words.tokens import Token, key_of, singular

__all__ = ["RARE_WORD", "person_compound", "rare_word_evidence", "rare_words",
           "shadowed_rare_words"]

# a rare word is below this Zipf frequency on wordfreq's large list ("theodolite" 1.8,
# an invented word 0, "ravine" 3.2 is not)
RARE_WORD = 3.0
# endings of nouns of people ("geologist", "Varnian") and of adjectives ("eustatic",
# "littoral", "abrasive"), which name no thing of their own
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians")
_ADJECTIVE_ENDINGS = ADJ_ENDINGS + ("ic", "al", "ive", "ary", "istic", "ish", "ent", "ant")


def rare_words(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """One lowercase word rare in English, as a one-word term candidate ("the varnocite",
    "a theodolite"): written in lowercase, of five letters or more, no adverb, participle,
    verb in "-ise"/"-ize", adjective or noun of a person by its ending. :mod:`kg.finders.selection`
    keeps it on the corpus' evidence (:func:`rare_word_evidence`).

    Args:
        unit_index: the unit's index.
        unit: a sentence (headings give none).
        stats: the corpus statistics.

    Returns:
        A ``rareword`` span for each such word.
    """
    toks, out = unit.tokens, []
    if unit.heading:
        return out
    for i, tok in enumerate(toks):
        low = tok.lower
        if hyphened_compound(tok, RARE_WORD) or coined_gerund(toks, i):
            out.append(Span(unit_index, i, i + 1, "rareword"))  # term23, :mod:`rare_shapes`
            continue
        if len(low) < 5 or not tok.text.isalpha() \
                or not (tok.text.islower() or _opening(toks, i, stats)) \
                or not is_term_word(toks, i, stats) or not _rare_head(low) \
                or i and toks[i - 1].is_cap and toks[i - 1].is_word \
                and toks[i - 1].lower not in lx.STOPWORDS:
            continue  # "Varrella montica", a name's word
        out.append(Span(unit_index, i, i + 1, "rareword"))
    return out


def _opening(toks: list[Token], i: int, stats: Stats) -> bool:
    """True for a word capitalised only because it opens its sentence, which the running
    text also writes in lowercase and never capitalises in mid-sentence ("Varnite kilns
    smoked …" beside "cheaper than varnite"): a second sentence of the term."""
    tok = toks[i]
    return i == 0 and tok.text[1:].islower() and tok.lower in stats.lower_seen \
        and tok.lower not in stats.cap_folded


def shadowed_rare_words(units: list[Unit], spans: list[Span]) -> list[Span]:
    """The spans without the ``rareword`` ones whose word another finder also proposes
    alone (a name "Varnel", a heading's word): that word is judged by that finder's
    evidence, and its lowercase uses stay out of the name's spellings.

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        The spans kept, in their order.
    """
    other = {key_of(units[s.unit].tokens[s.start:s.end]) for s in spans
             if s.kind != "rareword" and s.end - s.start == 1}
    return [s for s in spans if s.kind != "rareword"
            or key_of(units[s.unit].tokens[s.start:s.end]) not in other]


def _rare_head(low: str) -> bool:
    """True for a rare word that may be a noun of a thing: no adjective, adverb, verb or
    noun of a person or agent by its ending ("-ist", "-er", "-or": "geologist", "parser",
    "auditor"; a measuring "-meter" is a thing; a job in "-man", :func:`person_compound`),
    no participle ("-ed" after a word)."""
    one = singular(low)
    if person_compound(low) \
            or low.endswith(_PERSON_ENDINGS + _ADJECTIVE_ENDINGS + VERB_ENDINGS + ("ing", "ate", "ates")) \
            or one.endswith(("er", "or")) and not one.endswith("meter") \
            or low.endswith("ed") and lx.rarity(low[:-2]) + lx.rarity(low[:-1]) > 0 \
            or one in ROLE_HEADS or one in DESCRIPTION_HEADS or low in lx.GENERIC_MODIFIERS \
            or low in lx.PREDICATE_ADJECTIVES or low in lx.PARTICLES:
        return False
    return lx.rarity(low) < RARE_WORD


_PERSON_TAILS = ("man", "men", "woman", "women", "person", "persons", "people", "folk")


def person_compound(low: str) -> bool:
    """True for a compound noun of a person, an English word and "-man", "-woman" or
    "-person" ("banksman", "linesman", "ferrymen"): a job, not a thing. The word before the
    tail must be a common one (Zipf 3.0 or more on the large list, maybe without its linking
    "s"), so "dolmen", "specimen" and "talisman" are no such compounds."""
    for tail in _PERSON_TAILS:
        stem = low[:-len(tail)]
        if low.endswith(tail) and len(stem) >= 4 and (
                lx.rarity(stem) >= RARE_WORD or stem.endswith("s") and lx.rarity(stem[:-1]) >= RARE_WORD):
            return True
    return False


# words before a verb ("to revarnish", "could inoculate") and after one ("governs every")
_VERB_OPENERS = lx._words("to will would can could shall should may might must cannot he she "
                          "they we it")
_QUANTIFIERS = lx._words("every each all some any no more most")
# words after a verb: an object's opener or a quantifier ("inoculate the", "governs every")
_AFTER_VERB = OBJECT_OPENERS | _QUANTIFIERS


# words before an adjective standing alone: a copula ("is supple"), a degree ("too tangy")
_COPULAS = lx._words("is are was were be been seems seemed becomes became turns turned grow "
                     "grows grew remains remained feels felt tastes tasted looks looked")
_DEGREES = lx._words("too very so quite rather fairly extremely slightly somewhat "
                     "increasingly faintly")


def _predicative(toks: list[Token], i: int) -> bool:
    """True when the word at ``i`` is an adjective by its place: after a degree word ("too
    tangy when young"), or after a copula with no article ("is supple", "grow more supple")
    and closing its phrase (a function word, punctuation or the end: not "is zugzwang
    play")."""
    before = toks[i - 1].lower if i else ""
    if before in _DEGREES:
        return True
    if before in ("more", "less") and i > 1:
        before = toks[i - 2].lower  # "grow more supple"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return before in _COPULAS and (nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS)


def rare_word_evidence(key: tuple[str, ...], sentences: list[list[Token]], *,
                       written: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a rare word (:func:`rare_words`) is a term of the text: written in two
    sentences or more, once at least as a head (not only before another lowercase word,
    "holistic planning"), once at least in the singular (not only counted, "three
    shallots"), and never as a person's noun (before "who" or a name: "the harpist Ada
    Lind").

    Args:
        key: the word's matching key.
        sentences: the tokens of the running-text sentences it occurs in.
        written: the lowercase words of the running text (its singular may be written
            where no finder proposed it: "the low weir" besides "the weirs").

    Returns:
        Whether the word is kept as a term.
    """
    hyphened = len(key) > 1  # "tar-lashing" (term23)
    if len({tuple(t.text for t in toks) for toks in sentences}) < 2 and (hyphened or not any(
            coined_once(toks, i) for toks in sentences for i, t in enumerate(toks)
            if key_of([t]) == key)):
        return False  # once only, unless a coined word written as a noun (term23)
    head, one = False, key[0] in written
    for toks in sentences:
        for i, tok in enumerate(toks):
            if key_of([tok]) != key:
                continue
            one = one or singular(tok.lower) == tok.lower
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if hyphened and key[-1].endswith("ing") and nxt is not None and nxt.lower in _AFTER_VERB:
                continue  # a gerund with its object: "by tar-lashing its seams"
            if nxt is not None and (nxt.lower == "who" or nxt.is_cap and nxt.is_word
                                    or nxt.lower in _AFTER_VERB) \
                    or i and toks[i - 1].lower in _VERB_OPENERS or _predicative(toks, i):
                return False  # a person's noun, a verb ("could inoculate every …") or an
                # adjective ("is supple and …", "too tangy")
            if nxt is None or not nxt.is_word or not nxt.text.islower() \
                    or nxt.lower in lx.STOPWORDS or nxt.lower in lx.COMMON_VERBS:
                head = True
    return head and one  # "pistachios", "shallots", only ever counted: no term
