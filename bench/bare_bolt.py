"""The yardstick for ``bench.bench_slack``: a bare Bolt app, served as ``cyberbot serve --http`` is.

What does the bot cost beyond Slack's own framework? This process is the least a Bolt app can
do with a mention: one ``app_mention`` listener that replies in the thread with a fixed answer
of the same length as the bot's, through ``say`` (one ``chat.postMessage``). It is served by
the very server the bot uses (``handlers.http_server``: uvicorn, the same connection guard,
signature check and shape check), pinned to the same core and driven by the same bursts in the
same run, so the bot's CPU per mention and reply times divided by these are what the bot adds:
its dedupe, its answer, its Block Kit, its metadata-keyed posting.

Configured as the bot is, by its environment: ``SLACK_BOT_TOKEN``, ``SLACK_SIGNING_SECRET``,
``SLACK_API_URL`` and ``PORT``.

Run: python -m bench.bare_bolt (``bench.bench_slack`` starts it).
"""

from __future__ import annotations

import logging
import os

from slack_bolt import App
from slack_sdk import WebClient

from handlers.http_server import serve_http

ANSWER = ("Web Check is a free National Cyber Security Centre (NCSC) service for public sector bodies, part of "
          "Active Cyber Defence, that scans their websites for common vulnerabilities and misconfigurations and "
          "produces a report of what to fix and how.")


class AlwaysHealthy:
    """``/healthz`` for a process with no database: up is healthy."""

    def health(self) -> tuple[bool, str]:
        return True, "ok"


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.event("app_mention")
    def answer(event, say) -> None:
        say(text=ANSWER, thread_ts=event.get("thread_ts") or event["ts"])

    serve_http(app, AlwaysHealthy(), os.environ["SLACK_SIGNING_SECRET"], int(os.environ["PORT"]), host="127.0.0.1")


if __name__ == "__main__":
    main()
