"""diag15k (final13 kilogram diagnosis): long bodies' names "Head of A and B (ACR)", acronyms
in another language's word order, "A B of the C" abbreviated elsewhere, the French particle
"des", a gathering's "on", and a nickname given in a sentence that names its own thing
(:mod:`kg.finders.junctions`, :mod:`kg.finders.name_runs`, :mod:`kg.merging.initials`,
:mod:`kg.merging.nickname_nouns`), on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _labels(text: str) -> set[str]:
    entities, _ = with_mentions(text)
    return {e.label for e in entities}


def test_a_head_of_two_words_joined_by_and_before_an_acronym_is_one_name():
    text = ("Trade\n"
            "In 1850 the port set up the Ostrane Bureau of Tolls and Dues (OBTD) to collect "
            "fees. The OBTD moved to a larger office in 1861.\n")
    entities, _ = with_mentions(text)
    bureau = find(entities, "Ostrane Bureau of Tolls and Dues")
    assert bureau is not None and "Ostrane Bureau of Tolls" not in bureau.aliases


def test_a_head_of_two_words_without_an_acronym_stays_two_names():
    # another genre: a bank and a second place, with no acronym to bind them
    text = ("Finance\n"
            "In 1902 the Bank of Velmor and Quessar agreed to lend to the city. Quessar later "
            "built its own bank.\n")
    labels = _labels(text)
    assert "Bank of Velmor and Quessar" not in labels and "Bank of Velmor" in labels  # rev15k


def test_an_acronym_in_another_languages_order_joins_its_name():
    text = ("Science\n"
            "In 1921 the Central Office for Tides and Harbours (OCHT) was founded in a port "
            "town. The OCHT published its first tables in 1923.\n")
    entities, _ = with_mentions(text)
    office = find(entities, "Central Office for Tides and Harbours")
    assert office is not None and "OCHT" in office.aliases


def test_a_bracketed_code_that_spells_half_the_name_joins_nothing():
    # another genre: a club and an unrelated registration code
    text = ("Sport\n"
            "The Orvenby Valley Rowing Club (VRXZ) was formed in 1888. The club raced on the "
            "river every summer.\n")
    entities, _ = with_mentions(text)
    club = find(entities, "Orvenby Valley Rowing Club")
    assert club is not None and "VRXZ" not in club.aliases


def test_a_name_of_the_kind_abbreviated_later_is_found_whole():
    text = ("Records\n"
            "The town kept the Grand Ledger of the Tollmarsh in its hall. Clerks called it the "
            "GLT for short. The ledger was rebound in 1790.\n")
    entities, mentions = with_mentions(text)
    ledger = find(entities, "Grand Ledger of the Tollmarsh")
    assert ledger is not None and "GLT" in ledger.aliases
    assert any(m.surface == "The ledger" and m.entity == ledger.id for m in mentions)


def test_a_name_of_the_kind_with_an_acronym_of_other_words_is_cut():
    # another genre: a ship of a fleet; the acronym elsewhere spells other words
    text = ("Navy\n"
            "The Swift Ranger of the Harnick sailed in 1801. The RSN sent her south.\n")
    labels = _labels(text)
    assert "Swift Ranger of the Harnick" not in labels and "Swift Ranger" in labels  # rev15k


def test_des_joins_a_french_name():
    text = ("Guilds\n"
            "In 1760 the Cercle des Tanneurs met in Oldwyn. The Cercle des Tanneurs paid for "
            "a new bridge.\n")
    assert "Cercle des Tanneurs" in _labels(text)


def test_des_before_a_lowercase_word_joins_nothing():
    # another genre: a French phrase quoted in a recipe
    text = ("Cooking\n"
            "Pellgrave des herbes is a sauce from Oldwyn. Pellgrave served it with fish.\n")
    labels = _labels(text)
    assert not any("des" in label for label in labels) and "Pellgrave" in labels  # rev15k


def test_a_capitalised_des_opens_a_given_name():
    # another genre (rev15k): "Des", a short given name, is no French particle
    text = ("Television\n"
            "The show starred Des Brant and Ada Vennel. Des Brant sang every week.\n")
    assert "Des Brant" in _labels(text)


def test_a_conference_on_a_subject_is_one_name_and_the_conference_refers_to_it():
    text = ("Meetings\n"
            "In 1931 the Dolvey Conference on Salt Tolls met at Saltmoor. The conference chose "
            "to lower the tolls.\n")
    entities, mentions = with_mentions(text)
    meeting = find(entities, "Dolvey Conference on Salt Tolls")
    assert meeting is not None
    assert any(m.surface == "The conference" and m.entity == meeting.id for m in mentions)


def test_a_conference_of_a_year_keeps_its_year_apart():
    # another genre: a gathering named with its year, "of" and a number
    text = ("Meetings\n"
            "She spoke at the Marrick Conference of 1971 and at several later ones.\n")
    assert "1971" in _labels(text)


def test_a_nickname_given_where_the_sentence_names_its_own_thing_is_not_the_last_ones():
    text = ("Bells\n"
            "The Quendrow Bell was cast in 1820. Its weight matched the Ostrane Bell. Ringers "
            "rehung the Velmor Bell and nicknamed it Old Tom.\n")
    entities, _ = with_mentions(text)
    other = find(entities, "Ostrane Bell")
    assert other is not None and "Old Tom" not in other.aliases


def test_a_nickname_after_a_sentence_naming_one_thing_is_still_taken():
    # another genre: a ship, the one thing the sentence before names
    text = ("Ships\n"
            "In 1850 the yard launched the Pelmor Star. Sailors nicknamed it Old Lady.\n")
    entities, _ = with_mentions(text)
    ship = find(entities, "Pelmor Star")
    assert ship is not None and "Old Lady" in ship.aliases


def test_a_bold_name_before_its_acronym_is_its_long_form_whole():
    text = ("Standards\n"
            "The town adopted the **Uniform Scale of Harnick Measures** (SH) in 1850. The SH "
            "replaced older local scales.\n")
    entities, _ = with_mentions(text)
    scale = find(entities, "Uniform Scale of Harnick Measures")
    assert scale is not None and "SH" in scale.aliases


def test_an_unmarked_name_before_its_acronym_keeps_the_spelt_part():
    # another genre: a plain sentence, where the words before the spelt name are no part of it
    text = ("Music\n"
            "Ada Brant led the Velmor Street Harmony (SH) for a decade. The SH toured widely.\n")
    entities, _ = with_mentions(text)
    harmony = next((e for e in entities if "SH" in e.aliases), None)  # rev15k: found, not Ada's
    assert harmony is not None and not harmony.label.startswith("Ada Brant")


def test_a_nickname_after_its_name_to_y_in_the_same_sentence_is_ys():
    text = ("Lights\n"
            "The Harnick Beacon (HB) was lit in 1820. Its lamp matched the Ostrane Light. Keepers "
            "shortened its name to HB and nicknamed it Old Tom.\n")
    entities, _ = with_mentions(text)
    beacon = find(entities, "Harnick Beacon")
    other = find(entities, "Ostrane Light")
    assert beacon is not None and "Old Tom" in beacon.aliases
    assert other is not None and "Old Tom" not in other.aliases


def test_a_nickname_after_another_noun_to_y_is_not_ys():
    # another genre: a club's colours, "kit to Y", which gives no name of the club
    text = ("Football\n"
            "The Pellgrave Rovers were founded in 1890. The club changed its kit to Velmor Blue "
            "and nicknamed it Old Tom.\n")
    entities, _ = with_mentions(text)
    colour = find(entities, "Velmor Blue")
    assert colour is not None and "Old Tom" not in colour.aliases
