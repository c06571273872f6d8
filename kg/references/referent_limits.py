"""When a phrase takes up no named entity, or not the one nearest it, for :mod:`kg.references.antecedents`.

- :func:`someone`: "he"/"his" after an indefinite person noun of its own sentence ("a
  navigator … he") speaks of that anyone, and takes nothing;
- :func:`introduced`: a description of a noun that an indefinite phrase just introduced ("a
  trading guild … the guild’s debts") takes up that unnamed thing, and nothing named;
- :func:`object_person`: an object "him" or "her" right after a verb, and a person
  description so placed, never takes the subject of its own clause; (place12) nor does an
  organisation description so placed ("Orvell Holdings bought the company"), unless a verb
  follows it (:func:`kg.references.antecedents.antecedent`: "which means the council must …"
  is a clause's subject); an owner in the possessive is no subject ("Pelmor Ltd's founder
  sold the company": rev12b, the supplier named before took "the company"; no figure
  moved, no reference of the 24 sets and the probes changed); (types17b) nor does "him"
  after "for" ("X composed his song for him"; not after "to", rev17g);
- :func:`body_owned`: "its" before a noun only a body has ("its first chair", "its
  members") takes only an organisation, or a name of no known type ("The Vellam Circle
  … Its members"), which may well be one.

fix16 (:func:`governing_board`): "a board of seven directors", "a board of trustees" is no
unnamed board of its own but the body's, so a later "the board" is not held by
:func:`introduced` and takes the body as any "the board" does. Measured (every reference
dumped over the 60 texts): glassworks_invented "The board was cautious" and the "It" after
it → the company; cooperative "the board" twice → the bank (right, a board of directors its
members elect); no figure moved. "a board of sixty squares" still holds "the board" (a game's).

types17b: "him" after "for" or "to" ("X composed his song for him") is no subject of its
clause either. Typed a person, the composer of the harmonica probe now holds the "his" of his
own sentence, which had gone (wrong) to the player named before and joined the pair; with
this rule "for him" joins them (right), so relations there stay 1.00; no other reference of
the 66 texts moved. Review rev17g: not after "to" ("called his three sons to him", "drew
the boy close to him": the subject himself), nor after an infinitive of its clause ("asked the
clerk to wait for him"), where "him" had gone to a man named before; no set of the 66 moved.

rel18b (:func:`_predicated`): "a small reed instrument" after a copula right after a name that
opens its sentence ("The quillophone is a small reed instrument") describes that name and
introduces no unnamed one, so a later "the instrument" may take it (or the title's thing); not
after an owner ("Its best customer was a small shipping company. The company …": still that
unnamed company) nor after a date. No reference of the 70 texts moved; invented tests only.
Review rev18i: "Ivo Skarn said his was a louder instrument" (a subject of its own between
the name and the copula) still introduces an unnamed instrument; before, "The instrument"
after it went to the title's thing. Reference dump (1748 references of every text in
benchmarks/ and tests/data/entities/) and ``--held-out --ours`` figures: none moved.

Each function's docstring, and :mod:`kg.references.antecedents`' (steps 3 and the paragraphs after
step 5), give the figures measured for them.
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

__all__ = ["PREDICATING", "body_owned", "governing_board", "introduced", "object_person", "someone"]

# words after which "a …" describes someone already named ("became a surveyor")
PREDICATING = lx._words("is was be been being became become becomes remained remains as")
# (rel18b) pronouns that own what follows: "Its best customer was a small company"
_OWNERS = lx._words("its his her their")
# (rev18i) a subject of its own between the name and the copula ("Ivo said his was a louder
# instrument"): the copula describes that, not the name
_OTHER_SUBJECTS = lx._words("it he she they his hers its theirs mine ours that this what "
                            "which who one")
# nouns of a person of no trade: "a man of 71 … his raised hand"
_ANYONE = lx._words("man woman boy girl child person")
# (types17b) a preposition after which "him" is no subject of its clause ("wrote a part for
# him"); not "with", "about" …, after which it may be ("took his nephew with him"), nor "to"
# ("called his sons to him", "drew the boy close to him": rev17g)
_BENEFACTIVE = lx._words("for")
# words after an object "her" ("told her that", "sent her to"); before a noun "her" is "his"
_AFTER_OBJECT = lx._words("as to in on at for with from by into and that when after before about "
                          "again back")


def someone(tokens, end: int, here) -> bool:
    """True when an indefinite person noun (:data:`kg.words.lexicon.PERSON_NOUNS`, a person's
    reference noun) stands before ``end`` in the sentence, after every entity named there
    ("a pilot far from any harbour could say where he was"): a pronoun after
    it speaks of that anyone. Measured over the 16 development sets and 12 invented
    articles: one wrong reference gone (chronometer: "he" → an author named two sentences
    before), nothing else moves; with "man", "woman" … (:data:`_ANYONE`) one more
    (on lighthouse, a man described by his age → a builder). Not a predicate ("Idwal Valk
    became a mining engineer, and her …") nor an apposition to a name ("Idwal
    Valk, a merchant … who had sold both of his own mills"): those describe someone
    named."""
    last = max((p for p, _g in here), default=-1)
    for k in range(last + 1, end - 1):
        if tokens[k].lower not in ("a", "an") or k and (
                tokens[k - 1].lower in PREDICATING or tokens[k - 1].text == ","
                and k >= 2 and tokens[k - 2].text[:1].isupper()):
            continue
        for j in range(k + 1, min(k + 4, end)):
            word = tokens[j]
            if not word.is_word or not word.text.islower():
                break
            if word.lower in lx.PERSON_NOUNS or word.lower in _ANYONE \
                    or lx.REFERENCE_NOUNS.get(word.lower) == "person":
                return True
    return False


def object_person(tokens, phrase: Phrase) -> bool:
    """True for "him", "her" as the object of a verb ("regarded her as", "paid him twice")
    and a person description so placed ("questioned the engineer"): neither stands for the
    subject of its own clause (:func:`kg.references.subjects.clause_subject`). Not after a preposition
    ("took his nephew with him", "grew up … with her"), where it may."""
    word = tokens[phrase.start].lower
    before = tokens[phrase.start - 1] if phrase.start else None
    if word == "him" and before is not None and before.lower in _BENEFACTIVE:
        # (types17b) "X composed his song for him": another man than X; not in an infinitive
        # whose subject is another ("asked the clerk to wait for him": rev17g)
        return not _infinitive_before(tokens, phrase.start - 1)
    if before is None or not before.is_word or not before.text.islower() \
            or before.lower in lx.STOPWORDS:
        return False  # "took his nephew with him": after a preposition it may be the subject
    if phrase.noun is not None or word == "him":
        return True
    nxt = tokens[phrase.end] if phrase.end < len(tokens) else None
    return word == "her" and (nxt is None or not nxt.is_word or nxt.lower in _AFTER_OBJECT)


def _infinitive_before(tokens, pos: int) -> bool:
    """True when "to" and a lowercase word that is no article or pronoun ("to wait") stand
    before ``pos`` in its clause (no comma or semicolon between): an infinitive, whose own
    subject may be another than the main clause's (rev17g)."""
    for k in range(pos - 1, -1, -1):
        if tokens[k].text in (",", ";", ":"):
            return False
        nxt = tokens[k + 1]
        if tokens[k].lower == "to" and nxt.is_word and nxt.text.islower() \
                and nxt.lower not in lx.STOPWORDS:
            return True
    return False


def introduced(u: int, phrase: Phrase, ctx: Context, *, same: bool = False,
               back: int = 1) -> bool:
    """True when the noun was just introduced by an indefinite phrase ("a rural rowing
    club"), earlier in this sentence (only there, with ``same``) or in the one before:
    the description takes up that unnamed thing."""
    units = ctx.recent[-back:] if ctx.recent and not same else []
    for v in units + [u]:
        toks = ctx.units[v].tokens
        stop = phrase.start if v == u else len(toks)
        for i in range(stop):
            if toks[i].lower in ("a", "an") and not _predicated(toks, i, v, ctx):
                k = i + 1
                while k < stop and k - i <= 4 and toks[k].is_word and toks[k].text[0].islower():
                    if toks[k].lower == phrase.noun and not governing_board(toks, k):
                        return True
                    k += 1
    return False


def _predicated(toks, i: int, v: int, ctx: Context) -> bool:
    """(rel18b) True when the article at ``i`` follows a copula right after a name opening
    its sentence ("The quillophone is a small reed instrument"): it describes the thing
    named, no new one; not after an owner ("Its best customer was a small company")."""
    return i > 1 and toks[i - 1].lower in PREDICATING and any(
        p <= 1 and i - 1 - p <= 4 and (v, p) not in ctx.possessive
        and toks[p].lower not in _OWNERS
        and ctx.types[g] not in ("date", "quantity")
        and all(t.is_word and t.lower not in _OTHER_SUBJECTS for t in toks[p:i - 1])
        for p, g in ctx.by_unit.get(v, []))


# (fix16) who sit on an organisation's own board: "a board of seven directors"
_GOVERNORS = lx._words("directors trustees governors")


def governing_board(toks, k: int) -> bool:
    """True for "board" at ``k`` followed by "of", at most one number word and the people
    who govern a body ("a board of seven directors", "a board of trustees"): the body's own
    board, which a later "the board" names as it names any body's (fix16), not an unnamed
    board of its own."""
    if toks[k].lower != "board" or k + 2 >= len(toks) or toks[k + 1].lower != "of":
        return False
    j = k + 2
    if toks[j].is_number or toks[j].lower in lx.NUMBER_WORDS:
        j += 1
    return j < len(toks) and toks[j].lower in _GOVERNORS


# what only a body of people has: "its first chair", "its members"; not what a state, a town,
# a film or a building has too ("its first president", "its founders", "its director",
# "its staff", "its workforce")
_BODY_PARTS = lx._words("chair chairman chairwoman chairperson members membership trustees "
                        "shareholders")
_SKIPPED = lx.ORDINALS | lx._words("own new former longtime long-serving founding")


def body_owned(tokens, phrase: Phrase) -> bool:
    """True for "its" before a noun only a body of people has ("Its first chair was …",
    "its members", "its own shareholders"): not a law, a product or a place, whatever the
    sentence before was about. Round 16, measured over the 22 development sets and the 17
    invented articles: a wrong "Its first chair" → an Act (brackwater_transit) takes
    nothing now, and so does the "its minutes" after it, which had followed it to the Act;
    no right reference was lost, no figure moved. Review of round 16: not "president",
    "director", "founders", "staff", "workforce", "headquarters", "employees", which a
    state, a town, a film or a works has too ("The Republic of Varnesia … Its first
    president" lost its reference); the development figures did not move."""
    if tokens[phrase.start].lower != "its":
        return False
    k = phrase.end
    while k < len(tokens) and tokens[k].lower in _SKIPPED:
        k += 1
    return k < len(tokens) and tokens[k].lower in _BODY_PARTS
