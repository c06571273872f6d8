"""Tests for kg.entities: extraction, types, mentions, on small made-up documents."""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.model import Document, Section, Sentence, stable_id
from kg.splitter import split_document

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "article.txt"

SURVEY = """The Harlow Deep Survey

The Harlow Deep Survey (HDS) is a sky survey run by the Northern Astronomy Consortium. \
It began on 3 April 2019 and cost $45 million. Rather than imaging a few fields, the survey \
maps the whole northern sky.

People

Ellen R. Voss led the survey from 2019. Voss had earlier worked at the Brisda Institute. \
She said the survey would chart 20 million galaxies. Dr. Tomek Brenner joined in March 2020, \
and Brenner built the main spectrograph.

Methods

The survey relies on adaptive optics. Adaptive optics corrects the blur that the air adds, \
and a phenomenon called “seeing” limits every ground telescope. Photometric depth \
estimation (PDE) gives distances for faint galaxies; PDE is cheaper than spectroscopy. \
The team also uses photometric depth estimation for bright galaxies.

Governance

The Northern Astronomy Consortium published the Open Data Charter in 2021. The charter \
requires that every image is public within a year. The Northern Astronomy Consortium’s \
members pay for the data centre.

Understanding the survey is essential for cosmology. Members include the Brisda Institute.
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


def extracted(text: str):
    """The entities of ``text`` read through :func:`build`."""
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    return entities


def typed_aliases(*texts: str) -> dict[str, tuple[str, set[str]]]:
    """Each entity's label with its type and aliases, ``texts`` read through the real splitter
    as Markdown documents of one corpus (headings are sections)."""
    docs = [Document(id=f"document:{k}" if k else "document:t", path="t.md", title="t", text=text)
            for k, text in enumerate(texts)]
    sections, sentences = [], []
    for doc in docs:
        secs, sents = split_document(doc)
        sections += secs
        sentences += sents
    entities, _mentions = extract_entities(docs, sections, sentences)
    return {e.label: (e.entity_type, set(e.aliases)) for e in entities}


def with_mentions(text: str):
    """``(entities, mentions)`` of ``text`` read through :func:`build`."""
    docs, sections, sentences = build(text)
    return extract_entities(docs, sections, sentences)


def read_file(text: str, tmp_path: Path, *, name: str = "article.txt"):
    """``(entities, mentions, sentences)`` of ``text`` written to ``tmp_path / name`` and read
    through the real reader and splitter (the naive splitter of :func:`build` cuts at "St.")."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    docs = read_documents([path])
    sections, sentences = split_document(docs[0])
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences


def read_entities(text: str, tmp_path: Path, *, name: str = "article.txt"):
    """The entities of ``text`` read through :func:`read_file`."""
    return read_file(text, tmp_path, name=name)[0]


@pytest.fixture(scope="module")
def survey():
    docs, sections, sentences = build(SURVEY)
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences


def reference_triples(text: str) -> list[tuple[int, str, str]]:
    """``(sentence index, surface, entity label)`` of every reference mention of ``text``, read
    through the real splitter (Markdown headings are sections)."""
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, mentions = extract_entities([doc], sections, sentences)
    label = {e.id: e.label for e in entities}
    return [(m.sentence, m.surface, label[m.entity]) for m in mentions if m.via == "reference"]


def reference_sets(text: str) -> dict[str, set[str]]:
    """``"sentence:surface"`` → the labels of the entities each reference mention of ``text``
    (read through :func:`build`) stands for."""
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.via == "reference":
            out.setdefault(f"{m.sentence}:{m.surface}", set()).add(label[m.entity])
    return out


def by_reference(mentions, entity, index) -> bool:
    """True when sentence ``index`` mentions ``entity`` by reference (``via: reference``)."""
    return any(m.entity == entity.id and m.sentence == index and m.via == "reference"
               for m in mentions)


def named(entities, form: str) -> list:
    """Every entity whose label or alias is ``form`` (case-insensitive)."""
    return [e for e in entities if form.casefold() in {a.casefold() for a in (e.label, *e.aliases)}]


def find(entities, form: str):
    """The entity whose label or alias is ``form`` (case-insensitive), else None."""
    hits = named(entities, form)
    assert len(hits) <= 1, f"{form} is on {len(hits)} entities"
    return hits[0] if hits else None

def joined(entities, name: str, form: str, *, rule: str | None = None):
    """Asserts that ``form`` is on the entity named ``name`` (merged by ``rule`` when given).

    Returns:
        That entity.
    """
    entity = find(entities, name)
    assert entity is not None, f"no entity {name!r}"
    assert find(entities, form) is entity, f"{form!r} is not on {name!r}"
    if rule is not None:
        assert any(m["rule"] == rule for m in entity.merges), f"no {rule!r} merge on {name!r}"
    return entity


