"""The reference embedding backend: sentence-transformers on PyTorch (see :mod:`index.backends`).

Imported only when it is used, so that a service on the ONNX backend never imports PyTorch.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from index.backends import ModelError
from index.threads import usable_cores
from index.tokens import TokenEmbeddings, split_batch


class TorchBackend:
    """sentence-transformers on PyTorch (CPU unless told otherwise).

    Callers hold the embedder's lock, so the process-wide torch thread count can be set per
    call: a handful of texts (a query) runs on one thread, because splitting a tiny forward
    pass across threads gains little and, on a busy machine, costs a lot (measured with a load
    of 6 on 2 cores: 13 ms on one thread, 90 ms on two); batches use ``threads``.
    """

    _SMALL = 4
    thread_safe = False  # set_num_threads is process-wide: callers take the embedder's lock
    name = "torch"

    def __init__(self, folder: Path, *, device: str, threads: int | None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging
        except ImportError as e:
            raise ModelError(f"sentence-transformers is not installed ({e})") from e
        self._torch = torch
        self.threads = max(1, threads or min(usable_cores(), torch.get_num_threads()))
        hf_logging.disable_progress_bar()  # a weight-loading bar is noise in logs and the CLI
        try:
            self.model = SentenceTransformer(str(folder), device=device, local_files_only=True)
        except Exception as e:  # the library raises many kinds for a bad folder
            raise ModelError(f"cannot load embedding model from {folder}: {e}") from e
        self.model.eval()
        get_dimension = getattr(self.model, "get_embedding_dimension", None)
        dimension = (get_dimension or self.model.get_sentence_embedding_dimension)()
        if not dimension:
            raise ModelError(f"embedding model in {folder} does not state its dimension")
        self.dimension = int(dimension)

    def _threads_for(self, count: int) -> None:
        """Sets torch's (process-wide) thread count for a call on ``count`` texts."""
        threads = 1 if count <= self._SMALL else self.threads
        if self._torch.get_num_threads() != threads:
            self._torch.set_num_threads(threads)

    def token_counts(self, texts: list[str]) -> list[int]:
        """Word pieces per text as the model reads them (truncated, special tokens included)."""
        tokenizer = self.model.tokenizer
        limit = int(self.model.max_seq_length)
        encoded = tokenizer(texts, truncation=True, max_length=limit)["input_ids"]
        return [len(ids) for ids in encoded]

    def encode(self, texts: list[str], *, batch_size: int, progress: bool) -> np.ndarray:
        """Embeds texts: float32 (len(texts), dimension), rows of unit length."""
        self._threads_for(len(texts))
        return self.model.encode(
            texts,
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )

    def encode_tokens(
        self, texts: list[str], *, batch_size: int, progress: bool
    ) -> tuple[np.ndarray, list[TokenEmbeddings]]:
        """Embeds texts and keeps their word-piece vectors, from the same forward pass."""
        torch = self._torch
        self._threads_for(len(texts))
        tokenizer, limit = self.model.tokenizer, int(self.model.max_seq_length)
        vectors, records = [], []
        for start in range(0, len(texts), batch_size):
            batch = texts[start : start + batch_size]
            encoded = tokenizer(
                batch,
                padding=True,
                truncation=True,
                max_length=limit,
                return_tensors="pt",
                return_offsets_mapping=True,
                return_special_tokens_mask=True,
            )
            names = ("input_ids", "attention_mask", "token_type_ids")
            feeds = {k: v for k, v in encoded.items() if k in names}
            with torch.inference_mode():
                out = self.model(feeds)
            pooled = torch.nn.functional.normalize(out["sentence_embedding"], p=2.0, dim=1)
            vectors.append(pooled.numpy())
            special = encoded["special_tokens_mask"].bool() | ~encoded["attention_mask"].bool()
            records += split_batch(
                out["token_embeddings"].numpy(),
                encoded["input_ids"].numpy(),
                special.numpy(),
                [encoded.word_ids(i) for i in range(len(batch))],
                encoded["offset_mapping"].numpy(),
                batch,
            )
        return np.concatenate(vectors), records
