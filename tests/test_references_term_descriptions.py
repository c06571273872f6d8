""""the invention", "the effect": a description of the term the text just made or found
(:mod:`kg.references.term_descriptions`), on invented sentences, and the phrases it must
leave alone in other genres."""

from __future__ import annotations

from kg.references.term_descriptions import FOUND_NOUNS, MADE_NOUNS
from tests.test_entities import reference_triples as _refs


def _described(refs) -> list[tuple[int, str, str]]:
    """The references whose surface is "the" and one of the rule's nouns."""
    return [r for r in refs if r[1].lower().split()[-1] in MADE_NOUNS | FOUND_NOUNS]


def test_the_invention_is_the_thing_just_devised():
    refs = _refs("# Lamps\n\nIn 1851 Tamsin Greaves devised the **Corvell lamp** in her "
                 "workshop. The mine owners kept the invention secret for two years.\n")
    assert (1, "the invention", "Corvell lamp") in refs


def test_the_invention_after_this_was_the_x():
    # the thing is built in one sentence and named in the next ("This was the X")
    refs = _refs("# Lamps\n\nIn 1851 Halvard Wellowby built a small burner inside a wire cage. "
                 "This was the **Corvell lamp**, the first safe lamp for miners. The owners "
                 "kept the invention secret for two years.\n")
    assert (2, "the invention", "Corvell lamp") in refs


def test_the_effect_is_the_state_just_named():
    refs = _refs("# Winds\n\nHalvard Wellowby called the new motion **vane drift**. Later he "
                 "found that a steady rain destroyed the effect.\n")
    assert (1, "the effect", "vane drift") in refs


def test_the_clause_subject_is_not_the_effect_it_masks():
    # both terms are found, but the one that masks the effect is not the effect
    refs = _refs("# Tides\n\nTamsin Greaves observed the **vane drift** in 1902. The **tidal "
                 "lag** was observed in 1904 and masked the effect.\n")
    assert (1, "the effect", "vane drift") in refs
    assert (1, "the effect", "tidal lag") not in refs


def test_two_things_made_leave_the_invention_unresolved():
    refs = _refs("# Workshop\n\nTamsin Greaves devised the **Corvell lamp** and built the "
                 "**Brossby loom** in 1851. The invention made her rich.\n")
    assert not _described(refs)


def test_the_invention_of_printing_is_no_reference():
    # a book history: "the invention of …" says which invention
    refs = _refs("# Books\n\nThe monk Halvard Wellowby built the **Corvell press** in 1460. "
                 "Scholars still debate the invention of printing in the valley.\n")
    assert not _described(refs)


def test_the_effect_on_wages_is_no_reference():
    # an economic history: the effect of something on wages, not the drift observed
    refs = _refs("# Wages\n\nTamsin Greaves observed the **wage drift** in 1920. In 1921 she "
                 "measured the effect on wages in the mills.\n")
    assert not _described(refs)


def test_the_discovery_that_is_no_reference():
    # a mining history: "the discovery that …" is a statement, not the seam
    refs = _refs("# Coal\n\nTamsin Greaves discovered the **Corvell seam** in 1880. The "
                 "discovery that coal lay so shallow brought miners from far away.\n")
    assert not _described(refs)


def test_an_observation_that_is_no_term_observed():
    # "observed that …" states a finding; the term inside it is not the observation
    refs = _refs("# Gauges\n\nIn 1905 Halvard Wellowby observed that the **frost bias** of his "
                 "gauges grew each winter. The observation was widely quoted.\n")
    assert not _described(refs)


def test_a_term_only_written_about_is_not_the_effect():
    # a term the text neither says was found nor names there is no effect just found
    refs = _refs("# Winds\n\nTamsin Greaves wrote a long letter about the **vane drift** in "
                 "1902. A steady rain destroyed the effect.\n")
    assert not _described(refs)


def test_a_person_is_never_the_discovery():
    refs = _refs("# Ships\n\nIn 1820 a whaler discovered Tamsin Greaves adrift on the ice. "
                 "The discovery made the papers.\n")
    assert not _described(refs)


def test_the_effect_as_an_outcome_takes_nothing():
    # "the effect was immediate" is what raising the rents brought about, not the drift
    refs = _refs("# Rents\n\nHalvard Wellowby observed the **vane drift** in 1902. He raised the "
                 "rents in 1903, and the effect was immediate.\n")
    assert not _described(refs)


def test_a_courts_finding_is_no_term_found():
    # the court's finding is its ruling, not the clause it ruled on
    refs = _refs("# Court\n\nThe court found the **Brossby clause** void in 1922. The finding "
                 "was appealed by Tamsin Greaves.\n")
    assert not _described(refs)
