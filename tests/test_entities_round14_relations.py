"""Tests for round 14 of the relations work: names the text writes once in a way the finder
missed, so that the claims relating them had no node to join. Small made-up documents."""

from __future__ import annotations

from kg.merging.place_titles import place_titles
from kg.words.demonyms import named_by_adjective
from tests.test_entities import build, extracted, find
from tests.test_entities_round2 import _references


def test_a_sentence_opening_place_named_by_its_adjective_elsewhere_is_kept():
    entities = extracted("Florence grew rich on wool and cloth. Its bankers lent money to "
                         "kings, and Florentine coins were taken in every market.\n")
    assert find(entities, "Florence") is not None


def test_a_sentence_opening_word_without_its_adjective_is_still_positional():
    entities = extracted("Florence grew rich on wool and cloth. Its bankers lent money to "
                         "kings, and its coins were taken in every market.\n")
    assert find(entities, "Florence") is None


def test_an_everyday_word_is_no_place_of_an_adjective():
    assert named_by_adjective("carthage", frozenset({"carthaginian"}))
    assert not named_by_adjective("indeed", frozenset({"indian"}))
    assert not named_by_adjective("grease", frozenset({"danish"}))


def test_a_title_with_its_place_goes_by_the_title_alone():
    entities = extracted("On 3 May 1921 The Crier of Marlby printed the result on a press "
                         "built by Arvid Vennel. Vennel sold three more presses.\n")
    paper = find(entities, "The Crier")
    assert paper is not None and paper is find(entities, "Crier of Marlby")
    assert any(m["rule"] == "place-title" for m in paper.merges)


def test_a_rank_or_an_institution_of_a_place_keeps_no_short_title():
    _docs, _sections, sentences = build(
        "In 1890 the council met, and The Duke of Marlby opened the hall. Later, "
        "The University of Marlby bought it, and The Crier of Marlby Harbour reported it.\n")
    assert place_titles(sentences) == {}


def test_the_partnership_stands_for_the_person_who_went_into_business_with_another():
    refs = _references("Edda Quillard sued Arvid Fenmarch for the loan. The press passed to "
                       "Quillard, who went into business with Dorlan Brenn. In 1890 the "
                       "partnership issued a county atlas.\n")
    assert ("the partnership", "Edda Quillard") in refs


def test_the_partnership_takes_no_person_without_a_partnering_phrase():
    refs = _references("Edda Quillard sued Arvid Fenmarch for the loan. The press passed to "
                       "Quillard, who worked beside Dorlan Brenn. In 1890 the partnership "
                       "issued a county atlas.\n")
    assert not any(surface == "the partnership" for surface, _label in refs)


def test_the_partnership_still_prefers_a_firm_named_for_its_partners():
    refs = _references("Edda Quillard went into business with Dorlan Brenn, and they named "
                       "the firm Quillard & Brenn. In 1890 the partnership issued a county "
                       "atlas.\n")
    assert ("the partnership", "Quillard & Brenn") in refs


def test_it_after_a_persons_sentence_takes_the_one_document_it_named():
    refs = _references("The Quendrow Water Act of 1961 was a law of Orvelia. In 1960 Edda Quillard "
                       "made clean water a priority. Her cabinet introduced the bill in the "
                       "spring. It passed in June 1961 by 90 votes to 40.\n")
    assert ("It", "Quendrow Water Act") in refs


def test_it_called_by_a_description_is_the_thing_so_called():
    refs = _references("The Quendrow Water Act of 1961 was a law of Orvelia. It passed in June "
                       "1961 by 90 votes to 40. Quillard later called it “the law I am proudest "
                       "of”.\n")
    assert ("it", "Quendrow Water Act") in refs


def test_a_judged_it_stays_a_dummy():
    refs = _references("The Quendrow Water Act of 1961 was a law of Orvelia. It passed in June "
                       "1961 by 90 votes to 40. Critics called it off too soon and found it "
                       "hard to say why.\n")
    assert not any(surface == "it" for surface, _label in refs)


def test_a_common_word_after_the_that_opens_an_of_name_is_its_short_name():
    entities = extracted("Ruth Tallis founded the Friends of Tessan Mill in 1971, and the "
                         "Friends raised £900 to mend the wheel.\n")
    body = find(entities, "Friends of Tessan Mill")
    assert body is not None and find(entities, "Friends") is body


def test_a_common_word_after_the_with_no_such_name_is_none():
    entities = extracted("Ruth Tallis restored Tessan Mill in 1971, and the Friends raised "
                         "£900 to mend the wheel.\n")
    assert find(entities, "Friends") is None


