"""term20: a term written once and glossed in ordinary prose (the family "a term written once
with no cue" of PROBES19_DIAGNOSIS), generic cues called by
:func:`kg.finders.glosses.glossed` (with :func:`kg.finders.bare_glosses.bare_glosses`):

- a bare term after a preposition or a verb of introducing, glossed after its comma
  (:func:`_bare_glosses`, :func:`_gloss_at`): "worked mostly with varnite, the clay that
  gives …", "improvements to skelving, the splitting of slate …", "ask for skiving, in which
  …", "Brevant adopted tide soundings, in which …", "pioneered drum firing, a kiln routine in
  which …". The gloss is "in which", "by which", "whereby", or "the" and a kind (or "a/an",
  up to two modifiers and a kind) before a relative or "of", no vague kind ("the thing
  that") and no list ("a rota of drills and a …"). The term is one word rare in English
  (Zipf < :data:`~kg.finders.rare_words.RARE_WORD` on the large list), or two or three term
  words, none a generic modifier, that :func:`~kg.finders.gloss_cues.technical` accepts
  ("salt glazing", not "muddy boots", "brick houses") or that follow a verb of introducing
  before an "in which" or "a/an" gloss; after a preposition, the phrase may not open the
  sentence;
- a craft named after "the method of", "the process of" … (:func:`_method_terms`): "the
  method of reed splitting used on the estate": two or three lowercase term words ending in
  a gerund, or one rare gerund, ending the phrase (not before an object, "the practice of
  landlords raising the rent", and not one everyday gerund, "the process of rebuilding");
- a process named with a capitalised word and glossed (:func:`_named_processes`): "by
  refining the Tolmaine dry process, a slow sequence of …": "the", one capitalised word
  (mid-sentence), one lowercase word and "process", "method" or "technique", then an
  apposition or a relative.

Measured (``benchmarks/entities.py --held-out --ours``, 40 development sets, 38 probes):
dyeworks recall .60 → .85, alias unity .60 → .80, types .35 → .55, core nodes 23 → 28 (five
gold terms: a rare dye plant, a mordant craft, a vat method, a named process, a trial
method); cooperage recall .84 → .90, alias unity .84 → .90, types .68 → .74, core 15 → 16 (a
gold technique, "ask for X, in which …"); dev means unchanged (recall .992, alias unity .927,
types .824, relations .933/.940, core nodes 2048), probe means recall .959 → .967, alias
unity .920 → .927, types .807 → .814, core 905 → 911; no node appears on any other set. A
listing of every span the cues give over the 78 texts found eleven, each a real term (four
already kept by other rules).
Rejected: "the practice of" and a gerund with its own subject ("of members pooling their
savings": a junk node on a development set; the word after the phrase may not open an
object); a bare phrase after a verb of introducing glossed by a list ("introduced written
logs, a rota of … and a …", a development set). Left: the short name of a named process
without its head ("X red" alone) is not joined; a rare word
written once with no gloss at all ("noted for its X"), and an adjective-like rare word
before two heads ("aniline dyes", "aniline colour").

rev20d: a named process whose name is an organisation head or a nationality ("the Labour
party process", "the European approval process") is no term; the label keeps a mid-sentence
capital (:func:`kg.merging.labels.choose_label`, via ``Form.inner_capital``). No entity figure
moved (dev .992/.927/.826/.935/.943, core 2049; probes .974/.938/.825/.926/.939, core 913);
twelve labels over the 78 texts gained their capital, all names (the dyeworks process,
eponymous laws, cycles and layouts, a product range, a nationality or a feast as first word).
gloss21: a term after a verb of making and "a/an", glossed by "in which", "by which" or
"whereby" (:func:`_article_glosses`: "designed a twin-reed valve, in which …"), the phrase
passing :func:`~kg.finders.gloss_cues.technical` ("designed a new kitchen, in which …" is
none); ``gloss_cues.plain_compound`` no longer takes a last part in "-eed" for a participle
("force-feed"). Seed-drill set recall .80 → .85, alias unity .75 → .80, relations .40/.50 →
.50/.60, core 22 → 23; dev means recall .984 → .985, alias unity .921 → .922, relations
.915/.924 → .917/.926, core 2110 → 2111; probes unchanged (.974/.939/.831, core 912). Over the
80 texts the cue gives one span (the gold term) and the compound change one word. Also a
kind's relative after a short place (``gloss_cues.placed``: ", a sprung disc in the boiler
house that …", read by ``glosses._relative_follows``): elevator set recall .85 → .90, alias
unity .80 → .85, relations .60/.60 → .70/.70, core 40 → 41; dev means then recall .986, alias
unity .923, relations .919/.929, core 2112; probes unchanged; it fires once over the 80 texts
(the gold term). Left: "This T was …", ", which" mid-sentence. term22: three more shapes
(a rare plural glossed, "This T was …", "a system of X,") in :mod:`kg.finders.term_shapes`,
whose docstring holds their figures; ``_rare`` moved there as ``rare_head``.
term23: the verbs before "a/an T, in which" widened to verbs of trying (:func:`_trying`:
"tested", "tried", "trialled", "experimented with"; "adopted" was already one), T still
:func:`~kg.finders.gloss_cues.technical`: over the 82 texts one new node, gold (the sail loft's
cut, sailmaker recall +1 item), no junk. With the two shapes of :mod:`kg.finders.rare_shapes`
(term23): dev means unchanged (recall .990, alias unity .928, types .821, relations .919/.929,
conflations 2), core 2114 → 2116; probes recall .964 → .969, alias unity .922 → .927, types
.821 → .825, relations .907/.922 → .909/.924, core 965 → 971; sailmaker recall .68 → .84,
dyeworks .90 → .95; eight core nodes more over the 82 texts for four gold items found.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats
from kg.finders.gloss_cues import VAGUE_KINDS, listed, lower_word, relative_at, technical
from kg.finders.term_shapes import rare_head, term_shapes
from kg.finders.terms import head_ok, is_term_word
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym
from kg.words.tokens import Token

__all__ = ["term_glosses"]

# prepositions a bare term follows: "with varnite, the clay …", "refinements to skelving, …"
_BEFORE = lx._words("of to in on for about from with by using through via into")
# nouns naming a way of working, before "of" and the craft
_WAY_NOUNS = lx._words("method process technique practice art craft")
_INTRODUCING = lx._words("introduced adopted pioneered devised developed invented perfected "
                         "introduce adopt pioneer devise develop invent perfect introducing "
                         "adopting pioneering devising developing inventing perfecting")
# words that open a gerund's object: the phrase was a clause, "of crews pooling their pay"
_OBJECTS = lx._words("the a an their his her its our my your them it this these those")
_NAMED_HEADS = lx._words("process method technique")


def term_glosses(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """Spans of terms written once and glossed in ordinary prose (see the module docstring).

    Args:
        unit_index: the unit's index.
        toks: its tokens.
        stats: the corpus statistics.

    Returns:
        A ``defined`` span for each such term.
    """
    out = _bare_glosses(unit_index, toks, stats)
    out += _article_glosses(unit_index, toks, stats)
    out += _method_terms(unit_index, toks, stats)
    out += _named_processes(unit_index, toks)
    out += term_shapes(unit_index, toks, stats)
    return out


def _bare_glosses(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """A bare term after a preposition or a verb of introducing, glossed after its comma:
    "with varnite, the clay that …", "ask for skiving, in which …", "Brevant adopted tide
    soundings, in which …", "pioneered drum firing, a method that …"."""
    out = []
    for i in range(2, len(toks) - 3):
        if toks[i].text != "," or not _gloss_at(toks, i + 1):
            continue
        s = i
        while s > 1 and i - s < 3 and lower_word(toks[s - 1]) and is_term_word(toks, s - 1, stats) \
                and not lx.is_generic_modifier(toks[s - 1].lower) \
                and toks[s - 1].lower not in _INTRODUCING:
            s -= 1
        opener = toks[s - 1].lower if s > 0 else ""
        if s == i or not head_ok(toks[i - 1]) or not any(t.is_word for t in toks[:s - 1]) \
                or opener not in _BEFORE and opener not in _INTRODUCING:
            continue
        if rare_head(toks[s]) if i - s == 1 else (
                technical(toks, s, i) or opener in _INTRODUCING and toks[i + 1].lower != "the"):
            out.append(Span(unit_index, s, i, "defined"))
    return out


