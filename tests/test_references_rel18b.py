"""rel18b: a copula's description is no new thing, a title's class noun past a document's
name, a plural opening sentences is no coined name, a section's first "He", "The title"."""

from __future__ import annotations

from tests.test_entities import reference_triples

QUILL = ("# The quillophone\n\nThe quillophone is a small reed instrument from the hill country. "
         "Most quillophones have nine reeds. Players hold the instrument with both hands. "
         "The quillophone spread to the towns after 1850. Few teachers trusted the instrument "
         "at first.\n")


def test_a_copula_description_of_the_named_thing_is_no_new_instrument():
    assert (2, "the instrument", "quillophone") in reference_triples(QUILL)


def test_a_company_described_after_an_owner_is_still_a_new_one():
    text = ("The Quorve Works made rope and twine in Tollan from 1850. "
            "Its best customer was a small shipping company. The company paid late.\n")
    refs = reference_triples(text)
    assert [r for r in refs if r[1] == "The company"] == [], refs


def test_the_instrument_before_a_document_named_after_one_is_the_titles_thing():
    text = ("# The quillophone\n\nThe quillophone is a reed box played with both hands. "
            "Most quillophones have nine reeds. The quillophone spread to the towns after 1850. "
            "Few teachers trusted the instrument at first. In 1880 Bresk Orm wrote *Notes on "
            "the Reed Instrument*, a short manual.\n")
    refs = reference_triples(text)
    assert (3, "the instrument", "quillophone") in refs, refs


TUNERS = ("# The quillophone\n\nThe quillophone is a reed box played with both hands. Most "
          "quillophones have nine reeds. The quillophone spread to the towns after 1850. "
          "Tuners adjust each reed by ear. Tuners often work alone. The device needs little "
          "care after that.\n")


def test_the_device_after_plural_sentence_openers_is_no_coined_name():
    refs = reference_triples(TUNERS)
    assert (5, "The device", "quillophone") in refs, refs


def test_a_coined_name_also_written_inside_a_sentence_is_still_the_project():
    text = ("Version 2 of Quillmaps appeared in 2019. Quillmaps draws river charts for "
            "boatmen. The project is led by Ada Lind.\n")
    assert (2, "The project", "Quillmaps") in reference_triples(text)


PRESS = ("# The Sarn Press\n\nIvo Sarn founded the Sarn Press in Tollan in 1901. He printed "
         "almanacs for the farmers of the valley. In 1905 Teodric Verrel joined the press as "
         "foreman and ran the cases for ten years.\n\n{}He retired in 1930 and sold the press "
         "to his nephew.\n")


def test_a_sections_first_he_is_the_man_most_spoken_of():
    assert (3, "He", "Ivo Sarn") in reference_triples(PRESS.format("## Later years\n\n"))


def test_without_a_heading_he_is_the_man_named_last():
    assert (3, "He", "Teodric Verrel") in reference_triples(PRESS.format(""))


def test_the_title_after_a_treatise_is_that_treatise():
    text = ("Orla Vesk studied the hill reeds for ten years. In 1819 she published the results "
            "as a treatise, *A Treatise on Reed Sickness*, in two volumes. The title introduced the term "
            "reed sickness.\n")
    refs = reference_triples(text)
    assert (2, "The title", "A Treatise on Reed Sickness") in refs, refs


def test_a_sporting_title_of_champion_is_no_book():
    text = ("The club's history, *Blue Years on the Tresk*, appeared in 1990. The title of "
            "champion came to Tresk Wanderers in 1992.\n")
    refs = reference_triples(text)
    assert not [r for r in refs if r[1] == "The title"], refs
