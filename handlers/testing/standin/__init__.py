"""A stand-in Slack on 127.0.0.1: what tests and benchmarks run the real bot against.

``StandinSlack`` (in ``slack.py``) is the whole of it; the modules beside it each do one job:
``payloads`` (what Slack sends to a bot), ``webapi`` (the workspace and Slack's rules per Web
API method), ``validation`` (Block Kit as Slack checks it), ``faults`` (failures on demand),
``websocket`` (Socket Mode), ``oauth`` (installs into several workspaces, Slack's side of the
OAuth flow), ``httpd`` (the HTTP server) and ``records`` (what was seen, under one lock).
"""

from handlers.testing.standin.payloads import (
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    app_home_opened,
    app_mention,
    app_rate_limited,
    app_uninstalled,
    block_actions_form,
    block_actions_payload,
    dm_message,
    event_callback,
    interactive_form,
    message_action_payload,
    new_ts,
    post_signed,
    shortcut_payload,
    sign,
    signed_headers,
    slash_command_form,
    slash_command_payload,
    tokens_revoked,
    url_verification,
    view_block_actions_payload,
    view_closed_payload,
    view_state,
    view_submission_payload,
)
from handlers.testing.standin.records import Call, Response
from handlers.testing.standin.slack import StandinSlack
from handlers.testing.standin.validation import block_kit_problems, message_problems, view_problems

__all__ = [
    "StandinSlack",
    "Call",
    "Response",
    "new_ts",
    "sign",
    "signed_headers",
    "event_callback",
    "url_verification",
    "app_mention",
    "dm_message",
    "slash_command_payload",
    "slash_command_form",
    "block_actions_payload",
    "block_actions_form",
    "interactive_form",
    "shortcut_payload",
    "message_action_payload",
    "view_state",
    "view_submission_payload",
    "view_closed_payload",
    "view_block_actions_payload",
    "app_home_opened",
    "app_rate_limited",
    "app_uninstalled",
    "tokens_revoked",
    "block_kit_problems",
    "view_problems",
    "message_problems",
    "post_signed",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
]
