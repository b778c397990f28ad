"""The App Home tab: ``app_home_opened`` publishes the person's Home (``views.publish``).

What it shows comes from the core (``CyberBot.home``); the Messages tab opening is acked and
ignored. Buttons on the Home go through the actions listener like any other click, which
republishes the Home afterwards.
"""

from __future__ import annotations

from slack_bolt import App

from handlers.inputs import team_of
from handlers.requestlog import handled


def register(app: App, runtime) -> None:
    @app.event("app_home_opened")
    def on_home_opened(event, body):
        if not isinstance(event, dict) or event.get("tab", "home") != "home":
            return
        user = event.get("user")
        if not isinstance(user, str) or not user:
            return
        with handled("home", user) as outcome:
            outcome.value = "published" if runtime.publish_home(user, team_id=team_of(body, event)) else "publish_failed"
