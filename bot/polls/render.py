"""Drawing a poll as a ``Reply``: the live message, the final results and the pulse trend.

Everything here is a pure function of the poll, its tally and the time, so what people see is
tested without Slack. Question and option text is user text and is escaped before it goes
into any block; button labels are plain text but are disarmed too, so nothing a person types
can ever ping a channel.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core import regexes
from bot.polls.model import PULSE_ENDS, Poll, Tally, Trend
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.text import clean, escape_mrkdwn, shorten
from bot.core.times import format_moment, zone_info

BAR_CELLS = 10
MAX_NAMES = 30
_SLACK_ID = regexes.compile(r"^[UW][A-Z0-9]+$")


def mention(user_id: str | None) -> str:
    """A Slack user id becomes a mention; anything else (the console's "console") is shown as text."""
    if user_id and _SLACK_ID.match(user_id):
        return f"<@{user_id}>"
    return escape_mrkdwn(user_id or "someone")


def button_label(text: str) -> str:
    """Slack shows button labels as plain text, but keep ping-shaped text out of them anyway."""
    text = clean(text).replace("<!", "<\u2060!").replace("<@", "<\u2060@")
    text = re.sub(r"@(channel|here|everyone)\b", "@\u2060\\1", text, flags=re.IGNORECASE)
    return shorten(text, 75)


def bar(percent: int) -> str:
    filled = max(0, min(BAR_CELLS, round(percent * BAR_CELLS / 100)))
    return "`" + "\u2588" * filled + "\u2591" * (BAR_CELLS - filled) + "`"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def short_date(moment: datetime, zone: str, now: datetime | None = None) -> str:
    """ "12 Mar", with the year only when it is not this year."""
    local = moment.astimezone(zone_info(zone))
    shown = f"{local.day} {local:%b}"
    if now is not None and now.astimezone(zone_info(zone)).year != local.year:
        shown += f" {local.year}"
    return shown


def trend_text(trend: Trend | None, zone: str, now: datetime | None = None) -> str:
    if trend is None:
        return ""
    since = short_date(trend.previous_at, zone, now)
    if abs(trend.change) < 0.05:
        return f"no change since {since}"
    direction = "up" if trend.change > 0 else "down"
    return f"{direction} {abs(trend.change):.1f} since {since}"


def pulse_summary(tally: Tally, trend: Trend | None, zone: str, now: datetime | None = None) -> str:
    mean = tally.mean()
    if mean is None:
        return "No responses yet."
    text = f"mean {mean:.1f} from {plural(tally.voter_count, 'response')}"
    moved = trend_text(trend, zone, now)
    return f"{text}, {moved}" if moved else text


def poll_message(poll: Poll, tally: Tally, trend: Trend | None = None, now: datetime | None = None) -> Reply:
    """The channel message: live while open (buttons, counts unless hidden), final once closed."""
    blocks: list = [Text(_heading(poll))]
    if poll.is_pulse:
        blocks.append(Note((f"1 = {PULSE_ENDS[0]}, 5 = {PULSE_ENDS[1]}", privacy_line(poll))))
    else:
        blocks.append(Note((privacy_line(poll),)))
    if poll.counts_visible():
        blocks.extend(_option_lines(poll, tally, final=poll.status == "closed"))
        blocks.append(Text(_summary(poll, tally, trend, now)))
    else:
        blocks.append(Text(f"_Results are hidden until the poll closes._ "
                           f"{plural(tally.voter_count, 'person', 'people')} voted so far."))
    if poll.status == "open":
        blocks.append(Buttons(tuple(
            Button(button_label(option.text), f"poll_vote_{option.index}", f"{poll.id}:{option.index}",
                   console_hint=f"/cyber vote {poll.id} {option.number}")
            for option in poll.options)))
    blocks.append(Note(_footer(poll)))
    return Reply(text=_notification(poll), blocks=blocks, visibility="channel", kind="poll",
                 data={"poll_id": poll.id})


def results_message(poll: Poll, tally: Tally, trend: Trend | None = None, now: datetime | None = None,
                    visibility: str = "channel", turnout=None) -> Reply:
    """Results on their own: posted to the channel at close, or shown to whoever asks."""
    final = poll.status == "closed"
    title = "Results" if final else "Results so far"
    blocks: list = [Text(f"\U0001F4CA *{title}: {escape_mrkdwn(poll.question)}*")]
    if poll.counts_visible():
        blocks.extend(_option_lines(poll, tally, final=True))
        blocks.append(Text(_summary(poll, tally, trend, now)))
    else:
        closes = f" at {format_moment(poll.closes_at, poll.zone)}" if poll.closes_at else ""
        blocks.append(Text(f"Poll {poll.id} keeps its results hidden until it closes{closes}. "
                           f"{plural(tally.voter_count, 'person', 'people')} voted so far."))
    if turnout is not None:
        blocks.append(Text(f"*Turnout:* {turnout.text()} in the channel."))
    blocks.append(Note((privacy_line(poll),) + _footer(poll)))
    return Reply(text=f"{title}: {escape_mrkdwn(shorten(poll.question, 150))}", blocks=blocks,
                 visibility=visibility, kind="poll_results", data={"poll_id": poll.id})


def _heading(poll: Poll) -> str:
    icon = "\U0001F321\uFE0F" if poll.is_pulse else "\U0001F4CA"
    label = "Pulse" if poll.is_pulse else "Poll"
    closed = " (closed)" if poll.status == "closed" else ""
    return f"{icon} *{label}{closed}: {escape_mrkdwn(poll.question)}*"


def _notification(poll: Poll) -> str:
    label = "Pulse" if poll.is_pulse else "Poll"
    return f"{label}: {escape_mrkdwn(shorten(poll.question, 150))}"


def _option_lines(poll: Poll, tally: Tally, final: bool) -> list:
    if poll.is_pulse:
        lines = []
        for option in poll.options:
            count, percent = tally.counts[option.index], tally.percent(option.index)
            lines.append(f"{bar(percent)} {percent}% ({count})  {escape_mrkdwn(option.text)}")
        return [Text("\n".join(lines))]
    top = max(tally.counts) if any(tally.counts) else None
    tied = top is not None and tally.counts.count(top) > 1
    blocks = []
    for option in poll.options:
        count, percent = tally.counts[option.index], tally.percent(option.index)
        line = f"*{escape_mrkdwn(option.text)}*{leader_mark(poll, count, top, tied)}\n" \
               f"{bar(percent)} {percent}% ({plural(count, 'vote')})"
        if tally.voters and tally.voters[option.index]:
            line += "\n" + _names(tally.voters[option.index])
        blocks.append(Text(line))
    return blocks


def leader_mark(poll: Poll, count: int, top: int | None, tied: bool) -> str:
    """Words, not a tick: a check mark beside an option reads like "your vote"."""
    if top is None or count != top:
        return ""
    if poll.status == "closed":
        return "  \u2014 tied for most votes" if tied else "  \u2014 most votes"
    return "  \u2014 tied for the lead" if tied else "  \u2014 leading"


def privacy_line(poll: Poll) -> str:
    """Every poll says plainly who can see what."""
    if poll.anonymous:
        votes = "\U0001F512 Votes are anonymous: nobody, the poll's creator included, can see who chose what."
    else:
        votes = "\U0001F464 Votes are named: everyone can see who chose what."
    if poll.hidden:
        votes += " Results are hidden until the poll closes." if poll.status == "open" else \
            " Results were hidden until the poll closed."
    return votes


def _names(voters: tuple[str, ...]) -> str:
    shown = ", ".join(mention(v) for v in voters[:MAX_NAMES])
    if len(voters) > MAX_NAMES:
        shown += f" and {len(voters) - MAX_NAMES} more"
    return shown


def _summary(poll: Poll, tally: Tally, trend: Trend | None, now: datetime | None) -> str:
    if poll.is_pulse:
        return pulse_summary(tally, trend, poll.zone, now)
    verb = "voted" if poll.status == "closed" else "voted so far"
    return f"{plural(tally.voter_count, 'person', 'people')} {verb}."


def nudge_message(poll: Poll) -> Reply:
    """The DM a nudge sends: the question, when it closes, and the buttons to vote right here."""
    label = "pulse" if poll.is_pulse else "poll"
    closes = f" It closes {format_moment(poll.closes_at, poll.zone)}." if poll.closes_at else ""
    blocks: list = [
        Text(f"\U0001F44B {mention(poll.creator_id)} would like your answer to a {label} in <#{poll.channel_id}>: "
             f"*{escape_mrkdwn(poll.question)}*{closes}"),
        Buttons(tuple(Button(button_label(o.text), f"poll_vote_{o.index}", f"{poll.id}:{o.index}",
                             console_hint=f"/cyber vote {poll.id} {o.number}") for o in poll.options)),
        Note((privacy_line(poll), "You're getting this because you haven't voted yet; I only nudge once.")),
    ]
    return Reply(text=f"A {label} is waiting for your answer: {escape_mrkdwn(shorten(poll.question, 150))}",
                 blocks=blocks, visibility="channel", kind="poll_nudge_dm", data={"poll_id": poll.id})


def series_message(series, rows: list[tuple[Poll, Tally]], now: datetime, turnouts: dict | None = None) -> Reply:
    """``/cyber poll series ID``: every occurrence so far, and the trend across them."""
    label = "pulse" if series.kind == "pulse" else "poll"
    state = {"active": f"next {format_moment(series.next_at, series.zone)}" if series.next_at else "active",
             "stopped": "stopped", "finished": "finished"}.get(series.status, series.status)
    blocks: list = [Text(f"\U0001F501 *Series {series.id}: {escape_mrkdwn(series.question)}*\n"
                         f"A recurring {label}, {escape_mrkdwn(series.when_text)} \u00b7 {state}")]
    lines, means = [], []
    for poll, tally in rows:
        day = short_date(poll.created_at, poll.zone, now)
        status = "open" if poll.status == "open" else "closed"
        if not poll.counts_visible():
            result = f"results hidden until it closes, {plural(tally.voter_count, 'person', 'people')} voted so far"
        elif poll.is_pulse:
            mean = tally.mean()
            result = f"mean {mean:.1f} from {plural(tally.voter_count, 'response')}" if mean is not None \
                else "no responses"
            if mean is not None:
                means.append((day, mean))
        else:
            result = _leader_summary(poll, tally)
        turnout = (turnouts or {}).get(poll.id)
        if turnout is not None:
            result += f" ({turnout.text()})"
        lines.append(f"\u2022 Poll {poll.id} \u00b7 {day} \u00b7 {status} \u00b7 {result}")
    if not lines:
        lines.append(f"No polls yet: the first goes up {format_moment(series.first_at, series.zone)}.")
    blocks.append(Text("\n".join(lines)))
    if len(means) >= 2:
        path = " \u2192 ".join(f"{mean:.1f}" for _day, mean in means)
        change = round(means[-1][1], 1) - round(means[0][1], 1)
        moved = "no change" if abs(change) < 0.05 else f"{'up' if change > 0 else 'down'} {abs(change):.1f}"
        blocks.append(Text(f"*Trend* (mean, 1 to 5): {path} \u00b7 {moved} since {means[0][0]}"))
    notes = [f"Series {series.id} by {mention(series.creator_id)}"]
    if series.status == "active":
        notes.append(f"`/cyber poll stop {series.id}` ends it")
    blocks.append(Note((" \u00b7 ".join(notes),)))
    return Reply(text=f"Series {series.id}: {escape_mrkdwn(shorten(series.question, 150))}", blocks=blocks,
                 kind="poll_series", data={"series_id": series.id, "poll_ids": [p.id for p, _t in rows],
                                           "means": [round(m, 2) for _d, m in means]})


def _leader_summary(poll: Poll, tally: Tally) -> str:
    if not tally.voter_count:
        return "no votes"
    top = max(tally.counts)
    leaders = [o for o in poll.options if tally.counts[o.index] == top]
    shown = " / ".join(escape_mrkdwn(shorten(o.text, 30)) for o in leaders)
    return f"{shown} {tally.percent(leaders[0].index)}%, {plural(tally.voter_count, 'person', 'people')} voted"


def _footer(poll: Poll) -> tuple[str, ...]:
    facts = [f"Poll {poll.id}", f"by {mention(poll.creator_id)}"]
    if poll.series_id is not None:
        facts.append(f"series {poll.series_id} (`/cyber poll series {poll.series_id}`)")
    if poll.anonymous:
        facts.append("anonymous")
    if poll.multiple:
        facts.append("choose any")
    if poll.hidden:
        facts.append("results hidden until it closes")
    if poll.status == "closed" and poll.closed_at:
        how = "at its closing time" if poll.closed_by == "schedule" else f"by {mention(poll.closed_by)}"
        facts.append(f"closed {format_moment(poll.closed_at, poll.zone)} {how}")
    elif poll.closes_at:
        facts.append(f"closes {format_moment(poll.closes_at, poll.zone)}")
    else:
        facts.append(f"close it with `/cyber poll close {poll.id}`")
    return (" \u00b7 ".join(facts),)
