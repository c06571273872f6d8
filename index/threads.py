"""How many threads this process's native code may use: usable cores, and BLAS held to one.

:func:`usable_cores` is the one count of cores the index layer sizes its thread pools by (the
ONNX and PyTorch embedders, checksum threads of :mod:`index.store`): the cores this process
may run on (``os.sched_getaffinity``, which honours ``taskset`` and container CPU sets), or
``os.cpu_count()`` where the platform cannot say.

The rest holds OpenBLAS to one thread where a request's own work is small (one query's
matrix-vector product in :mod:`index.vectors`) or where requests are the parallelism
(``kg serve``).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

from threadpoolctl import ThreadpoolController


def usable_cores() -> int:
    """The number of cores this process may run on (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class _OneBlasThread:
    """Holds BLAS to one thread while any caller is inside :meth:`held`.

    OpenBLAS splits a matrix-vector product over 17k rows between its threads; on a shared
    machine whose other core is busy, the product then waits for a descheduled thread: over
    2,000 products of 17k × 384 with the other core loaded, p90 9.8 ms with two threads
    against 1.1 ms with one (p50 1.3 against 0.95 ms). One query is one request's work, so it
    runs on one thread, as the embedder does in ``kg serve``. The BLAS thread count is a
    setting of the whole process, so the first caller in lowers it and the last one out puts
    it back (5 µs a call); batch searches outside keep their threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._limit = None
        self._controller: ThreadpoolController | None = None
        self._always = None  # the process-wide limit of :func:`one_blas_thread_everywhere`

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        if self._always is not None:  # already one thread: nothing to lower or restore
            yield
            return
        with self._lock:
            if self._inside == 0:
                if self._controller is None:  # after NumPy has loaded its BLAS
                    self._controller = ThreadpoolController()
                self._limit = self._controller.limit(limits=1, user_api="blas")
            self._inside += 1
        try:
            yield
        finally:
            with self._lock:
                self._inside -= 1
                if self._inside == 0 and self._limit is not None:
                    self._limit.restore_original_limits()
                    self._limit = None

    def hold_for_good(self) -> None:
        """Holds BLAS to one thread for the rest of the process; :meth:`held` then does
        nothing."""
        with self._lock:
            if self._always is None:
                self._always = ThreadpoolController().limit(limits=1, user_api="blas")


_ONE_BLAS_THREAD = _OneBlasThread()


def one_blas_thread_everywhere() -> None:
    """Runs BLAS on one thread for the rest of the process, as a server wants: its requests
    are its parallelism, and OpenBLAS threads shared by concurrent requests wait for each
    other (``kg serve``: 8 clients 31–34 req/s with them, 153–161 without). Single queries
    then skip lowering and restoring the limit (about 30 µs a search under cProfile)."""
    _ONE_BLAS_THREAD.hold_for_good()


def one_blas_thread() -> contextlib.AbstractContextManager[None]:
    """A context in which BLAS runs on one thread (see :class:`_OneBlasThread`)."""
    return _ONE_BLAS_THREAD.held()
