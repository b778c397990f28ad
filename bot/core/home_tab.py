"""The App Home: each feature's part of one person's Home tab, put together within Slack's limits.

Features give ``HomeSection``s (my reminders, polls I created, deadlines and events, a curator's
queue); ``compose`` orders them and keeps the whole view to Slack's 100 blocks, cutting the
longest lists first and saying "and N more" (with the command that lists them all) where it cut.
The console prints the same view for ``/cyber home``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.replies import Divider, Note, Reply, Text
from bot.core.forms import Header, View

MAX_BLOCKS = 100
HOME_CALLBACK = "home"


@dataclass
class HomeSection:
    title: str
    items: list[tuple] = field(default_factory=list)   # each item: a few blocks (a line and its buttons)
    empty: str = ""                                      # what to say when there are no items
    more_hint: str = ""                                  # where to see everything, when items are cut
    intro: tuple = ()                                    # blocks before the items (a button, a line)
    hidden: int = 0                                      # more items that were not even given (older ones)
    order: int = 50


def _size(blocks) -> int:
    return len(blocks)


def compose(sections: list[HomeSection], notice: Reply | None = None, limit: int = MAX_BLOCKS) -> View:
    sections = sorted(sections, key=lambda s: s.order)
    top: list = [Header("cyberbot")]
    if notice is not None:
        top += list(notice.blocks) or [Text(notice.text)]
    # Fixed parts: each section's header, intro, empty line or "and N more", and a divider.
    fixed = len(top) + sum(1 + len(s.intro) + 2 for s in sections)
    budget = max(0, limit - fixed)
    # Share what is left fairly: a short list keeps everything, a long one is cut.
    wanted = [sum(_size(item) for item in s.items) for s in sections]
    allowed = _fair_shares(wanted, budget)
    blocks = list(top)
    for section, room in zip(sections, allowed):
        blocks.append(Header(section.title))
        blocks += list(section.intro)
        shown = 0
        used = 0
        for item in section.items:
            if used + _size(item) > room:
                break
            blocks += list(item)
            used += _size(item)
            shown += 1
        left = len(section.items) - shown + section.hidden
        if not section.items and section.empty:
            blocks.append(Note((section.empty,)))
        elif left:
            blocks.append(Note((f"…and {left} more. {section.more_hint}".strip(),)))
        blocks.append(Divider())
    if blocks and isinstance(blocks[-1], Divider):
        blocks.pop()
    return View(title="Home", blocks=tuple(blocks[:limit]), callback_id=HOME_CALLBACK, kind="home", submit=None,
                close="")


def _fair_shares(wanted: list[int], budget: int) -> list[int]:
    """Water-filling: every list gets up to an equal share; what short lists leave goes to long ones."""
    allowed = [0] * len(wanted)
    left = budget
    pending = [i for i, w in enumerate(wanted) if w > 0]
    while pending and left > 0:
        share = max(1, left // len(pending))
        still = []
        for i in pending:
            give = min(share, wanted[i] - allowed[i], left)
            allowed[i] += give
            left -= give
            if allowed[i] < wanted[i]:
                still.append(i)
        pending = still
    return allowed
