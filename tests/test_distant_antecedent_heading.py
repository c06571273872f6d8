"""The title's entity does not take "the process" in a section whose heading names the
rival (review of probefix12's :func:`kg.references.distant_antecedents.by_head`)."""

from __future__ import annotations

from tests.test_entities_round2 import _references

_TEXT = ("The Orsley Process\n"
         "The **Orsley process** is a way of tanning hides with oak bark.\n"
         "{heading}\n"
         "The Dorrin process, used in Maddox, was quicker but dearer. Few tanners tried it at "
         "first. Bark grew scarce in the south. Prices of hides fell after 1870. Many small "
         "yards closed.\n"
         "{later}\n"
         "Tanners in Maddox kept the process until 1950. Some yards still use it.\n")


def test_a_section_headed_by_the_rival_keeps_the_rival():
    refs = _references(_TEXT.format(heading="The Dorrin Process",
                                    later="Later years of the Dorrin process"))
    assert ("the process", "Dorrin process") in refs
    assert ("the process", "Orsley process") not in refs


def test_a_section_not_naming_the_rival_still_takes_the_title_s_process():
    refs = _references(_TEXT.format(heading="Rivals", later="Spread"))
    assert ("the process", "Orsley process") in refs
