"""Entity types, round prec13 (issue 3): names typed by how they were named or issued
(:mod:`kg.kinds.naming_cues`) and a definite apposition closed by "where". Invented
sentences, each failing without its rule, with a negative test in another genre beside it."""

from __future__ import annotations

from tests.test_entities import with_mentions
from tests.test_entities_round16_types import _type


def test_a_quoted_brand_name_is_a_product():
    text = ("From 1890 the dairy bottled its cream under the brand name \"Grey Pearl\" for "
            "shops along the coast.\n")
    assert _type(text, "Grey Pearl") == "product"


def test_a_quoted_title_without_a_brand_cue_stays_a_document():
    text = ("In 1902 the critic Tobin Ashgrove reviewed \"Grey Pearl\" for a weekly paper, "
            "and the novel sold out.\n")
    assert _type(text, "Grey Pearl") == "document"


def test_published_as_a_title_is_a_document():
    text = ("Orla Venn wrote to her brother every week. Her letters, published in 1874 as "
            "Notes on the Drying of Salt, are read by historians of the coast.\n")
    assert _type(text, "Notes on the Drying of Salt") == "document"


def test_as_after_another_verb_names_no_document():
    text = ("The harbour board appointed Orla Venn as Harbour Master in 1911. "
            "Orla Venn held the post for twenty years.\n")
    assert _type(text, "Orla Venn") == "person"


def test_an_event_remembered_as_a_name_is_an_event():
    text = ("In 1871 no snow fell in the valley. The event, remembered locally as the "
            "Soft Winter, closed two ski schools.\n")
    assert _type(text, "Soft Winter") == "event"


def test_a_person_known_as_a_nickname_is_no_event():
    text = ("The miller Tobin Ashgrove rebuilt the weir. The miller, known locally as the "
            "Old Tobin, died in 1890.\n")
    assert _type(text, "Old Tobin") != "event"


def test_a_definite_apposition_closed_by_where_names_a_place():
    text = ("The choir's founder loved Vellbridge, the hill village where he was born, "
            "and left it his house.\n")
    assert _type(text, "Vellbridge") == "place"


def test_a_definite_apposition_naming_a_firm_before_where_is_no_place():
    text = ("Orla Venn joined Tarrick Holloway, the brokerage where her father had worked, "
            "in 1902. Tarrick Holloway closed in 1931.\n")
    assert _type(text, "Tarrick Holloway") != "place"


def test_a_name_shaped_like_a_persons_after_at_is_a_place():
    text = "The choir sang for the miners at Orran Pinfold in the winter of 1890.\n"
    assert _type(text, "Orran Pinfold") == "place"


def test_a_name_after_a_possessive_determiner_is_no_person():
    text = ("The friar copied his Kelder Rubrics by hand, and the abbey kept them in a "
            "locked chest.\n")
    assert _type(text, "Kelder Rubrics") != "person"


def test_a_persons_possessive_after_in_is_still_a_person():
    text = ("The ledgers were kept in Orla Quillan's house until 1950, when the "
            "archivist Orla Quillan gave them to the county.\n")
    assert _type(text, "Orla Quillan") == "person"


def test_a_name_opened_by_an_adjective_of_nationality_is_no_person():
    text = ("Her last concert, a performance of Brannagh's Danish Vespers with the town choir, "
            "filled the hall.\n")
    assert _type(text, "Danish Vespers") != "person"


def test_a_given_name_that_is_no_demonym_still_opens_a_persons_name():
    text = ("The trial was led by the surgeon Norman Vessick in 1931. Norman Vessick "
            "published the results a year later.\n")
    assert _type(text, "Norman Vessick") == "person"


def test_a_term_headed_by_a_noun_of_measuring_is_a_technique():
    text = ("The survey team turned to pulse tomography (PT) in 1971. Pulse tomography "
            "showed the buried walls, and PT is still used on the site.\n")
    assert _type(text, "pulse tomography") == "technique"


def test_a_term_headed_by_a_noun_of_a_written_life_is_no_technique():
    text = ("The poet's family biography appeared in 1901. The family biography sold "
            "well in the capital.\n")
    assert _type(text, "family biography") != "technique"


def test_a_name_ending_in_a_gathering_noun_is_an_event():
    text = ("The Orlen Folk Festival began in 1978 on the green. Every summer the Orlen Folk "
            "Festival brings three thousand visitors to the village.\n")
    assert _type(text, "Orlen Folk Festival") == "event"


def test_a_persons_name_ending_in_a_gathering_noun_is_still_a_person():
    text = ("The painter Rosa Carnival moved to Vessick in 1931. Rosa Carnival died there "
            "in 1960.\n")
    assert _type(text, "Rosa Carnival") == "person"


def test_a_name_ending_in_edict_is_a_document():
    text = ("The council passed the Lamp Hours Edict in 1921. Under the Lamp Hours "
            "Edict every shop had to dim its windows by ten.\n")
    assert _type(text, "Lamp Hours Edict") == "document"


def test_a_one_word_name_that_is_a_document_noun_is_no_document():
    text = ("The band Decree played in Vessick in 1988. Decree released two albums before "
            "the drummer left.\n")
    assert _type(text, "Decree") != "document"


