"""What Slack sends a bot, in the words a test uses: an event, ``/cyber TEXT``, a button click.

The spawned bot (``BotProcess``) and the in-process app (``InProcessSlack``) are addressed
the same way, so a story reads the same against either; each says only how a signed body
reaches it (``_send``) and what its ack looks like (``_ack``). Before each request the
stand-in learns that the person acting is in the workspace (``saw``), as Slack knows.
"""

from __future__ import annotations

from typing import Any

from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    StandinSlack,
    block_actions_form,
    event_callback,
    slash_command_form,
)


class SlackSends:
    standin: StandinSlack

    def _send(self, body: bytes | dict, content_type: str, headers: dict | None) -> Any:
        raise NotImplementedError

    def _ack(self, sent: Any) -> Any:
        return sent

    def event(self, event: dict, event_id: str | None = None, retry: int | None = None, team_id: str | None = None):
        """An Events API callback around ``event`` (``retry`` sets ``X-Slack-Retry-Num``), from
        ``team_id``'s workspace (else the event's ``team``, else the first)."""
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        team = team_id or (event.get("team") if isinstance(event.get("team"), str) else None)
        self.standin.saw(event.get("user") or "", team=team)
        return self._send(event_callback(event, event_id=event_id, team_id=team or "T1"), JSON_CONTENT_TYPE,
                          headers)

    def slash(self, text: str, user_id: str = "U1", channel_id: str = "C1", **kwargs):
        """``/cyber TEXT``; returns the ack and the response_url the answer will go to."""
        response_url = kwargs.pop("response_url", None) or self.standin.new_response_url()
        self.standin.saw(user_id, team=kwargs.get("team_id"))   # Slack only takes a command from someone in the workspace
        body = slash_command_form(text, user_id, channel_id, response_url, **kwargs)
        return self._ack(self._send(body, FORM_CONTENT_TYPE, None)), response_url

    def click(self, action_id: str, value: str, user_id: str = "U1", channel_id: str = "C1", **kwargs):
        """A button click; returns the ack and the response_url of the clicked message."""
        response_url = kwargs.pop("response_url", None) or self.standin.new_response_url()
        self.standin.saw(user_id, team=kwargs.get("team_id"))
        body = block_actions_form(action_id, value, user_id, channel_id, response_url=response_url, **kwargs)
        return self._ack(self._send(body, FORM_CONTENT_TYPE, None)), response_url
