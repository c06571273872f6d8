"""Issue 3, alias13: an eponymous term with a lowercase head written once but glossed by an
apposition (kg.finders.eponym_glosses.glossed), and "the X firm" / "the X works" for the one
business whose name begins with X (kg.merging.firm_names, rule firm-name), on invented
sentences, each with a negative in another genre."""

from __future__ import annotations

import pytest

from tests.test_entities import find, joined, needs_wordfreq, with_mentions

CONDENSER = (
    "Cold stores\n"
    "Iska Dunmerrow trained as a smith at Grenmouth. In 1880 the brewery bought the "
    "Dunmerrow condenser, a brass cooling unit built for cold stores by Iska Dunmerrow. It "
    "ran for forty years.\n")


@needs_wordfreq
def test_a_glossed_eponym_with_a_lowercase_head_is_found_beside_its_namesake():
    entities, _ = with_mentions(CONDENSER)
    condenser = find(entities, "Dunmerrow condenser")
    assert condenser is not None
    assert condenser is not find(entities, "Iska Dunmerrow")
    assert find(entities, "Dunmerrow") is find(entities, "Iska Dunmerrow")


@needs_wordfreq
def test_an_apposition_naming_a_person_or_a_plural_takes_no_head():
    # another genre: a match report, where "the Ostrey …" is a person's or a family's
    entities, _ = with_mentions(
        "The derby\n"
        "Tam Ostrey scored twice for Aldbury on Saturday. The crowd cheered the Ostrey "
        "striker, a young man from the coast. Later the Ostrey brothers, a pair of wingers, "
        "signed for the club.\n")
    assert find(entities, "Ostrey striker") is None
    assert find(entities, "Ostrey brothers") is None
    assert find(entities, "Ostrey") is find(entities, "Tam Ostrey")


WORKS = (
    "Glass\n"
    "Orla Brannick founded the Carrick Glass Works in 1850 with two furnaces by the harbour "
    "of Carrick. Carrick lies on a sandy coast. The Carrick firm opened a second furnace in 1860. "
    "In 1871 Brannick left the Carrick works and sailed for Wellowby.\n")


@needs_wordfreq
def test_the_town_firm_and_the_town_works_are_the_business_not_the_town():
    entities, mentions = with_mentions(WORKS)
    works = joined(entities, "Carrick Glass Works", "Carrick firm", rule="firm-name")
    joined(entities, "Carrick Glass Works", "Carrick works", rule="name-head")
    town = find(entities, "Carrick")
    assert town is not None and town is not works
    ids = {e.id: e.label for e in entities}
    assert {ids[m.entity] for m in mentions if "firm" in m.surface} == {"Carrick Glass Works"}


@needs_wordfreq
def test_a_firm_named_by_a_word_no_business_name_begins_with_joins_nothing():
    # another genre: a hospital and a street bear the town's name; "the Carrick firm" is a
    # firm the text does not name, and "the Wellowby works" no name for the town itself
    entities, _ = with_mentions(
        "Health\n"
        "Carrick Hospital opened in 1902 on Carrick Road. The Carrick firm of builders put up "
        "its west wing. Patients came by rail from Wellowby, a town on the coast, where the "
        "Wellowby works made bricks until 1950.\n")
    for name in ("Carrick Hospital", "Carrick Road", "Wellowby"):
        entity = find(entities, name)
        assert entity is None or not {"Carrick firm", "Wellowby works"} & set(entity.aliases)
    assert find(entities, "Wellowby") is not None


@needs_wordfreq
@pytest.mark.parametrize("text", [
    pytest.param(
        "The Tolmarsh Lamp Company\n"
        "The Tolmarsh Lamp Company (TLC) made oil lamps in Quillan from 1840. TLC sold them along "
        "the whole coast, and in 1875 TLC opened a second shop. In 1880 the Carrick Glass Works "
        "opened by the harbour of Carrick. The Carrick firm cut the price of lamp glass. The "
        "Carrick works doubled in size, and the Carrick firm hired forty men. Lamp oil grew dear "
        "in the 1890s. The firm closed its Quillan shop in 1899.\n",
        id="a-rival-described-as-the-town-firm-takes-no-firm-from-the-titled-company"),
    pytest.param(
        "Lamps\n"
        "The Tolmarsh Lamp Company made oil lamps in Quillan. The firm sold them along the "
        "coast. In 1880 the Carrick Glass Works opened by the harbour of Carrick, and the "
        "Carrick firm cut the price of lamp glass.\n",
        id="the-town-firm-heads-no-name-so-the-firm-may-be-a-company-named-before"),
])
def test_the_town_firm_is_the_works_and_the_firm_the_company_named_before(text):
    entities, mentions = with_mentions(text)
    joined(entities, "Carrick Glass Works", "Carrick firm", rule="firm-name")
    ids = {e.id: e.label for e in entities}
    assert {ids[m.entity] for m in mentions if m.surface == "The firm"} \
        == {"Tolmarsh Lamp Company"}


@needs_wordfreq
def test_an_italic_title_with_its_quoted_translation_in_brackets_is_one_work():
    entities, _ = with_mentions(
        "Cold rooms\n"
        "In 1902 Mira Sellick published a short paper, *Die Kunst der kalten Kammer* (\"The Art "
        "of the Cold Room\"), in a Varnholt journal. It was reprinted twice.\n")
    work = joined(entities, "Die Kunst der kalten Kammer", "The Art of the Cold Room",
                  rule="alias")
    assert work.entity_type == "document"
    assert find(entities, "Kunst") is None and find(entities, "Die") is None


@needs_wordfreq
def test_a_proverb_with_a_sentence_case_gloss_is_no_title():
    # another genre: a cookery column quoting a saying, glossed in plain words
    entities, _ = with_mentions(
        "Slow bread\n"
        "Amsel Tarro bakes by an old rule, *Chi va piano va sano* (\"who goes slowly goes "
        "safely\"), and proves her dough overnight.\n")
    assert find(entities, "Chi va piano va sano") is None
    assert not any(e.entity_type == "document" for e in entities)


@needs_wordfreq
def test_the_family_works_is_the_house_of_that_name_which_keeps_its_head():
    entities, mentions = with_mentions(
        "Soap\n"
        "The House of Orrimel began in 1871, when Ada Orrimel opened a soap shop in Quillan. "
        "The house sold cakes of soap to barbers. In 1890 the Orrimel works moved to the "
        "harbour. The house closed in 1950.\n")
    joined(entities, "House of Orrimel", "Orrimel works", rule="firm-name")
    ids = {e.id: e.label for e in entities}
    assert {ids[m.entity] for m in mentions if m.surface == "The house"} == {"House of Orrimel"}
