"""Store folders: named parts plus a checksummed manifest, replaced atomically.

A store is a folder such as::

    store/
        manifest.json      format_version, created, caller fields, parts: {path: {sha256, bytes}}
        vectors.npy
        faiss.index
        lexical/...

:func:`write_store` builds a new store in a temporary sibling folder and swaps it into place, so
a reader sees either the previous complete store or the new complete store, never a half-written
one. :func:`open_store` checks a store before anyone trusts it.

The swap is two renames: ``dest`` → ``.<name>.old-<random>``, then the temporary folder →
``dest``. Between them (microseconds) ``dest`` does not exist and a reader gets
:class:`~kg.errors.StoreMissing`; retrying succeeds. If the writer is killed exactly there, the
next :func:`write_store` puts the ``.old`` folder back before doing anything else, and so does
the next :func:`open_store` when no writer holds the lock, so the previous store keeps serving. Writers of the
same parent folder are serialised by an advisory lock (``flock``) on that folder, which is what
makes it safe to delete stale temporary folders: while the lock is held, no other writer can own
them.

A store path that is a symbolic link to a folder is followed (:func:`_through_link`): the new
store is built beside the link's target and swapped into it, and the link stays. Before, the
swap moved the link aside and put a real folder in its place, leaving the target stale and a
``.old`` link behind (tests/test_store_links.py).

The parts table (names, sizes, SHA-256) and the checks against it are in :mod:`index.parts`.
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from index.parts import MANIFEST, check_parts, list_parts
from kg.errors import StoreError, StoreMissing

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
"""The store layout this code writes and reads; bump it on any incompatible change (2: the
search-time tables derived from the graph are a part of their own, ``derived/``; 3: those
tables also hold each claim's section and whether it states a reason, which section evidence
and the why-cue of graph-aware ranking read; 4: and whether it states a number or a date, which
the amount and time cues read; 5: and whether it names a place or holds a negation, which the
place and yes/no cues read)."""

_RESERVED = ("format_version", "created", "parts")


def write_store(
    dest: Path | str,
    fill: Callable[[Path], dict | None],
    manifest: dict | None = None,
) -> dict:
    """Writes a complete store to ``dest`` and swaps it into place atomically.

    Args:
        dest: the store folder; its parent is created if needed.
        fill: called with an empty temporary folder; writes the parts there and returns the
            caller's manifest fields (model, dimension, counts …) or None.
        manifest: further caller fields (the older ``write_store(dest, writer, manifest)``
            form); ``fill``'s fields win on a clash.

    Returns:
        The manifest as written.

    Raises:
        StoreError: the store could not be written (disk full, permissions …), or ``dest``
            is a non-empty folder that is not a store; the previous store, if any, is
            untouched.
        ValueError: the caller's fields use a reserved key (``format_version``, ``created``,
            ``parts``).
        Exception: whatever ``fill`` raises, after the temporary folder has been removed.
    """
    dest = _through_link(Path(dest))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(dest.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as e:
        raise StoreError(f"cannot write store {dest}: {e.strerror or e}") from e
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        written = _write_locked(dest, fill, manifest)
    finally:
        os.close(lock)  # releases the lock
    log.info("wrote store %s (%d parts)", dest, len(written["parts"]))
    return written


def _write_locked(dest: Path, fill: Callable[[Path], dict | None], manifest: dict | None) -> dict:
    """The body of :func:`write_store`, run while holding the parent folder's lock."""
    tmp = dest.parent / f".{dest.name}.tmp-{secrets.token_hex(4)}"
    try:
        _recover(dest)
        if dest.exists() and not _replaceable(dest):
            raise StoreError(f"{dest} exists and is not a store; refusing to replace it")
        tmp.mkdir()
        fields = dict(manifest or {})
        fields.update(fill(tmp) or {})
        clash = [key for key in _RESERVED if key in fields]
        if clash:
            raise ValueError(f"manifest fields {clash} are reserved for the store")
        parts = list_parts(tmp)
        written = {
            "format_version": FORMAT_VERSION,
            "created": _utc_now(),
            **fields,
            "parts": parts,
        }
        _write_manifest(tmp / MANIFEST, written)
        _fsync_dirs(tmp)
        _swap(tmp, dest)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"cannot write store {dest}: {e.strerror or e}") from e
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return written


def open_store(path: Path | str, *, verify: bool = True) -> dict:
    """Checks a store and returns its manifest.

    Args:
        path: the store folder.
        verify: also check each part's SHA-256 (sizes are always checked).

    Returns:
        The manifest dict.

    Raises:
        StoreMissing: the folder does not exist or holds no ``manifest.json``.
        StoreError: the manifest is unreadable, of another format version, or a part is
            missing, truncated or altered; the message names the file.
    """
    path = _through_link(Path(path))
    manifest_file = path / MANIFEST
    if not manifest_file.is_file() and _recover_if_idle(path):
        log.warning("restored %s after an interrupted rebuild", path)
    if not manifest_file.is_file():
        hint = ""
        if any(path.parent.glob(f".{path.name}.old-*")):
            hint = " (a rebuild is being swapped in or was interrupted; retry or run `kg build`)"
        raise StoreMissing(f"no store in {path}: {MANIFEST} not found{hint}")
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise StoreError(f"{manifest_file}: unreadable manifest ({e})") from e
    _check_manifest(manifest, manifest_file)
    check_parts(path, manifest["parts"], verify=verify)
    return manifest


