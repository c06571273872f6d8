"""Rule ``firm-name`` for a research group: "the Dunmarsh group" for the one institution whose
name holds "Dunmarsh" (:mod:`kg.merging.firm_names`), not the town; a name ending in "Limited"
is an organisation (:data:`kg.words.kind_nouns.ORG_HEADS`). Invented sentences, with a
negative in another genre."""

from __future__ import annotations

from tests.test_entities import find, joined, with_mentions


def test_the_town_group_is_the_institution_not_the_town():
    entities, mentions = with_mentions(
        "Cold work\n"
        "In 1908 the cold laboratory at Dunmarsh University liquefied a new gas. Having the "
        "only supply, the Dunmarsh group could cool samples no one else could. Visitors "
        "stayed in Dunmarsh, a town on the coast, for weeks.\n")
    university = joined(entities, "Dunmarsh University", "Dunmarsh group", rule="firm-name")
    town = find(entities, "Dunmarsh")
    assert town is not None and town is not university
    ids = {e.id: e.label for e in entities}
    assert {ids[m.entity] for m in mentions if "group" in m.surface} == {"Dunmarsh University"}


def test_a_group_named_by_a_word_two_institutions_or_only_a_club_hold_joins_nothing():
    # another genre: sport and trade; two colleges hold the word, a club is no institution
    entities, _ = with_mentions(
        "Rowing\n"
        "Harrenby College and the Harrenby Institute both row on the river. The Harrenby "
        "team won in 1950. Ostley Rovers play at home; the Ostley team lost the cup final "
        "in 1961.\n")
    for name in ("Harrenby College", "Harrenby Institute", "Ostley Rovers"):
        entity = find(entities, name)
        assert entity is None or not {"Harrenby team", "Ostley team"} & set(entity.aliases)


def test_a_name_ending_in_limited_is_an_organisation():
    entities, _ = with_mentions(
        "Rope\n"
        "In 1903 Ruth Tallis turned the rope walk into a company, Dunmarsh Cordage Limited. "
        "Dunmarsh Cordage Limited sold rope to the navy until 1950.\n")
    firm = find(entities, "Dunmarsh Cordage Limited")
    assert firm is not None and firm.entity_type == "organization"


def test_a_limited_edition_is_no_organisation():
    # another genre: a product's edition, lowercase "limited" before its noun
    entities, _ = with_mentions(
        "Records\n"
        "The Harrenby Quartet issued a limited edition of Ostley Songs in 1971. Ostley Songs "
        "sold out in a week.\n")
    songs = find(entities, "Ostley Songs")
    assert songs is not None and songs.entity_type != "organization"
