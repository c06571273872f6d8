"""A store's parts: their names, sizes and SHA-256 checksums, as the manifest lists them.

:func:`list_parts` makes the table when a store is written (:func:`index.store.write_store`);
:func:`check_parts` and :func:`verify_parts` check a store against it before anyone trusts it.

Checksums: the SHA-256 of every part is verified on open by default. It costs about 0.5 s for a
store of 100k claims (480 MB, from the page cache, two threads); ``verify=False`` checks sizes
only. A loader that wants to overlap the hashing with parsing calls ``open_store(verify=False)``
and then :func:`verify_parts`, which hashes the parts it must trust first at once and the others
in background threads until :meth:`Verification.wait`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

from index.threads import usable_cores
from kg.errors import StoreError

MANIFEST = "manifest.json"
"""The manifest's file name in a store (it is no part of its own table)."""

HASH_THREADS = min(4, usable_cores())
"""Parts hashed side by side: hashlib releases the GIL on large blocks, so a 1.5 GB store
verifies in about half the time on two cores."""


def part_path(store: Path | str, name: str) -> Path:
    """Returns the path of a part inside a store, refusing names that escape the folder.

    Args:
        store: the store folder.
        name: the part's relative path, with ``/`` separators (``"lexical/vocab.index.json"``).

    Returns:
        ``store / name``.

    Raises:
        StoreError: the name is absolute or climbs out of the store with ``..``.
    """
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise StoreError(f"{MANIFEST}: invalid part name {name!r}")
    return Path(store).joinpath(*pure.parts)


def list_parts(folder: Path) -> dict:
    """The parts table of a store being written: every regular file under ``folder``, fsynced.

    Returns:
        ``{name: {"sha256", "bytes"}}``, names with ``/`` separators, in sorted order.

    Raises:
        ValueError: the folder already holds a ``manifest.json``.
    """
    parts = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = file.relative_to(folder).as_posix()
        if name == MANIFEST:
            raise ValueError(f"fill() must not write {MANIFEST}")
        parts[name] = {"sha256": _sha256(file, fsync=True), "bytes": file.stat().st_size}
    return parts


def check_parts(store: Path | str, parts: dict, *, verify: bool = True) -> None:
    """Checks a store's files against its parts table.

    Args:
        store: the store folder.
        parts: the manifest's ``parts``.
        verify: also check each part's SHA-256 (sizes are always checked, first, since that
            is cheap and names the file).

    Raises:
        StoreError: a part is missing, truncated or altered; the message names the file.
    """
    items = [(part_path(store, name), expected) for name, expected in parts.items()]
    for file, expected in items:
        _check_size(file, expected)
    if verify:
        with ThreadPoolExecutor(max_workers=min(len(items), HASH_THREADS) or 1) as pool:
            for error in pool.map(_verify_part, items):
                if error is not None:
                    raise error


class Verification:
    """Checksums of some parts of a store, computed by background threads.

    Use :func:`verify_parts`; call :meth:`wait` before trusting those parts.
    """

    def __init__(self, items: list[tuple[Path, dict]]):
        self._pool = ThreadPoolExecutor(max_workers=min(len(items), HASH_THREADS) or 1)
        self._futures = [self._pool.submit(_verify_part, item) for item in items]
        self._pool.shutdown(wait=False)

    def wait(self) -> None:
        """Waits for every checksum.

        Raises:
            StoreError: a part does not match the manifest (the first in manifest order).
        """
        for future in self._futures:
            error = future.result()
            if error is not None:
                for rest in self._futures:
                    rest.cancel()
                raise error


def verify_parts(path: Path | str, manifest: dict, *, first: Sequence[str] = ()) -> Verification:
    """Checks the checksums of a store whose manifest :func:`index.store.open_store` returned
    unverified.

    Args:
        path: the store folder.
        manifest: its manifest (``open_store(path, verify=False)``: sizes already checked).
        first: parts to verify before returning (those about to be unpickled); names the
            manifest does not list are ignored.

    Returns:
        The pending verification of the other parts.

    Raises:
        StoreError: a part in ``first`` does not match the manifest.
    """
    path = Path(path)
    items = [(part_path(path, name), expected) for name, expected in manifest["parts"].items()]
    now = [item for item, name in zip(items, manifest["parts"]) if name in first]
    for item in now:
        error = _verify_part(item)
        if error is not None:
            raise error
    return Verification([item for item in items if item not in now])


def _verify_part(item: tuple[Path, dict]) -> StoreError | None:
    file, expected = item
    try:
        actual = _sha256(file)
    except OSError as e:
        return StoreError(f"{file}: unreadable part ({e.strerror or e})")
    if actual != expected["sha256"]:
        return StoreError(f"{file}: checksum mismatch (the file was altered or damaged)")
    return None


def _check_size(file: Path, expected: dict) -> None:
    try:
        size = file.stat().st_size
    except OSError as e:
        raise StoreError(f"{file}: part missing from the store") from e
    if size != expected["bytes"]:
        raise StoreError(f"{file}: {size} bytes, manifest says {expected['bytes']} (truncated?)")


def _sha256(file: Path, *, fsync: bool = False) -> str:
    digest = hashlib.sha256()
    buffer = memoryview(bytearray(1 << 20))
    with open(file, "rb") as f:
        while size := f.readinto(buffer):
            digest.update(buffer[:size])
        if fsync:
            os.fsync(f.fileno())
    return digest.hexdigest()