def _utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")  # noqa: UP017 (3.10)


def _check_manifest(manifest: object, manifest_file: Path) -> None:
    if not isinstance(manifest, dict) or any(key not in manifest for key in _RESERVED):
        raise StoreError(f"{manifest_file}: missing keys (need {', '.join(_RESERVED)})")
    version = manifest["format_version"]
    if version != FORMAT_VERSION:
        raise StoreError(
            f"{manifest_file}: store written by format {version}, this version reads "
            f"{FORMAT_VERSION}; rebuild with `kg build`"
        )
    parts = manifest["parts"]
    if not isinstance(parts, dict) or not all(
        isinstance(p, dict) and isinstance(p.get("sha256"), str) and isinstance(p.get("bytes"), int)
        for p in parts.values()
    ):
        raise StoreError(f"{manifest_file}: malformed parts table")


def _write_manifest(file: Path, manifest: dict) -> None:
    with open(file, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dirs(folder: Path) -> None:
    for sub in [p for p in folder.rglob("*") if p.is_dir()] + [folder]:
        _fsync_dir(sub)


def _swap(tmp: Path, dest: Path) -> None:
    """Renames ``tmp`` to ``dest``, moving a previous store aside first and deleting it after."""
    old = None
    if dest.exists():
        old = dest.parent / f".{dest.name}.old-{secrets.token_hex(4)}"
        os.rename(dest, old)
    try:
        os.rename(tmp, dest)
    except OSError:
        if old is not None:
            os.rename(old, dest)
        raise
    _fsync_dir(dest.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def check_writable(dest: Path | str) -> None:
    """Refuses, before a build's minutes of work, a store path :func:`write_store` would refuse.

    Raises:
        StoreError: ``dest`` is a file, a folder that is not a store or a link to nothing, a
            folder on its way is a file or cannot be entered, or the nearest existing folder
            cannot be written.
    """
    dest = _through_link(Path(dest))
    try:  # exists() raises PermissionError for a path under a folder the user may not enter
        if dest.exists() and not _replaceable(dest):
            raise StoreError(f"{dest} exists and is not a store; refusing to replace it")
        if dest.is_symlink() and not dest.exists():  # the final rename would fail on it
            raise StoreError(f"cannot write store {dest}: a link to nothing ({os.readlink(dest)})")
        nearest = next(p for p in dest.absolute().parents if p.exists())  # the store is swapped in there
    except OSError as e:
        raise StoreError(f"cannot write store {dest}: {e.strerror or e}") from e
    if not nearest.is_dir():
        raise StoreError(f"cannot write store {dest}: {nearest} is a file, not a folder")
    # A folder made and removed, not os.access: for root, access() says yes where mkdir fails
    # (/proc, an NFS export that squashes root), and the build ran to its end before failing.
    try:
        os.rmdir(tempfile.mkdtemp(prefix=f".{dest.name}.probe-", dir=nearest))
    except OSError as e:
        raise StoreError(f"cannot write store {dest}: {nearest} is not writable ({e.strerror or e})") from e


def _through_link(dest: Path) -> Path:
    """The folder a link to a folder points at, else ``dest``: a store reached through a
    symbolic link is rebuilt in the link's target (swapped in beside it), and the link stays."""
    try:
        if dest.is_symlink() and dest.is_dir():
            return dest.resolve()
    except OSError:  # a path under a folder the user may not enter: the callers say so
        pass
    return dest


def _replaceable(dest: Path) -> bool:
    """True for an empty folder or a store: never delete a user's unrelated files."""
    return dest.is_dir() and ((dest / MANIFEST).is_file() or not any(dest.iterdir()))


def _recover_if_idle(dest: Path) -> bool:
    """Puts back a store left aside by a writer killed mid-swap, if no writer is running now."""
    if not any(dest.parent.glob(f".{dest.name}.old-*")):
        return False
    try:
        lock = os.open(dest.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _recover(dest)
    except OSError:  # a writer holds the lock (it recovers first itself), or no write access
        return False
    finally:
        os.close(lock)
    return (dest / MANIFEST).is_file()


def _recover(dest: Path) -> None:
    """Cleans up after a writer that was killed; call with the lock held."""
    olds = sorted(dest.parent.glob(f".{dest.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not dest.exists():
        log.warning("restoring %s from interrupted swap %s", dest, olds[-1].name)
        os.rename(olds.pop(), dest)
    for stale in olds + list(dest.parent.glob(f".{dest.name}.tmp-*")):
        log.info("removing stale %s", stale)
        shutil.rmtree(stale, ignore_errors=True)
