"""Tests for the round-14 rules (the history of a laboratory technique): a field of study
that ends a body's name before "in" and its place, a periodical's rare first word before
"of", and a maker's short name among its own models' names. Small made-up documents."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find, needs_wordfreq, read_file


@needs_wordfreq
def test_in_after_a_field_that_ends_a_body_s_name_gives_its_place():
    entities = extracted(
        "The method was worked out at the Tolvane Institute for Marine Botany in Quenby by a "
        "team of six. Quenby lies on the coast.\n")
    institute = find(entities, "Tolvane Institute for Marine Botany")
    assert institute is not None
    assert not any("Quenby" in f for f in (institute.label, *institute.aliases))


@needs_wordfreq
def test_a_field_after_in_stays_in_the_name():
    entities = extracted(
        "Ada Vennel won the Hestly Prize for Research in Botany in 1970. She taught in Quenby.\n")
    assert find(entities, "Hestly Prize for Research in Botany") is not None


@needs_wordfreq
def test_a_periodical_s_rare_first_word_goes_on_with_of():
    entities = extracted(
        "The paper appeared in the Annals of Coastal Geology in 1962. It ran to nine pages.\n")
    assert find(entities, "Annals of Coastal Geology") is not None


@needs_wordfreq
def test_a_maker_s_short_name_is_its_firm_not_one_of_its_models():
    entities = extracted(
        "In 1967 Ada Vennel founded Kestoval Instruments in Quenby. The firm's first model, the "
        "Kestoval KD-40, held forty samples. Kestoval also sold reagents, and a buyer later "
        "kept the Kestoval name.\n")
    firm = find(entities, "Kestoval Instruments")
    assert firm is not None and find(entities, "Kestoval") is firm
    assert find(entities, "Kestoval KD-40") is not firm


@needs_wordfreq
def test_a_name_with_a_lowercase_landform_plural_is_one_place():
    entities = extracted(
        "In 1957 Ada Vennel took mud from the Pellith springs, a group of hot pools north of "
        "Quenby. The culture grew at 71 degrees.\n")
    assert find(entities, "Pellith springs") is not None


@needs_wordfreq
@pytest.mark.parametrize("text, first, second", [
    pytest.param(
        "Tiered salt sorting\n\nTiered salt sorting (TSS) is a laboratory technique for grading "
        "brine by heating it twice. TSS was worked out in Quenby by Ada Vennel. Older books give "
        "it another name, and in the dairy trade the technique is still known as the Marrenby "
        "method.\n", "Marrenby method", "tiered salt sorting",
        id="a_description_inside_a_sentence_is_given_a_name_by_known_as"),
    pytest.param(
        "Tiered salt sorting\n\nTiered salt sorting (TSS) is a laboratory technique for grading "
        "brine by heating it twice. It was worked out at the Pellith Dairy School by Ada Vennel. "
        "Older papers write the name as tier-salt sorting. By 1970 TSS was used in every "
        "dairy.\n", "tiered salt sorting", "tier-salt sorting",
        id="write_the_name_as_gives_the_previous_subject_another_spelling"),
])
def test_the_technique_is_given_another_name(text, first, second):
    entities = extracted(text)
    method = find(entities, first)
    assert method is not None and find(entities, second) is method


@needs_wordfreq
def test_known_as_does_not_take_a_place_that_only_opens_the_name():
    entities = extracted(
        "Tiered salt sorting\n\nTiered salt sorting (TSS) is a laboratory technique for grading "
        "brine by heating it twice. Ada Vennel worked in Quenby for years. Older books give it "
        "another name, and in the dairy trade the technique is still known as the Quenby sort "
        "of grading.\n")
    place = find(entities, "Quenby")
    assert place is None or place is not find(entities, "tiered salt sorting")


@needs_wordfreq
def test_a_lowercase_coined_name_after_called_the_kind_noun_is_a_term():
    entities = extracted(
        "In 1959 Ada Vennel isolated the protein that did the work, and she called the protein "
        "varnase. What made varnase unusual was its patience.\n")
    assert find(entities, "varnase") is not None


@needs_wordfreq
def test_called_it_after_called_x_in_one_sentence_gives_x_another_name():
    entities = extracted(
        "In 1959 Ada Vennel isolated a protein: she called the protein varnase; colleagues soon "
        "called it the Tallis enzyme or simply TZ-1. What made varnase unusual was its "
        "patience. Firms later sold the Tallis enzyme in bulk.\n")
    enzyme = find(entities, "varnase")
    assert enzyme is not None and find(entities, "Tallis enzyme") is enzyme


def _about(tmp_path, text: str, name: str, word: str) -> bool:
    """True when the sentence holding ``word`` mentions the entity named ``name``."""
    entities, mentions, sentences = read_file(text, tmp_path, name="a.txt")
    entity = find(entities, name)
    index = next(i for i, s in enumerate(sentences) if word in s.text)
    return entity is not None and any(m.entity == entity.id and m.sentence == index
                                      for m in mentions)


@needs_wordfreq
def test_it_takes_up_a_technique_that_opens_the_sentence_before(tmp_path):
    text = ("Tiered salt sorting\n\nTiered salt sorting (TSS) is a laboratory technique for "
            "grading brine by heating it twice. It was worked out at the Pellith Dairy School "
            "by Ada Vennel. By 1970 TSS was used in every dairy.\n")
    assert _about(tmp_path, text, "tiered salt sorting", "worked out")


@needs_wordfreq
def test_a_lowercase_word_hyphened_to_a_known_acronym_names_a_variant():
    entities = extracted(
        "Tiered salt sorting (TSS) is a technique for grading brine. In 1975 Tom Lind "
        "developed cold-TSS, a variant that runs at 4 degrees.\n")
    assert find(entities, "cold-TSS") is not None


@needs_wordfreq
def test_a_common_prefix_or_a_following_noun_makes_no_variant():
    entities = extracted(
        "Tiered salt sorting (TSS) is a technique for grading brine. Dairies used non-TSS "
        "grading, and some sold low-TSS brine.\n")
    assert find(entities, "non-TSS") is None and find(entities, "low-TSS") is None


@needs_wordfreq
def test_an_unquoted_title_with_a_subtitle_and_a_year_is_one_work():
    entities = extracted(
        "Tom Lind left the dairy in 1975. His memoir, The Long Brine: A Life Among Salts "
        "(1989), tells the story of the first trials.\n")
    assert find(entities, "The Long Brine: A Life Among Salts") is not None


@needs_wordfreq
def test_a_model_s_code_is_an_alias_of_its_full_name():
    entities = extracted(
        "In 1967 Ada Vennel founded Kestoval Instruments. Its first model, the Kestoval KD-40, "
        "held forty samples.\n")
    model = find(entities, "Kestoval KD-40")
    assert model is not None and "KD-40" in model.aliases


@needs_wordfreq
def test_a_code_two_names_end_in_is_an_alias_of_neither():
    entities = extracted(
        "The Kestoval KD-40 held forty samples. The rival Pellith KD-40 held fifty.\n")
    assert all("KD-40" not in e.aliases for e in entities)


@needs_wordfreq
def test_a_name_with_a_landform_plural_is_typed_a_place():
    entities = extracted(
        "In 1957 Ada Vennel took mud from the Pellith springs in the hills north of Quenby. "
        "The culture grew at 71 degrees.\n")
    springs = find(entities, "Pellith springs")
    assert springs is not None and springs.entity_type == "place"


@needs_wordfreq
def test_a_periodical_s_name_is_typed_a_document():
    entities = extracted(
        "The paper appeared in the Annals of Coastal Geology in 1962. It ran to nine pages.\n")
    annals = find(entities, "Annals of Coastal Geology")
    assert annals is not None and annals.entity_type == "document"


@needs_wordfreq
def test_a_landform_word_used_as_a_verb_makes_no_place():
    entities = extracted(
        "Traders worry when the Dow falls below 3000. Each winter the Pelmor Council pools "
        "its funds.\n")
    assert find(entities, "Dow falls") is None and find(entities, "Pelmor Council pools") is None


@needs_wordfreq
def test_a_common_word_after_called_the_kind_noun_is_no_coined_name():
    entities = extracted("The team played the match on Sunday. Fans called the ground home.\n")
    assert find(entities, "home") is None


@needs_wordfreq
def test_a_description_inside_a_sentence_with_a_cue_right_after_it_introduces_a_new_name():
    entities = extracted(
        "Kell Pumps made pumps in Pelmor from 1900. In 1910 Ada Lind left and joined the firm "
        "known as Pelmor Press.\n")
    press = find(entities, "Pelmor Press")
    assert press is not None and press is not find(entities, "Kell Pumps")


@needs_wordfreq
def test_a_weekday_or_a_dated_month_after_a_connector_is_no_part_of_the_name():
    entities = extracted("Ada Lind read the Pelmor Report on Monday. Tom Hask wrote in the "
                         "Journal of March 1990 about trade.\n")
    assert find(entities, "Pelmor Report") is not None
    assert find(entities, "Pelmor Report on Monday") is None
    assert find(entities, "Journal of March") is None
