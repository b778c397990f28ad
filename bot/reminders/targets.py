"""Who a reminder is for: the person typing, or a channel they name.

Reads the first word of ``/cyber remind`` (``me``, ``#channel``, ``<#C123|name>``, ``@someone``)
and turns channel names into ids through the messenger, refusing channels the person typing is
not a member of (with the same words as a channel that does not exist, so a private channel's
name cannot be confirmed by guessing) and channels the bot cannot post in.
"""

from __future__ import annotations

import re

from bot.core import regexes
from bot.core.replies import Reply
from bot.core.text import escape_mrkdwn, plain_from_slack

CHANNEL_TOKEN = regexes.compile(r"^<#([CG][A-Z0-9]+)(?:\|([^>]*))?>$|^#([\w.\-]{1,80})$")
USER_TOKEN = regexes.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$|^@([\w.\-]+)$")
SLACK_CHANNEL_ID = regexes.compile(r"^[CG][A-Z0-9]{2,}$")


def resolve_channel(messenger, token: str, user_id: str, access=None) -> tuple[str, str | None] | Reply:
    """A channel id and name for a ``#channel`` token that ``user_id`` is a member of, or a Reply
    saying why not."""
    match = CHANNEL_TOKEN.match(token)
    channel_id, name, plain = match.group(1), match.group(2) or None, match.group(3)
    shown = escape_mrkdwn(plain or name or channel_id)
    not_found = Reply.error(
        f"I couldn't find a channel called #{shown} that you're a member of. Check the spelling, or pick "
        "the channel from Slack's list as you type `#`. Nothing has been set.")
    if plain:
        channel_id = messenger.resolve_channel(plain)
        name = plain if not SLACK_CHANNEL_ID.match(plain.upper()) or channel_id != plain.upper() else None
        if channel_id is None:
            return not_found
    if access is not None and not access.in_channel(user_id, channel_id):
        return not_found
    if not messenger.is_member(channel_id):
        label = channel_label(channel_id, name)
        return Reply.error(
            f"I'm not a member of {label}, so I couldn't post a reminder there. Add me with "
            f"`/invite @cyberbot` in that channel, then try again. Nothing has been set.")
    return channel_id, name


def channel_label(channel_id: str, name: str | None) -> str:
    if SLACK_CHANNEL_ID.match(channel_id or ""):
        return f"<#{channel_id}|{escape_mrkdwn(name)}>" if name else f"<#{channel_id}>"
    return f"#{escape_mrkdwn(name or channel_id)}"


def clean_what(what: str) -> str:
    text = plain_from_slack(what).strip()
    text = re.sub(r"^(?:to|that|about)\s+", "", text, flags=re.IGNORECASE)
    return text.strip(" ,;:-")
