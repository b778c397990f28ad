"""How reminders read: the confirmation's "when" phrase and the ``/cyber reminders`` list.

Everything a person typed passes through ``escape_mrkdwn`` here; a long list is cut into
blocks below Slack's per-block limit.
"""

from __future__ import annotations

from bot.core.replies import Note, Reply, Text
from bot.core.text import escape_mrkdwn, shorten
from bot.core.times import far_note, format_moment
from bot.reminders.model import Reminder
from bot.reminders.targets import channel_label

LIST_WHAT_CHARS = 80
BLOCK_CHARS = 2800


def reminder_list(mine: list[Reminder], zone: str) -> Reply:
    """``/cyber reminders``: one line each, times in the person's zone."""
    lines = []
    for r in mine:
        line = f"\u2022 `{r.id}` {format_moment(r.next_at, zone)}"
        if r.recurring:
            line += f" \u00b7 repeats {escape_mrkdwn(r.when_text)}" + (f" ({r.zone})" if r.zone != zone else "")
        if r.to_channel:
            line += f" \u00b7 in {channel_label(r.target, r.target_name)}"
        line += f": {escape_mrkdwn(shorten(r.what, LIST_WHAT_CHARS))}"
        lines.append(line)
    header = f"*Your reminders* ({len(mine)}), times in {zone}:"
    blocks, chunk = [], header
    for line in lines:
        if len(chunk) + len(line) + 1 > BLOCK_CHARS:
            blocks.append(Text(chunk))
            chunk = line
        else:
            chunk += "\n" + line
    blocks.append(Text(chunk))
    blocks.append(Note(("Cancel one with `/cyber reminders cancel ID`.",)))
    return Reply(text=f"You have {len(mine)} reminder{'s' if len(mine) != 1 else ''}.", blocks=blocks,
                 kind="reminders", data={"reminder_ids": [r.id for r in mine]})


def when_phrase(reminder: Reminder, zone: str) -> str:
    if reminder.recurring:
        zone_note = f" ({reminder.zone})" if reminder.zone != zone else ""
        return (f"{escape_mrkdwn(reminder.when_text)}{zone_note}, starting {format_moment(reminder.next_at, zone)}")
    # a date over six months ahead says how far, so a year jump never goes unnoticed
    return f"on {format_moment(reminder.next_at, zone)}{far_note(reminder.next_at, reminder.created_at, zone)}"
