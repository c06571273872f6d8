"""The export of a local sentence-transformers model to ONNX, checked against PyTorch.

The exported graph is the whole encoder: the transformer, mean pooling over the attention mask
and L2 normalisation, so that one ``session.run`` gives the final sentence embeddings; it also
outputs the last hidden state (``token_embeddings``) for late-interaction scoring. For BERT
models the graph is then fused by ONNX Runtime's transformer optimiser (one ``Attention`` node
per layer instead of a dozen small ones).

Each candidate (the fused graph, then the plain one) is checked against PyTorch
(:mod:`index.onnx_check`) and the first that passes is kept as ``model.onnx``; the verdict and
the figures are written to ``meta.json`` beside it. :mod:`index.onnx_cache` runs this once per
model and runtime and keeps the result.

Exporting needs ``torch``, ``sentence-transformers`` and the ``onnx`` package; serving the
result needs only ``onnxruntime`` and ``tokenizers``.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

from index.onnx_check import (
    CHECK_SENTENCES,
    MAX_ABS_DIFF,
    MIN_COSINE,
    ExportError,
    check_export,
    reference_outputs,
)

log = logging.getLogger(__name__)

EXPORT_VERSION = 2
"""Bump when the exported graph changes, so cached exports are redone (2: token embeddings)."""

OPSET = 17


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

    with _progress_on_terminal_only():
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
    want = reference_outputs(reference)
    for candidate in candidates:
        meta.update(fused=candidate.name == "fused.onnx",
                    **check_export(candidate, meta, folder / "tokenizer.json", want))
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
        with torch.no_grad(), warnings.catch_warnings(record=True) as caught:
            # The tracer warns about Python-level shape checks and the opset; the export is then
            # checked against PyTorch (index.onnx_check), which is what tells whether it is right.
            warnings.simplefilter("always")
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
        for warning in caught:
            log.debug("onnx export: %s: %s", warning.category.__name__, warning.message)
    except Exception as e:  # the exporter raises many kinds
        raise ExportError(f"torch.onnx.export failed: {type(e).__name__}: {e}") from e
    return names


@contextlib.contextmanager
def _progress_on_terminal_only() -> Iterator[None]:
    """Turns off transformers' progress bars ("Loading weights") while stderr is not a terminal."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover - sentence-transformers needs transformers
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    if was_enabled and not sys.stderr.isatty():
        hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled and not hf_logging.is_progress_bar_enabled():
            hf_logging.enable_progress_bar()


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