# verbs of making a thing, before "a/an" and a term glossed by "in which" (gloss21)
_MAKING = _INTRODUCING | lx._words("designed patented design patent designing patenting")


# verbs of trying a thing, before "a/an" (maybe after "with") and a glossed term (term23)
_TRYING = lx._words("tried tested trialled trialed experimented try test trial experiment "
                    "trying testing trialling experimenting")


def _trying(toks: list[Token], k: int) -> bool:
    """term23: True for a verb of trying at ``k``, or "with" after one: "tested a …",
    "experimented with a …"."""
    return toks[k].lower in _TRYING or toks[k].lower == "with" and k > 0 \
        and toks[k - 1].lower in _TRYING


def _article_glosses(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """gloss21: a term after a verb of making and "a/an", glossed by "in which", "by which" or
    "whereby": "Ossel designed a twin-reed valve, in which …". The phrase must be technical
    (:func:`~kg.finders.gloss_cues.technical`): "bought a new car, in which …" is no term."""
    out = []
    for i in range(4, len(toks) - 3):
        k = i + 1
        if toks[i].text != "," or not (toks[k].lower == "whereby" or toks[k].lower in ("in", "by")
                                       and toks[k + 1].lower == "which"):
            continue
        s = i
        while s > 2 and i - s < 3 and lower_word(toks[s - 1]) and is_term_word(toks, s - 1, stats) \
                and toks[s - 1].lower not in ("a", "an"):
            s -= 1
        if s < i and toks[s - 1].lower in ("a", "an") and (toks[s - 2].lower in _MAKING or _trying(toks, s - 2)) \
                and technical(toks, s, i):
            out.append(Span(unit_index, s, i, "defined"))
    return out


def _gloss_at(toks: list[Token], k: int) -> bool:
    """True when a gloss opens at ``k``: "in which", "by which", "whereby", or "the" or "a"
    and a kind (no vague one) before a relative or "of", "the clay that", "a test in which"."""
    if toks[k].lower == "whereby" or toks[k].lower in ("in", "by") and k + 1 < len(toks) \
            and toks[k + 1].lower == "which":
        return True
    if toks[k].lower not in ("the", "a", "an") or listed(toks, k):
        return False  # "introduced call logs, a duty rota and a syllabus": a list
    for n in range(k + 1, min(k + 4 if toks[k].lower != "the" else k + 2, len(toks) - 1)):
        kind = toks[n]
        if not lower_word(kind) or kind.lower in lx.STOPWORDS or kind.lower in VAGUE_KINDS:
            return False
        if head_ok(kind) and (toks[n + 1].lower in ("that", "which", "of", "whereby")
                              or relative_at(toks, n + 1)):
            return True
    return False


def _method_terms(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """"the method of reed splitting used …", "the practice of skelving"."""
    out = []
    for i in range(len(toks) - 3):
        if toks[i].lower != "the" or toks[i + 1].lower not in _WAY_NOUNS \
                or toks[i + 2].lower != "of":
            continue
        s = e = i + 3
        while e < len(toks) and e - s < 3 and lower_word(toks[e]) and is_term_word(toks, e, stats) \
                and not lx.is_generic_modifier(toks[e].lower):
            e += 1
        if e == s or e < len(toks) and (lower_word(toks[e]) and is_term_word(toks, e, stats)
                                        or toks[e].lower in _OBJECTS):
            continue  # nothing, a longer phrase, or a clause: "the practice of crews pooling their"
        last = toks[e - 1]
        if not last.lower.endswith("ing") or len(last.lower) < 6:
            continue
        if e - s >= 2 or rare_head(last):
            out.append(Span(unit_index, s, e, "defined"))
    return out


def _named_processes(unit_index: int, toks: list[Token]) -> list[Span]:
    """"refining the Tolmaine dry process, a slow sequence of …"."""
    out = []
    for i in range(1, len(toks) - 6):
        name, mod, head = toks[i + 1], toks[i + 2], toks[i + 3]
        if toks[i].lower != "the" or not name.text[:1].isupper() or not name.text.isalpha() \
                or not lower_word(mod) or mod.lower in lx.STOPWORDS \
                or lx.is_generic_modifier(mod.lower) or head.lower not in _NAMED_HEADS \
                or mod.lower in lx.ORG_HEADS or is_demonym([name.text]):
            continue  # "the Labour party process", "the European approval process" (rev20d)
        after = toks[i + 4]
        if after.text == "," and (toks[i + 5].lower in ("a", "an") or relative_at(toks, i + 5)) \
                or relative_at(toks, i + 4):
            out.append(Span(unit_index, i + 1, i + 4, "defined"))
    return out

