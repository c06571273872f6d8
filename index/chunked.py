"""A large batch encoded in chunks by a few worker threads, stoppable at once.

The ONNX backend (:mod:`index.onnx_backend`) cuts a batch into chunks of ``batch_size`` texts
and runs each on a one-thread session. A chunk of 64 long texts runs for seconds (20 s on a
machine loaded with other work), and a thread pool that is left waits for its chunks under way:
``kg build`` took 7 to 40 s to stop after Ctrl-C. Here the chunks always run in workers, so the
caller's thread stays free to take the interrupt; on it (or on any error) the runs under way are
told to terminate (ONNX Runtime's ``RunOptions.terminate``, checked between operators) and the
chunks not started are cancelled, so the caller gets its ``KeyboardInterrupt`` within a second
(tests/test_embed_interrupt.py) and a build leaves the previous store as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def run_chunks(
    run: Callable[[list[int], object], None],
    chunks: list[list[int]],
    *,
    threads: int,
    progress: bool = False,
) -> None:
    """Calls ``run`` on every chunk, ``threads`` at a time, in worker threads.

    Args:
        run: encodes one chunk (a list of text positions) and stores its rows; called with
            the chunk and the ``onnxruntime.RunOptions`` to pass to its session run, whose
            ``terminate`` is set when the caller is interrupted or a chunk fails.
        chunks: the chunks, in the order they are started.
        threads: how many chunks run at once.
        progress: show a progress bar counting texts.

    Raises:
        Exception: whatever a chunk raises, or the caller's ``KeyboardInterrupt``.
    """
    import onnxruntime as ort

    stop = ort.RunOptions()
    bar = _progress(sum(len(c) for c in chunks)) if progress else None
    pool = ThreadPoolExecutor(max_workers=max(1, min(threads, len(chunks))))
    try:
        for chunk, _ in zip(chunks, pool.map(run, chunks, [stop] * len(chunks))):
            if bar is not None:
                bar.update(len(chunk))
    except BaseException:
        stop.terminate = True
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if bar is not None:
            bar.close()


def _progress(total: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="embedding", unit="text")
