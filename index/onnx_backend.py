"""Sentence embeddings with ONNX Runtime: the same model as on PyTorch, several times faster.

The model is exported once (:mod:`index.onnx_export`, which needs PyTorch) into a cache folder
outside the repository (:mod:`index.onnx_cache`). The export is compared with PyTorch before it
is ever used (:mod:`index.onnx_check`); the figures are in the cached ``meta.json``.

At run time only ``onnxruntime`` and ``tokenizers`` are needed: texts are tokenised with the
model's own fast tokenizer (``tokenizer.json``, truncated at the model's ``max_seq_length``,
padded to the longest text of each batch) and one ``session.run`` returns mean-pooled,
L2-normalised embeddings. No PyTorch import, which also saves seconds at start-up.

A session runs each call on one thread: a single query gains little from more, and on a busy
machine spreading a tiny pass over threads costs far more than it gains. ONNX Runtime sessions
may be run from several threads at once, so concurrent requests encode in parallel, and a
large batch is cut into chunks that ``threads`` workers encode side by side.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from pathlib import Path

import numpy as np

from index.chunked import run_chunks
from index.threads import usable_cores
from index.tokens import TokenEmbeddings, split_batch

log = logging.getLogger(__name__)

_SURROGATE = re.compile(r"[\ud800-\udfff]")


class OnnxUnavailable(Exception):
    """The ONNX backend cannot serve this model here; the reason is the message."""


class OnnxSession:
    """An exported encoder and the tokenizer that feeds it.

    Args:
        model_file: the ``.onnx`` file (transformer + pooling + normalisation).
        meta: the export's metadata (``inputs``, ``max_seq_length``, ``do_lower_case``,
            ``dimension``).
        tokenizer_file: the model's ``tokenizer.json``.
        threads: how many chunks of a large batch run at once.
        query_threads: the threads of the session that encodes one text at a time (a query);
            1 leaves queries on the one-thread session.
    """

    def __init__(
        self, model_file: Path, meta: dict, tokenizer_file: Path, *, threads: int, query_threads: int = 1
    ):
        from tokenizers import Tokenizer

        # Batches run in chunks, each on its own one-thread run of this session; idle workers
        # sleep instead of spinning, since spinning steals the CPU from other requests.
        self._session = _session(model_file, threads=1, spin=False)
        # One text at a time (a query) may run on every core instead, while no other query
        # does: see _query_session. Built here, with the model, so that a server's first
        # query does not pay for it (0.45 s on the 2-core machine).
        self._query_threads = max(1, query_threads)
        self._query: object | None = None
        self._query_busy = threading.Lock()
        if self._query_threads >= 2:
            try:
                self._query = _session(model_file, threads=self._query_threads, spin=True)
            except Exception as e:  # noqa: BLE001 (onnxruntime has its own types; one thread serves)
                log.warning("no multi-threaded query session (%s); queries run on one thread", e)
                self._query_threads = 1
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.enable_truncation(max_length=int(meta["max_seq_length"]))
        padding = self._tokenizer.padding or {}
        self._tokenizer.enable_padding(
            pad_id=int(padding.get("pad_id", 0)), pad_token=padding.get("pad_token", "[PAD]")
        )
        # The same tokenizer without padding, to count each text's own tokens.
        self._counter = Tokenizer.from_file(str(tokenizer_file))
        self._counter.enable_truncation(max_length=int(meta["max_seq_length"]))
        self._counter.no_padding()
        self._inputs = list(meta["inputs"])
        self._lower = bool(meta.get("do_lower_case"))
        self.dimension = int(meta["dimension"])
        self.threads = max(1, threads)
        self.has_tokens = "token_embeddings" in meta.get("outputs", ())

    def encode(self, texts: list[str], *, batch_size: int, progress: bool = False) -> np.ndarray:
        """Embeds texts: float32 (len(texts), dimension), rows of unit length."""
        return self._encode(texts, batch_size=batch_size, progress=progress, tokens=None)

    def encode_tokens(
        self, texts: list[str], *, batch_size: int, progress: bool = False
    ) -> tuple[np.ndarray, list[TokenEmbeddings]]:
        """Embeds texts and keeps their word-piece vectors, from the same forward pass.

        Raises:
            OnnxUnavailable: the export predates token outputs.
        """
        if not self.has_tokens:
            raise OnnxUnavailable("this ONNX export has no token_embeddings output")
        tokens: list[TokenEmbeddings | None] = [None] * len(texts)
        vectors = self._encode(texts, batch_size=batch_size, progress=progress, tokens=tokens)
        return vectors, tokens

    def _encode(
        self, texts: list[str], *, batch_size: int, progress: bool, tokens: list | None
    ) -> np.ndarray:
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        # Longest first, as sentence-transformers does, so each batch pads little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        chunks = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]

        def run(chunk: list[int], stop=None) -> None:
            if tokens is None:
                out[chunk] = self._run([texts[i] for i in chunk], stop=stop)
                return
            out[chunk], records = self._run([texts[i] for i in chunk], tokens=True, stop=stop)
            for i, record in zip(chunk, records):
                tokens[i] = record

        if len(texts) == 1:  # a query: no thread to start
            run(chunks[0])
        else:  # in workers, stoppable by Ctrl-C within a second (index.chunked)
            run_chunks(run, chunks, threads=self.threads, progress=progress)
        return out

    def _query_session(self):
        """The multi-threaded session for one text, held for the caller, or None when busy.

        One query's forward pass is a chain of small matrix products; one thread that sleeps
        between them leaves the other core idle. A second session of the same model on every
        core, with spinning workers, encodes a short query in about 60 % of the time (2.3
        against 3.8 ms p50 over 280 short questions on this 2-core machine; two threads without
        spinning gave 3.7 ms). It is used by one request at a time: a query that finds it busy
        (concurrent load) runs on the one-thread session, so concurrent requests never share
        or oversubscribe a thread pool. The caller releases ``_query_busy``. Only a server's
        embedder asks for it (``Embedder(fast_queries=True)``); it is created with the
        one-thread session. Workers spin between the operators of a run and stop when it ends
        (``session.force_spinning_stop``), so nothing spins between requests.
        """
        if self._query is None or not self._query_busy.acquire(blocking=False):
            return None
        return self._query

    def token_counts(self, texts: list[str]) -> list[int]:
        """Word pieces per text as the model reads them (truncated, special tokens included)."""
        encodings = self._counter.encode_batch([_clean(t, lower=self._lower) for t in texts])
        return [len(e.ids) for e in encodings]

    def _run(self, texts: list[str], *, tokens: bool = False, stop=None):
        texts = [_clean(t, lower=self._lower) for t in texts]
        if len(texts) == 1:
            encodings = [self._tokenizer.encode(texts[0])]
        else:
            encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids}
        if "attention_mask" in self._inputs:
            feeds["attention_mask"] = np.array(
                [e.attention_mask for e in encodings], dtype=np.int64
            )
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        outputs = ["sentence_embedding", "token_embeddings"] if tokens else ["sentence_embedding"]
        session = self._query_session() if len(texts) == 1 else None
        if session is None:
            results = self._session.run(outputs, feeds, stop)
        else:
            try:
                results = session.run(outputs, feeds, stop)
            finally:
                self._query_busy.release()
        if not tokens:
            return results[0]
        vectors, hidden = results
        records = split_batch(
            hidden,
            ids,
            np.array([e.special_tokens_mask for e in encodings], dtype=bool)
            | ~np.array([e.attention_mask for e in encodings], dtype=bool),
            [e.word_ids for e in encodings],
            np.array([e.offsets for e in encodings], dtype=np.int64).reshape(len(texts), -1, 2),
            texts,
        )
        return vectors, records


def _session(model_file: Path, *, threads: int, spin: bool):
    """An ONNX Runtime CPU session of the exported model with ``threads`` intra-op threads."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    if spin:  # workers spin between the operators of one run only, never after it ends
        options.add_session_config_entry("session.force_spinning_stop", "1")
    options.log_severity_level = 3
    return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])


