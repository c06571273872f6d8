"""The check that an ONNX export embeds as the model does on PyTorch, the reference.

Nothing is trusted blindly: the exported model (:mod:`index.onnx_export`) embeds
:data:`CHECK_SENTENCES`, in batches and one at a time, sentence vectors and word-piece vectors,
and every output is compared with sentence-transformers on PyTorch. The figures and the verdict
go into the export's ``meta.json``; a model outside :data:`MAX_ABS_DIFF` / :data:`MIN_COSINE` is
kept out of service (the embedder then falls back to PyTorch).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class ExportError(Exception):
    """The model cannot be exported, or the export does not match PyTorch."""


MAX_ABS_DIFF = 1e-4
"""The largest difference allowed in any embedding component between ONNX and PyTorch."""
MIN_COSINE = 0.9999
"""The smallest cosine allowed between the ONNX and the PyTorch embedding of the same text."""

CHECK_SENTENCES = (
    "The cat sat on the mat.",
    "A man is playing a guitar on stage.",
    "Someone performs music with a guitar.",
    "The central bank raised interest rates by a quarter point.",
    "Stock markets fell sharply after the announcement.",
    "How do I reset my password?",
    "Where do rivers meet the sea?",
    "Photosynthesis converts light energy into chemical energy.",
    "The committee will meet again on 14 March 2025 in Geneva.",
    "She paid $1,250.99 for the tickets, including a 3% fee.",
    "Water boils at 100 °C at sea level.",
    "E = mc² relates mass and energy.",
    "Le chat dort sur le canapé depuis ce matin.",
    "Der schnelle braune Fuchs springt über den faulen Hund.",
    "東京は日本の首都です。",
    "Москва — столица России.",
    "¿Dónde está la biblioteca?",
    "Emoji are everywhere now 🎉🚀 aren't they?",
    "ALL CAPS HEADLINE: MARKETS RALLY",
    "lowercase text without any punctuation at all",
    "Dr. Smith, Ph.D., works at the U.S. Department of Energy.",
    "The quick brown fox jumps over the lazy dog.",
    "Is it possible to learn a new language in three months?",
    "Renewable energy sources include wind, solar and hydroelectric power.",
    "The recipe calls for two cups of flour and one egg.",
    "Vaccines train the immune system to recognise pathogens.",
    "Neural networks learn representations from data.",
    "The train to Edinburgh departs from platform 9 at 10:45.",
    "Please find attached the quarterly report.",
    "The choir sang three hymns at the harvest supper.",
    "An apple a day keeps the doctor away.",
    "Climate change is raising sea levels around the world.",
    "The spacecraft entered orbit around Mars after a seven-month journey.",
    "I can't believe it's not butter!",
    "URL: https://example.com/path?query=1&x=y",
    "email me at someone@example.org",
    "C++ and Rust are systems programming languages.",
    "def main(): return 0",
    "   leading and trailing spaces   ",
    "tabs\tand\nnew lines\r\nin text",
    "x",
    "",
    "?!",
    "1234567890",
    "Supercalifragilisticexpialidocious is a very long word.",
    "The the the the the the the the.",
    "A sentence with an unusual character \u2603 and a zero-width\u200bjoiner.",
    "Mixed scripts: Ελληνικά, עברית, العربية, हिन्दी.",
    " ".join(f"word{i}" for i in range(400)),  # longer than the model reads: truncation
    "Long sentence " + "that keeps going and going " * 20 + "until it ends.",
)
"""Varied texts for the equivalence check: languages, numbers, symbols, empty and over-long."""


def reference_outputs(reference) -> tuple[np.ndarray, np.ndarray]:
    """PyTorch's embeddings of :data:`CHECK_SENTENCES`: the sentence vectors, and the unit-length
    word-piece vectors of every sentence stacked (special tokens left out)."""
    texts = list(CHECK_SENTENCES)
    sentences = reference.encode(
        texts, batch_size=16, normalize_embeddings=True, show_progress_bar=False
    )
    return sentences, _reference_tokens(reference, texts)


def check_export(
    model_file: Path, meta: dict, tokenizer_file: Path, want: tuple[np.ndarray, np.ndarray]
) -> dict:
    """Runs an exported model as it will serve and compares it with PyTorch.

    Args:
        model_file: the ``.onnx`` file.
        meta: the export's metadata so far (inputs, outputs, ``max_seq_length`` …).
        tokenizer_file: the model's ``tokenizer.json``.
        want: :func:`reference_outputs`.

    Returns:
        ``max_abs_diff`` and ``min_cosine`` (sentence vectors, batched and one at a time),
        ``tokens_max_abs_diff`` and ``tokens_min_cosine`` (word-piece vectors), and ``passed``.

    Raises:
        ExportError: an output has another shape than PyTorch's.
    """
    from index.onnx_backend import OnnxSession  # the runtime half, checked as it will run

    texts = list(CHECK_SENTENCES)
    want_sentences, want_tokens = want
    session = OnnxSession(model_file, meta, tokenizer_file, threads=1)
    batched = session.encode(texts, batch_size=16)
    single = np.concatenate([session.encode([t], batch_size=1) for t in texts])
    max_abs, min_cos = compare(want_sentences, batched)
    max_abs_single, min_cos_single = compare(want_sentences, single)
    tokens = session.encode_tokens(texts, batch_size=16)[1]
    max_abs_tokens, min_cos_tokens = compare(want_tokens, np.concatenate([t.vectors for t in tokens]))
    figures = {
        "max_abs_diff": max(max_abs, max_abs_single),
        "min_cosine": min(min_cos, min_cos_single),
        "tokens_max_abs_diff": max_abs_tokens,
        "tokens_min_cosine": min_cos_tokens,
    }
    figures["passed"] = (
        max(figures["max_abs_diff"], max_abs_tokens) <= MAX_ABS_DIFF
        and min(figures["min_cosine"], min_cos_tokens) >= MIN_COSINE
    )
    return figures


def compare(want: np.ndarray, got: np.ndarray) -> tuple[float, float]:
    """The largest absolute difference and the smallest row cosine between two embedding sets."""
    want = np.asarray(want, dtype=np.float64)
    got = np.asarray(got, dtype=np.float64)
    if want.shape != got.shape:
        raise ExportError(f"ONNX output shape {got.shape} differs from PyTorch's {want.shape}")
    norms = np.linalg.norm(want, axis=1) * np.linalg.norm(got, axis=1)
    cosines = (want * got).sum(axis=1) / np.maximum(norms, 1e-12)
    return float(np.abs(want - got).max()), float(cosines.min())


def _reference_tokens(reference, texts: list[str]) -> np.ndarray:
    """PyTorch's unit-length word-piece vectors of texts, special tokens left out, stacked."""
    rows = []
    for text in texts:
        vectors = reference.encode(
            [text], output_value="token_embeddings", convert_to_numpy=False, show_progress_bar=False
        )[0].numpy()
        special = reference.tokenizer(
            [text],
            truncation=True,
            max_length=reference.max_seq_length,
            return_special_tokens_mask=True,
        )["special_tokens_mask"][0]
        vectors = vectors[~np.asarray(special, dtype=bool)]
        rows.append(vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12))
    return np.concatenate(rows)