def test_acronym_joins_its_expansion(survey):
    entities, _, _ = survey
    joined(entities, "Harlow Deep Survey", "HDS")
    pre = joined(entities, "photometric depth estimation", "PDE")
    assert pre.label == "photometric depth estimation"
    assert any(m["rule"] == "acronym" for m in pre.merges)


def test_person_with_initial_and_surname(survey):
    entities, _, _ = survey
    voss = find(entities, "Ellen R. Voss")
    assert voss is not None and voss.entity_type == "person"
    assert find(entities, "Voss") is voss
    brandt = find(entities, "Tomek Brenner")
    assert brandt is not None and brandt.entity_type == "person"


def test_dates_quantities_and_types(survey):
    entities, _, _ = survey
    assert find(entities, "3 April 2019").entity_type == "date"
    assert find(entities, "March 2020").entity_type == "date"
    assert find(entities, "$45 million").entity_type == "quantity"
    assert find(entities, "Open Data Charter").entity_type == "document"
    assert find(entities, "Brisda Institute").entity_type == "organization"
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
    _entities, mentions, _sentences = survey
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
    text = ("Pavel Orlov and Petra Orlov founded the firm in 2021. Petra Orlov said the "
            "firm would grow. Orlov later wrote a report.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    dario, daniela = find(entities, "Pavel Orlov"), find(entities, "Petra Orlov")
    assert dario is not None and daniela is not None and dario is not daniela
    assert "Orlov" not in dario.aliases | daniela.aliases


def test_one_entity_across_documents():
    a = build("The Varn Observatory opened in 1990. Astronomers at the Varn Observatory study "
              "comets.\n", "document:a")
    b = build("Comets were first catalogued at the Varn Observatory.\n", "document:b")
    entities, _mentions = extract_entities(a[0] + b[0], a[1] + b[1], a[2] + b[2])
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
    entities, _mentions = extract_entities(docs, sections, sentences)
    assert time.perf_counter() - t0 < 3.0
    assert 40 <= len(entities) <= 200
    labels = {e.label.casefold() for e in entities}
    assert {"rather", "understanding", "table of contents"}.isdisjoint(labels)


NAMES = """The Lowmoor Growers’ Charter was signed in 1990 by the Lowmoor Farming Company. \
The Lowmoor Farming Company later adopted the Declaration on the Co-owned Mills. \
Its Wide Field Camera (WiFCam) was built by Brennick University. Brennick also wrote the \
“Fields and Beyond” report, and Fields and Beyond became a standard reference. Lowmoor \
paid for it.
"""


@needs_wordfreq
def test_names_with_possessives_hyphens_and_mixed_case_acronyms():
    docs, sections, sentences = build(NAMES)
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "Lowmoor Growers’ Charter") is not None
    assert find(entities, "Declaration on the Co-owned Mills") is not None
    joined(entities, "Wide Field Camera", "WiFCam")
    title = find(entities, "Fields and Beyond")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "“Fields and Beyond” report") is title
    joined(entities, "Brennick University", "Brennick")


