"""Slack's side of the OAuth install flow, for a stand-in with several workspaces.

A bot serving many workspaces is installed by each one's admin: the bot's ``/slack/install``
sends the admin's browser to Slack's authorize page (``/oauth/v2/authorize``); the admin clicks
Allow and Slack sends the browser back to the app's redirect URL with a one-time ``code`` and
the bot's ``state``; the bot exchanges the code (with its client id and secret) through
``oauth.v2.access`` for that workspace's bot token. ``Installs`` plays Slack's part:

* ``authorize(query)`` is the admin clicking Allow (or Cancel, after ``deny_next``): it checks
  the client id and redirect URL against the app's (``app(...)``, as the app's settings page
  and manifest would say) and answers the redirect Slack would send, with a code for the team
  the URL names (``team=``, as Bolt passes it on from ``/slack/install?team=``), else the
  first workspace;
* ``access(params, basic_auth)`` is ``oauth.v2.access``: the code it issued, once, for the
  right client secret, exchanged for a fresh ``xoxb-`` token bound to that team; anything
  else gets Slack's error JSON (``invalid_client_id``, ``bad_client_secret``,
  ``invalid_code``, ``bad_redirect_uri``);
* ``team_of(token)`` says whose a token is; ``revoke(team)`` is the workspace uninstalling
  the app (its tokens then answer ``token_revoked``).

Tokens the stand-in never issued (``xoxb-test``, the single-workspace tests' token) belong to
the first workspace, so single-workspace tests run as before.
"""

from __future__ import annotations

import base64
import secrets
from urllib.parse import parse_qsl, urlencode, urlsplit


class Installs:
    def __init__(self):
        self.client_id: str | None = None
        self.client_secret: str | None = None
        self.redirect_url: str | None = None
        self.scopes: list[str] = []
        self._codes: dict[str, dict] = {}
        self._tokens: dict[str, str] = {}        # issued token -> team id
        self._revoked: set[str] = set()
        self._deny_next = False
        self.authorized: list[dict] = []         # each authorize request, as it arrived

    def app(self, client_id: str, client_secret: str, redirect_url: str | None = None) -> None:
        """The app's credentials and redirect URL, as on its Basic Information and OAuth pages."""
        self.client_id, self.client_secret, self.redirect_url = client_id, client_secret, redirect_url

    def deny_next(self) -> None:
        """The next admin clicks Cancel instead of Allow."""
        self._deny_next = True

    # -- the browser's side --------------------------------------------------------------------
    def authorize(self, query: str, teams: dict, default_team: str, installer: str = "UADMIN") -> tuple[int, dict, str]:
        """(status, headers, body) for GET /oauth/v2/authorize?...: the redirect back to the app."""
        params = dict(parse_qsl(query, keep_blank_values=True))
        self.authorized.append(params)
        if not self.client_id or params.get("client_id") != self.client_id:
            return 400, {}, "invalid_client_id: no app with that client id"
        redirect = params.get("redirect_uri") or self.redirect_url
        if not redirect or (self.redirect_url and redirect != self.redirect_url):
            return 400, {}, "bad_redirect_uri: the redirect URL does not match the app's"
        team = params.get("team") or default_team
        if team not in teams:
            return 400, {}, f"team_not_found: no workspace {team}"
        state = params.get("state", "")
        if self._deny_next:
            self._deny_next = False
            return 302, {"Location": _with_query(redirect, {"error": "access_denied", "state": state})}, ""
        code = f"{secrets.token_hex(6)}.{secrets.token_hex(12)}"
        self._codes[code] = {"team": team, "redirect_uri": params.get("redirect_uri"), "used": False,
                             "installer": installer, "scope": params.get("scope", "")}
        return 302, {"Location": _with_query(redirect, {"code": code, "state": state})}, ""

    # -- oauth.v2.access -----------------------------------------------------------------------
    def access(self, params: dict, authorization: str | None, teams: dict) -> dict:
        client_id, client_secret = params.get("client_id"), params.get("client_secret")
        if authorization and authorization.lower().startswith("basic "):
            try:
                client_id, _, client_secret = base64.b64decode(authorization[6:]).decode("utf-8").partition(":")
            except (ValueError, UnicodeDecodeError):
                return {"ok": False, "error": "invalid_client_id"}
        if not self.client_id or client_id != self.client_id:
            return {"ok": False, "error": "invalid_client_id"}
        if client_secret != self.client_secret:
            return {"ok": False, "error": "bad_client_secret"}
        grant = self._codes.get(str(params.get("code") or ""))
        if grant is None or grant["used"]:
            return {"ok": False, "error": "invalid_code"}
        grant["used"] = True
        if grant["redirect_uri"] and params.get("redirect_uri") != grant["redirect_uri"]:
            return {"ok": False, "error": "bad_redirect_uri"}
        workspace = teams[grant["team"]]
        token = f"xoxb-{workspace.team_id}-{secrets.token_hex(12)}"
        self._tokens[token] = workspace.team_id
        self._revoked.discard(token)
        return {
            "ok": True,
            "app_id": workspace.app_id,
            "authed_user": {"id": grant["installer"]},
            "scope": grant["scope"],
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": workspace.bot_user_id,
            "team": {"id": workspace.team_id, "name": workspace.team_name},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    # -- whose a token is ----------------------------------------------------------------------
    def team_of(self, token: str | None) -> str | None:
        """The team an issued token belongs to; None for a token the stand-in never issued."""
        return self._tokens.get(token or "")

    def revoked(self, token: str | None) -> bool:
        return (token or "") in self._revoked

    def revoke(self, team_id: str) -> list[str]:
        """The workspace uninstalled the app: every token issued to it stops working."""
        gone = [token for token, team in self._tokens.items() if team == team_id and token not in self._revoked]
        self._revoked.update(gone)
        return gone

    def tokens(self, team_id: str) -> list[str]:
        return [token for token, team in self._tokens.items() if team == team_id and token not in self._revoked]


def _with_query(url: str, params: dict) -> str:
    joiner = "&" if urlsplit(url).query else "?"
    return f"{url}{joiner}{urlencode(params)}"
