"""Review rev16e of fix16: an epithet name's second word that is a title or an office
(:mod:`kg.finders.epithets`), and a governing word read beside "board" only a few tokens away
(:mod:`kg.references.guard_sentences`); each on invented sentences with a negative in another
genre."""

from __future__ import annotations

from tests.test_entities import extracted, find, reference_triples


def test_a_port_before_a_captain_is_no_epithet():
    # (kg.finders.epithets) a clause's new subject after a place, no comma between
    text = ("Voyage\nThe brig sailed from Dellow in May. When the ship reached Quarnby the "
            "Captain went ashore. The crew stayed aboard.\n")
    entities = extracted(text)
    port = find(entities, "Quarnby")
    assert port is not None and port.entity_type == "place"
    assert find(entities, "Quarnby the Captain") is None


def test_an_epithet_of_an_adjective_is_still_a_persons_name():
    # another genre: a chronicle's king, "X the Y" with Y an adjective, no naming cue
    text = ("Chronicle\nThe hall at Tollby was built by Hathric the Bold in 980. Hathric the "
            "Bold gave it to the monks of Wendmere.\n")
    entities = extracted(text)
    king = find(entities, "Hathric the Bold")
    assert king is not None and king.entity_type == "person"
    assert find(entities, "Bold") is None


CHESS = ("# Chess at Quarnby\n\n"
         "The Quarnby Chess Academy opened in 1902. The academy taught children. The academy "
         "hired two masters. The academy held a yearly tournament. Each pupil drew a chair up "
         "to the board on the first day.\n\n"
         "## Lessons\n\n"
         "Pupils learned openings first. They played slowly. Each game lasted an hour. Clocks "
         "were rare. The board was set up by the youngest pupil.\n")


def test_a_chair_drawn_up_to_a_game_board_gives_it_to_no_body():
    # (kg.references.guard_sentences.governed) "chair" far from "board" is furniture
    triples = reference_triples(CHESS)
    assert [label for _s, surface, label in triples if surface == "The academy"] == [
        "Quarnby Chess Academy"] * 3
    assert not any(surface == "The board" for _s, surface, _label in triples)


TRANSIT = ("# Buses of Quarnby\n\n"
           "The Dellow Valley Transit Authority was set up in 1971. The authority bought new "
           "buses. Its first chair of the board was a banker. The authority built a depot. The "
           "authority hired drivers. Fares rose. Riders complained. Snow fell. The board cut "
           "fares in 1980.\n")


def test_the_chair_of_the_board_makes_it_the_bodys_board():
    # another genre: a public body whose board's chair is told of right beside "board"
    triples = reference_triples(TRANSIT)
    assert ("The board", "Dellow Valley Transit Authority") in {
        (surface, label) for _s, surface, label in triples}


def test_a_persons_name_before_honour_after_an_article_in_stays_a_person():
    # (kg.kinds.periodical_cues) "an article in X's honour": X is a person, not a periodical
    text = ("Gardens\nThe Tollby Gazette printed an article in Marta Quenby's honour in 1931. "
            "Marta Quenby had bred roses at Dellow.\n")
    person = find(extracted(text), "Marta Quenby")
    assert person is not None and person.entity_type == "person"


def test_one_rare_word_after_an_article_in_stays_a_place():
    # (kg.kinds.periodical_cues) a town after "published an article in", no "the"
    text = ("Letters\nMarta Quenby published an article in Quarnby in 1920, where she lived "
            "until 1931.\n")
    town = find(extracted(text), "Quarnby")
    assert town is not None and town.entity_type == "place"


def test_a_common_word_after_an_article_in_is_still_a_periodical():
    # another genre: a science journal named by a common word, no "the"
    text = ("Physics\nOrla Tavrish described the drift lamp in an article in Harmony in 1931. "
            "Harmony printed her second paper in 1933.\n")
    journal = find(extracted(text), "Harmony")
    assert journal is not None and journal.entity_type == "document"


def test_a_celebrated_bare_name_first_sold_at_auction_is_no_product():
    # (kg.kinds.naming_cues.first_sold) an adjective before a horse's name is no goods' noun
    text = ("Racing\nThe stud at Quarnby bred many winners. The celebrated Grey Quillan, first "
            "sold at auction in 1880, won the Tessby Cup three times. Grey Quillan was retired "
            "in 1886.\n")
    horse = find(extracted(text), "Grey Quillan")
    assert horse is not None and horse.entity_type != "product"


def test_goods_written_after_their_noun_first_sold_are_still_a_product():
    # another genre: a rope maker's goods written "the rope X", the noun before the name
    text = ("Rope\nThe firm made line at Quarnby. Its fame rested on the rope Dellow Twist, "
            "first sold in 1855 to trawler owners. Dellow Twist was used by the navy.\n")
    rope = find(extracted(text), "Dellow Twist")
    assert rope is not None and rope.entity_type == "product"
