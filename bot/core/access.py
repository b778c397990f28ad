"""Who may see or touch a poll or a reminder that lives in a channel.

Ids are short and sequential, so anyone can guess one: the id alone must never be enough.
The person who made a thing may always act on it; anyone else must be a member of the channel it
lives in (asked of Slack through the messenger, which caches briefly). When the answer is no,
the caller replies exactly as it would for an id that does not exist, so a refusal tells a
guesser nothing, not even that the id is in use.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class Access:
    def __init__(self, messenger):
        self.messenger = messenger

    def in_channel(self, user_id: str | None, channel_id: str | None) -> bool:
        """Is this person a member of this channel? No when we cannot tell (fail closed)."""
        if not user_id or not channel_id:
            return False
        try:
            return bool(self.messenger.is_user_member(channel_id, user_id))
        except Exception as exc:  # noqa: BLE001 - Slack down or a missing scope: refuse, never guess yes
            log.warning("could not check whether %s is in %s (%s); refusing", user_id, channel_id,
                        type(exc).__name__)
            return False

    def may_see(self, user_id: str | None, owner: str | None, channel_id: str | None) -> bool:
        """The creator, or a member of the channel the thing lives in."""
        return bool(user_id) and (user_id == owner or self.in_channel(user_id, channel_id))
