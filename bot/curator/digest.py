"""The weekly digest: each owner hears, by DM, which of their entries are due for review and
which questions in their topics nobody could answer.

It runs from the scheduler. From Monday 09:00 (the bot's zone) each week, every recipient's
digest is claimed in the database (``digests``: week and recipient) with a lease, on the one
claim protocol of all scheduled work (``bot.core.leases``), before it is posted, and posted
with an idempotency key in its message metadata. So a restart, a crash or a second replica
never sends one twice: a lease whose holder went quiet (or whose post failed) runs out after a
few minutes and is taken over, and the taker first asks Slack whether the keyed message is
already there; after five attempts that recipient is given up for the week (and logged).

With many workspaces each gets its own digest, from its own gaps, in turn
(``WorkspaceMessengers.teams()``); a workspace that uninstalled the app is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time

from bot.answers.freshness import UNOWNED, StaleEntry, stale
from bot.core.replies import Note, Reply, Text
from bot.core.tenancy import acting_for
from bot.core.text import escape_mrkdwn, shorten
from bot.core.times import zone_info
from bot.curator.store import DIGEST_LEASE, CuratorStore

log = logging.getLogger("cyberbot.curator.digest")

DIGEST_EVENT = "cyberbot_digest"
DIGEST_WEEKDAY, DIGEST_HOUR = 0, 9          # Monday, 09:00
CLAIM_LEASE = DIGEST_LEASE
MAX_LINES = 15


@dataclass
class OwnerDigest:
    owner: str
    stale: list[StaleEntry]
    gaps: list  # bot.answers.gaps.Gap


def week_of(moment: datetime, zone: str) -> str | None:
    """The ISO week a digest is due for at ``moment``, or None before Monday 09:00 of that week."""
    local = moment.astimezone(zone_info(zone))
    if local.weekday() == DIGEST_WEEKDAY and local.time() < time(DIGEST_HOUR):
        return None
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def owner_digests(kb, gaps: list, today) -> list[OwnerDigest]:
    """What each owner should hear this week (owners with nothing to hear are left out)."""
    by_owner = {owner: items for owner, items in stale(kb, today).items() if owner != UNOWNED}
    topics: dict[str, set[str]] = {}
    for entry in kb.entries:
        if entry.owner:
            topics.setdefault(entry.owner, set()).add(entry.topic)
    out = []
    for owner in sorted(set(by_owner) | set(topics)):
        theirs = []
        for gap in gaps:
            near = kb.by_id.get(gap.entry_id) if gap.entry_id else None
            if gap.kind != "not helpful" and near is not None and near.topic in topics.get(owner, ()):
                theirs.append(gap)
            elif gap.kind == "not helpful" and near is not None and near.owner == owner:
                theirs.append(gap)
        if by_owner.get(owner) or theirs:
            out.append(OwnerDigest(owner, by_owner.get(owner, []), theirs))
    return out


def render(digest: OwnerDigest, week: str) -> Reply:
    blocks = [Text(f"*Your weekly knowledge-base digest* ({week})")]
    if digest.stale:
        lines = [f"\u2022 *{escape_mrkdwn(s.entry.title)}* ({escape_mrkdwn(s.reason)}; "
                 f"`{escape_mrkdwn(s.entry.file.rsplit('/', 1)[-1])}:{s.entry.line}`)" for s in digest.stale[:MAX_LINES]]
        more = len(digest.stale) - MAX_LINES
        blocks.append(Text(f"*Due for review* ({len(digest.stale)})\n" + "\n".join(lines) +
                           (f"\n\u2026 and {more} more (`cyberbot kb stale`)" if more > 0 else "")))
    if digest.gaps:
        lines = [f"\u2022 \u201c{escape_mrkdwn(shorten(g.question, 120))}\u201d ({g.kind}, {g.count}\u00d7)"
                 for g in digest.gaps[:MAX_LINES]]
        blocks.append(Text(f"*Unanswered in your topics* ({len(digest.gaps)})\n" + "\n".join(lines)))
    blocks.append(Note(("Update the entries in knowledge/ (set a new `review_by`), or answer in the curators' "
                        "channel. `cyberbot kb stale` and `cyberbot kb gaps` list everything.",)))
    return Reply(text="Your weekly knowledge-base digest", blocks=blocks, visibility="channel", kind="digest")


class WeeklyDigest:
    """The scheduler job."""

    def __init__(self, store: CuratorStore, gap_log, kb, messenger, zone: str, messengers=None):
        self.messengers = messengers     # bot.core.tenancy.WorkspaceMessengers: which workspaces, and are they there
        self.store = store
        self.gap_log = gap_log
        self.kb = kb
        self.messenger = messenger
        self.zone = zone
        self._done: str | None = None     # the week this process has finished, so later ticks are free

    def __call__(self, now: datetime) -> None:
        week = week_of(now, self.zone)
        if week is None or week == self._done:
            return
        today = now.astimezone(zone_info(self.zone)).date()
        finished = True
        for team in (self.messengers.teams() if self.messengers is not None else [""]):
            if self.messengers is not None and self.messengers.serving(team, "weekly digest") is None:
                continue
            with acting_for(team):
                for digest in owner_digests(self.kb, self.gap_log.gaps(limit=500), today):
                    for recipient in self._recipients(digest.owner):
                        finished &= self._deliver(week, recipient, digest, now)
        if finished:
            self._done = week

    def _recipients(self, owner: str) -> list[str]:
        """Slack users to DM for an owner: the user, a user group's members, or the user with that email."""
        if owner.startswith(("U", "W")):
            return [owner]
        if owner.startswith("S"):
            members = getattr(self.messenger, "group_members", None)
            return sorted(members(owner)) if members else []
        by_email = getattr(self.messenger, "user_for_email", None)
        found = by_email(owner) if by_email else None
        if not found:
            log.info("no Slack user for digest owner %s; skipped", owner)
        return [found] if found else []

    def _deliver(self, week: str, recipient: str, digest: OwnerDigest, now: datetime) -> bool:
        """True once this recipient's digest is posted (by anyone); False to try again next tick."""
        claim = self.store.claim_digest(week, recipient, now)
        if claim == "done":
            return True
        if claim == "held":
            return False
        key = f"{week}:{recipient}"
        try:
            if claim == "retry":
                found = self.messenger.find_posted(recipient, DIGEST_EVENT, key)
                if found is not None:
                    self.store.digest_posted(week, recipient, found.channel, found.ts)
                    return True
            posted = self.messenger.post(recipient, render(digest, week),
                                         metadata={"event_type": DIGEST_EVENT, "event_payload": {"key": key}})
        except Exception as exc:  # noqa: BLE001 - one recipient's failure must not stop the others
            log.error("could not post the weekly digest to %s: %s; will retry in %d minutes", recipient, exc,
                      CLAIM_LEASE.total_seconds() // 60)
            return False
        self.store.digest_posted(week, recipient, posted.channel, posted.ts)
        return True
