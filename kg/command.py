"""The ``kg`` console script: :func:`web.cli.main`, with a Ctrl-C caught however early it comes.

``web.cli.main`` turns an interrupt into one line and status 130, but only once it runs: importing
it first imports ``web`` (Flask, ~0.3 s), and a Ctrl-C in that time printed a traceback. This
module imports nothing but ``sys`` before its ``try``, and lives in ``kg``, whose ``__init__``
imports nothing, so that importing it loads no Flask (tests/test_cli_interrupt.py).
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as web.cli and the shells report it


def main() -> int:
    """Runs ``kg`` with ``sys.argv[1:]``; an interrupt before the command runs ends with one line."""
    try:
        from web.cli import main as run

        return run()
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
