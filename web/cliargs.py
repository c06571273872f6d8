"""Options shared by the ``kg`` subcommands, value checks for the options, and ``write_output``.

Each check is an argparse ``type``: argparse turns the :class:`argparse.ArgumentTypeError` it raises
into the usage and exit status 2, before any model or store is loaded.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import logging
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError

MAX_K = 100
"""The most results ``-k`` asks for."""


def default_store() -> Path:
    """The default store folder, ``data/store`` in the checkout (git-ignored). Here rather than in
    :mod:`web.build`, whose imports (the model's, FAISS's) made ``kg --help`` and every usage error
    take 2.4 s, and left a Ctrl-C in those seconds to end in a traceback."""
    return Path(__file__).resolve().parent.parent / "data" / "store"


def whole_number(low: int, high: int | None = None) -> Callable[[str], int]:
    """A check for a whole number from ``low`` (to ``high``, when given).

    ``-k`` takes ``whole_number(1, MAX_K)``; ``--threads`` takes ``whole_number(1)``: waitress
    with no worker listens and never answers.
    """
    wanted = f"from {low} to {high}" if high is not None else f"of at least {low}"

    def check(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number {wanted} (got {text!r})") from None
        if number < low or high is not None and number > high:
            raise argparse.ArgumentTypeError(f"must be a whole number {wanted} (got {number})")
        return number

    return check


def seconds(text: str) -> float:
    """``--timeout``: a positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds (got {text!r})") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds (got {text!r})")
    return value


def logging_args(parser: argparse.ArgumentParser, *, default) -> None:
    """``-v``/``-q``, on the main parser and again on each subcommand (``kg search x -q``)."""
    parser.add_argument("-v", "--verbose", action="store_true", default=default,
                        help="log progress and details")
    parser.add_argument("-q", "--quiet", action="store_true", default=default, help="log only errors")


NOISY = ("sentence_transformers", "transformers", "httpx", "huggingface_hub", "bm25s", "faiss")
"""Libraries whose records below WARNING are dropped, whatever the level."""


def setup_logging(*, verbose: bool, quiet: bool) -> None:
    """Logs to standard error at DEBUG (``-v``), ERROR (``-q``) or INFO, the libraries of
    :data:`NOISY` at WARNING or above only.

    A filter on the handler, not the libraries' levels: bm25s sets its logger to DEBUG when
    imported, which each command does after this, so ``kg build -q`` printed "DEBUG bm25s:
    Building index from IDs", and every command that loads FAISS printed six INFO lines of
    faiss.loader (two of them "Could not load library … ModuleNotFoundError", which is no error).
    """
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.INFO
    floor = max(level, logging.WARNING)

    def keep(record: logging.LogRecord) -> bool:
        return record.levelno >= floor or record.name.split(".")[0] not in NOISY

    handler = logging.StreamHandler()
    handler.addFilter(keep)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", handlers=[handler])


def store_arg(parser: argparse.ArgumentParser) -> None:
    """``--store``: the store folder, by default ``$KG_STORE`` or ``data/store``."""
    parser.add_argument(
        "--store",
        type=Path,
        # An empty KG_STORE (`export KG_STORE=` to unset it) is unset, not the current folder.
        default=Path(os.environ.get("KG_STORE") or default_store()),
        help="store folder (default: %(default)s, or $KG_STORE)",
    )


def write_output(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Writes a command's output file whole or not at all (``kg export -o``).

    A plain file is written beside itself under a fresh name (never an existing one, which could
    be a link elsewhere) and renamed into place, keeping the file's permission bits; a symbolic
    link is written through (the link stays); what is not a plain file (``/dev/null``,
    ``/dev/stdout`` on a pipe, a named pipe) is written in place, since a rename would put a
    plain file where it was. What is decided on is what ``open`` would reach: ``os.stat``, not
    ``realpath``, which turns ``/proc/self/fd/1`` → ``pipe:[…]`` into a path that does not exist.

    Raises:
        KGError: the file cannot be written (a folder, a link loop, a file the user may not
            write); one line naming it and the reason.
    """
    tmp = None
    try:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:  # a new file, or a link to one
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            with open(path, "wb") as out:
                write(out)
            return
        target = Path(os.path.realpath(path))
        if mode is not None and not os.access(target, os.W_OK):  # as `>` would refuse
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        if mode is not None:
            os.fchmod(fd, stat.S_IMODE(mode))
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, target)
    except BaseException as e:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise KGError(f"cannot write {path}: {e.strerror or e}") from e
        raise
