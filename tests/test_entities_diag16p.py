"""diag16p: the gender a pronoun says of a person named in its own sentence
(:func:`kg.references.compatibility.note_gender`): "X retired …, and his stake went to his
cousin, Y, …. She …" takes Y, not X; and not when another person of that gender is named
in the window ("… spent a winter checking her soundings. He …")."""

from __future__ import annotations

from tests.test_entities import extracted, find, with_mentions


def _references(text: str) -> list[tuple[str, str, str]]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity], str(m.sentence)) for m in mentions
            if m.via == "reference"]


def test_his_in_the_sentence_that_names_a_man_keeps_she_from_him():
    # business history: the partner's "his share" says he is a man
    text = ("Ropes\nThe Kessack Ropery made hawsers for the river barges. Orvid Talmish ran the "
            "ropery for thirty years. In 1872 Talmish retired to the coast, and his stake went to "
            "his cousin, Pirra Quenet, a bookkeeper. She bought the Wellowby Yard in 1875.\n")
    shes = [label for surface, label, _s in _references(text) if surface == "She"]
    assert shes == ["Pirra Quenet"]


def test_her_said_of_the_man_named_in_its_sentence_leaves_he_to_him():
    # survey science: "her soundings" are the woman's named before, so "He" is still the man
    text = ("Soundings\nMerla Olskarth drew the first charts of the bay in 1948. Her "
            "assistant carried on the survey. Davor Keddart, who joined the station in 1950, "
            "spent a winter checking her soundings. He found two errors in the deep channel.\n")
    hes = [label for surface, label, _s in _references(text) if surface == "He"]
    assert hes == ["Davor Keddart"]


def _typed(text: str, form: str) -> str | None:
    entity = find(extracted(text), form)
    return entity.entity_type if entity is not None else None


_DYERS = ("Dyeing in Orvask\nThe Orvask dye works opened in 1850 beside the river.\n"
          "{heading}\nTessiva Quarn trained as a chemist in Pelborough. In 1887 she joined the "
          "works, and her remedy, later known as the Quarn process, steamed the cloth "
          "twice. Colours held fast. Cloth kept its colour for years. Buyers in three "
          "counties asked for it. Quarn described the method in a pamphlet of 1893.\n")


def test_the_method_past_the_window_takes_the_technique_its_heading_names():
    # (kg.references.way_nouns) also the eponym's process typed a technique (form_types)
    text = _DYERS.format(heading="The Quarn Process")
    refs = _references(text)
    assert ("the method", "Quarn process") in [(s, label) for s, label, _n in refs]
    assert _typed(text, "Quarn process") == "technique"


def test_the_method_takes_nothing_when_the_heading_names_two_techniques():
    # another genre (printing): a heading naming two ways leaves "the method" open
    text = ("Printing in Pelborough\nThe Pelborough press opened in 1850.\n"
            "The Orrit Process and the Vallin Process\nAda Orrit devised the Orrit process in "
            "1861, and Tom Vallin devised the Vallin process in 1862. The results were mixed. "
            "Printers argued for years. Some towns banned both. Most shops kept old presses. "
            "Orrit defended the method in 1870.\n")
    assert "the method" not in [s for s, _label, _n in _references(text)]
    # (rev16i) the heading does name two techniques, and one of them alone is taken
    assert _typed(text, "Orrit process") == _typed(text, "Vallin process") == "technique"
    one = text.replace("The Orrit Process and the Vallin Process", "The Orrit Process")
    assert ("the method", "Orrit process") in [(s, label) for s, label, _n in _references(one)]


def test_a_firm_named_with_process_stays_an_organization():
    # another genre (a company history): a capitalised "Process" in a firm's name
    text = ("Firms\nThe Quelling Process Company was founded in Orvask in 1901. The Quelling "
            "Process Company employed forty clerks.\n")
    assert _typed(text, "Quelling Process Company") == "organization"


def test_a_cleft_it_takes_nothing():
    # (kg.references.clefts) "It was only after … that …" refers to nothing
    text = ("Brewing\nAda Quillet devised lattice brewing in 1879. Lattice brewing was slow "
            "and costly. It was only after the spring show in Orvask, where her ale took a ribbon, "
            "that other brewers took up the lattice.\n")
    assert "It" not in [s for s, _label, _n in _references(text)]


def test_it_was_only_a_thing_still_refers():
    # another genre (a product): "It was only a small lamp" is the lamp
    text = ("Lamps\nThe Pelmor Lamp Company made lamps in Orvask. It was only a small firm, "
            "but its lamps sold across the county.\n")
    assert ("It", "Pelmor Lamp Company") in [(s, label) for s, label, _n in _references(text)]


def test_its_after_a_subject_it_behind_a_fronted_its_takes_the_firm():
    # (kg.references.recording.mark_subject) "When at its busiest it kept …. Its first owner"
    text = ("The Quenby Lamp Works\nThe Quenby Lamp Works was a maker of lamps in Orvask. At its "
            "busiest it kept 200 hands at work. Its first owner, a tinsmith, sold lamps at fairs.\n")
    refs = _references(text)
    assert ("Its", "Quenby Lamp Works", "2") in refs


def test_a_name_before_the_subject_description_still_marks_nothing():
    # another genre (music): a literal name before "the group" is not passed over, so the
    # next "It" does not go to it (it does when mark_subject marks regardless: checked)
    text = ("Music\nThe Quibrow Conservatory opened in 1901. Formed in 1920 at the Quibrow "
            "Conservatory, the group gave concerts in the square. It toured the valley in 1925.\n")
    refs = _references(text)
    assert ("It", "Quibrow Conservatory", "2") not in refs


def test_a_grade_sold_as_a_name_is_a_product():
    # (kg.kinds.naming_cues) "sold as the X"
    text = ("Ribbons\nThe Orvask works made ribbons in seven widths. Drapers liked the "
            "widest ribbon, sold as the Quillet, for its sheen. The Quillet stayed in the "
            "catalogue for a century.\n")
    assert _typed(text, "Quillet") == "product"


def test_a_property_sold_as_a_name_is_no_product():
    # another genre (an estate): a house sold under its name is a place, not goods
    text = ("Estates\nIn 1920 the old farm was sold as Drennock Grange to a banker. Drennock "
            "Grange later became a school.\n")
    assert _typed(text, "Drennock Grange") not in (None, "product")  # (rev16i) found


def test_clay_pits_with_a_name_are_a_place():
    # (kg.words.kind_nouns STRUCTURE_HEADS) "the X Pits", a working dug for clay
    text = ("Bricks\nThe brickmakers took red earth from the Harlowdene Pits near "
            "Orvask. The Harlowdene Pits closed in 1910.\n")
    assert _typed(text, "Harlowdene Pits") == "place"


def test_a_band_named_for_a_pit_is_no_place():
    # another genre (music): a band's name holding "Pit" ends in the band's head
    text = ("Music\nThe Harlowdene Pit Band played at the fair in 1911. The Harlowdene Pit Band "
            "won a prize.\n")
    assert _typed(text, "Harlowdene Pit Band") not in (None, "place")  # (rev16i) found
