"""A workspace admin installing the bot through Slack's OAuth flow, as their browser would.

The browser opens the bot's ``/slack/install`` (keeping the state cookie it is given), follows
the redirect to Slack's authorize page (the stand-in's ``/oauth/v2/authorize``, where the
admin clicks Allow), and follows Slack's redirect back to the bot's ``/slack/oauth_redirect``
with the code and state, cookie and all. No redirect is followed blindly: each hop is checked,
so a test sees exactly where the flow went. ``Admin`` reaches the bot through a ``get``
function: real HTTP for a ``cyberbot serve`` process (``http_get`` on its URL), or the ASGI
front in the test's process (``InProcessSlack.get``).
"""

from __future__ import annotations

import http.client
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from handlers.testing.standin import StandinSlack

REDIRECT_PATH = "/slack/oauth_redirect"


@dataclass
class Page:
    status: int
    headers: dict = field(default_factory=dict)    # lower-case names; Set-Cookie as a list
    body: str = ""

    @property
    def location(self) -> str:
        return self.headers.get("location", "")


def http_get(url: str, cookie: str | None = None, timeout: float = 10.0) -> Page:
    """One GET, redirects not followed."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.netloc, timeout=timeout)
    try:
        conn.request("GET", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
                     headers={"Cookie": cookie} if cookie else {})
        resp = conn.getresponse()
        headers: dict = {}
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                headers.setdefault("set-cookie", []).append(value)
            else:
                headers[name.lower()] = value
        return Page(resp.status, headers, resp.read().decode("utf-8", "replace"))
    finally:
        conn.close()


class Admin:
    """One admin's browser: ``install(team)`` runs the whole flow and returns the last page."""

    def __init__(self, standin: StandinSlack, get: Callable[[str, str | None], Page]):
        self.standin = standin
        self.get = get                 # (path with query, Cookie header) -> Page, from the bot
        self.cookies: dict[str, str] = {}
        self.back_to_bot: str | None = None   # the last redirect Slack sent back (path and query)

    def cookie_header(self) -> str | None:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items()) or None

    def _keep(self, page: Page) -> None:
        for line in page.headers.get("set-cookie", []):
            jar = SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                if morsel.value and morsel["max-age"] not in ("0",) and "1970" not in morsel["expires"]:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)

    def start(self, team: str | None = None) -> str:
        """Open the bot's install link; returns the authorize URL it sent the browser to."""
        page = self.get("/slack/install" + (f"?team={team}" if team else ""), self.cookie_header())
        if page.status != 302 or not page.location:
            raise AssertionError(f"/slack/install answered {page.status} without a redirect: {page.body[:200]}")
        self._keep(page)
        return page.location

    def allow(self, authorize_url: str) -> str:
        """Click Allow on Slack's page; returns the bot path (and query) Slack sends the browser to."""
        page = http_get(authorize_url)
        if page.status != 302 or not page.location:
            raise AssertionError(f"the authorize page answered {page.status}: {page.body[:200]}")
        parts = urlsplit(page.location)
        self.back_to_bot = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.back_to_bot

    def finish(self, back_to_bot: str | None = None) -> Page:
        """Arrive back at the bot with Slack's code and state (and this browser's cookie)."""
        page = self.get(back_to_bot or self.back_to_bot or "", self.cookie_header())
        self._keep(page)
        return page

    def install(self, team: str | None = None) -> Page:
        return self.finish(self.allow(self.start(team)))


def query_of(path: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
