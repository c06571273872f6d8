"""Entity types, round prec13 (issue 3): names typed by how they were named or issued
(:mod:`kg.kinds.naming_cues`) and a definite apposition closed by "where". Invented
sentences, each failing without its rule, with a negative test in another genre beside it."""

from __future__ import annotations

import pytest

from tests.test_entities import with_mentions
from tests.test_entities_round16_types import _type


@pytest.mark.parametrize(("text", "word", "refused"), [
    pytest.param(
        "The drovers slept at a roadside inn on the way south. The roadside inn burned "
        "down in 1890.\n",
        "inn", "place",
        id="a-lowercase-term-ending-in-a-place-noun-without-a-capital-is-no-place"),
    pytest.param(
        "The Ossick project built a small compiler in 2019. The Ossick project is still "
        "used by two schools.\n",
        "ossick", "organization", id="a-name-before-a-lowercase-project-is-no-organisation"),
    pytest.param(
        "The new depot opened on K. Street in 1897, and K. Street was paved a year "
        "later.\n",
        "street", "person", id="an-initial-before-a-head-noun-names-no-person"),
])
def test_no_name_holding_the_word_takes_the_type(text, word, refused):
    # every label holding the word, in any case, so none escapes by its capitals
    entities, _ = with_mentions(text)
    assert all(e.entity_type != refused for e in entities if word in e.label.casefold())


TYPED = [
    pytest.param(
        "From 1890 the dairy bottled its cream under the brand name \"Grey Pearl\" for "
        "shops along the coast.\n",
        "Grey Pearl", "product", id="a-quoted-brand-name-is-a-product"),
    pytest.param(
        "In 1902 the critic Tobin Ashgrove reviewed \"Grey Pearl\" for a weekly paper, "
        "and the novel sold out.\n",
        "Grey Pearl", "document", id="a-quoted-title-without-a-brand-cue-stays-a-document"),
    pytest.param(
        "Orla Venn wrote to her brother every week. Her letters, published in 1874 as "
        "Notes on the Drying of Salt, are read by historians of the coast.\n",
        "Notes on the Drying of Salt", "document", id="published-as-a-title-is-a-document"),
    pytest.param(
        "The harbour board appointed Orla Venn as Harbour Master in 1911. "
        "Orla Venn held the post for twenty years.\n",
        "Orla Venn", "person", id="as-after-another-verb-names-no-document"),
    pytest.param(
        "In 1871 no snow fell in the valley. The event, remembered locally as the "
        "Soft Winter, closed two ski schools.\n",
        "Soft Winter", "event", id="an-event-remembered-as-a-name-is-an-event"),
    pytest.param(
        "The choir's founder loved Vellbridge, the hill village where he was born, "
        "and left it his house.\n",
        "Vellbridge", "place", id="a-definite-apposition-closed-by-where-names-a-place"),
    pytest.param(
        "The choir sang for the miners at Orran Pinfold in the winter of 1890.\n",
        "Orran Pinfold", "place", id="a-name-shaped-like-a-persons-after-at-is-a-place"),
    pytest.param(
        "The ledgers were kept in Orla Quillan's house until 1950, when the "
        "archivist Orla Quillan gave them to the county.\n",
        "Orla Quillan", "person", id="a-persons-possessive-after-in-is-still-a-person"),
    pytest.param(
        "The trial was led by the surgeon Norman Vessick in 1931. Norman Vessick "
        "published the results a year later.\n",
        "Norman Vessick", "person", id="a-given-name-that-is-no-demonym-still-opens-a-persons-name"),
    pytest.param(
        "The survey team turned to pulse tomography (PT) in 1971. Pulse tomography "
        "showed the buried walls, and PT is still used on the site.\n",
        "pulse tomography", "technique", id="a-term-headed-by-a-noun-of-measuring-is-a-technique"),
    pytest.param(
        "The Orlen Folk Festival began in 1978 on the green. Every summer the Orlen Folk "
        "Festival brings three thousand visitors to the village.\n",
        "Orlen Folk Festival", "event", id="a-name-ending-in-a-gathering-noun-is-an-event"),
    pytest.param(
        "The painter Rosa Carnival moved to Vessick in 1931. Rosa Carnival died there "
        "in 1960.\n",
        "Rosa Carnival", "person", id="a-persons-name-ending-in-a-gathering-noun-is-still-a-person"),
    pytest.param(
        "The council passed the Lamp Hours Edict in 1921. Under the Lamp Hours "
        "Edict every shop had to dim its windows by ten.\n",
        "Lamp Hours Edict", "document", id="a-name-ending-in-edict-is-a-document"),
    pytest.param(
        "Varrick Tolland, the son of a miller, went to sea at twelve. Varrick Tolland "
        "later built ships at Orlen.\n",
        "Varrick Tolland", "person", id="a-persons-apposition-after-the-subject-still-names-a-person"),
    pytest.param(
        "The rescue team met at the Drover Inn every Friday. The Drover Inn kept a "
        "stretcher behind the bar.\n",
        "Drover Inn", "place", id="a-name-ending-in-inn-is-a-place"),
    pytest.param(
        "Mail travelled in the Ossick capsule, a leather-lined cylinder. The Ossick "
        "capsule carried forty letters.\n",
        "Ossick capsule", "product", id="a-coined-term-ending-in-capsule-is-a-product"),
    pytest.param(
        "The engineer Pieter de Varnbote built the lock in 1902. Pieter de Varnbote "
        "retired in 1920.\n",
        "Pieter de Varnbote", "person", id="a-persons-name-with-a-particle-inside-is-still-a-person"),
    pytest.param(
        "The organist Tobin Lawrence joined the choir in 1931. Tobin Lawrence "
        "left it in 1950.\n",
        "Tobin Lawrence", "person", id="a-surname-ending-like-an-abstract-noun-in-ence-is-still-a-persons"),
    pytest.param(
        "The herring trade is best told in Notes on the Vessick Herring. Historians "
        "still quote Notes on the Vessick Herring.\n",
        "Notes on the Vessick Herring", "document", id="a-title-opened-by-a-noun-of-a-written-work-is-a-document"),
    pytest.param(
        "The Vessick Geological Survey mapped the coast in 1902. Later the Vessick "
        "Geological Survey moved its offices inland.\n",
        "Vessick Geological Survey", "organization", id="a-name-ending-in-a-capitalised-survey-is-an-organisation"),
    pytest.param(
        "Only in 1893 did J. J. Varnholt show that the rays were charged particles, "
        "and the finding changed the field.\n",
        "J. J. Varnholt", "person", id="initials-and-a-surname-name-a-person"),
    pytest.param(
        "In the valley, Samuel Bell, the first secretary of the Vessick Institution, "
        "kept its minutes for forty years.\n",
        "Samuel Bell", "person", id="a-name-described-by-a-post-is-a-person"),
    pytest.param(
        "Samuel Bell, Tobin Ashgrove and Orla Quillan of the Vessick Institution surveyed "
        "the harbour walls in 1963.\n",
        "Samuel Bell", "person", id="a-name-listed-beside-people-is-a-person"),
]


