"""Ctrl-C during a long encode stops within a second or two, not after every running chunk."""

from __future__ import annotations

import signal
import threading
import time

import pytest

# Long invented texts, so that each chunk of 64 runs for seconds on one thread.
_WORDS = "the quarrow lantern of Pelvide glimmered over the Hask river at dusk".split()


def _texts(count: int) -> list[str]:
    return [" ".join(_WORDS[(i + j) % len(_WORDS)] for j in range(300)) for i in range(count)]


def test_an_interrupt_during_a_long_encode_stops_it_quickly(embedder):
    if embedder.backend != "onnx":
        pytest.skip("the chunked, threaded encode is the ONNX backend's")
    main = threading.main_thread().ident
    fired = []

    def interrupt():
        fired.append(time.monotonic())
        signal.pthread_kill(main, signal.SIGINT)

    # A process started in the background by a non-interactive shell ("bash .ci/run &")
    # inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler: the
    # signal would change nothing (a fresh-clone run so launched failed here). Ctrl-C in a
    # terminal gets Python's handler; so does this test, for its duration.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(1.0, interrupt)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            embedder.encode(_texts(256))
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    stopped = time.monotonic() - fired[0]
    assert stopped < 1.5, f"took {stopped:.1f} s to stop"
    # the embedder still works after the interrupt
    assert embedder.encode(["a short sentence"]).shape == (1, embedder.dimension)
