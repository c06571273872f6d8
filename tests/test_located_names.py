"""A place's name used only as a place is no short form of the body named after it
(:mod:`kg.merging.located_names`); one the text also uses for the body is. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find


def _apart(text: str, short: str, long: str) -> bool:
    entities = extracted(text)
    one, other = find(entities, short), find(entities, long)
    assert one is not None and other is not None
    return one is not other


@pytest.mark.parametrize("text, short, long", [
    (("In 1952 the licence went to many firms. Among them was a small Ebbridge company, "
      "Ebbridge Instruments, which had made survey gear. Ebbridge Instruments sold its first "
      "radio in 1954.\n"), "Ebbridge", "Ebbridge Instruments"),
    (("A merger with the Carsholt Bottle Company in 1927 created a new firm, and the firm "
      "moved most of its production inland to Carsholt in 1931. The Carsholt Bottle Company "
      "had long made jars.\n"), "Carsholt", "Carsholt Bottle Company"),
    (("The Vennaby government taxed the Vennaby Mining Company heavily in 1890. The Vennaby "
      "Mining Company closed two pits.\n"), "Vennaby", "Vennaby Mining Company"),
    (("By 1930 two Tolhurst firms made lamps. Tolhurst Lamp Works was the larger, and "
      "Tolhurst Lamp Works exported them.\n"), "Tolhurst", "Tolhurst Lamp Works"),
])
def test_a_name_used_only_as_a_place_is_no_short_form(text, short, long):
    assert _apart(text, short, long)


@pytest.mark.parametrize("text, short, long", [
    # a place use as well, so that the verb of the firm is what keeps the join
    (("Among the licensees was a small Pelmor company, Pelmor Instruments. Pelmor shipped its "
      "first radio in 1954.\n"), "Pelmor", "Pelmor Instruments"),
    # "returned to X" is a place cue, but "as its director" makes X the firm
    (("Ruth Tallis left Quessant Optical in 1958 for a rival, but she returned to Quessant in "
      "1961 as its director.\n"), "Quessant", "Quessant Optical"),
    (("Among the licensees was a small Pelmor company, Pelmor Instruments. Pelmor's engineers "
      "built the first pocket radio in 1954.\n"), "Pelmor", "Pelmor Instruments"),
    (("Ruth Tallis came from a small Quessant company, Quessant Optical. Her colleagues at "
      "Quessant built the lens in 1961.\n"), "Quessant", "Quessant Optical"),
])
def test_a_name_also_used_for_the_body_stays_its_short_form(text, short, long):
    assert not _apart(text, short, long)
