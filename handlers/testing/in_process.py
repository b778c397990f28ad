"""The real Bolt app in the test's own process, talking to a stand-in Slack: fast listener tests.

Spawning ``cyberbot serve`` costs seconds per test; the listeners (``handlers/listeners``) can
be tested in milliseconds with the same app ``serve`` runs. ``InProcessSlack`` builds it with
``handlers.app.build_app`` on a ``CyberBot`` whose Web API client points at a
``StandinSlack`` (a thread in this process), and hands it requests exactly as Slack sends
them: the raw body and signed headers in a ``BoltRequest``, through ``app.dispatch``. What
comes back is the ack; what the listener then did is in the stand-in's records
(``chat.postMessage`` calls, response_url posts).

Listeners run on Bolt's thread pool after the ack, as in production: wait for the stand-in's
records (``standin.wait_for``), call ``settle()`` to wait until every listener started so far
has ended (a command goes on working after its answer is posted: it republishes an open Home),
or ``finish()`` to let every listener end before asserting that something did not happen.
"""

from __future__ import annotations

import json
import time

from slack_bolt import BoltResponse
from slack_bolt.request import BoltRequest

from bot.assistant import CyberBot
from bot.core.config import Settings
from handlers.app import build_app, build_client, core_messenger
from handlers.slack_zones import SlackZones
from handlers.testing.process import BOT_TOKEN, KNOWLEDGE, SECRET
from handlers.testing.slack_sends import SlackSends
from handlers.testing.standin import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, StandinSlack, interactive_form, signed_headers


def slack_settings(standin: StandinSlack, db_path: str, **env: str) -> Settings:
    """The settings ``cyberbot serve`` would read, pointed at the stand-in."""
    return Settings.from_env({
        "CYBERBOT_DB": str(db_path),
        "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
        "CYBERBOT_TICK_SECONDS": "1",
        "SLACK_API_URL": standin.api_url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        **env,
    })


class InProcessSlack(SlackSends):
    """``build_app``'s Bolt app on a fresh bot, and Slack's requests to it."""

    def __init__(self, standin: StandinSlack, settings: Settings, *, clock=None, kb=None):
        self.standin = standin
        self.settings = settings
        self.client = build_client(settings)
        self.messenger, zones_client = core_messenger(settings, self.client)
        self.bot = CyberBot(settings, clock=clock, kb=kb, messenger=self.messenger,
                            zones=SlackZones(zones_client, settings.timezone))
        try:
            self.app = build_app(self.bot, settings, self.client, self.messenger)
        except BaseException:
            self.bot.close()
            raise
        self._finished = False
        self._front = None    # the HTTP front (handlers.http_server), made for the first ``get``
        self._loop = None     # and one event loop for all of them, as uvicorn keeps one

    # -- Slack's requests ------------------------------------------------------------------------
    def request(self, body: bytes | str | dict, content_type: str = JSON_CONTENT_TYPE, *,
                headers: dict | None = None, timestamp: int | None = None, secret: str | None = None,
                signed: bool = True) -> BoltResponse:
        """Sign ``body`` as Slack does and dispatch it; returns the ack. A dict is sent as JSON.

        ``secret`` or an old ``timestamp`` forge the signature; ``signed=False`` leaves it out.
        """
        if isinstance(body, dict):
            body = json.dumps(body)
        raw = body.decode("utf-8") if isinstance(body, bytes) else body
        sent = signed_headers(raw, secret or self.settings.signing_secret, content_type, timestamp) if signed \
            else {"Content-Type": content_type}
        return self.app.dispatch(BoltRequest(body=raw, headers={**sent, **(headers or {})}))

    # ``event``, ``slash`` and ``click`` come from ``SlackSends``: the ack is Bolt's response.
    def _send(self, body, content_type, headers) -> BoltResponse:
        return self.request(body, content_type, headers=headers)

    def interactive(self, payload: dict, *, signed: bool = True) -> BoltResponse:
        """Any interactive payload (``view_submission``, shortcuts), as the form Slack POSTs."""
        user = payload.get("user") if isinstance(payload, dict) else None
        if isinstance(user, dict) and user.get("id"):
            self.standin.saw(user["id"])   # Slack only sends what someone in the workspace did
        return self.request(interactive_form(payload), FORM_CONTENT_TYPE, signed=signed)

    def get(self, path: str, cookie: str | None = None):
        """A browser's GET (``/slack/install``, ``/slack/oauth_redirect?...``, ``/healthz``) on the
        HTTP front ``cyberbot serve --http`` runs, called here as uvicorn would call it."""
        import asyncio

        from handlers.http_server import SlackAsgiApp
        from handlers.testing.installs import Page

        if self._front is None:
            self._front = SlackAsgiApp(self.app, self.bot.storage, self.settings.signing_secret)
            self._loop = asyncio.Runner()
        path, _, query = path.partition("?")
        scope = {"type": "http", "method": "GET", "path": path, "query_string": query.encode("latin-1"),
                 "headers": [(b"cookie", cookie.encode("latin-1"))] if cookie else []}
        sent: list[dict] = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        self._loop.run(self._front(scope, receive, send))
        headers: dict = {}
        for name, value in sent[0].get("headers", []):
            name, value = name.decode("latin-1").lower(), value.decode("latin-1")
            if name == "set-cookie":
                headers.setdefault(name, []).append(value)
            else:
                headers[name] = value
        body = b"".join(m.get("body", b"") for m in sent[1:])
        return Page(sent[0]["status"], headers, body.decode("utf-8", "replace"))

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until the work acked so far is done: the listeners on Bolt's pool (a command's
        answer, and what it does after answering) and the intake's (a form's storing, say),
        each of which may hand work to the other."""
        intake = getattr(getattr(self.app, "runtime", None), "intake", None)
        listeners = getattr(getattr(self.app, "listener_runner", None), "listener_executor", None)
        pools = [pool for pool in (listeners, intake) if hasattr(pool, "wait_idle")]
        deadline = time.monotonic() + timeout
        while True:
            if all(pool.wait_idle(max(0.0, deadline - time.monotonic())) for pool in pools) \
                    and all(pool.wait_idle(0) for pool in pools):
                return
            if time.monotonic() >= deadline:
                raise AssertionError(f"acked work still running after {timeout}s")

    # -- the end ---------------------------------------------------------------------------------
    def finish(self) -> None:
        """Let every listener that was started run to its end (no more requests after this)."""
        if not self._finished:
            self._finished = True
            self.app.listener_runner.listener_executor.shutdown(wait=True)
            intake = getattr(getattr(self.app, "runtime", None), "intake", None)
            if intake is not None:      # callbacks the HTTP front acked and handed on
                intake.close()

    def close(self) -> None:
        self.finish()
        if self._front is not None:
            for pool in (self._front.pool, self._front.side_pool, self._front.inbox_pool):
                pool.shutdown(wait=True)
            self._loop.close()
        self.bot.close()
