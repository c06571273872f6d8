"""Reference resolution, round 4: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from kg.references.referent_limits import someone as _someone
from kg.references.subjects import clause_subject
from kg.words.tokens import tokenize
from tests.test_entities import by_reference, find, with_mentions


def test_an_object_him_is_not_the_subject_of_its_own_clause():
    entities, mentions = with_mentions(
        "Osvald Brenne travelled to Kessport to meet Ivo Haldry, the finest glassmaker in "
        "Scotland. Haldry examined the samples for a week and paid him generously.\n")
    brenne = find(entities, "Osvald Brenne")
    assert brenne is not None
    assert by_reference(mentions, brenne, 1)


def test_an_object_her_skips_the_subject_but_not_after_a_preposition():
    entities, mentions = with_mentions(
        "In 1901 Marta Quell became the director of the Varn Observatory. "
        "Greta Lind, then in her sixties, distrusted her from the start. "
        "Lind kept the old telescope with her.\n")
    quell, lind = find(entities, "Marta Quell"), find(entities, "Greta Lind")
    assert quell is not None and lind is not None
    assert by_reference(mentions, quell, 1)
    assert not by_reference(mentions, quell, 2)  # "with her": Lind herself, named literally


def test_who_binds_the_person_before_it():
    toks = tokenize("He wrote to Ada Lind, who drove him home.")
    lind = next(k for k, t in enumerate(toks) if t.text == "Ada")
    him = next(k for k, t in enumerate(toks) if t.text == "him")
    found = [(0, 1), (lind, 2)]
    assert clause_subject(toks, found, him, {1, 2}) == 2
    # after "that" the clause's own subject, here none: nothing is bound
    toks = tokenize("Ada Lind said that the board paid him.")
    him = next(k for k, t in enumerate(toks) if t.text == "him")
    assert clause_subject(toks, [(0, 2)], him, {2}) is None
    toks = tokenize("Ada Lind paid him.")
    assert clause_subject(toks, [(0, 2)], 3, {2}) == 2


def test_a_subject_description_marks_the_subject_for_the_next_it():
    entities, mentions = with_mentions(
        "The Nordic Centre for Coastal Survey (NCCS) was founded in 1968. "
        "The centre opened its first station in 1971, and the charts drawn by NCCS were "
        "soon the standard. "
        "In 1990 it moved to Bergen.\n")
    centre = find(entities, "Nordic Centre for Coastal Survey")
    assert centre is not None
    assert by_reference(mentions, centre, 2)


def test_it_after_a_person_subject_takes_the_one_untyped_thing_named_outside_a_phrase():
    entities, mentions = with_mentions(
        "Captain Ivo Skarn carried the Quillon T2 on his voyage to Ostrel aboard HMS Quillet. "
        "It kept perfect time through storms and heat.\n")
    skarn, t2 = find(entities, "Ivo Skarn"), find(entities, "Quillon T2")
    assert skarn is not None and t2 is not None
    assert by_reference(mentions, t2, 1)
    assert not by_reference(mentions, skarn, 1)


def test_it_after_an_unnamed_new_thing_is_the_thing_the_heading_names():
    text = ("The Tarle Ferry Company ran boats on Lake Orm from 1890.\n\n"
            "The Holtace Report\n\n"
            "After the sinking of 1923 the company ordered an independent study. "
            "It was written by Dr Agnes Holtace, a naval architect. "
            "The Holtace Report was published in 1924.\n")
    entities, mentions = with_mentions(text)
    report, holtace = find(entities, "Holtace Report"), find(entities, "Agnes Holtace")
    assert report is not None and holtace is not None
    assert by_reference(mentions, report, 2)


def test_it_after_a_named_thing_is_not_the_heading_topic():
    text = ("The Tarle Ferry Company ran boats on Lake Orm from 1890.\n\n"
            "The Holtace Report\n\n"
            "After the sinking of 1923 the company ordered the Holtace Report. "
            "Dr Agnes Holtace bought a new boat. "
            "It was built in Kessport.\n")
    entities, mentions = with_mentions(text)
    report = find(entities, "Holtace Report")
    assert report is not None
    assert not by_reference(mentions, report, 3)


def test_used_it_to_takes_up_the_term_the_last_sentence_opened_with():
    text = ("**Kite photography**, developed in the 1880s, let surveyors see fields from the "
            "air. The German survey of 1901–1903 used it to chart the Morava valley.\n")
    entities, mentions = with_mentions(text)
    kite = find(entities, "kite photography")
    assert kite is not None
    assert by_reference(mentions, kite, 1)


def test_used_it_to_after_an_object_phrase_takes_nothing():
    text = ("**Kite photography**, developed in the 1880s, let surveyors see fields from the "
            "air. Ada Lind developed a similar method, and Ivo Skarn used it to chart the "
            "Morava valley.\n")
    entities, mentions = with_mentions(text)
    kite = find(entities, "kite photography")
    assert kite is not None
    assert not by_reference(mentions, kite, 1)


def test_the_first_of_these_is_the_first_item_of_the_list_just_given():
    text = ("The Harlow Code has three rules that matter:\n"
            "- **Article 4** obliges the club to publish its accounts.\n"
            "- **Article 7** limits any member to two terms.\n"
            "- **Article 9** bans gifts from sponsors.\n"
            "Ada Lind argued for the first of these and Ivo Skarn for the second.\n")
    entities, mentions = with_mentions(text)
    a, b, c = (find(entities, n) for n in ("Article 4", "Article 7", "Article 9"))
    assert a is not None and b is not None and c is not None
    assert by_reference(mentions, a, 4) and by_reference(mentions, b, 4)
    assert not by_reference(mentions, c, 4)


def test_the_first_with_a_noun_or_far_from_a_list_is_no_item():
    text = ("The Harlow Code has three rules that matter:\n"
            "- **Article 4** obliges the club to publish its accounts.\n"
            "- **Article 7** limits any member to two terms.\n"
            "Ada Lind chaired the first meeting.\n"
            "Ivo Skarn argued for the second.\n")
    entities, mentions = with_mentions(text)
    a, b = find(entities, "Article 4"), find(entities, "Article 7")
    assert a is not None and b is not None
    assert not by_reference(mentions, a, 3) and not by_reference(mentions, b, 4)


def test_a_name_inside_an_apposition_does_not_hide_its_head_noun():
    text = ("The inquiry was led by Marta Quell, a retired Appeal Court judge who had sailed "
            "since childhood. It heard forty witnesses. "
            "Ivo Skarn gave evidence for the harbour board. "
            "The judge found that the rules were unclear.\n")
    entities, mentions = with_mentions(text)
    quell = find(entities, "Marta Quell")
    assert quell is not None
    assert by_reference(mentions, quell, 3)


def test_its_in_a_fronted_phrase_is_the_main_clause_subject():
    entities, mentions = with_mentions(
        "The Pellick Mill sold cloth to Antwerp from 1730. "
        "At its first meeting, in 1741, the Dorwick Board of Trade fined the mill.\n")
    mill = find(entities, "Pellick Mill")
    assert mill is not None and find(entities, "Dorwick Board of Trade") is not None
    surfaces = {m.surface for m in mentions if m.sentence == 1 and m.entity == mill.id}
    assert "its" not in surfaces  # the board's first meeting, not the mill's


def test_he_after_an_indefinite_person_noun_is_anyone():
    entities, mentions = with_mentions(
        "Ada Lind wrote a history of the lamp prize in 1995. "
        "In 1700 a navigator far from land could not tell where he was.\n")
    lind = find(entities, "Ada Lind")
    assert lind is not None
    assert not by_reference(mentions, lind, 1)


def test_its_in_a_fronted_phrase_without_a_comma_is_the_subject_after_it():
    entities, mentions = with_mentions(
        "The Orm Walk is a sponsored hike held each June. "
        "For much of its life the Tarnby Boat Trust has been called the club.\n")
    walk = find(entities, "Orm Walk")
    assert walk is not None and find(entities, "Tarnby Boat Trust") is not None
    assert not by_reference(mentions, walk, 1)


def test_its_after_a_common_noun_subject_is_not_the_last_sentence_subject():
    entities, mentions = with_mentions(
        "The Tollick Fund paid for huts on the high passes. "
        "The kiln above the mill is recalled for burning nine tons in its first year.\n")
    scheme = find(entities, "Tollick Fund")
    assert scheme is not None
    assert not by_reference(mentions, scheme, 1)


def test_an_object_it_after_a_noun_phrase_in_a_prepositional_phrase_takes_nothing():
    entities, mentions = with_mentions(
        "The Quibrow Institute admitted the failure in May. "
        "Papers pounced on the tale, and one weekly ran it on the front page.\n")
    institute = find(entities, "Quibrow Institute")
    assert institute is not None
    assert not by_reference(mentions, institute, 1)


def test_such_and_a_plural_noun_take_the_term_ending_in_that_noun():
    entities, mentions = with_mentions(
        "In 1931 Ada Lind described a new kind of crack, the shear crack, which runs along "
        "the grain of a beam. Lind showed that beams with such cracks fail without warning.\n")
    crack = find(entities, "shear crack")
    assert crack is not None
    assert by_reference(mentions, crack, 1)


def test_his_after_a_man_of_no_name_is_nobody_named():
    entities, mentions = with_mentions(
        "Ivo Skarn rebuilt the Skell Light in 1709. "
        "In the fire of 1755 one keeper, a man of 90, burnt his hands on the rail.\n")
    skarn = find(entities, "Ivo Skarn")
    assert skarn is not None
    assert not by_reference(mentions, skarn, 1)


def test_its_before_a_common_noun_subject_takes_nothing_from_before():
    entities, mentions = with_mentions(
        "The Quell Footbridge crosses the Orm at Tarnby. "
        "For its early years the practice rented two small rooms.\n")
    bridge = find(entities, "Quell Footbridge")
    assert bridge is not None
    assert not by_reference(mentions, bridge, 1)


def test_the_latter_and_the_former_take_the_last_two_names_of_one_type():
    entities, mentions = with_mentions(
        "In 1931 Ada Lind met Ivo Skarn in a café in Oslo. "
        "The latter was then a student of geology. "
        "The former never returned to Varn.\n")
    lind, skarn = find(entities, "Ada Lind"), find(entities, "Ivo Skarn")
    assert lind is not None and skarn is not None
    assert by_reference(mentions, skarn, 1) and not by_reference(mentions, lind, 1)
    assert not by_reference(mentions, lind, 2)  # the sentence before names only Skarn (by reference)


def test_the_former_before_a_noun_is_no_reference():
    entities, mentions = with_mentions(
        "Ada Lind met Ivo Skarn in Oslo. The former director of the museum joined them.\n")
    lind, skarn = find(entities, "Ada Lind"), find(entities, "Ivo Skarn")
    assert lind is not None and skarn is not None
    assert not by_reference(mentions, lind, 1) and not by_reference(mentions, skarn, 1)


def test_a_predicate_or_apposition_is_no_anyone():
    def someone(text: str) -> bool:
        toks = tokenize(text)
        end = max(k for k, t in enumerate(toks) if t.lower in ("he", "his", "her"))
        return _someone(toks, end, [])
    assert someone("At sea a navigator could not tell where he was.")
    assert not someone("Ivo later became a mining engineer, and her sister left.")
    assert not someone("It was the work of Ivo Skarn, a merchant who lost his shops.")


def test_the_second_counts_items_not_sentences():
    text = ("The Harlow Code has rules that matter:\n"
            "- **Article 4** obliges the club to publish its accounts. It dates from 1921.\n"
            "- **Article 7** limits any member to two terms.\n"
            "Ada Lind argued for the second.\n")
    entities, mentions = with_mentions(text)
    seven = find(entities, "Article 7")
    assert seven is not None
    assert by_reference(mentions, seven, 4)


def test_a_head_noun_named_only_in_the_title_takes_the_title_name():
    text = ("The Quillon Pump and the Fens\n\n"
            "For centuries the fens flooded every winter. "
            "Ada Lind built a steam engine in 1790. "
            "The pump drained four thousand acres in its first year. "
            "The Quillon Pump was scrapped in 1850.\n")
    entities, mentions = with_mentions(text)
    pump = find(entities, "Quillon Pump")
    assert pump is not None
    assert by_reference(mentions, pump, 2)


def test_its_opening_the_subject_after_a_fronted_date_owns_the_name_that_follows():
    entities, mentions = with_mentions(
        "The Pelmor Sea Survey (VSS) charted the northern shelf. "
        "In 1990 its survey ship *Tarle Petrel* mapped the trench off the cape.\n")
    survey, ship = find(entities, "Pelmor Sea Survey"), find(entities, "Tarle Petrel")
    assert survey is not None and ship is not None
    assert by_reference(mentions, survey, 1)
    assert not by_reference(mentions, ship, 1)
