"""The cache of checked ONNX exports: where it is, what an export is named, and making one once.

The cache lives outside the repository, in ``$KG_CACHE_DIR`` or ``~/.cache/kg-explorer``. An
export's folder is named after the model folder's files, the export code's version and ONNX
Runtime's version (:func:`fingerprint`), so a changed model or runtime gets a fresh export.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from pathlib import Path

from index.onnx_export import EXPORT_VERSION, export_model, require_packages

log = logging.getLogger(__name__)

CACHE_ENV = "KG_CACHE_DIR"
"""The environment variable that names the cache root."""
_SMALL_FILE = 4 << 20
"""Files up to this size are fingerprinted by content, larger ones by size and time."""


def cache_dir() -> Path:
    """The cache root: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg-explorer``, else ``~/.cache/kg-explorer``."""
    named = os.environ.get(CACHE_ENV)
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg-explorer"


def fingerprint(folder: Path) -> str:
    """A short hash of a model folder's files, the export code's version and ONNX Runtime's."""
    import onnxruntime

    digest = hashlib.sha256(f"{EXPORT_VERSION}|{onnxruntime.__version__}".encode())
    for file in sorted(p for p in folder.rglob("*") if p.is_file() and ".git" not in p.parts):
        stat = file.stat()
        digest.update(f"|{file.relative_to(folder).as_posix()}|{stat.st_size}|".encode())
        if stat.st_size <= _SMALL_FILE:
            digest.update(file.read_bytes())
        else:
            digest.update(str(stat.st_mtime_ns).encode())
    return digest.hexdigest()[:16]


def export_folder(folder: Path) -> Path:
    """Where the export of the model in ``folder`` is cached."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", folder.name)[:60] or "model"
    return cache_dir() / "onnx" / f"{slug}-{fingerprint(folder)}"


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
