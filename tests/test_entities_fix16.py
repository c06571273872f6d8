"""fix16: seven defects of entity extraction, each on invented sentences with a negative in
another genre: standing bodies (:mod:`kg.kinds.standing_bodies`), institution short forms
(:mod:`kg.merging.institution_shorts`), epithet names (:mod:`kg.finders.epithets`,
:mod:`kg.kinds.epithet_people`), periodicals (:mod:`kg.kinds.periodical_cues`), "a board of
five directors … The board" (:func:`kg.references.referent_limits.governing_board`),
"first sold" (:func:`kg.kinds.naming_cues.first_sold`) and sentence-level guard words
(:mod:`kg.references.guard_sentences`)."""

from __future__ import annotations

from tests.test_entities import extracted, find, reference_triples, with_mentions


def _references(text: str) -> dict[str, str]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return {m.surface: label[m.entity] for m in mentions if m.via == "reference"}


def test_a_conference_with_an_acronym_that_decides_is_an_organization():
    text = ("Tides\nThe work was overseen by the Pellorin Conference on Tide Tables (PCTT), a "
            "meeting of harbour boards held every few years. In 1911 the PCTT formally adopted "
            "the Quillan chart.\n")
    body = find(extracted(text), "Pellorin Conference on Tide Tables")
    assert body is not None and body.entity_type == "organization"


def test_its_after_a_conference_that_named_a_thing_takes_the_thing():
    text = ("Tides\nThe Pellorin Conference on Tide Tables (PCTT) meets every few years. The "
            "firm Ostrel Brothers printed the charts, and in 1911 the PCTT adopted a chart as "
            "the Quillan Standard. Its scale was one to fifty thousand.\n")
    assert _references(text).get("Its") == "Quillan Standard"


def test_a_festival_with_an_acronym_that_opens_stays_an_event():
    # another genre: a music festival is a gathering that decides nothing
    text = ("Music\nThe Orlebay Folk Festival (OFF) opened in 1971. In 1975 the OFF moved to "
            "the riverside meadows.\n")
    fest = find(extracted(text), "Orlebay Folk Festival")
    assert fest is not None and fest.entity_type == "event"


def test_a_one_off_conference_without_an_acronym_stays_an_event():
    # another genre: a scholarly meeting held once, which adopted nothing as a body
    text = ("Dialect\nIn 1968 he spoke at the Tarvey Conference on Ballast, a meeting of dialect "
            "scholars. The Tarvey Conference on Ballast adopted a new spelling.\n")
    meeting = find(extracted(text), "Tarvey Conference on Ballast")
    assert meeting is not None and meeting.entity_type == "event"


def test_a_universitys_short_form_that_is_a_common_word_joins_it():
    # (kg.merging.institution_shorts) "Harmony" is a common word, capitalised once alone
    text = ("Physics\nAda Quenmore studied physics at Harmony University in Tessby. She built a "
            "new lamp there in 1931. In 1935 she returned to teach at Harmony, where she stayed "
            "until 1950.\n")
    entities = extracted(text)
    assert find(entities, "Harmony") is find(entities, "Harmony University") is not None


def test_a_town_that_names_a_college_stays_the_town():
    # another genre: a football club's town, used as a place ("in Liberty")
    text = ("Football\nThe club was founded in Liberty, a mill town, in 1890. Its first players "
            "were students of Liberty College. In 1901 the team moved to a new ground in "
            "Liberty.\n")
    entities = extracted(text)
    town, college = find(entities, "Liberty"), find(entities, "Liberty College")
    assert town is not None and college is not None and town is not college


def test_a_word_shared_by_an_institute_and_a_firm_joins_neither():
    # another genre: motor racing, where "Sterling" is also a firm's word
    text = ("Motors\nTom Quenmore trained at Sterling Institute in 1920. In 1925 he joined "
            "Sterling Motors as a fitter. He later drove for Sterling in races.\n")
    entities = extracted(text)
    institute = find(entities, "Sterling Institute")
    assert institute is not None and "Sterling" not in institute.aliases


def test_an_epithet_name_is_one_persons_name():
    # (kg.finders.epithets.bare_epithet, kg.kinds.epithet_people) no naming cue before it
    text = ("Abbey\nThe abbey of Wendmere was founded by Wulfrun the Confessor in 1050. "
            "Wulfrun the Confessor gave it land at Tollby. After his death the monks kept "
            "his feast.\n")
    entities = extracted(text)
    king = find(entities, "Wulfrun the Confessor")
    assert king is not None and king.entity_type == "person"
    assert not [e for e in entities if e.label == "Confessor"]


def test_a_word_capitalised_elsewhere_is_no_epithet():
    # another genre: shipping, where "Mariner" is a brig's name of its own
    text = ("Ships\nThe Mariner was a brig built at Quarnby in 1840. In 1851 Darvel the Mariner "
            "owner sold her to a Quarnby merchant.\n")
    entities = extracted(text)
    assert find(entities, "Mariner") is not None
    assert find(entities, "Darvel the Mariner") is None


