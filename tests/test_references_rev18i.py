"""rev18i (review of rel18b): "The title" of a rank or an honour is no book; a section
whose heading names a man, or a relative, opens with him, not the man told of most."""

from __future__ import annotations

from tests.test_entities import reference_triples


def _title(refs):
    return [r for r in refs if r[1] == "The title"]


def test_a_peerage_passing_is_no_book():
    text = ("Lord Brenwick wrote *A History of Dunmirrow Hall* in 1850. The title passed to "
            "his son Tamsel Brenwick in 1862.\n")
    refs = reference_triples(text)
    assert _title(refs) == [], refs


def test_a_sporting_title_won_is_no_book():
    text = ("In 1998 Bram Telk published his memoir, *Corvath Skies*, in Tollan. The title was "
            "won by Dace Osk the next year.\n")
    assert _title(reference_triples(text)) == []


def test_a_book_title_still_read_when_it_does_something_else():
    text = ("In 1998 Bram Telk published his memoir, *Corvath Skies*, in Tollan. The title "
            "puzzled many readers.\n")
    assert (1, "The title", "Corvath Skies") in reference_triples(text)


SON = ("# Ivo Sarn\n\nIvo Sarn was a printer in Tollan. Ivo Sarn founded the Sarn Press in "
       "1901. He printed almanacs. Ivo Sarn died in 1920. His son Tamsel Sarn was born in "
       "1890.\n\n## {}\n\nHe studied law in Varn and became a judge.\n")


def test_a_section_named_after_the_son_opens_with_the_son():
    assert (5, "He", "Tamsel Sarn") in reference_triples(SON.format("Tamsel Sarn"))


def test_a_section_on_the_son_opens_with_the_son():
    assert (5, "He", "Tamsel Sarn") in reference_triples(SON.format("Son"))


def test_a_section_of_another_kind_still_opens_with_the_man_told_of_most():
    assert (5, "He", "Ivo Sarn") in reference_triples(SON.format("Later years"))


QUILL = ("# The quillophone\n\nThe quillophone is a reed box played with both hands. Most "
         "quillophones have nine reeds. Ivo Skarn said {} a louder instrument. The instrument "
         "had twelve keys.\n")


def test_a_copula_with_a_subject_of_its_own_introduces_a_new_instrument():
    refs = reference_triples(QUILL.format("his was"))
    assert [r for r in refs if r[1] == "The instrument"] == [], refs


def test_a_name_described_by_its_copula_still_is_the_instrument():
    text = ("# The quillophone\n\nThe quillophone is a reed box played with both hands. Most "
            "quillophones have nine reeds. The quillophone is a louder instrument. The "
            "instrument had twelve keys.\n")
    assert (3, "The instrument", "quillophone") in reference_triples(text)