@pytest.mark.parametrize(("text", "name", "expected"), TYPED)
def test_a_name_is_typed_by_its_cue(text, name, expected):
    assert _type(text, name) == expected


NOT_TYPED = [
    pytest.param(
        "The miller Tobin Ashgrove rebuilt the weir. The miller, known locally as the "
        "Old Tobin, died in 1890.\n",
        "Old Tobin", "event", id="a-person-known-as-a-nickname-is-no-event"),
    pytest.param(
        "Orla Venn joined Tarrick Holloway, the brokerage where her father had worked, "
        "in 1902. Tarrick Holloway closed in 1931.\n",
        "Tarrick Holloway", "place", id="a-definite-apposition-naming-a-firm-before-where-is-no-place"),
    pytest.param(
        "The friar copied his Kelder Rubrics by hand, and the abbey kept them in a "
        "locked chest.\n",
        "Kelder Rubrics", "person", id="a-name-after-a-possessive-determiner-is-no-person"),
    pytest.param(
        "Her last concert, a performance of Brannagh's Danish Vespers with the town choir, "
        "filled the hall.\n",
        "Danish Vespers", "person", id="a-name-opened-by-an-adjective-of-nationality-is-no-person"),
    pytest.param(
        "The poet's family biography appeared in 1901. The family biography sold "
        "well in the capital.\n",
        "family biography", "technique", id="a-term-headed-by-a-noun-of-a-written-life-is-no-technique"),
    pytest.param(
        "The band Decree played in Vessick in 1988. Decree released two albums before "
        "the drummer left.\n",
        "Decree", "document", id="a-one-word-name-that-is-a-document-noun-is-no-document"),
    pytest.param(
        "Tobin Ashgrove was born in 1790 at Orlen in Vosshire, the son of a miller, and "
        "went to sea at twelve.\n",
        "Vosshire", "person", id="a-persons-apposition-after-a-place-in-a-prepositional-phrase-is-the-subjects"),
    pytest.param(
        "The story reached the weekly Der Varnbote in May 1902. Der Varnbote printed it "
        "on the front page.\n",
        "Der Varnbote", "person", id="a-name-opened-by-a-foreign-article-is-no-person"),
    pytest.param(
        "The score was printed by Ossick Editions in 1931. Ossick Editions closed "
        "in 1950.\n",
        "Ossick Editions", "person", id="a-name-ending-in-an-abstract-plural-is-no-person"),
    pytest.param(
        "The Friends of the Vessick Shore cleaned the beach in 1990. The Friends of the "
        "Vessick Shore meet every spring.\n",
        "Friends of the Vessick Shore", "document", id="a-body-opened-by-another-noun-is-no-document"),
    pytest.param(
        "The Orlen Rowing Club, the oldest member of the regional federation, opened a "
        "boathouse in 1902. The Orlen Rowing Club still rows there.\n",
        "Orlen Rowing Club", "person", id="a-body-described-as-a-member-is-no-person"),
    pytest.param(
        "The engine was built by Tobin Ashgrove, Orla Quillan and Vessick Motor Works "
        "in 1963.\n",
        "Vessick Motor Works", "person", id="a-firm-listed-beside-people-is-no-person"),
]


@pytest.mark.parametrize(("text", "name", "refused"), NOT_TYPED)
def test_a_name_without_the_cue_is_not_typed_so(text, name, refused):
    assert _type(text, name) != refused
