"""Search: every mode, graph-aware ranking, near-duplicates, highlights, vectors, ``kg eval``."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kg.errors import QueryError
from web.cli import main
from web.engine import Engine
from web.evaluate import evaluate, load_questions
from web.passages import passage_views, resolved_text
from web.ranking import DEFAULT_MODE, MODES, Ranker, highlight

from conftest import EVAL

DEV_QUESTIONS = EVAL / "dev_questions.json"


@pytest.mark.parametrize(
    "question, answer",
    [
        ("What year was Anthropic established?", "founded in 2021"),
        ("Which principle about planning does Anthropic follow?", "planning is indispensable"),
        ("What does the Responsible Scaling Policy commit to?", "capability threshold"),
        ("How would fines for rule-breaking labs be calculated?", "civil penalties"),
    ],
)
def test_dev_questions_find_their_answer_in_the_top_five(article_engine, question, answer):
    texts = [r["text"] for r in article_engine.search(question, k=5)["results"]]
    assert any(answer in t for t in texts), texts


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_ranks_distinct_claims_best_first(engine, mode):
    answer = engine.search("How much money did the trust raise in 2019?", k=4, mode=mode)
    assert answer["mode"] == mode
    results = answer["results"]
    assert 1 <= len(results) <= 4
    ids = [r["id"] for r in results]
    assert len(set(ids)) == len(ids)
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert "£2.5 million" in results[0]["text"]
    assert all(engine.graph.nodes[i]["kind"] == "claim" for i in ids)


def test_graph_mode_finds_a_claim_through_its_resolved_reference(engine):
    # "It was founded in 1998 …": only the resolved view says what "It" is.
    top = engine.search("When was the lighthouse trust founded?", k=1, mode="graph")["results"][0]
    assert top["text"].startswith("It was founded in 1998")


def test_modes_and_default(engine):
    assert tuple(engine.MODES) == MODES
    assert DEFAULT_MODE in MODES
    assert engine.search("lighthouse", k=2)["mode"] == DEFAULT_MODE
    with pytest.raises(QueryError):
        engine.search("lighthouse", mode="psychic")


def test_graph_mode_beats_dense_on_dev(article_engine):
    questions = load_questions(DEV_QUESTIONS)
    graph = evaluate(article_engine, questions, mode="graph").overall
    dense = evaluate(article_engine, questions, mode="dense").overall
    assert graph["MRR@10"] > dense["MRR@10"] + 0.1
    assert graph["R@5"] >= dense["R@5"]


def test_an_entity_in_most_claims_is_dropped_from_the_embedded_query(article_engine):
    analysis = article_engine.ranker.analyse("What year was Anthropic's company established?")
    assert analysis.dense_text == "What year was company established?"
    names = {article_engine.graph.nodes[h.entity]["label"] for h in analysis.entities}
    assert "Anthropic" in names
    # A query that is nothing but that entity keeps it.
    assert article_engine.ranker.analyse("Anthropic").dense_text == "Anthropic"


def _museum_graph():
    import networkx as nx

    graph = nx.MultiDiGraph()
    claims = [f"claim:{i}" for i in range(10)]
    for claim in claims:
        graph.add_node(claim, kind="claim", text="…")
    graph.add_node("entity:m", kind="entity", label="Harbour Museum", aliases="the museum|museum")
    graph.add_node("entity:q", kind="entity", label="Ada Quinn", aliases="Quinn")
    for claim in claims[:6]:
        graph.add_edge(claim, "entity:m", key="mentions", relation="mentions", via="reference")
    graph.add_edge(claims[7], "entity:q", key="mentions", relation="mentions", via="literal")
    return graph, claims


def test_only_the_name_of_a_common_entity_is_dropped():
    from web.query import QueryAnalyser

    analyser = QueryAnalyser(*_museum_graph())
    named = analyser.analyse("When did the Harbour Museum reopen?")
    assert named.dense_text == "When did the reopen?"
    assert [(h.entity, h.name, h.share) for h in named.entities] == [("entity:m", True, 0.6)]
    common = analyser.analyse("When did the museum reopen?")
    assert common.dense_text == "When did the museum reopen?"
    assert [h.name for h in common.entities] == [False]
    rare = analyser.analyse("What did Quinn's team find?")
    assert rare.dense_text == "What did Quinn's team find?"
    assert rare.entities[0].entity == "entity:q"
    assert rare.entities[0].weight == pytest.approx(1.0)  # one claim of ten: log 10 / log 10


def test_a_rare_entity_is_kept_and_weighted(engine):
    analysis = engine.ranker.analyse("Who is Margaret O. Quinn?")
    assert analysis.dense_text == "Who is Margaret O. Quinn?"
    assert len(analysis.entities) == 1
    hit = analysis.entities[0]
    assert 0 < hit.weight <= 1 and hit.share < 0.5
    assert "Quinn" in analysis.text[hit.start : hit.end]


def test_references_are_resolved_in_a_second_view(article_engine):
    graph, claims = article_engine.graph, article_engine.claims
    founded = next(
        c for c in claims if graph.nodes[c]["text"].startswith("The company was founded in 2021")
    )
    assert resolved_text(graph, founded).startswith("Anthropic was founded in 2021")
    texts, rows = passage_views(graph, claims)
    assert claims.index(founded) in rows
    assert rows == sorted(rows) and len(texts) == len(rows) < len(claims)
    views = article_engine.ranker.views
    assert views is not None and len(views.rows) == len(rows)
    assert np.allclose(np.linalg.norm(views.vectors, axis=1), 1.0, atol=1e-4)


def test_graph_mode_works_without_views(engine):
    ranker = Ranker(
        graph=engine.graph,
        claims=engine.claims,
        vector_index=engine.ranker.vector_index,
        lexical_index=engine.ranker.lexical_index,
        embedder=engine.embedder,
        vectors=engine.vectors,
    )
    hits = ranker.rank("How much money did the trust raise in 2019?", k=3, mode="graph")
    assert len(hits) == 3
    assert "£2.5 million" in engine.graph.nodes[hits[0].claim]["text"]


def test_near_duplicates_collapse_into_one_result(tmp_path, embedder):
    from web.build import build_store

    doc = tmp_path / "mill.txt"
    doc.write_text(
        "The Old Mill\n\n"
        "The mill was built in 1820 beside the river to grind flour for the village.\n\n"
        "Its wheel was replaced in 1901 after a flood.\n\n"
        "The mill was built in 1820 beside the river to grind the flour for the village.\n\n"
        "Today the building houses a small museum of rural life.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    build_store([doc], store, embedder=embedder)
    engine = Engine.load(store, embedder=embedder)
    graph_results = engine.search("When was the mill built?", k=3, mode="graph")["results"]
    built = [r for r in graph_results if "built in 1820" in r["text"]]
    assert len(built) == 1
    assert len(built[0]["duplicates"]) == 1
    other = engine.graph.nodes[built[0]["duplicates"][0]]["text"]
    assert "built in 1820" in other and other != built[0]["text"]
    dense_results = engine.search("When was the mill built?", k=3, mode="dense")["results"]
    assert sum("built in 1820" in r["text"] for r in dense_results) == 2


def test_highlight_marks_the_matching_clause():
    text = "Cyber risk: frontier models can find critical software vulnerabilities at large scale"
    start, end = highlight(text, "Can models find vulnerabilities in software?")
    assert (
        text[start:end]
        == "frontier models can find critical software vulnerabilities at large scale"
    )
    text = "The trust was founded in 1998, and it restores one lighthouse every two years."
    start, end = highlight(text, "When was it founded?")
    assert text[start:end] == "The trust was founded in 1998"
    # Stemming: "restoration" meets "restores".
    start, end = highlight(text, "lighthouse restoration")
    assert text[start:end] == "and it restores one lighthouse every two years"


def test_highlight_falls_back_to_the_whole_claim():
    text = "Nothing in common here."
    assert highlight(text, "What year was the bank founded?") == (0, len(text))
    assert highlight(text, "what is it?") == (0, len(text))
    assert highlight("", "anything") == (0, 0)


def test_result_highlights_lie_inside_the_text_and_cover_query_words(article_engine):
    results = article_engine.search("When was the company founded, and by whom?", k=5)["results"]
    for result in results:
        start, end = result["highlight"]["start"], result["highlight"]["end"]
        assert 0 <= start < end <= len(result["text"])
    top = results[0]
    marked = top["text"][top["highlight"]["start"] : top["highlight"]["end"]].lower()
    assert "founded" in marked or "company" in marked


def test_vector_search_finds_the_claim_itself(engine):
    claim = engine.claims[3]
    vector = engine.embed([engine.graph.nodes[claim]["text"]])[0].tolist()
    results = engine.search(vector=vector, k=3)["results"]
    assert results[0]["id"] == claim
    assert results[0]["score"] == pytest.approx(1.0, abs=1e-4)
    with pytest.raises(QueryError):
        engine.search(vector=vector, mode="graph")


def test_kg_eval_prints_metrics_per_group_and_misses(article_store, capsys):
    assert (
        main(["--quiet", "eval", str(DEV_QUESTIONS), "--store", str(article_store), "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["count"] == 22
    assert set(report["overall"]) == {"R@1", "R@5", "MRR@10"}
    assert sum(g["n"] for g in report["groups"].values()) == 22
    assert {"what", "how", "why"} <= set(report["groups"])
    assert all({"question", "expected", "first", "rank"} <= set(m) for m in report["misses"])
    assert (
        main(
            [
                "--quiet",
                "eval",
                str(DEV_QUESTIONS),
                "--store",
                str(article_store),
                "--mode",
                "dense",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "MRR@10" in out and "expected:" in out


def test_kg_eval_refuses_a_bad_mode_with_the_usage(article_store, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--quiet", "eval", str(DEV_QUESTIONS), "--store", str(article_store), "--mode", "psychic"])
    assert exit_.value.code == 2  # a malformed command line, before anything loads
    err = capsys.readouterr().err
    assert err.startswith("usage: kg eval") and "invalid choice: 'psychic'" in err


# --- late interaction (web.maxsim) --------------------------------------------------------


def _tokens(words, vectors, ids=None):
    from index import TokenEmbeddings

    vectors = np.asarray(vectors, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(len(words), dtype=np.int32) if ids is None else np.asarray(ids, np.int32)
    return TokenEmbeddings(vectors=vectors, ids=ids, words=tuple(words))


def test_content_mask_drops_stopwords_question_words_and_punctuation():
    from web.maxsim import content_mask

    tokens = _tokens(
        ["When", "did", "the", "weavers", "weavers", "found", "it", "?", "Valley", "’", "s"],
        np.eye(11),
    )
    assert content_mask(tokens).tolist() == [
        False, False, False, True, True, True, False, False, True, False, False
    ]


def test_token_bags_score_the_best_piece_match_weighted_by_idf(tmp_path):
    from kg.errors import StoreError
    from web.bagstore import build_bags, read_bags, write_bags

    e = np.eye(4)
    # Claim 0 holds pieces a and b, claim 1 holds a only (in two texts), claim 2 has no content.
    bags = build_bags(
        [
            (0, _tokens(["alpha", "beta"], [e[0], e[1]], ids=[10, 11])),
            (1, _tokens(["alpha"], [e[0]], ids=[10])),
            (1, _tokens(["alpha", "the"], [e[0], e[2]], ids=[10, 12])),
            (2, _tokens(["the"], [e[2]], ids=[12])),
        ],
        3,
    )
    assert bags.offsets.tolist() == [0, 2, 4, 4]
    assert bags.vocab.tolist() == [10, 11] and bags.df.tolist() == [2, 1]
    query = _tokens(["alpha", "beta", "?"], [e[0], e[1], e[3]], ids=[10, 11, 13])
    scores = bags.scores(query, np.array([0, 1, 2]))
    assert scores[0] == pytest.approx(1.0, abs=0.01)  # both pieces found
    idf_a, idf_b = np.log(4 / 2.5), np.log(4 / 1.5)  # b is rarer, so it weighs more
    assert scores[1] == pytest.approx(idf_a / (idf_a + idf_b), abs=0.01)
    assert scores[2] == 0.0
    assert bags.scores(_tokens([], np.zeros((0, 4))), np.array([0])) is None

    write_bags(tmp_path / "tokens", bags)
    again = read_bags(tmp_path / "tokens", 3)
    assert np.allclose(again.scores(query, np.array([1, 0])), scores[[1, 0]])
    assert read_bags(tmp_path / "missing", 3) is None
    with pytest.raises(StoreError):
        read_bags(tmp_path / "tokens", 4)


def test_echo_is_the_share_of_a_claims_pieces_that_repeat_a_query_word():
    from web.bagstore import build_bags
    from web.maxsim import ECHO_SIMILARITY

    e = np.eye(5)
    near = 0.6 * e[0] + 0.8 * e[4]  # cosine 0.6 to "alpha": similar, not the same word
    assert 0.6 < ECHO_SIMILARITY
    bags = build_bags(
        [
            (0, _tokens(["alpha", "beta"], [e[0], e[1]], ids=[10, 11])),  # only the question's words
            (1, _tokens(["alpha", "gamma", "delta", "eps"], [e[0], e[2], e[3], e[4]])),
            (2, _tokens(["alphaish", "gamma"], [near, e[2]], ids=[14, 12])),
            (3, _tokens(["the"], [e[2]], ids=[12])),  # no content piece
        ],
        4,
    )
    query = _tokens(["alpha", "beta"], [e[0], e[1]], ids=[10, 11])
    maxsim, echo = bags.match(query, np.array([0, 1, 2, 3]))
    assert echo == pytest.approx([1.0, 0.25, 0.0, 0.0], abs=0.01)
    assert np.allclose(maxsim, bags.scores(query, np.array([0, 1, 2, 3])))
    assert bags.match(_tokens([], np.zeros((0, 5))), np.array([0])) is None



def test_maxsim_may_find_a_query_piece_in_the_previous_claim_at_a_discount():
    from web.bagstore import build_bags

    e = np.eye(4)
    bags = build_bags(
        [
            (0, _tokens(["alpha"], [e[0]], ids=[10])),  # names the topic
            (1, _tokens(["beta"], [e[1]], ids=[11])),  # says something about it
            (2, _tokens(["the"], [e[2]], ids=[12])),  # no content piece
        ],
        3,
    )
    query = _tokens(["alpha", "beta"], [e[0], e[1]], ids=[10, 11])
    idf_a = idf_b = np.log(4 / 1.5)  # each piece is in one bag
    alone, echo = bags.match(query, np.array([1, 2]))
    assert alone == pytest.approx([idf_b / (idf_a + idf_b), 0.0], abs=0.01)
    # Claim 1 also looks at claim 0 (alpha at 0.5 × 1.0); claim 2, empty, has claim 1 only.
    with_context, echo_with = bags.match(
        query, np.array([1, 2]), context=np.array([0, 1]), context_weight=0.5
    )
    assert with_context == pytest.approx([0.75, 0.25], abs=0.01)
    assert echo_with.tolist() == echo.tolist() == [1.0, 0.0]  # the echo stays the claim's own
    # No context (-1) or a zero weight: the claim's own MaxSim.
    none, _ = bags.match(query, np.array([1, 2]), context=np.array([-1, -1]), context_weight=0.5)
    zero, _ = bags.match(query, np.array([1, 2]), context=np.array([0, 1]), context_weight=0.0)
    assert none.tolist() == zero.tolist() == alone.tolist()

def test_a_claim_that_echoes_the_query_loses_to_late_interaction(engine, monkeypatch):
    from web import rescore

    query = "Who founded the Harbour Lighthouse Trust?"
    monkeypatch.setattr(rescore, "ECHO_WEIGHT", 0.0)
    plain = {h.claim: h.score for h in engine.ranker.rank(query, k=50, mode="graph")}
    monkeypatch.setattr(rescore, "ECHO_WEIGHT", 1.0)
    echoed = {h.claim: h.score for h in engine.ranker.rank(query, k=50, mode="graph")}
    lower = [c for c in plain if c in echoed and echoed[c] < plain[c] - 1e-9]
    assert lower, "claims that repeat the query's words score less"
    assert all(echoed[c] <= plain[c] + 1e-9 for c in plain if c in echoed)


def test_a_shared_title_joins_every_bag_it_heads_weighted_but_not_in_document_frequency():
    from web.bagstore import build_bags

    e = np.eye(4)
    bags = build_bags(
        [
            (0, _tokens(["alpha"], [e[0]], ids=[10])),
            (1, _tokens(["beta"], [e[1]], ids=[11])),
            (2, _tokens(["beta"], [e[1]], ids=[11])),
            ([0, 1], _tokens(["gamma", "of"], [e[2], e[3]], ids=[12, 13]), 0.5),
        ],
        3,
    )
    assert bags.offsets.tolist() == [0, 2, 4, 5]  # claims 0 and 1 also hold "gamma"
    assert bags.vocab.tolist() == [10, 11] and bags.df.tolist() == [1, 2]
    query = _tokens(["gamma"], [e[2]], ids=[12])
    assert bags.scores(query, np.array([0, 1, 2])) == pytest.approx([0.5, 0.5, 0.0], abs=0.01)


def test_section_titles_are_distinct_and_list_the_claims_under_them(article_engine):
    from kg.graph import claim_ids
    from web.passages import section_titles

    graph = article_engine.graph
    claims = claim_ids(graph)
    titles, rows = section_titles(graph, claims)
    assert titles and len(set(titles)) == len(titles) and len(rows) == len(titles)
    for title, under in zip(titles, rows):
        assert under == sorted(under)
        for row in under:
            assert graph.nodes[graph.nodes[claims[row]]["section"]]["label"].strip() == title


def test_word_pieces_come_from_the_same_pass_as_the_sentence_vector(embedder):
    texts = ["The weavers founded the Orrin bank in 1961.", "x", ""]
    vectors, tokens = embedder.encode_tokens(texts)
    assert np.allclose(vectors, embedder.encode(texts), atol=1e-5)
    first = tokens[0]
    assert first.words[:4] == ("The", "weavers", "weavers", "founded")  # "weavers" is 2 pieces
    assert first.vectors.shape == (len(first.words), embedder.dimension)
    assert np.allclose(np.linalg.norm(first.vectors, axis=1), 1.0, atol=1e-4)
    assert len(tokens[2].words) == 0
    vector, query = embedder.encode_query_tokens(texts[0])
    assert np.allclose(vector, vectors[0], atol=1e-5) and query.words == first.words


def test_late_interaction_raises_dev_mrr(article_engine, monkeypatch):
    assert article_engine.ranker.token_bags is not None
    questions = load_questions(DEV_QUESTIONS)
    with_bags = evaluate(article_engine, questions, mode="graph").overall
    monkeypatch.setattr(article_engine.ranker, "token_bags", None)
    without = evaluate(article_engine, questions, mode="graph").overall
    assert with_bags["MRR@10"] >= without["MRR@10"] + 0.02
    assert with_bags["R@5"] >= without["R@5"]


def test_stores_over_the_size_cap_are_built_and_ranked_without_bags(
    tmp_path, embedder, monkeypatch
):
    from web import maxsim
    from web.build import build_store

    doc = tmp_path / "mill.txt"
    doc.write_text(
        "The Old Mill\n\n"
        "The mill was built in 1820 beside the river to grind flour for the village.\n\n"
        "Its wheel was replaced in 1901 after a flood.\n",
        encoding="utf-8",
    )
    with_bags = build_store([doc], tmp_path / "small", embedder=embedder)
    assert with_bags["token_bags"] and (tmp_path / "small" / maxsim.PART).is_dir()
    monkeypatch.setattr(maxsim, "MAX_CLAIMS", 1)
    without = build_store([doc], tmp_path / "capped", embedder=embedder)
    assert not without["token_bags"] and not (tmp_path / "capped" / maxsim.PART).exists()
    engines = [Engine.load(tmp_path / name, embedder=embedder) for name in ("small", "capped")]
    assert engines[0].ranker.token_bags is not None and engines[1].ranker.token_bags is None
    for engine in engines:
        top = engine.search("When was the wheel replaced?", k=1)["results"][0]
        assert "1901" in top["text"]
    # The same sentence vectors either way: bags come from the same forward pass.
    assert np.allclose(engines[0].vectors, engines[1].vectors, atol=1e-5)
