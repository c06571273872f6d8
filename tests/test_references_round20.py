"""Reference resolution, round 20 (rel12): invented sentences for each rule (each fails
without it), with a negative test in another genre."""

from __future__ import annotations

import pytest

from tests.test_entities import by_reference, find, with_mentions

SURVEY = ("Orlen Pressby drew the first tide tables of the Kessmoor coast in 1931. "
          "By comparing old harbour logs, he could fix the times of high water. "
          "Combined with the notes supplied through Dace Skarvik, the tables allowed him to "
          "finish the survey by 1933.\n")

LIBRARY = ("The first release of Quillet, a small library for reading map tiles, came in 2012. "
           "Quillet grew quickly. "
           "Many firms relied on the library by then. "
           "The press service Varnlow used it to draw its weather charts.\n")

# (text, the entity a reference may take, the other names the text must hold, the sentence of
# the reference, whether the entity is taken there)
CASES = [
    pytest.param(SURVEY, "Orlen Pressby", ["Dace Skarvik"], 2, True,  # "him": the man the text is about
                 id="a_pronoun_passes_over_a_person_in_a_fronted_phrase"),
    pytest.param(
        "Orlen Pressby coached the Kessmoor Rovers for a decade. "
        "He rarely spoke to the press. "
        "After Dace Skarvik left the club in 1950, he coached in Lisbon.\n",
        "Orlen Pressby", ["Dace Skarvik"], 2, False,  # "he" may well be Skarvik: left to him
        id="a_pronoun_after_a_fronted_clause_keeps_its_subject"),
    pytest.param(
        "Orlen Pressby coached the Kessmoor Rovers for a decade. "
        "He rarely spoke to the press. "
        "According to Dace Skarvik, he had never wanted the post.\n",
        "Orlen Pressby", ["Dace Skarvik"], 2, False,  # the speaker may mean himself
        id="a_pronoun_after_according_to_keeps_the_person"),
    pytest.param(LIBRARY, "Quillet", ["Varnlow"], 3, True,  # Varnlow used it: not Varnlow itself
                 id="an_object_it_passes_over_the_subject_of_its_own_verb"),
    pytest.param(
        "The first release of Quillet, a small library for reading map tiles, came in 2012. "
        "Quillet grew quickly. "
        "Many firms relied on the library by then. "
        "Varnlow then used it to draw its weather charts.\n",
        "Quillet", [], 3, False,  # not right before the verb: left alone
        id="an_object_it_after_a_name_and_an_adverb_takes_nothing"),
    pytest.param(
        "The Orm Trust was founded in 1880 by local farmers. "
        "The Orm Trust bought the old mill in 1901. "
        "The Varn Guild ran it until 1950.\n",
        "Orm Trust", ["Varn Guild"], 2, False,  # it is the mill, which names no entity
        id="an_object_it_after_a_sentence_with_an_unnamed_object_takes_nothing"),
    # review of rel12: only a subject "he"/"she" or a participial phrase sends the fronted
    # person to the back; "him" after "In talks with X," may well be X
    pytest.param(
        "Edwin Korvin ran the Quibrow Press for thirty years. "
        "Edwin Korvin hired Jon Callis in 1908. "
        "In talks with Jon Callis, the board offered him a seat.\n",
        "Edwin Korvin", ["Jon Callis"], 2, False,
        id="an_object_pronoun_after_a_fronted_prepositional_phrase_is_not_sent_back"),
    pytest.param(
        "Ruth Tallis ran the Quibrow Press for thirty years. "
        "She wrote often to her friends. "
        "In a letter to Tamsin Liddell, she described the new press.\n",
        "Ruth Tallis", ["Tamsin Liddell"], 2, True,
        id="a_subject_pronoun_after_a_fronted_prepositional_phrase_passes_over_its_person"),
    # review of rel12: "Marlby Town won it" is the cup the Rovers won, not the Rovers
    pytest.param(
        "The Ashgrove Rovers were founded in 1880. "
        "The Ashgrove Rovers won the Vantor Cup in 1990. "
        "Marlby Town won it in 1991.\n",
        "Ashgrove Rovers", ["Marlby Town", "Vantor Cup"], 2, False,
        id="an_object_it_after_a_sentence_with_a_named_object_takes_nothing"),
    pytest.param(
        "The Pellam Museum was founded in 1880 by local farmers. "
        "The Pellam Museum opened in 1920. "
        "The Selwick Council funded it for forty years.\n",
        "Pellam Museum", ["Selwick Council"], 2, True,
        id="an_object_it_after_a_sentence_without_an_object_takes_its_subject"),
    pytest.param(
        "The Orsk bakery uses a slow method called cold proving for its loaves. "
        "In 1990 it tried a new method of steaming the dough. "
        "The method failed.\n",
        "cold proving", [], 2, False,
        id="the_method_after_another_method_takes_nothing"),
    # review of rel12: a quotation mark between the comma and "he"
    pytest.param(
        "Edwin Korvin ran the Quibrow Press for thirty years. "
        "He wrote six books. "
        "\"In my talks with Paul Harlow,\" he wrote, \"I learned patience.\"\n",
        "Edwin Korvin", ["Paul Harlow"], 2, True,
        id="a_quoted_subject_pronoun_after_a_fronted_phrase_still_passes_over_its_person"),
    # review of rel12: the person right after the opening participle may be "him"
    pytest.param(
        "Edwin Korvin ran the Quibrow Press for thirty years. "
        "Edwin Korvin hired Jon Callis in 1908. "
        "Impressed by Jon Callis, the board promoted him.\n",
        "Edwin Korvin", ["Jon Callis"], 2, False,
        id="an_object_pronoun_after_a_participle_keeps_the_participles_own_person"),
    # review of rel12: the named object vetoes only when it differs from what is taken
    pytest.param(
        "The Orsk Bank opened in 1850. "
        "Farmers trusted the Orsk Bank by 1910. "
        "The Callis Company bought it in 1920.\n",
        "Orsk Bank", ["Callis Company"], 2, True,
        id="an_object_it_after_a_named_object_that_is_the_subject_found_takes_it"),
]


