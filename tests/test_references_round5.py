"""Reference resolution, round 5: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions

_REGULATED = (
    "Harbour Pelmor Ltd supplies gas to the towns of the Osk valley. "
    "Its prices are checked by the Northern Energy Standards Authority (NESA). "
    "Harbour Pelmor Ltd raised its prices in 2019. "
    "Customers complained about the increase. "
    "Harbour Pelmor Ltd blamed the cost of pipes. "
    "The company paid a dividend of £9 million that year. "
    "The regulator fined Harbour Pelmor Ltd twice after 2020.\n")


def test_the_regulator_is_a_regulating_body_named_long_before():
    entities, mentions = with_mentions(_REGULATED)
    nesa = find(entities, "Northern Energy Standards Authority")
    firm = find(entities, "Harbour Pelmor Ltd")
    assert nesa is not None and firm is not None
    assert by_reference(mentions, nesa, 6)
    assert not by_reference(mentions, firm, 6)


def test_the_regulator_is_never_the_dominant_firm():
    entities, mentions = with_mentions(
        "The Tessin Mutual Bank was founded in 1921 by farmers in Oskby. "
        "The Tessin Mutual Bank lends only to its members. "
        "In 1990 the Tessin Mutual Bank opened a branch in Pelmor. "
        "Members elect the directors each spring. "
        "Deposits grew slowly for a decade. "
        "The new bonds were meant to please the regulator while keeping that rule.\n")
    bank = find(entities, "Tessin Mutual Bank")
    assert bank is not None
    assert not any(m.sentence == 5 and m.via == "reference" for m in mentions)


def test_its_after_only_people_takes_the_one_thing_a_person_subject_named():
    entities, mentions = with_mentions(
        "Ivo Selvqvist drowned off Pelmor Point in 1961. "
        "Ruth Okonjo answered with the Selvqvist Fund, which paid for two new boats. "
        "Selvqvist’s widow was its first trustee.\n")
    fund = find(entities, "Selvqvist Fund")
    assert fund is not None
    assert by_reference(mentions, fund, 2)


def test_its_does_not_take_a_name_after_a_preposition_of_place():
    _entities_found, mentions = with_mentions(
        "Ruth Okonjo came from Varrowdale with her brother. "
        "She taught at the chapel and led its choir.\n")
    assert not any(m.sentence == 1 and m.surface == "its" for m in mentions)


def test_the_trustees_stand_for_their_governing_body():
    entities, mentions = with_mentions(
        "The Pelmor Lamp Trust was set up in 1958 to keep the old light burning. "
        "Ruth Okonjo kept its books for thirty years. "
        "She wrote to the newspapers every winter. "
        "Her letters were printed in full. "
        "In 1990 the trustees sold the keeper’s cottage.\n")
    trust = find(entities, "Pelmor Lamp Trust")
    assert trust is not None
    assert by_reference(mentions, trust, 4)


def test_the_trustees_are_no_company():
    entities, mentions = with_mentions(
        "Haldry Glassworks Ltd was founded in 1958 by Ivo Haldry. "
        "The company sold bottles to breweries. "
        "In 1990 the trustees of the pension scheme sued it.\n")
    firm = find(entities, "Haldry Glassworks Ltd")
    assert firm is not None
    assert not any(m.sentence == 2 and m.surface == "the trustees" for m in mentions)


def test_the_trustees_of_something_else_are_not_the_trust():
    entities, mentions = with_mentions(
        "The Pelmor Lamp Trust was set up in 1958 to keep the old light burning. "
        "Ruth Okonjo kept its books for thirty years. "
        "In 1990 the trustees of the pension scheme sued her.\n")
    trust = find(entities, "Pelmor Lamp Trust")
    assert trust is not None
    assert not by_reference(mentions, trust, 2)  # "of …" says whose trustees they are


def test_the_trustees_take_their_trust_named_long_before():
    entities, mentions = with_mentions(
        "The Pelmor Lamp Trust was set up in 1958 to keep the old light burning. "
        "Ruth Okonjo kept its books for thirty years. "
        "She wrote to the newspapers every winter. "
        "Her letters were printed in full. "
        "Her brother mended the roof in 1971. "
        "Storms broke the glass twice. "
        "Visitors came every summer. "
        "In 1990 the trustees sold the keeper’s cottage.\n")
    trust = find(entities, "Pelmor Lamp Trust")
    assert trust is not None
    assert by_reference(mentions, trust, 7)  # past the nearby sentences


def test_the_trustees_without_a_complement_are_no_company_either():
    # the complement ("of the pension scheme") is not what keeps them from the firm: the
    # governing-body heads of kg.references.compatibility.MEMBERS are
    entities, mentions = with_mentions(
        "Haldry Glassworks Ltd was founded in 1958 by Ivo Haldry. "
        "The company sold bottles to breweries. "
        "In 1990 the trustees sold the works.\n")
    firm = find(entities, "Haldry Glassworks Ltd")
    assert firm is not None
    assert by_reference(mentions, firm, 1)  # "The company": the firm is within reach
    # "the works" is the firm (kg.references.business_nouns), "the trustees" are not
    assert not any(m.entity == firm.id and m.sentence == 2 and m.surface == "the trustees"
                   for m in mentions)
    assert any(m.entity == firm.id and m.sentence == 2 and m.surface == "the works"
               for m in mentions)


_EPONYM = (
    "The optician Marta Tessmar worked in Pelmor for forty years. "
    "In 1871 Tessmar showed a lens ground from three thin shells of glass. "
    "The Tessmar lens was soon fitted to every harbour light on the coast. "
    "Later makers copied the Tessmar lens in cheaper glass.\n")


def test_an_indefinite_noun_after_a_person_is_the_thing_named_after_them():
    entities, mentions = with_mentions(_EPONYM)
    lens = find(entities, "Tessmar lens")
    assert lens is not None
    assert by_reference(mentions, lens, 1)


def test_no_eponym_without_the_person_before_the_noun():
    entities, mentions = with_mentions(_EPONYM.replace("Tessmar showed a lens",
                                                   "a lens was shown by Tessmar"))
    lens = find(entities, "Tessmar lens")
    assert lens is not None
    assert not by_reference(mentions, lens, 1)


def test_a_relative_clause_inside_a_fronted_phrase_is_still_fronted():
    entities, mentions = with_mentions(
        "The Pelmor lamp burned whale oil in a brass holder. "
        "The Pelmor lamp was also cheap to run. "
        "Mounted behind a curved screen, which kept the wind off the wick, it changed "
        "coastal lighting around 1790.\n")
    lamp = find(entities, "Pelmor lamp")
    assert lamp is not None
    assert by_reference(mentions, lamp, 2)


def test_a_nickname_for_the_n_under_a_heading_naming_nothing_is_the_thing_just_described():
    entities, _mentions = with_mentions(
        "Bridges and halls\n\n"
        "Her best known work, the Orvik Exchange Hall in Tessby, opened in 1971. "
        "The hall’s roof rests on four thin concrete shells. "
        "At dusk the shells glow over the harbour, and sailors soon dubbed the building "
        "“the Lamp”.\n")
    hall = find(entities, "Orvik Exchange Hall")
    assert hall is not None
    assert any("Lamp" in a for a in hall.aliases)
