"""The poll builder: ``/cyber poll`` with nothing after it, or the "New poll" shortcut, opens a form.

The form has the question, 2 to 10 options (with Add and Remove buttons), anonymous / multiple /
hidden / pulse switches, a closing date and time, and the channel to post in. ``read`` checks a
submission the way ``parse`` checks a typed command (the same limits and the same words) and
gives either field errors, keyed by the input they belong under, or the ``NewPoll`` and closing
time that ``PollService.create`` posts, exactly as for the typed command.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from bot.core.replies import Button, Buttons, Note
from bot.core.forms import (Checkboxes, Choice, ConversationPicker, DatePicker, Submission, TextInput, TimePicker,
                            View)
from bot.core.times import format_moment, zone_info
from bot.polls.model import MAX_OPTION_CHARS, MAX_OPTIONS, MAX_QUESTION_CHARS, MIN_OPTIONS
from bot.polls.parse import NewPoll

FORM = "poll_builder"
ADD_OPTION = "poll_builder_add"
REMOVE_OPTION = "poll_builder_remove"
FIRST_OPTIONS = 3
DEFAULT_CLOSE = time(17, 0)

QUESTION, SETTINGS, CLOSE_DATE, CLOSE_TIME, CHANNEL = "question", "settings", "close_date", "close_time", "channel"
FLAGS = (Choice("anonymous", "Anonymous: nobody sees who chose what"),
         Choice("multiple", "Multiple: people may choose several options"),
         Choice("hidden", "Hidden: results shown only when it closes"),
         Choice("pulse", "Pulse: an anonymous 1 to 5 scale, not my options"))


def option_block(number: int) -> str:
    return f"option_{number}"


@dataclass(frozen=True)
class FormState:
    """What the form needs to be drawn again: how many option inputs, and where it was opened."""

    options: int = FIRST_OPTIONS
    channel: str | None = None

    def dumps(self) -> str:
        return json.dumps({"options": self.options, "channel": self.channel})

    @classmethod
    def loads(cls, text: str) -> "FormState":
        try:
            data = json.loads(text) if text else {}
            count = int(data.get("options", FIRST_OPTIONS))
            channel = data.get("channel")
        except (ValueError, TypeError, AttributeError):
            return cls()
        count = min(MAX_OPTIONS, max(MIN_OPTIONS, count))
        return cls(count, channel if isinstance(channel, str) and channel else None)


def form(state: FormState) -> View:
    blocks: list = [TextInput(QUESTION, "Question", placeholder="Are you going to the summit?",
                              max_length=MAX_QUESTION_CHARS)]
    for number in range(1, state.options + 1):
        blocks.append(TextInput(option_block(number), f"Option {number}", optional=True, max_length=MAX_OPTION_CHARS))
    buttons = []
    if state.options < MAX_OPTIONS:
        buttons.append(Button("Add an option", ADD_OPTION, FormState(state.options + 1, state.channel).dumps()))
    if state.options > MIN_OPTIONS:
        buttons.append(Button("Remove the last option", REMOVE_OPTION,
                              FormState(state.options - 1, state.channel).dumps()))
    blocks.append(Buttons(tuple(buttons)))
    blocks.append(Note((f"{MIN_OPTIONS} to {MAX_OPTIONS} options, up to {MAX_OPTION_CHARS} characters each. "
                        "Leave options empty for a pulse.",)))
    blocks += [
        Checkboxes(SETTINGS, "Settings", FLAGS),
        DatePicker(CLOSE_DATE, "Closes on", hint="Leave empty to close it yourself with the Close button."),
        TimePicker(CLOSE_TIME, "Closes at", hint=f"With a date and no time, it closes at {DEFAULT_CLOSE:%H:%M}."),
        ConversationPicker(CHANNEL, "Post in", initial=state.channel, current=state.channel is None),
    ]
    return View(title="New poll", blocks=tuple(blocks), callback_id=FORM, submit="Post poll", metadata=state.dumps())


@dataclass(frozen=True)
class Built:
    poll: NewPoll
    closes_at: datetime | None
    channel: str


def read(submission: Submission, now: datetime, zone: str) -> Built | dict[str, str]:
    """The poll the form describes, or field errors (block id -> what to change)."""
    errors: dict[str, str] = {}
    question = " ".join(submission.text(QUESTION).split())
    if not question:
        errors[QUESTION] = "Type the question people will answer."
    elif len(question) > MAX_QUESTION_CHARS:
        errors[QUESTION] = f"That's {len(question)} characters; please keep it to {MAX_QUESTION_CHARS}."
    flags = set(submission.chosen(SETTINGS))
    pulse = "pulse" in flags
    option_ids = sorted((b for b in submission.values if b.startswith("option_") and b[7:].isdigit()),
                        key=lambda b: int(b[7:]))
    filled = [(b, " ".join(submission.text(b).split())) for b in option_ids if submission.text(b)]
    if pulse:
        if filled:
            errors[filled[0][0]] = "A pulse always uses the 1 to 5 scale: clear the options, or untick Pulse."
        if "multiple" in flags:
            errors[SETTINGS] = "A pulse takes one score per person, so untick Multiple."
    else:
        errors.update(_option_errors(option_ids, filled))
    closes_at = _closing(submission, now, zone, errors)
    channel = submission.text(CHANNEL)
    if not channel:
        errors[CHANNEL] = "Pick the channel to post the poll in."
    if errors:
        return errors
    # A pulse is a candid score, anonymous as when typed (`named` is for the typed command).
    poll = NewPoll("pulse" if pulse else "poll", question, () if pulse else tuple(text for _, text in filled),
                   anonymous="anonymous" in flags or pulse, multiple="multiple" in flags, hidden="hidden" in flags)
    return Built(poll, closes_at, channel)


def _option_errors(option_ids: list[str], filled: list[tuple[str, str]]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(filled) < MIN_OPTIONS:
        filled_ids = {block_id for block_id, _ in filled}
        empty = [b for b in option_ids if b not in filled_ids]
        where = empty[0] if empty else option_block(len(filled) + 1)
        got = "one option" if filled else "no options"
        errors[where] = f"A poll needs at least {MIN_OPTIONS} options and this has {got}. Or tick Pulse."
        return errors
    if len(filled) > MAX_OPTIONS:
        errors[filled[MAX_OPTIONS][0]] = f"A poll can have up to {MAX_OPTIONS} options; remove the extra ones."
    seen: dict[str, int] = {}
    for position, (block_id, text) in enumerate(filled, start=1):
        if len(text) > MAX_OPTION_CHARS:
            errors[block_id] = f"That's {len(text)} characters; Slack buttons fit {MAX_OPTION_CHARS}."
            continue
        key = text.casefold()
        if key in seen:
            errors[block_id] = f"Same as option {seen[key]}: each option needs to be different."
        else:
            seen[key] = position
    return errors


def _closing(submission: Submission, now: datetime, zone: str, errors: dict[str, str]) -> datetime | None:
    day_text, time_text = submission.text(CLOSE_DATE), submission.text(CLOSE_TIME)
    if not day_text and not time_text:
        return None
    tz = zone_info(zone)
    local_now = now.astimezone(tz)
    day = local_now.date()
    if day_text:
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            errors[CLOSE_DATE] = f"{day_text[:20]} isn't a date that exists; pick one from the calendar."
            return None
    at = DEFAULT_CLOSE
    if time_text:
        try:
            hour, minute = (int(part) for part in time_text.split(":")[:2])
            at = time(hour, minute)
        except ValueError:
            errors[CLOSE_TIME] = f"{time_text[:10]} isn't a time; pick one from the list."
            return None
    moment = datetime.combine(day, at, tzinfo=tz).astimezone(timezone.utc)
    if moment <= now + timedelta(minutes=1):
        field = CLOSE_DATE if day < local_now.date() else CLOSE_TIME
        errors[field] = f"That's in the past (it's {format_moment(now, zone)} now); pick a later time."
        return None
    return moment
