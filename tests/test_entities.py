"""Tests for kg.entities: extraction, types, mentions, on small made-up documents."""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import pytest

from kg.entities import extract_entities
from kg.model import Document, Section, Sentence, stable_id

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "article.txt"

SURVEY = """The Harlow Deep Survey

The Harlow Deep Survey (HDS) is a sky survey run by the Northern Astronomy Consortium. \
It began on 3 April 2019 and cost $45 million. Rather than imaging a few fields, the survey \
maps the whole northern sky.

People

Ellen R. Voss led the survey from 2019. Voss had earlier worked at the Kestrel Institute. \
She said the survey would chart 20 million galaxies. Dr. Tomas Brandt joined in March 2020, \
and Brandt built the main spectrograph.

Methods

The survey relies on adaptive optics. Adaptive optics corrects the blur that the air adds, \
and a phenomenon called “seeing” limits every ground telescope. Photometric redshift \
estimation (PRE) gives distances for faint galaxies; PRE is cheaper than spectroscopy. \
The team also uses photometric redshift estimation for bright galaxies.

Governance

The Northern Astronomy Consortium published the Open Data Charter in 2021. The charter \
requires that every image is public within a year. The Northern Astronomy Consortium’s \
members pay for the data centre.

Understanding the survey is essential for cosmology. Members include the Kestrel Institute.
"""

# word frequencies (wordfreq) decide what counts as a common word in these cases
needs_wordfreq = pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None,
                                    reason="wordfreq is not installed")


# a sentence ends at . ! ? before a space (or at the line end), except after an initial or a
# title
_SENTENCE = re.compile(r"\S.*?(?:(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)[.!?](?=\s|$)|$)")


def build(text: str, doc_id: str = "document:t"):
    """Sections from standalone short lines, sentences from a naive split (test only)."""
    doc = Document(id=doc_id, path="t.txt", title="t", text=text)
    sections, sentences = [], []
    current = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        item = line.startswith(("- ", "• "))
        if not item and not line.rstrip().endswith((".", ":", "?", "!")) and len(line.split()) < 8:
            sec = Section(id=stable_id("section", doc_id, line, str(len(sections))), doc=doc_id,
                          title=line, level=1, char_start=start, char_end=start + len(line),
                          order=len(sections))
            sections.append(sec)
            current = sec.id
            continue
        offset = 2 if item else 0
        for m in _SENTENCE.finditer(line[offset:]):
            s = start + offset + m.start()
            sentences.append(Sentence(text=m.group(), doc=doc_id, char_start=s,
                                      char_end=s + len(m.group()), section=current,
                                      order=len(sentences), list_item=item))
    return [doc], sections, sentences


@pytest.fixture(scope="module")
def survey():
    docs, sections, sentences = build(SURVEY)
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences


def find(entities, form: str):
    """The entity whose label or alias is ``form`` (case-insensitive), else None."""
    hits = [e for e in entities
            if form.casefold() in {a.casefold() for a in {e.label, *e.aliases}}]
    assert len(hits) <= 1, f"{form} is on {len(hits)} entities"
    return hits[0] if hits else None


def test_acronym_joins_its_expansion(survey):
    entities, _, _ = survey
    hds = find(entities, "Harlow Deep Survey")
    assert hds is not None and find(entities, "HDS") is hds
    pre = find(entities, "photometric redshift estimation")
    assert pre is not None and find(entities, "PRE") is pre
    assert pre.label == "photometric redshift estimation"
    assert any(m["rule"] == "acronym" for m in pre.merges)


def test_person_with_initial_and_surname(survey):
    entities, _, _ = survey
    voss = find(entities, "Ellen R. Voss")
    assert voss is not None and voss.entity_type == "person"
    assert find(entities, "Voss") is voss
    brandt = find(entities, "Tomas Brandt")
    assert brandt is not None and brandt.entity_type == "person"


def test_dates_quantities_and_types(survey):
    entities, _, _ = survey
    assert find(entities, "3 April 2019").entity_type == "date"
    assert find(entities, "March 2020").entity_type == "date"
    assert find(entities, "$45 million").entity_type == "quantity"
    assert find(entities, "Open Data Charter").entity_type == "document"
    assert find(entities, "Kestrel Institute").entity_type == "organization"
    assert find(entities, "Northern Astronomy Consortium").entity_type == "organization"


