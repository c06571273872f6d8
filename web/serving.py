"""The app under waitress: in a background thread, for tests and benchmarks that talk HTTP
(:func:`serving`), and the check that ``kg serve`` can listen where it is asked to
(:func:`check_listen`), made before it loads anything."""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
from collections.abc import Iterator

from flask import Flask

from kg.errors import KGError


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


def check_listen(host: str, port: int) -> None:
    """Binds ``host:port`` once (as waitress will, with SO_REUSEADDR) and lets it go.

    Raises:
        kg.errors.KGError: the address cannot be listened on (port in use, not this machine's).
    """
    if not 0 <= port <= 65535:
        raise KGError(f"--port must be from 0 to 65535 (got {port})")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as e:
        raise KGError(listen_problem(host, port, e)) from e


def listen_problem(host: str, port: int, error: OSError) -> str:
    """One line saying why ``host:port`` cannot be listened on."""
    if error.errno == errno.EADDRINUSE:
        return f"cannot listen on {host}:{port}: port {port} is in use"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {host}:{port}: {host} is not an address of this machine"
    reason = error.strerror or str(error)
    return f"cannot listen on {host}:{port}: {reason}"
