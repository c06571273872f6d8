"""One-time export of a local sentence-transformers model to ONNX, checked against PyTorch.

The exported graph is the whole encoder: the transformer, mean pooling over the attention mask
and L2 normalisation, so that one ``session.run`` gives the final sentence embeddings; it also
outputs the last hidden state (``token_embeddings``) for late-interaction scoring. For BERT
models the graph is then fused by ONNX Runtime's transformer optimiser (one ``Attention`` node
per layer instead of a dozen small ones).

Nothing is trusted blindly: the exported model embeds :data:`CHECK_SENTENCES` and its output is
compared with sentence-transformers on PyTorch, the reference. The verdict and the figures are
written to ``meta.json`` beside ``model.onnx``; a model outside :data:`MAX_ABS_DIFF` /
:data:`MIN_COSINE` is kept out of service (the embedder then falls back to PyTorch).

Exporting needs ``torch``, ``sentence-transformers`` and the ``onnx`` package; serving the
result needs only ``onnxruntime`` and ``tokenizers``.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import shutil
import time
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

EXPORT_VERSION = 2
"""Bump when the exported graph changes, so cached exports are redone (2: token embeddings)."""

MAX_ABS_DIFF = 1e-4
"""The largest difference allowed in any embedding component between ONNX and PyTorch."""
MIN_COSINE = 0.9999
"""The smallest cosine allowed between the ONNX and the PyTorch embedding of the same text."""

OPSET = 17

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
    "The orchestra performed Beethoven's Ninth Symphony.",
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


class ExportError(Exception):
    """The model cannot be exported, or the export does not match PyTorch."""


def export_model(folder: Path, dest: Path) -> dict:
    """Exports the model in ``folder`` to ``dest/model.onnx`` and checks it.

    Args:
        folder: a local sentence-transformers model folder.
        dest: an empty folder for ``model.onnx`` and ``meta.json``.

    Returns:
        The metadata written to ``meta.json`` (``passed`` says whether the check passed).

    Raises:
        ExportError: a package is missing, the model is of an unsupported shape, or the
            export itself fails.
    """
    started = time.perf_counter()
    require_packages()
    import onnxruntime
    import torch
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    reference.eval()
    transformer, _ = _modules(reference)
    hf_model = transformer.auto_model
    raw = dest / "raw.onnx"
    inputs = _export_graph(torch, hf_model, raw)
    candidates = [raw]
    optimised = _optimise(raw, hf_model.config, dest / "fused.onnx")
    if optimised is not None:
        candidates.insert(0, optimised)

    meta = {
        "export_version": EXPORT_VERSION,
        "inputs": inputs,
        "outputs": ["sentence_embedding", "token_embeddings"],
        "max_seq_length": int(reference.max_seq_length),
        "do_lower_case": bool(getattr(transformer, "do_lower_case", False)),
        "dimension": int(_dimension(reference)),
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "sentences": len(CHECK_SENTENCES),
        "tolerance": {"max_abs_diff": MAX_ABS_DIFF, "min_cosine": MIN_COSINE},
    }
    want = reference.encode(
        list(CHECK_SENTENCES), batch_size=16, normalize_embeddings=True, show_progress_bar=False
    )
    want_tokens = _reference_tokens(reference, list(CHECK_SENTENCES))
    for candidate in candidates:
        from index.onnx_backend import OnnxSession  # the runtime half, checked as it will run

        session = OnnxSession(candidate, meta, folder / "tokenizer.json", threads=1)
        batched = session.encode(list(CHECK_SENTENCES), batch_size=16)
        single = np.concatenate([session.encode([t], batch_size=1) for t in CHECK_SENTENCES])
        max_abs, min_cos = compare(want, batched)
        max_abs_single, min_cos_single = compare(want, single)
        max_abs_tokens, min_cos_tokens = compare(
            want_tokens,
            np.concatenate(
                [t.vectors for t in session.encode_tokens(list(CHECK_SENTENCES), batch_size=16)[1]]
            ),
        )
        meta.update(
            fused=candidate.name == "fused.onnx",
            max_abs_diff=max(max_abs, max_abs_single),
            min_cosine=min(min_cos, min_cos_single),
            tokens_max_abs_diff=max_abs_tokens,
            tokens_min_cosine=min_cos_tokens,
        )
        meta["passed"] = (
            max(meta["max_abs_diff"], max_abs_tokens) <= MAX_ABS_DIFF
            and min(meta["min_cosine"], min_cos_tokens) >= MIN_COSINE
        )
        log.info(
            "ONNX export %s vs PyTorch on %d texts: max |diff| %.2e, min cosine %.6f → %s",
            candidate.name,
            len(CHECK_SENTENCES),
            meta["max_abs_diff"],
            meta["min_cosine"],
            "ok" if meta["passed"] else "rejected",
        )
        if meta["passed"]:
            os.replace(candidate, dest / "model.onnx")
            break
    for leftover in (raw, dest / "fused.onnx"):
        leftover.unlink(missing_ok=True)
    meta["seconds"] = round(time.perf_counter() - started, 2)
    (dest / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def require_packages() -> None:
    """Raises ExportError naming the first package that exporting needs and cannot import."""
    for module, package in (
        ("onnxruntime", "onnxruntime"),
        ("onnx", "onnx"),
        ("torch", "torch"),
        ("sentence_transformers", "sentence-transformers"),
    ):
        try:
            __import__(module)
        except ImportError as e:
            raise ExportError(
                f"cannot export to ONNX: the `{package}` package is missing ({e})"
            ) from e


def compare(want: np.ndarray, got: np.ndarray) -> tuple[float, float]:
    """The largest absolute difference and the smallest row cosine between two embedding sets."""
    want = np.asarray(want, dtype=np.float64)
    got = np.asarray(got, dtype=np.float64)
    if want.shape != got.shape:
        raise ExportError(f"ONNX output shape {got.shape} differs from PyTorch's {want.shape}")
    norms = np.linalg.norm(want, axis=1) * np.linalg.norm(got, axis=1)
    cosines = (want * got).sum(axis=1) / np.maximum(norms, 1e-12)
    return float(np.abs(want - got).max()), float(cosines.min())


def _modules(reference):
    """The transformer and mean-pooling modules, or ExportError for any other pipeline."""
    kinds = [type(m).__name__ for m in reference]
    if (
        len(kinds) not in (2, 3)
        or kinds[0] != "Transformer"
        or kinds[1] != "Pooling"
        or (len(kinds) == 3 and kinds[2] != "Normalize")
    ):
        raise ExportError(f"unsupported sentence-transformers pipeline {kinds}")
    transformer, pooling = reference[0], reference[1]
    mode = getattr(pooling, "pooling_mode", None) or (
        "mean" if getattr(pooling, "pooling_mode_mean_tokens", False) else "other"
    )
    if mode != "mean" or getattr(pooling, "include_prompt", True) is False:
        raise ExportError(f"unsupported pooling {mode!r} (only mean pooling is exported)")
    if not hasattr(transformer, "auto_model"):
        raise ExportError("the transformer module has no Hugging Face model to export")
    return transformer, pooling


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


def _dimension(reference) -> int:
    get = getattr(reference, "get_embedding_dimension", None)
    return (get or reference.get_sentence_embedding_dimension)()


def _export_graph(torch, hf_model, out: Path) -> list[str]:
    """Traces transformer + mean pooling + normalisation into ``out``; returns the input names."""
    accepted = inspect.signature(hf_model.forward).parameters
    names = ["input_ids", "attention_mask"] + (
        ["token_type_ids"] if "token_type_ids" in accepted else []
    )

    class Encoder(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, *tensors):
            feeds = dict(zip(names, tensors))
            hidden = self.model(**feeds).last_hidden_state
            mask = feeds["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1), hidden

    # Two rows of different lengths, so the traced graph handles padding.
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 7592, 102, 0, 0, 0]])
    ids = ids.clamp(max=hf_model.config.vocab_size - 1)
    sample = {
        "input_ids": ids,
        "attention_mask": (ids > 0).long(),
        "token_type_ids": torch.zeros_like(ids),
    }
    axes = {name: {0: "batch", 1: "tokens"} for name in names}
    axes["sentence_embedding"] = {0: "batch"}
    axes["token_embeddings"] = {0: "batch", 1: "tokens"}
    wrapped = Encoder(hf_model).eval()
    try:
        with torch.no_grad():
            torch.onnx.export(
                wrapped,
                tuple(sample[name] for name in names),
                str(out),
                input_names=names,
                output_names=["sentence_embedding", "token_embeddings"],
                dynamic_axes=axes,
                opset_version=OPSET,
                dynamo=False,
            )
    except Exception as e:  # the exporter raises many kinds
        raise ExportError(f"torch.onnx.export failed: {type(e).__name__}: {e}") from e
    return names


def _optimise(raw: Path, config, out: Path) -> Path | None:
    """ONNX Runtime's transformer fusions for BERT models; None when they do not apply."""
    if getattr(config, "model_type", None) != "bert":
        return None
    try:
        from onnxruntime.transformers import optimizer

        logging.disable(logging.INFO)  # the optimiser logs every fused node at INFO
        try:
            model = optimizer.optimize_model(
                str(raw),
                model_type="bert",
                num_heads=int(config.num_attention_heads),
                hidden_size=int(config.hidden_size),
                opt_level=1,
            )
            model.save_model_to_file(str(out))
        finally:
            logging.disable(logging.NOTSET)
    except Exception as e:  # noqa: BLE001 (an optional speed-up: the plain export still works)
        log.warning("ONNX transformer optimisation skipped: %s: %s", type(e).__name__, e)
        return None
    return out


def cached_export(folder: Path, cache: Path) -> Path:
    """The folder holding a checked export of ``folder`` under ``cache``, exporting if needed.

    The export is written to a temporary sibling and renamed into place, so a killed export
    leaves nothing that looks finished, and two processes exporting at once both end up
    using one complete folder.

    Raises:
        ExportError: a package that exporting needs is missing. Other failures are recorded
            in ``meta.json`` (``passed: false``) so they are not retried on every start;
            delete the folder to retry.
    """
    if (cache / "meta.json").is_file():
        return cache
    require_packages()  # not cached: installing the package fixes it
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.parent / f".{cache.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        log.info("exporting the embedding model to ONNX (once) in %s", cache)
        try:
            export_model(folder, tmp)
        except Exception as e:  # noqa: BLE001 (any failure: record it, serve with PyTorch)
            log.warning("ONNX export of %s failed: %s: %s", folder, type(e).__name__, e)
            (tmp / "meta.json").write_text(
                json.dumps(
                    {"export_version": EXPORT_VERSION, "passed": False, "error": f"{e}"[:500]}
                )
                + "\n",
                encoding="utf-8",
            )
        try:
            os.rename(tmp, cache)
        except OSError:  # another process finished first: use its export
            if not (cache / "meta.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return cache
