"""What a person typed in Slack, as the core expects it.

Slack sends mentions, channels and pings as control sequences (``<@U123>``, ``<#C1|name>``,
``<!channel>``). The core reads plain text, so they are unwrapped here; the core escapes
anything it echoes, which is what keeps ``<!channel>`` from ever becoming a ping.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.text import CHANNEL_REF, plain_from_slack

_BINARY_SHARE = 0.10


def mention_pattern(bot_user_id: str | None) -> re.Pattern | None:
    if not bot_user_id:
        return None
    return re.compile(r"<@" + re.escape(bot_user_id) + r"(?:\|[^>]*)?>")


def core_text(slack_text: str | None, bot_user_id: str | None = None) -> str:
    """Slack message text without the bot's own mention, with Slack's markup unwrapped."""
    text = slack_text if isinstance(slack_text, str) else ""
    pattern = mention_pattern(bot_user_id)
    if pattern is not None:
        text = pattern.sub(" ", text)
    return plain_from_slack(text).strip()


def channel_refs(slack_text: str | None) -> list[tuple[str, str]]:
    """``(id, name)`` for each ``<#C123|name>`` in the text (the name may be empty)."""
    if not isinstance(slack_text, str):
        return []
    return [(m.group(1), m.group(2) or "") for m in CHANNEL_REF.finditer(slack_text)]


def looks_binary(text: str) -> bool:
    """True for pasted binary or mangled bytes, which no command or question can be."""
    if not text:
        return False
    if "\x00" in text:
        return True
    odd = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
                                                     and ch not in "\n\r\t"))
    return odd / len(text) > _BINARY_SHARE


BINARY_REPLY = ("That looked like binary data rather than words, so I couldn't read it. "
                "Type a question in plain English, or `/cyber help` to see what I can do.")


def org_wide(body) -> bool:
    """Whether a payload comes through an org-wide (Enterprise Grid) install: the envelope says so
    (``is_enterprise_install``, ``"true"`` in a slash command), or its first authorization does."""
    if not isinstance(body, dict):
        return False
    authorizations = body.get("authorizations")
    if isinstance(authorizations, list) and authorizations and isinstance(authorizations[0], dict):
        return authorizations[0].get("is_enterprise_install") is True
    return body.get("is_enterprise_install") in (True, "true")


def enterprise_of(body) -> str | None:
    for part in (body, (body or {}).get("team") if isinstance(body, dict) else None):
        if isinstance(part, dict):
            value = part.get("enterprise_id")
            if isinstance(value, str) and value:
                return value
    holder = body.get("enterprise") if isinstance(body, dict) else None
    if isinstance(holder, dict) and isinstance(holder.get("id"), str) and holder["id"]:
        return holder["id"]
    return holder if isinstance(holder, str) and holder else None


def team_of(body, inner=None) -> str | None:
    """The workspace a payload came from, as the rows it reads and writes are keyed: for an
    org-wide (Enterprise Grid) install the organisation's id, whichever of its workspaces the
    payload names (one install, one bot token and one set of rows for the whole organisation,
    all ended together when the org removes the app); else its ``team_id`` or ``team.id`` (the
    envelope first: in a shared channel an event's own ``team`` is the sender's workspace, not
    the one that installed us; then the event or view), else the org's ``enterprise_id`` /
    ``enterprise.id``. ``None`` when the payload names neither."""
    if org_wide(body):
        enterprise = enterprise_of(body)
        if enterprise:
            return enterprise
    for key, nested in (("team_id", "team"), ("enterprise_id", "enterprise")):
        for part in (body, inner):
            if not isinstance(part, dict):
                continue
            value = part.get(key)
            if isinstance(value, str) and value:
                return value
            holder = part.get(nested)
            if isinstance(holder, dict) and isinstance(holder.get("id"), str) and holder["id"]:
                return holder["id"]
            if isinstance(holder, str) and holder and key == "team_id":
                return holder
    return None
