"""Each workspace's own calendar feed address, which nobody can work out from a team id.

In OAuth mode every workspace has its own council dates, so ``/calendar.ics`` alone (the
knowledge base's dates, as in one-workspace mode) is not enough: a workspace's feed is
``/calendar.ics?team=T...&key=K``, where ``K`` is an HMAC of the team id under the bot's secret
key (``CYBERBOT_SECRET_KEY`` or its key file, ``bot.core.install_key``), kept apart from the
voters' hashes by a purpose label. Team ids are not secret (they appear in every Slack link), the
key is: only the workspace's curators see it, on their Home tab. A wrong or missing key is
answered exactly like an unknown path (404), so the feed does not confirm which teams exist.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

PURPOSE = b"cyberbot calendar feed\x00"
KEY_CHARS = 32


def feed_key(secret: bytes, team: str) -> str:
    return hmac.new(secret, PURPOSE + team.encode("utf-8"), hashlib.sha256).hexdigest()[:KEY_CHARS]


def feed_path(secret: bytes, team: str) -> str:
    """The feed's path and query, to put after the bot's web address."""
    return f"/calendar.ics?team={quote(team, safe='')}&key={feed_key(secret, team)}"


def feed_opens(secret: bytes, team: str | None, key: str | None) -> bool:
    """Whether ``key`` is the feed key of ``team`` (compared in constant time)."""
    if not team or not key or len(team) > 64:
        return False
    return hmac.compare_digest(key.encode("utf-8", "replace"), feed_key(secret, team).encode("ascii"))
