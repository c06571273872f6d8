"""diag15s: a shared surname written alone stays with the person the text is about, not with a
relative named once in apposition inside that person's sentence. Invented sentences."""

from __future__ import annotations

from kg.entities import extract_entities
from tests.test_entities import build, extracted, needs_wordfreq


def _surname_takers(text: str, surname: str) -> dict[int, str]:
    """Sentence → label of the entity each bare ``surname`` stands for."""
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    label = {e.id: e.label for e in entities}
    return {m.sentence: label[m.entity] for m in mentions if m.surface == surname}


@needs_wordfreq
def test_a_bare_surname_is_not_the_relative_named_in_the_subjects_sentence():
    # a biography: the aunt is named once, as kin of the subject; the surname later is hers
    takers = _surname_takers(
        "Orsolya Brenwick was born in Tallowmere in 1802. Her father kept an inn. She was "
        "raised by her aunt Ilka Brenwick, a weaver in Dunmarsh. The inn closed in 1810. The "
        "family moved north. The roads were poor. In 1820 Brenwick opened a school.\n",
        "Brenwick")
    assert list(takers.values()) == ["Orsolya Brenwick"]


@needs_wordfreq
def test_a_relative_whose_possessive_follows_another_named_person_keeps_the_surname():
    # a club history: "his" is the coach named before it, so the nephew is no side figure
    takers = _surname_takers(
        "Piet Harrowfield coached the Dunmarsh club from 1970. When Piet Harrowfield retired in "
        "1990, the club passed to his nephew, Joss Harrowfield. The stands were rebuilt. The "
        "pitch was drained. The fans returned. Harrowfield sold the club in 2004.\n",
        "Harrowfield")
    assert list(takers.values()) == ["Joss Harrowfield"]


@needs_wordfreq
def test_a_name_with_an_elided_french_article_is_found_whole():
    # a title and a museum: "l'"/"d'" before a capitalised word is inside the name
    labels = {e.label for e in extracted(
        "Botany\nIn 1790 Ysolde Vasquerel published a short work, De l'Ostrelle Blanche, in "
        "Quenby. In 1802 Perrine Vallaux opened the Musée d'Ostrenne in Quenby.\n")}
    assert {"De l'Ostrelle Blanche", "Musée d'Ostrenne"} <= labels
    assert "Ostrelle Blanche" not in labels and "Musée" not in labels


@needs_wordfreq
def test_an_elided_article_before_a_lowercase_word_starts_no_name():
    # a music review: the song's French words are lowercase, no name
    entities = extracted(
        "Songs\nIn 1960 the band played a song called l'amour fou at the Tarrowby Inn. The "
        "song was short.\n")
    assert [e.label for e in entities if e.entity_type not in ("date",)] == ["Tarrowby Inn"]


@needs_wordfreq
def test_a_relative_handed_the_business_takes_the_surname_afterwards():
    # a mill history (rev17j): the son is given the mill, the next section goes on with him
    takers = _surname_takers(
        "Tobrin Quillfern ran the Dunbeck mill from 1850. In 1880 he handed it to his son "
        "Hesper Quillfern.\nLater years\nThe mill grew. The dam was raised. A new road came. "
        "Quillfern built a second wheel in 1895.\n", "Quillfern")
    assert list(takers.values()) == ["Hesper Quillfern"]


@needs_wordfreq
def test_a_late_relative_after_a_verb_of_giving_takes_no_surname():
    # a parish note (rev17j): "left … for his late wife": she is dead, no heir; the surname after
    # her is still the subject's
    takers = _surname_takers(
        "Tobrin Quillfern ran the Dunbeck mill from 1850. In 1870 he left the chapel a window "
        "for his late wife Tamsel Quillfern. The mill grew. The dam was raised. A new road came. "
        "Quillfern sold the mill in 1885.\n", "Quillfern")
    assert list(takers.values()) == ["Tobrin Quillfern"]
