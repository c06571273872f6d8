"""A stray emphasis mark does not hide a pair of marks later in the sentence."""

from kg.finders.candidates import Unit
from kg.finders.emphasis import emphasised, italic_titles
from kg.words.tokens import tokenize


def _spans(finder, text: str) -> list[str]:
    unit = Unit("d", tokenize(text), 0, None)
    return [" ".join(t.text for t in unit.tokens[s.start:s.end]) for s in finder(0, unit, None)]


def test_a_stray_star_before_an_italic_title():
    text = "At 3 * 4 rates he wrote *Tide Tables by Harmonic Method* in 1901."
    assert _spans(italic_titles, text) == ["Tide Tables by Harmonic Method"]


def test_an_unclosed_star_before_an_italic_title():
    text = "Rates rose *sharply, so he wrote *The Pelmor Lamp Tables* in 1901."
    assert _spans(italic_titles, text) == ["The Pelmor Lamp Tables"]


def test_a_stray_double_star_before_a_bold_term():
    text = "The sum 2 ** 8 grew, and the **Pelmor lamp** burned oil."
    assert _spans(emphasised, text) == ["Pelmor lamp"]


def test_spaced_stars_make_no_title():
    assert _spans(italic_titles, "He set 3 * Ruth Okonjo * 4 on the slate.") == []
