"""The app under waitress in a background thread, for tests and benchmarks that talk HTTP."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from flask import Flask


@contextlib.contextmanager
def serving(app: Flask, *, threads: int = 4) -> Iterator[str]:
    """Serves ``app`` with waitress (the production server) on a free port of 127.0.0.1.

    Args:
        app: the Flask app.
        threads: waitress worker threads.

    Yields:
        The base URL, e.g. ``http://127.0.0.1:41234``; the server stops when the block ends.
    """
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=threads)
    stopping = threading.Event()

    def serve():
        try:
            server.run()
        except OSError:  # the loop's select() sees the sockets close under it
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, name="waitress-background", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stopping.set()
        server.task_dispatcher.shutdown()  # workers first: they wake the loop when they finish
        server.close()
        thread.join(timeout=5)