def test_her_after_a_sentence_about_a_ship_is_the_ships():
    refs = _references("The Marrowby yard built forty hulls. Its finest ship, the liner "
                       "Quillon, was launched in 1931. Her designer, the naval architect Edda "
                       "Quillard, later ran the drawing office.\n")
    assert ("Her", "Quillon") in refs


def test_her_still_takes_a_woman_before_a_ship():
    refs = _references("Edda Quillard drew forty hulls. In 1931 she designed the liner "
                       "Quillon. Her office was in Marrowby.\n")
    assert ("Her", "Edda Quillard") in refs
    assert ("Her", "Quillon") not in refs


_TOWERS = ("The Pelmor Rocks, a reef off Tessan, wrecked so many ships that three towers have "
           "risen on them. The first was the design of Edda Quillard. A second tower, designed "
           "by Dorlan Brenn, stood until 1755. The third tower changed the craft. Arvid "
           "Fenmarch designed it in stone.\n")


def test_a_counted_series_goes_on_from_its_ordinal_subject():
    refs = _references(_TOWERS)
    rocks = next(label for surface, label in refs if surface == "The first")
    assert "Pelmor" in rocks
    assert ("A second tower", rocks) in refs
    assert ("The third tower", rocks) in refs
    assert ("it", rocks) in refs  # "designed it": the third tower, of that set


def test_an_ordinal_noun_without_an_ordinal_subject_stands_for_nothing():
    refs = _references(_TOWERS.replace("The first was the design of Edda Quillard. ", ""))
    assert not any(surface in ("A second tower", "The third tower") for surface, _l in refs)


def test_these_and_another_noun_take_up_the_thing_just_set_in_bold():
    refs = _references("Edda Quillard built a lamp that ran for months. Its best part was the "
                       "**Pelmor governor**, which shut the gas off at dawn. Quillard won a "
                       "prize in 1908 for these automatic regulators.\n")
    assert ("these automatic regulators", "Pelmor governor") in refs


def test_these_and_a_persons_noun_take_up_no_bold_thing():
    refs = _references("Edda Quillard built a lamp that ran for months. Its best part was the "
                       "**Pelmor governor**, which shut the gas off at dawn. Quillard thanked "
                       "these young engineers in 1912.\n")
    assert not any(label == "Pelmor governor" and surface.startswith("these")
                   for surface, label in refs)


def test_an_everyday_plural_opening_a_sentence_is_no_place_of_an_adjective():
    assert not named_by_adjective("polls", frozenset({"polish"}))
    assert not named_by_adjective("indices", frozenset({"indian"}))
    assert named_by_adjective("athens", frozenset({"athenian"}))
    entities = extracted("Polls closed at nine in the evening. Polish voters turned out in "
                         "large numbers.\n")
    assert find(entities, "Polls") is None


def test_these_and_a_bare_noun_of_what_happened_take_up_no_bold_thing():
    refs = _references("The firm sold the **Kell valve** in 1990. Analysts praised these "
                       "changes in the market.\n")
    assert not any(label == "Kell valve" for _surface, label in refs)


def test_an_ordinal_noun_the_section_did_not_count_in_stands_for_nothing():
    refs = _references("# Finals\nPelmor United have reached the Kell Cup final four times. "
                       "The first was lost to Kell Town in 1901. A second striker, signed in "
                       "May, scored twelve goals.\n")
    assert not any(surface == "A second striker" for surface, _label in refs)


def test_her_takes_no_ship_when_the_document_has_named_a_woman():
    refs = _references("Ann Holt took over the yard in 1905. Orders doubled that year. Wages "
                       "rose. The yard launched the steamer Quillon in 1912. Her order book "
                       "was full by then.\n")
    assert not any(label == "Quillon" for _surface, label in refs)


def test_a_title_of_a_common_noun_keeps_no_short_title():
    _docs, _sections, sentences = build(
        "In 1776 Adam Tressick published The Wealth of Nations, a study of trade. In 1916, The "
        "Theory of Relativity changed physics. She sang in The Pirates of Penzance.\n")
    assert place_titles(sentences) == {"Pirates of Penzance": "The Pirates"}


def test_a_short_name_after_the_used_more_often_does_not_become_the_label():
    entities = extracted("Ada Lind founded the Friends of Kell Park in 1990. In 2001 the Friends "
                         "bought a bench, and the Friends planted trees.\n")
    friends = find(entities, "Friends")
    assert friends is not None and friends.label == "Friends of Kell Park"


def test_it_of_the_weather_or_the_time_takes_up_nothing():
    for tail in ("It was raining hard in the city.", "It was a cold day in March."):
        refs = _references(f"Ada Lind signed the Kell Treaty in 1990. {tail}\n")
        assert not any(surface == "It" for surface, _label in refs), tail
    refs = _references("Ada Lind founded Pelmor Press in 1901. It was a small firm.\n")
    assert ("It", "Pelmor Press") in refs