@pytest.mark.parametrize(("text", "label", "others", "sentence", "taken"), CASES)
def test_a_reference_takes_its_entity_or_leaves_it(text, label, others, sentence, taken):
    entities, mentions = with_mentions(text)
    entity = find(entities, label)
    assert entity is not None and all(find(entities, o) is not None for o in others)
    assert by_reference(mentions, entity, sentence) is taken


POST = ("In 1902 the Tesk Post Office introduced a sorting technique known as street relay, "
        "in which letters for one street left in a single batch. "
        "The method halved the delays at the busiest counters. "
        "It required careful timing, and the porters who mastered it earned a bonus. "
        "Street relay was dropped in 1931.\n")


def test_a_term_named_by_a_way_noun_is_a_technique_taken_up_by_the_method():
    entities, mentions = with_mentions(POST)
    staged = find(entities, "street relay")
    assert staged is not None and staged.entity_type == "technique"
    assert by_reference(mentions, staged, 1)  # "The method"
    assert by_reference(mentions, staged, 2)  # "It", after it


def test_a_term_named_by_another_noun_is_no_technique():
    entities, _mentions = with_mentions(
        "The Tesk club introduced a new kit known as crimson stripe in 1902, "
        "and the crimson stripe stayed for decades.\n")
    stripe = find(entities, "crimson stripe")
    assert stripe is None or stripe.entity_type != "technique"


def test_the_method_after_a_method_called_a_term_takes_the_term():
    # review of rel12: the noun of "a method called X" names X, no other way
    entities, mentions = with_mentions(
        "The Orsk bakery uses a slow method called cold proving for its loaves. "
        "The method keeps the crumb soft.\n")
    proving = find(entities, "cold proving")
    assert proving is not None and proving.entity_type == "technique"
    assert by_reference(mentions, proving, 1)
