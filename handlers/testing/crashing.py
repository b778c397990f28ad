"""``python -m handlers.testing.crashing POINT ARGS...``: ``cyberbot ARGS...`` with one crash point
armed (``handlers.crashpoints``), for tests that kill the process at the worst moment."""

from __future__ import annotations

import sys

from handlers import crashpoints


def main(argv: list[str]) -> int:
    point, *args = argv
    crashpoints.arm(point)
    from bot.cli import main as cyberbot

    return cyberbot(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