def test_terms_by_repetition_and_definition(survey):
    entities, _, _ = survey
    optics = find(entities, "adaptive optics")
    assert optics is not None and optics.mentions == 2
    assert find(entities, "seeing") is not None


def test_no_junk_from_sentence_initial_capitals(survey):
    entities, _, _ = survey
    for word in ("Rather", "Understanding", "Members", "People", "It", "She"):
        assert find(entities, word) is None, word


def test_references_resolve_to_the_right_entity(survey):
    entities, mentions, sentences = survey
    refs = {(sentences[m.sentence].text.split()[0], m.surface, m.entity)
            for m in mentions if m.via == "reference"}
    charter = find(entities, "Open Data Charter")
    voss = find(entities, "Ellen R. Voss")
    assert ("The", "The charter", charter.id) in refs
    assert ("She", "She", voss.id) in refs
    for m in mentions:
        assert sentences[m.sentence].text  # every mention points at a real sentence
        if m.char_start is not None:
            doc_text = SURVEY
            assert doc_text[m.char_start:m.char_end] == m.surface or m.via == "reference"


def test_reference_not_added_where_named_literally(survey):
    entities, mentions, sentences = survey
    seen = {}
    for m in mentions:
        assert (m.entity, m.sentence) not in seen, "one mention per entity and sentence"
        seen[(m.entity, m.sentence)] = m


def test_mentions_count_distinct_sentences(survey):
    entities, mentions, _ = survey
    for e in entities:
        assert e.mentions == len({m.sentence for m in mentions if m.entity == e.id})
        assert e.id == stable_id("entity", e.label)


def test_two_people_sharing_a_surname_stay_apart():
    text = ("Dario Amodei and Daniela Amodei founded the firm in 2021. Daniela Amodei said the "
            "firm would grow. Amodei later wrote a report.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    dario, daniela = find(entities, "Dario Amodei"), find(entities, "Daniela Amodei")
    assert dario is not None and daniela is not None and dario is not daniela
    assert "Amodei" not in dario.aliases | daniela.aliases


def test_one_entity_across_documents():
    a = build("The Varn Observatory opened in 1990. Astronomers at the Varn Observatory study "
              "comets.\n", "document:a")
    b = build("Comets were first catalogued at the Varn Observatory.\n", "document:b")
    entities, mentions = extract_entities(a[0] + b[0], a[1] + b[1], a[2] + b[2])
    varn = find(entities, "Varn Observatory")
    assert varn is not None and varn.mentions == 3


def test_empty_input():
    assert extract_entities([], [], []) == ([], [])


def test_bundled_article_is_fast_and_selective():
    from kg.documents import read_documents
    from kg.splitter import split_document

    docs = read_documents([ARTICLE])
    sections, sentences = split_document(docs[0])
    extract_entities(docs, sections, sentences)  # warm the word-frequency table
    t0 = time.perf_counter()
    entities, mentions = extract_entities(docs, sections, sentences)
    assert time.perf_counter() - t0 < 3.0
    assert 40 <= len(entities) <= 200
    labels = {e.label.casefold() for e in entities}
    assert {"rather", "understanding", "table of contents"}.isdisjoint(labels)


NAMES = """The Lowmoor Growers’ Charter was signed in 1990 by the Lowmoor Farming Company. \
The Lowmoor Farming Company later adopted the Statement on the Co-operative Principles. \
Its Wide Field Camera (WiFCam) was built by Brennick University. Brennick also wrote the \
“Fields and Beyond” report, and Fields and Beyond became a standard reference. Lowmoor \
paid for it.
"""


@needs_wordfreq
def test_names_with_possessives_hyphens_and_mixed_case_acronyms():
    docs, sections, sentences = build(NAMES)
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "Lowmoor Growers’ Charter") is not None
    assert find(entities, "Statement on the Co-operative Principles") is not None
    camera = find(entities, "Wide Field Camera")
    assert camera is not None and find(entities, "WiFCam") is camera
    title = find(entities, "Fields and Beyond")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "“Fields and Beyond” report") is title
    brennick = find(entities, "Brennick University")
    assert brennick is not None and find(entities, "Brennick") is brennick


def test_markdown_bold_labels_in_list_items():
    text = ("The Orbital Cleanup Program has three parts:\n"
            "- **Debris mapping:** radar maps small debris.\n"
            "- **Net capture**: nets catch large debris.\n"
            "- __Laser nudging:__ lasers push debris down.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    for label in ("Debris mapping", "Net capture", "Laser nudging"):
        assert find(entities, label) is not None, label