def test_a_place_then_a_name_is_no_epithet():
    # another genre: a church history, a place after "at" and then a building
    text = "Abbey\nAt Quarnby the Abbey was rebuilt in 1420. It held land at Dellow.\n"
    entities = extracted(text)
    assert find(entities, "Quarnby") is not None
    assert find(entities, "Quarnby the Abbey") is None


OBITUARY = ("Life\nMarta Quenby died at Tollby in 1931. Her obituary in Sigrun Tidende praised "
            "her gardens, and an article in the Dellow Gazette listed her prizes.\n")


def test_a_name_after_an_obituary_in_is_a_periodical():
    # (kg.kinds.periodical_cues) a newspaper's name, not a place's or a person's
    paper = find(extracted(OBITUARY), "Sigrun Tidende")
    assert paper is not None and paper.entity_type == "document"


def test_a_name_after_columns_in_stays_a_place():
    # another genre: architecture, where "the columns in X Hall" stand in a building
    text = "Houses\nThe columns in Quarnby Hall were carved in 1620 by a mason from Tollby.\n"
    hall = find(extracted(text), "Quarnby Hall")
    assert hall is not None and hall.entity_type == "place"


def test_the_board_after_a_board_of_directors_is_the_firms():
    # (kg.references.referent_limits.governing_board) the firm's own board
    text = ("Rope\nThe Pellmarsh Rope Company was founded at Quarnby in 1840. The company made "
            "line for the fishing fleet. Its founder died in 1871. Control passed to a board of "
            "seven directors led by his son. The board was cautious.\n")
    refs = _references(text)
    assert refs.get("The board") == "Pellmarsh Rope Company"


def test_the_board_after_a_board_of_squares_is_no_firms():
    # another genre: a game, whose board is a thing, not a body's board
    text = ("Games\nThe Dellow Games Company was founded at Quarnby in 1902. The company made "
            "wooden toys. Its best seller was a race game played on a board of sixty squares. "
            "The board was painted by hand.\n")
    assert "The board" not in _references(text)


def test_a_bare_name_first_sold_at_auction_is_no_product():
    # (kg.kinds.naming_cues.first_sold) a racehorse, with no animal noun before its name
    text = ("Racing\nThe stud at Quarnby bred many winners. Grey Quillan, first sold at auction "
            "in 1880, won the Tessby Cup three times. Grey Quillan was retired in 1886.\n")
    horse = find(extracted(text), "Grey Quillan")
    assert horse is not None and horse.entity_type != "product"


def test_goods_written_with_their_noun_first_sold_are_a_product():
    # another genre: a rope maker's cable, written "the X cable"
    text = ("Rope\nThe firm made rope at Quarnby. Its fame rested on the Dellow cable, first "
            "sold in 1855 to trawler owners. The Dellow Cable was used by the navy.\n")
    cable = find(extracted(text), "Dellow Cable")
    assert cable is not None and cable.entity_type == "product"


CHESS = ("# Chess at Quarnby\n\n"
         "The Quarnby Chess Academy opened in 1902. The academy taught children. The academy "
         "hired two masters. The academy held a yearly tournament. Three trustees kept its "
         "accounts.\n\n"
         "## Lessons\n\n"
         "Pupils learned openings first. They played slowly. Each game lasted an hour. Clocks "
         "were rare. The board was set up by the youngest pupil.\n")


def test_trustees_written_apart_from_any_board_give_a_game_board_to_no_body():
    # (kg.references.guard_sentences.governed) the trustees are in no sentence with "board"
    triples = reference_triples(CHESS)
    assert [label for _s, surface, label in triples if surface == "The academy"] == [
        "Quarnby Chess Academy"] * 3
    assert not any(surface == "The board" for _s, surface, _label in triples)


TRANSIT = ("# Water for Quarnby\n\n"
           "The Dellow Valley Water Authority was set up in 1971. The authority was given a "
           "small board whose members the mayor named. The authority bought new pumps. The "
           "authority built a reservoir. The authority hired engineers. Rates rose. Customers "
           "complained. Snow fell. The board cut rates in 1980.\n")


def test_members_beside_the_board_make_it_the_bodys_board():
    # another genre: a public body, whose board is told of by its members' seats
    triples = reference_triples(TRANSIT)
    assert ("The board", "Dellow Valley Water Authority") in {
        (surface, label) for _s, surface, label in triples}


ROPE = ("# Rope at Quarnby\n\n"
        "The Dellow Cordage Works opened at Quarnby in 1850. The Dellow Cordage Works made line "
        "for trawlers. Its labels were drawn by a local painter. The works employed forty "
        "spinners.\n")


def test_an_unnamed_painter_leaves_the_works_to_the_firm():
    # (kg.references.guard_sentences.maker_named) no painter is named: the works are the firm
    triples = reference_triples(ROPE)
    assert ("The works", "Dellow Cordage Works") in {(surface, label)
                                                      for _s, surface, label in triples}
