"""Rules of probe16 (the tea and braille probes' misses), each on invented sentences where
it must fire and, in another genre, where it must not: a particle pair inside a surname
(:mod:`kg.finders.particle_pairs`, :func:`kg.merging.surnames.name_before_particles`), a
bare surname two names end in (:func:`kg.merging.surnames.whole_surname`), other names of
an emphasised term (:mod:`kg.finders.term_aliases`), a body's town after "in"
(:func:`kg.finders.name_connectors.placed_after`) and before "known as"
(:func:`kg.merging.cue_reading._sited_body`), and a coined compound after "called the"
(:mod:`kg.finders.coined_compounds`)."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_a_surname_with_two_particles_is_one_name_and_its_first_word_its_short_form():
    # a military history: "de la" inside the officer's surname; "Vasquet" alone is he
    found = typed_aliases("# Signals\n\nIn 1815 the school received Émile Vasquet de la Tourne, "
                      "a former gunner. Vasquet had drawn a code of raised marks. Later "
                      "Vasquet left for the coast.\n")
    assert "Émile Vasquet de la Tourne" in found
    assert "Vasquet" in found["Émile Vasquet de la Tourne"][1]
    assert "Tourne" not in found


def test_a_particle_pair_before_a_lowercase_word_joins_nothing():
    # a fashion column: "de la mode" is French words, not a surname's particles
    found = typed_aliases("# Style\n\nThe magazine called Ysolde Marrant the queen de la mode in "
                      "1950. Marrant opened a shop in 1952.\n")
    assert "Ysolde Marrant" in found
    assert not any("mode" in label for label in found)


def test_a_bare_surname_goes_to_the_one_who_writes_it_whole():
    # a family firm: "Tesh" is the nephew, not his aunt with the double surname
    found = typed_aliases("# Chandlers\n\nThe shop was opened in 1870 by Ysolde Varrick-Tesh. "
                      "Varrick-Tesh retired in 1901, leaving it to her nephew Bram Tesh. "
                      "Critics said the new stock was poor, and the clerk resigned after "
                      "a quarrel with Tesh.\n")
    assert "Tesh" in found["Bram Tesh"][1]
    assert "Tesh" not in found


def test_a_bare_surname_two_people_write_whole_joins_neither():
    # a sports report: two brothers named Haskell; "Haskell" alone stays apart
    found = typed_aliases("# Final\n\nKees Haskell scored first and Bram Haskell scored "
                      "twice. In the last minute Haskell was sent off.\n")
    assert "Haskell" not in found["Kees Haskell"][1]
    assert "Haskell" not in found["Bram Haskell"][1]


def test_an_emphasised_term_takes_its_bracketed_gloss_and_a_plain_other_name():
    # a craft history: the foreign gloss and a rare word after "also called" name the term;
    # "long called" and a capitalised name with a number too
    found = typed_aliases("# Sewing\n\nHe had devised a method known as *dry stitching* (*couture "
                      "sèche*), also called seamwelding, in which the cloth was pressed. "
                      "Plain hems were common, while *double hemming*, long called Hem 4, "
                      "saved thread.\n")
    aliases = {a for _t, al in found.values() for a in al} | set(found)
    stitching = next(al for label, (_t, al) in found.items() if label == "dry stitching"
                     or "dry stitching" in al)
    assert {"seamwelding", "couture sèche"} <= stitching | {"dry stitching"}
    hem = next(al | {label} for label, (_t, al) in found.items() if label == "Hem 4"
               or "Hem 4" in al)
    assert "double hemming" in hem and "Hem 4" in aliases


def test_a_phrase_after_also_called_that_goes_on_in_plain_words_names_nothing():
    # a cookery text: "also called for", and a rare word going on in plain words ("ovenlift
    # by bakers"), are no other name of the term (rev16a: the first alone could not fail)
    found = typed_aliases("# Bread\n\nBakers prize **slow proving**, also called for in old "
                      "recipes, because it deepens the crust. Cooks like **quick proving**, "
                      "also called ovenlift by bakers, for its speed.\n")
    assert "slow proving" in found and "quick proving" in found
    aliases = {a for _t, al in found.values() for a in al} | set(found)
    assert not any(a.startswith(("for ", "ovenlift ")) for a in aliases)


def test_a_bodys_town_after_in_is_cut_off_and_the_known_as_name_is_the_bodys():
    # an education history: the school's name ends before "in Quendrow", which the text
    # names on its own, and its later name is the school's, not the town's
    found = typed_aliases("# Schools\n\nQuendrow is a river port. In 1819 Ada Lind won a place at "
                      "the Royal School for Deaf Children in Quendrow, known today as the "
                      "Quendrow Deaf Academy (QDA). The school grew. Her brother stayed in "
                      "Quendrow.\n")
    school = next(al | {label} for label, (_t, al) in found.items()
                  if "Royal School for Deaf Children" in al | {label})
    assert {"Quendrow Deaf Academy", "QDA"} <= school
    assert not any("Children in Quendrow" in label for label in found)
    assert "Quendrow Deaf Academy" not in found["Quendrow"][1]


def test_a_town_a_person_lived_in_keeps_its_known_as_name():
    # a travel text: no body before "in", so the name given is the town's
    found = typed_aliases("# Travels\n\nIn 1830 Ysolde Marrant lived in Pellith, known today "
                      "as the Wool City. Pellith lies on a river.\n")
    assert "Wool City" in found["Pellith"][1]
    assert "Wool City" not in found["Ysolde Marrant"][1]


def test_a_coined_compound_after_called_the_is_a_term():
    # a weaving history: a house method named with common words only
    found = typed_aliases("# Weaving\n\nBram Orvelle developed the house method of checking "
                      "cloth, which the guild called the three-loom test. Each bolt was "
                      "woven three times.\n")
    assert "three-loom test" in found


def test_called_the_and_a_person_is_no_term():
    # a sports text: the coach called a runner, who is no coined name
    found = typed_aliases("# Trials\n\nBefore the race the coach of Quendrow Rovers called the "
                      "long-distance runner. The race began at noon.\n")
    assert "Quendrow Rovers" in found and "long-distance runner" not in found


def test_a_long_italic_title_with_commas_after_published_is_one_work():
    # a maritime history: an old title listing its subjects with commas
    found = typed_aliases("# Pilots\n\nIn 1790 he published the *Method of Tide Reckoning, with "
                      "Tables, for Use by Pilots of the Quendrow and Arranged for Them*, the "
                      "first full account.\n")
    title = "Method of Tide Reckoning, with Tables, for Use by Pilots of the Quendrow and Arranged for Them"
    assert title in found and found[title][0] == "document"
    assert "Arranged for Them" not in found


def test_an_italic_scoreline_after_published_is_no_title():
    # a sports page: a result in italics holds numbers, no title
    found = typed_aliases("# Results\n\nOn Monday the paper published the *Final Score, Quendrow 3, "
                      "Pellith 1*, on its front page.\n")
    assert any(label.startswith("Quendrow") for label in found)  # the span was read (rev16a)
    assert not any(label.startswith("Final Score") for label in found)


# rev16a: second read of probe16 -- where its rules fired too widely


def test_called_the_with_its_object_right_after_it_summons_and_names_no_term():
    # a business and a sports page: "called the all-hands meeting" convenes it, "named the
    # first-team squad" picks it; neither names a term (no "which … called", no passive)
    found = typed_aliases("# Board\n\nIn March the chairman of Dellmoor Holdings called the "
                      "all-hands meeting. Shares rose.\n")
    assert "Dellmoor Holdings" in found and "all-hands meeting" not in found
    found = typed_aliases("# Squad\n\nOn Friday the coach of Quendrow Rovers named the first-team "
                      "squad. The match is on Sunday.\n")
    assert "Quendrow Rovers" in found and "first-team squad" not in found


def test_a_coined_compound_after_was_called_the_is_a_term():
    # a science history: the passive names the method as "which … called" does
    found = typed_aliases("# Assays\n\nIn 1901 Bram Quellby checked each sample twice, and the "
                      "check was called the two-flask assay. It was slow.\n")
    assert "two-flask assay" in found


def test_a_person_called_the_compound_runner_is_no_term():
    # a biography: a person's epithet after "was called the" is no coined term
    found = typed_aliases("# Runner\n\nIn the village Ysolde Marrant was called the "
                      "long-distance runner. Marrant won in 1901.\n")
    assert "Ysolde Marrant" in found and "long-distance runner" not in found


def test_a_town_after_a_bodys_name_keeps_a_known_as_name_with_a_place_head():
    # a biography: "the Wool City" is the town's name, not the college's
    found = typed_aliases("# Life\n\nPellith is a port. In 1840 Ada Lind taught at the Royal "
                      "College in Pellith, known today as the Wool City. Pellith grew.\n")
    college = next(al | {label} for label, (_t, al) in found.items()
                   if "Royal College" in al | {label})
    assert "Wool City" not in college


def test_a_bracketed_italic_taxon_without_a_naming_cue_is_no_other_name():
    # a botany text: the family in brackets after a species is not the species' name
    found = typed_aliases("# Botany\n\nThe moss *Varrella montica* (*Orvelliaceae*), a small "
                      "plant, grows on rocks. *Varrella montica* is rare.\n")
    assert "Varrella montica" in found
    assert "Orvelliaceae" not in found["Varrella montica"][1]


def test_a_bare_surname_beside_a_generational_suffix_joins_neither_person():
    # a family firm: "Walter Quellby Jr." writes the surname whole too, so "Quellby" alone
    # may be either man
    found = typed_aliases("# Firm\n\nThe firm was run by Walter Quellby Jr. and later by Bram "
                      "Quellby. In 1901 a clerk quarrelled with Quellby. Walter Quellby Jr. "
                      "retired.\n")
    assert "Bram Quellby" in found
    assert not any("Quellby" in al for _t, al in found.values())
