"""fuzz22: the work of a build grows with its text, not with its square.

A 240 KB text pasted as one line with no punctuation (241 claims of up to 1,000 characters)
spent 20 of its 26 s of entity work (CPU) in two rules that scanned the whole document once
per phrase or per name: ``kg.references.plural_heads`` (was "the tables" written in lowercase
before the name ending in "Tables"?) and ``kg.merging.class_nouns`` (every name searched in
every sentence). These tests count the work, not seconds: the sentences read by the first, the
sentences searched by the second.
"""

from __future__ import annotations

from kg.finders.units import Unit
from kg.model import Entity, Sentence
from kg.references.phrases import Context, Phrase
from kg.references.plural_heads import KIND, plural_named
from kg.words.tokens import tokenize


class _CountingUnits(list):
    """A list of units that counts how many of them are read."""

    reads = 0

    def __getitem__(self, i):
        type(self).reads += 1
        return super().__getitem__(i)

    def __iter__(self):
        for item in super().__iter__():
            type(self).reads += 1
            yield item


def _context(texts: list[str], named_at: int) -> Context:
    units = _CountingUnits(Unit("doc", tokenize(t), i, None) for i, t in enumerate(texts))
    name = next(i for i, t in enumerate(units[named_at].tokens) if t.text == "Quorwick")
    return Context(types=["document"], heads=[set()], term_heads=[set()], plural=set(),
                   by_unit={named_at: [(name, 0)]}, units=units)


def _resolved(ctx: Context, units: range) -> list[bool]:
    out = []
    for u in units:
        ctx.recent = [u - 1]
        out.append(plural_named(Phrase(0, 2, KIND, "tables", subject=True), 0, ctx))
    return out


FILLER = "the harbour was calm that morning and the boats stayed in"
NAMED = "that spring the Quorwick Tide Tables were printed for the pilots"
LATER = "the tables were wrong by an hour in the autumn"


def test_plural_heads_reads_each_sentence_a_bounded_number_of_times():
    texts = [FILLER] * 200 + [NAMED] + [LATER] * 100
    ctx = _context(texts, 200)
    _CountingUnits.reads = 0
    taken = _resolved(ctx, range(201, 301))
    assert all(taken)  # every "the tables" after the name stands for the Tide Tables
    # was 100 phrases × 201 sentences read (about 20,000); now one pass and a few per phrase
    assert _CountingUnits.reads <= 2 * len(texts) + 5 * 100


def test_plural_heads_still_refuses_a_noun_written_in_lowercase_before_the_name():
    # negative (an inn's furniture): "the tables" written in lowercase before the title ending
    # in "Tables" is the common noun, not the book, however late the phrase comes
    texts = [FILLER] * 50 + ["the tables of the inn were full"] + [FILLER] * 50 + [NAMED] \
        + [LATER] * 20
    ctx = _context(texts, 101)
    assert not any(_resolved(ctx, range(102, 122)))


def test_class_noun_aliases_search_only_the_sentences_that_could_give_one(monkeypatch):
    from kg.merging import class_nouns

    searched = []
    real = class_nouns.re.compile

    class Pattern:
        def __init__(self, pattern):
            self.pattern = real(pattern)

        def finditer(self, text):
            searched.append(text)
            return self.pattern.finditer(text)

    def compile_(pattern, *args):
        return Pattern(pattern) if " ([a-z]+)(?=" in pattern else real(pattern, *args)

    monkeypatch.setattr(class_nouns.re, "compile", compile_)
    texts = [f"Tarnvik Drovane {i} and Bexa Kestrum {i} met the pilots in the harbour" for i in range(300)]
    texts += ["The Pelmor K-7 was a radio of the pilots.", "She carried the Pelmor K-7 radio home."]
    sentences = [Sentence(text=t, doc="doc", char_start=0, char_end=len(t), section=None, order=i)
                 for i, t in enumerate(texts)]
    entities = [Entity(id=f"e{i}", label=label, entity_type="product")
                for i, label in enumerate(["Pelmor K-7", *(f"Tarnvik Drovane {i}" for i in range(300))])]
    class_nouns.add_class_noun_aliases(entities, sentences)
    assert "Pelmor K-7 radio" in entities[0].aliases
    # was every name × every sentence (301 × 302 searches); now only sentences with a class
    # noun after a space that hold the name: the Pelmor K-7's two
    assert len(searched) <= 5
