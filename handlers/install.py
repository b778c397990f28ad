"""Slack's OAuth install flow, for one deployment serving many workspaces (OAuth mode).

With ``SLACK_CLIENT_ID``, ``SLACK_CLIENT_SECRET`` and ``SLACK_STATE_SECRET`` set, ``cyberbot
serve --http`` serves ``GET /slack/install`` (which sends the admin to Slack's authorize page
with a fresh state) and ``GET /slack/oauth_redirect`` (where Slack sends them back with a code,
exchanged through ``oauth.v2.access`` for the workspace's bot token). Bolt's ``OAuthFlow`` does
all of that; this module only gives it our stores (``bot.core.installations``), the scopes the
manifest asks for, Slack's address (``SLACK_API_URL``'s host, so tests point the whole flow at
the stand-in) and pages that say plainly what happened and what to do next.

OAuth mode is HTTP mode: Slack sends the admin's browser back to a public HTTPS address, which
Socket Mode does not have.
"""

from __future__ import annotations

import html
import logging
from urllib.parse import urlsplit

from slack_bolt import BoltResponse
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth import OAuthFlow
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings

from bot.core.install_key import voter_key
from bot.core.installations import Installations, OAuthStates

log = logging.getLogger("cyberbot.slack.install")

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600
SLACK_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize"


def authorize_url(api_url: str | None) -> str:
    """Slack's authorize page on the host the Web API is on (``https://slack.com/api/`` gives
    Slack's own page; the stand-in's API gives the stand-in's)."""
    if not api_url:
        return SLACK_AUTHORIZE_URL
    parts = urlsplit(api_url)
    return f"{parts.scheme}://{parts.netloc}/oauth/v2/authorize"


def bot_scopes() -> list[str]:
    from bot.doctor import manifest_scopes

    return manifest_scopes()


def build_oauth(settings, storage, client, clock=None):
    """What Bolt's ``App`` takes for OAuth mode: the flow, and ``authorize`` on our store."""
    # The tokens' key is derived from the bot's secret (CYBERBOT_SECRET_KEY or the key file
    # beside the database), never kept in the database itself.
    installations = Installations(storage, settings.client_id, voter_key(settings, storage), clock=clock)
    installations.seal_plaintext()
    states = OAuthStates(storage, settings.state_secret, STATE_SECONDS, clock=clock)
    oauth_settings = OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=bot_scopes(),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        install_page_rendering_enabled=False,   # straight to Slack: the admin came here to install
        authorization_url=authorize_url(settings.api_url),
        installation_store=installations,
        installation_store_bot_only=True,
        state_store=states,
        state_expiration_seconds=STATE_SECONDS,
        callback_options=CallbackOptions(success=installed_page, failure=failure_page),
        logger=logging.getLogger("cyberbot.bolt.oauth"),
    )
    flow = OAuthFlow(client=client, settings=oauth_settings, logger=logging.getLogger("cyberbot.bolt.oauth"))
    # Bolt's own authorize on our store; its auth.test answer is kept per token, so a request
    # costs one indexed read rather than a round trip to Slack as well.
    authorize = InstallationStoreAuthorize(client_id=settings.client_id, client_secret=settings.client_secret,
                                           installation_store=installations, bot_only=True, cache_enabled=True,
                                           client=client, logger=logging.getLogger("cyberbot.bolt.oauth"))
    return flow, authorize, installations


# -- pages ---------------------------------------------------------------------------------------

def _page(title: str, body: str, status: int, settings=None) -> BoltResponse:
    """A small page; the browser's note of the state is deleted, whatever happened."""
    text = (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
        "line-height:1.5}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
    if settings is not None:
        headers["Set-Cookie"] = [settings.state_utils.build_set_cookie_for_deletion()]
    return BoltResponse(status=status, body=text, headers=headers)


def installed_page(args: SuccessArgs) -> BoltResponse:
    installation = args.installation
    where = installation.team_name or installation.enterprise_name or "your workspace"
    log.warning("installed in %s (%s)", where, installation.team_id or installation.enterprise_id)
    return _page(
        "cyberbot is installed",
        f"<p>cyberbot is now in <strong>{html.escape(where)}</strong>.</p>"
        "<p>In Slack, type <code>/cyber help</code> in any channel to see what it can do, or invite it "
        "to a channel with <code>/invite @cyberbot</code> so it can post reminders and polls there.</p>"
        "<p>You can close this page.</p>",
        200,
        args.settings,
    )


AGAIN = f'<p><a href="{INSTALL_PATH}">Start the install again</a>.</p>'

FAILURES = {
    "invalid_state": ("That install link has already been used, or it has expired",
                      "<p>Each install link works once, for ten minutes. Nothing was installed and nothing "
                      "has changed.</p>" + AGAIN),
    "invalid_browser": ("Please finish the install in the browser you started it in",
                        "<p>This page was opened without the note your browser kept when the install began "
                        "(another browser, a private window, or cookies turned off), so it could not be "
                        "checked. Nothing was installed.</p>" + AGAIN),
    "access_denied": ("The install was cancelled",
                      "<p>Slack says the install was not allowed, so cyberbot was not added. "
                      "If that was a mistake, you can try again.</p>" + AGAIN),
    "missing_code": ("Slack did not send an install code",
                     "<p>This page expects to be opened by Slack after you allow the install. Nothing was "
                     "installed.</p>" + AGAIN),
    "invalid_code": ("Slack did not accept the install code",
                     "<p>The code may have been used already, or it expired before it reached us. Nothing "
                     "was installed.</p>" + AGAIN),
    "storage_error": ("The install could not be saved",
                      "<p>Slack approved the install, but our database could not record it just now. "
                      "Please try again in a minute; if it keeps happening, tell whoever runs cyberbot.</p>"
                      + AGAIN),
}


def failure_page(args: FailureArgs) -> BoltResponse:
    title, body = FAILURES.get(args.reason, (
        "The install did not finish",
        f"<p>Slack said: <code>{html.escape(str(args.reason)[:100])}</code>. Nothing was installed.</p>" + AGAIN))
    log.warning("an install was refused: %s", str(args.reason)[:100])
    return _page(title, body, args.suggested_status_code, args.settings)