def test_markdown_bold_labels_in_list_items():
    text = ("The Orbital Cleanup Program has three parts:\n"
            "- **Debris mapping:** radar maps small debris.\n"
            "- **Net capture**: nets catch large debris.\n"
            "- __Laser nudging:__ lasers push debris down.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    for label in ("Debris mapping", "Net capture", "Laser nudging"):
        assert find(entities, label) is not None, label


ODDITIES = """The Orbital Survey

The Orbital Survey was planned as the Next Generation Sky Camera, or NGSC. It cost \
roughly $2 billion, and critics said 2 billion dollars was too much. The Torva 5 rocket \
carried the Next Generation Sky Camera into orbit. It measured the Doppler effect in the \
light of the planet ORV-4 b and of the star ORV-4. Later the Torva 5 carried a second \
camera. KSA’s Kessan Relay Network and the Kessan Relay Network relayed the data. The Kelbury \
Tanners’ Institute paid for a guide. Versions of ML-ML review were tried in December.

The Open Roster

The open roster is the record that says who may trade. The open roster was kept on paper \
at first. Later the open roster covered the whole valley. Industry leaders met twice, and \
the industry leaders agreed. The idea of one seat, one voice came later, and one seat, \
one voice is still the rule. A process called signal sifting and control, which aligns \
the data, was then adopted.
"""


@pytest.fixture(scope="module")
def oddities():
    docs, sections, sentences = build(ODDITIES)
    entities, _ = extract_entities(docs, sections, sentences)
    return entities


@needs_wordfreq
def test_names_that_need_more_than_capitals(oddities):
    camera = find(oddities, "Next Generation Sky Camera")
    assert camera is not None and find(oddities, "NGSC") is camera
    for name in ("Torva 5", "Doppler effect", "ORV-4 b", "Kelbury Tanners’ Institute",
                 "Kessan Relay Network"):
        assert find(oddities, name) is not None, name
    assert find(oddities, "ORV-4 b") is not find(oddities, "ORV-4")
    for junk in ("ML-ML", "December", "KSA’s Kessan Relay Network", "Generation Sky Camera"):
        assert find(oddities, junk) is None, junk


@needs_wordfreq
def test_amounts_join_and_generic_phrases_stay_out(oddities):
    money = find(oddities, "$2 billion")
    assert money is not None and money.entity_type == "quantity"
    assert find(oddities, "2 billion dollars") is money
    assert find(oddities, "roughly $2 billion") is money
    assert find(oddities, "open roster") is not None  # generic words, but defined and headed
    assert find(oddities, "industry leaders") is None  # very common words, only twice
    assert find(oddities, "one seat, one voice") is not None
    assert find(oddities, "signal sifting and control") is not None


def test_field_labels_are_not_entities():
    text = ("The Varn Mill opened in 1950.\n"
            "- Founded: 14 March 1950\n"
            "- First owner: Tomek Brenner\n"
            "- Water power: the river turns two wheels all year\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "Founded") is None and find(entities, "First owner") is None
    assert find(entities, "Water power") is not None


UNSEEN = Path(__file__).resolve().parent / "data" / "entities"


def _score(folder: Path) -> dict:
    """The benchmark's measures (benchmarks/entities.py) on one folder of tests/data/entities."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "entities.py"
    spec = importlib.util.spec_from_file_location("entity_benchmark", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    article = next(iter(sorted(folder.glob("article.*"))))
    return bench.measure(article, folder / "entities.json", folder / "relations.json")


@needs_wordfreq
@pytest.mark.parametrize("name", ["tramway", "quartet"])
def test_unseen_articles(name):
    """Two articles written for these tests (not tuned on when written; their misses were
    looked at while adding the reference rules of issue 3): most gold entities found, their
    forms on one node, no node for two of them, related pairs joined through a claim."""
    result = _score(UNSEEN / name)
    assert result["recall"] >= 0.9
    assert result["alias_unity"] >= 0.9
    assert result["conflations"] <= 1
    assert result["joined_anywhere"] >= 0.7
    assert result["nodes_per_gold"] <= 3.0


@needs_wordfreq
@pytest.mark.parametrize("name", ["festival", "vaccine", "probe", "architect", "cleanair",
                                  "database", "shipyard"])
def test_invented_articles_with_references(name):
    """Seven more articles written for these tests while adding the reference and shortening
    rules (so tuned on, unlike the two above): the figures they reached are kept as floors."""
    result = _score(UNSEEN / name)
    assert result["recall"] >= 0.9
    assert result["alias_unity"] >= 0.85
    assert result["conflations"] == 0
    assert result["joined_anywhere"] >= 0.75
    assert result["nodes_per_gold"] <= 2.5


def test_defined_acronyms_short_names_and_descriptions_that_are_not_names():
    text = ("The Merrow Trial, often called simply the Merrow study, began in 2015. The trial "
            "was run by the Tallis Institute for Tropical Medicine with the World Ports "
            "Organization (WPO). The Tallis Institute paid for it. The Varn Telescope is "
            "often called Venholt’s successor. The Varn Telescope is big.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "WPO") is find(entities, "World Ports Organization") is not None
    assert find(entities, "Tallis Institute") is find(
        entities, "Tallis Institute for Tropical Medicine") is not None
    assert find(entities, "Merrow") is find(entities, "Merrow Trial") is not None
    assert find(entities, "simply") is None
    varn = find(entities, "Varn Telescope")
    assert varn is not None and not any("venholt" in a.casefold() for a in varn.aliases)


def test_renamings_through_pronouns_cut_names_and_clipped_acronyms():
    text = ("The tool was first called Quillwright, after its first user. The disk it ran on "
            "allowed short file names, so the name was cut to Quill. Varden Bask, the program "
            "written by Orla Fenn, grew into a platform. In 2012 the group renamed it Torvel. "
            "The Second Tarven Charter (STCA) was signed in 2007. Hester Quennick wrote The Little "
            "Marrowby, and Marrowby sold well.\n")
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "Quillwright") is find(entities, "Quill") is not None
    assert find(entities, "Varden Bask") is find(entities, "Torvel") is not None
    assert find(entities, "STCA") is find(entities, "Second Tarven Charter") is not None
    assert find(entities, "Orla Fenn") is not find(entities, "Torvel")
    little = find(entities, "Little Marrowby")
    assert little is None or little.entity_type != "person"


def test_a_version_number_after_a_name_is_no_amount():
    docs, sections, sentences = build("Marl 5.0 adopted strict bounds checks in 2003. The river "
                                      "carries 240 tonnes of silt.\n")
    entities, _ = extract_entities(docs, sections, sentences)
    quantities = {e.label for e in entities if e.entity_type == "quantity"}
    assert not any(q.startswith("5.0") for q in quantities)
    assert any(q.startswith("240") for q in quantities)
