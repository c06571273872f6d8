"""alias19: alias unity on unseen text. Three families read on fresh texts written blind:
a full name with a particle opening a sentence, a renaming inside an object relative clause,
a name with an aside in brackets before its naming cue, and the one-word short form of a
place's or a body's name always written after "the". Invented sentences."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def _holder(found: dict, alias: str) -> list[str]:
    return [label for label, (_t, aliases) in found.items() if alias in aliases]


def test_a_particle_name_opening_a_sentence_keeps_its_first_name():
    found = typed_aliases("Leonardo de Vasquelle had served as a consul in Ostrelby. Vasquelle "
                          "returned to the coast in 1850. In 1858 Vasquelle formed a shipping "
                          "company.")
    assert "Leonardo de Vasquelle" in found
    assert "Vasquelle" in found["Leonardo de Vasquelle"][1]


def test_a_common_word_before_a_particle_opens_no_name():
    # a laboratory note: "Initially" is capitalised by position, not a first name
    found = typed_aliases("Initially van Oordt measured the samples alone. Later van Oordt "
                          "weighed the crystals with Ada Pellory.")
    assert "van Oordt" in found  # rev19c: the surname is still found (not a vacuous pass)
    assert not any(label.startswith("Initially") for label in found)


def test_a_body_renamed_in_an_object_relative_clause_keeps_the_new_name():
    text = ("The Selvane Office ran the ports for the government. In 1901 the Orlove Gallery "
            "engaged a keeper. During the war the government closed the Gallery. In 1919 the "
            "keeper reopened the Gallery, which the government then renamed the National "
            "Gallery of Brenhold (NGB). The NGB received a grant.")
    found = typed_aliases(text)
    holders = _holder(found, "National Gallery of Brenhold")
    assert holders and all("Selvane" not in h for h in holders)
    assert "NGB" not in found["Selvane Office"][1]


def test_a_name_given_by_named_goes_to_no_quantity_before_which():
    # a concert hall's history: "named" (not "renamed") names what the sentence built
    found = typed_aliases("In 1903 Ada Pellory turned a rope store into a hall of 900 seats, "
                          "which she named the Orlove Hall. The Orlove Hall opened in 1904.")
    assert "Orlove Hall" in found
    assert not any("900" in label or "seats" in label for label in _holder(found, "Orlove Hall"))


def test_a_bracketed_foreign_name_does_not_hide_the_name_before_its_cue():
    found = typed_aliases("In 1858 Ada Pellory formed the General Company of the Varrick Ship "
                          "Canal (Compagnie générale du canal de Varrick), usually called the "
                          "Varrick Canal Company. Investors bought its shares. In 1956 the "
                          "government took over the Varrick Canal Company.")
    assert "Varrick Canal Company" in found["General Company of the Varrick Ship Canal"][1]


def test_a_bracketed_name_after_of_gives_the_cue_name_to_no_person():
    # a chronicle: the nickname names the reign, not the queen before the bracket
    found = typed_aliases("The reign of Orla Pellory (Orla Brask), known to historians as the "
                          "Quiet Years, lasted until 1720. Orla Pellory died in 1720.")
    assert "Quiet Years" not in found["Orla Pellory"][1]


def test_a_short_form_always_after_the_joins_the_site_it_begins():
    found = typed_aliases("In 1895 Ada Pellory joined an expedition to the Kessick Mountains. "
                          "At the Kessick camp she met a surveyor. Back at the Amberlin "
                          "Laboratory in the capital, she built a vessel. At the Amberlin, Ivo "
                          "Brask made the vessel work.")
    assert "Kessick" in found["Kessick Mountains"][1]
    assert "Amberlin" in found["Amberlin Laboratory"][1]


def test_a_town_written_without_the_is_no_short_form_of_its_bridge():
    found = typed_aliases("The Quessop Bridge crosses the river near the market. After 1840 "
                          "Quessop grew around the bridge, and Quessop sent its wool south by "
                          "barge.")
    assert "Quessop" not in found["Quessop Bridge"][1]


def test_a_lowercase_legal_form_completes_the_new_name_of_a_firm():
    found = typed_aliases("The Orlove Lamp Company was founded in 1900. The firm grew quickly. "
                          "In 1964 it changed its name to Pellory Lighting plc. Pellory Lighting "
                          "plc later opened a plant at Ostrelby.")
    assert "Pellory Lighting plc" in found["Orlove Lamp Company"][1]
    assert "Pellory Lighting" not in found


def test_a_lowercase_word_after_a_person_is_no_part_of_the_name():
    # a concert note: only a legal form completes a name, not a verb after a person
    found = typed_aliases("At the spring concert Ivo Brask plays the organ. Ivo Brask studied "
                          "in Ostrelby.")
    assert "Ivo Brask" in found and not any(label.startswith("Ivo Brask ") for label in found)


def test_a_title_of_address_opening_a_sentence_keeps_a_common_word_surname():
    found = typed_aliases("The science mistress, Orla Brand, lent her microscopes to the girls. "
                          "Mrs Brand remained a friend for life.")
    assert found["Orla Brand"][0] == "person"
    assert "Mrs Brand" in found["Orla Brand"][1]


def test_miss_as_a_verb_opening_a_sentence_titles_no_person():
    # a travel guide: "Miss" is the verb, the fair keeps its own name
    found = typed_aliases("Miss Ostrelby Fair and you miss the best market of the year. The "
                          "Ostrelby Fair opens in May.")
    assert "Ostrelby Fair" in found and found["Ostrelby Fair"][0] != "person"
    assert not any(label.startswith("Miss") for label in found)
