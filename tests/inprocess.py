"""The real Bolt app, in this process, fed signed requests exactly as Slack sends them.

Fast tests of each listener: ``InProcessSlack`` builds the ``CyberBot`` and the Bolt app that
``cyberbot serve`` builds (same listeners, same middleware, the Web API pointed at the stand-in
Slack) and dispatches real ``BoltRequest`` objects to it. Listeners run on Bolt's pool after
the ack, as in production, so a test waits for what the stand-in records.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from slack_bolt.request import BoltRequest

from bot.assistant import CyberBot
from bot.core.config import Settings
from handlers.app import build_app, build_client
from handlers.slack_messenger import SlackMessenger
from tests.standin_slack import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, sign

SECRET = "in-process-signing-secret"


class InProcessSlack:
    def __init__(self, standin, tmp_path, clock=None, kb=None, env: dict | None = None):
        self.standin = standin
        values = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": standin.api_url,
                  "CYBERBOT_DB": str(tmp_path / "inprocess.db"), "CYBERBOT_TICK_SECONDS": "1"}
        values.update(env or {})
        from tests.conftest import KNOWLEDGE

        values.setdefault("CYBERBOT_KNOWLEDGE", str(KNOWLEDGE))
        self.settings = Settings.from_env(values, load_dotenv_file=False)
        self.client = build_client(self.settings)
        self.messenger = SlackMessenger(self.client)
        self.bot = CyberBot(self.settings, clock=clock, messenger=self.messenger, kb=kb)
        self.app = build_app(self.bot, self.settings, self.client, self.messenger)

    def close(self) -> None:
        self.bot.close()

    # -- sending ----------------------------------------------------------------------------------
    def dispatch(self, raw: str, content_type: str, signed: bool = True):
        headers = {"content-type": content_type}
        if signed:
            headers.update({k.lower(): v for k, v in sign(raw.encode("utf-8"), SECRET).items()})
        return self.app.dispatch(BoltRequest(body=raw, headers=headers))

    def event(self, body: dict, signed: bool = True):
        """An Events API callback (JSON body)."""
        return self.dispatch(json.dumps(body), JSON_CONTENT_TYPE, signed)

    def interactive(self, payload: dict, signed: bool = True):
        """Any interactivity payload (``payload=<json>`` form body)."""
        return self.dispatch(urlencode({"payload": json.dumps(payload)}), FORM_CONTENT_TYPE, signed)

    def slash(self, fields: dict, signed: bool = True):
        return self.dispatch(urlencode(fields), FORM_CONTENT_TYPE, signed)