def test_a_persons_apposition_after_a_place_in_a_prepositional_phrase_is_the_subjects():
    text = ("Tobin Ashgrove was born in 1790 at Orlen in Vosshire, the son of a miller, and "
            "went to sea at twelve.\n")
    assert _type(text, "Vosshire") != "person"


def test_a_persons_apposition_after_the_subject_still_names_a_person():
    text = ("Varrick Tolland, the son of a miller, went to sea at twelve. Varrick Tolland "
            "later built ships at Orlen.\n")
    assert _type(text, "Varrick Tolland") == "person"


def test_a_name_ending_in_inn_is_a_place():
    text = ("The rescue team met at the Drover Inn every Friday. The Drover Inn kept a "
            "stretcher behind the bar.\n")
    assert _type(text, "Drover Inn") == "place"


def test_a_coined_term_ending_in_capsule_is_a_product():
    text = ("Mail travelled in the Ossick capsule, a leather-lined cylinder. The Ossick "
            "capsule carried forty letters.\n")
    assert _type(text, "Ossick capsule") == "product"


def test_a_lowercase_term_ending_in_a_place_noun_without_a_capital_is_no_place():
    text = ("The drovers slept at a roadside inn on the way south. The roadside inn burned "
            "down in 1890.\n")
    entities, _ = with_mentions(text)
    assert all(e.entity_type != "place" for e in entities if "inn" in e.label.casefold())


def test_a_name_opened_by_a_foreign_article_is_no_person():
    text = ("The story reached the weekly Der Varnbote in May 1902. Der Varnbote printed it "
            "on the front page.\n")
    assert _type(text, "Der Varnbote") != "person"


def test_a_persons_name_with_a_particle_inside_is_still_a_person():
    text = ("The engineer Pieter de Varnbote built the lock in 1902. Pieter de Varnbote "
            "retired in 1920.\n")
    assert _type(text, "Pieter de Varnbote") == "person"


def test_a_name_ending_in_an_abstract_plural_is_no_person():
    text = ("The score was printed by Ossick Editions in 1931. Ossick Editions closed "
            "in 1950.\n")
    assert _type(text, "Ossick Editions") != "person"


def test_a_surname_ending_like_an_abstract_noun_in_ence_is_still_a_persons():
    text = ("The organist Tobin Lawrence joined the choir in 1931. Tobin Lawrence "
            "left it in 1950.\n")
    assert _type(text, "Tobin Lawrence") == "person"


def test_a_title_opened_by_a_noun_of_a_written_work_is_a_document():
    text = ("The herring trade is best told in Notes on the Vessick Herring. Historians "
            "still quote Notes on the Vessick Herring.\n")
    assert _type(text, "Notes on the Vessick Herring") == "document"


def test_a_body_opened_by_another_noun_is_no_document():
    text = ("The Friends of the Vessick Shore cleaned the beach in 1990. The Friends of the "
            "Vessick Shore meet every spring.\n")
    assert _type(text, "Friends of the Vessick Shore") != "document"


def test_a_name_ending_in_a_capitalised_survey_is_an_organisation():
    text = ("The Vessick Geological Survey mapped the coast in 1902. Later the Vessick "
            "Geological Survey moved its offices inland.\n")
    assert _type(text, "Vessick Geological Survey") == "organization"


def test_a_name_before_a_lowercase_project_is_no_organisation():
    text = ("The Ossick project built a small compiler in 2019. The Ossick project is still "
            "used by two schools.\n")
    entities, _ = with_mentions(text)
    assert all(e.entity_type != "organization" for e in entities if "Ossick" in e.label)


def test_initials_and_a_surname_name_a_person():
    text = ("Only in 1897 did J. J. Varnholt show that the rays were charged particles, "
            "and the finding changed the field.\n")
    assert _type(text, "J. J. Varnholt") == "person"


def test_an_initial_before_a_head_noun_names_no_person():
    text = ("The new depot opened on K. Street in 1897, and K. Street was paved a year "
            "later.\n")
    entities, _ = with_mentions(text)
    assert all(e.entity_type != "person" for e in entities if "Street" in e.label)


def test_a_name_described_by_a_post_is_a_person():
    text = ("In the valley, Samuel Bell, the first secretary of the Vessick Institution, "
            "kept its minutes for forty years.\n")
    assert _type(text, "Samuel Bell") == "person"


def test_a_body_described_as_a_member_is_no_person():
    text = ("The Orlen Rowing Club, the oldest member of the regional federation, opened a "
            "boathouse in 1902. The Orlen Rowing Club still rows there.\n")
    assert _type(text, "Orlen Rowing Club") != "person"


def test_a_name_listed_beside_people_is_a_person():
    text = ("Samuel Bell, Tobin Ashgrove and Orla Quillan of the Vessick Institution surveyed "
            "the harbour walls in 1963.\n")
    assert _type(text, "Samuel Bell") == "person"


def test_a_firm_listed_beside_people_is_no_person():
    text = ("The engine was built by Tobin Ashgrove, Orla Quillan and Vessick Motor Works "
            "in 1963.\n")
    assert _type(text, "Vessick Motor Works") != "person"