def _clean(text: str, *, lower: bool) -> str:
    """Lone surrogates (which cannot be encoded as UTF-8) become U+FFFD; lower-cased if the model says so."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text.lower() if lower else text


class OnnxBackend:
    """The embedder backend on ONNX Runtime (CPU), exporting the model on first use.

    Args:
        folder: the sentence-transformers model folder.
        device: must be ``"cpu"``.
        threads: parallel chunks for large batches; None means every usable core.
        fast_queries: one text at a time may run on every usable core (a server's queries).

    Raises:
        OnnxUnavailable: the runtime is missing, the model cannot be exported, or its export
            did not match PyTorch; the caller falls back to PyTorch.
    """

    thread_safe = True
    name = "onnx"

    def __init__(self, folder: Path, *, device: str, threads: int | None, fast_queries: bool = False):
        if device != "cpu":
            raise OnnxUnavailable(f"the ONNX backend runs on the CPU only (asked for {device!r})")
        try:
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        except ImportError as e:
            raise OnnxUnavailable(f"onnxruntime or tokenizers is not installed ({e})") from e
        missing = [n for n in ("modules.json", "tokenizer.json") if not (folder / n).is_file()]
        if missing:
            raise OnnxUnavailable(f"{folder} has no {' or '.join(missing)}")
        from index.onnx_cache import cached_export, export_folder
        from index.onnx_check import ExportError

        try:
            cache = cached_export(folder, export_folder(folder))
        except (ExportError, OSError) as e:
            raise OnnxUnavailable(str(e)) from e
        try:
            meta = json.loads((cache / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise OnnxUnavailable(f"{cache / 'meta.json'} is unreadable ({e})") from e
        if not meta.get("passed"):
            reason = meta.get("error") or (
                f"its embeddings differ from PyTorch's (max |diff| {meta.get('max_abs_diff')}, "
                f"min cosine {meta.get('min_cosine')})"
            )
            raise OnnxUnavailable(f"the ONNX export in {cache} is not used: {reason}")
        usable = usable_cores()
        try:
            self.session = OnnxSession(
                cache / "model.onnx",
                meta,
                folder / "tokenizer.json",
                threads=threads or usable,
                query_threads=usable if fast_queries else 1,
            )
        except Exception as e:  # onnxruntime raises its own exception types for a bad file
            raise OnnxUnavailable(f"cannot load {cache / 'model.onnx'}: {e}") from e
        self.meta = meta
        self.dimension = self.session.dimension
        self.threads = self.session.threads

    def token_counts(self, texts: list[str]) -> list[int]:
        """Word pieces per text as the model reads them."""
        return self.session.token_counts(texts)

    def encode(self, texts: list[str], *, batch_size: int, progress: bool) -> np.ndarray:
        """Embeds texts (see :meth:`OnnxSession.encode`)."""
        return self.session.encode(texts, batch_size=batch_size, progress=progress)

    def encode_tokens(
        self, texts: list[str], *, batch_size: int, progress: bool
    ) -> tuple[np.ndarray, list[TokenEmbeddings]]:
        """Embeds texts with their word-piece vectors (see :meth:`OnnxSession.encode_tokens`)."""
        return self.session.encode_tokens(texts, batch_size=batch_size, progress=progress)
