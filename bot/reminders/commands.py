"""``/cyber remind`` and ``/cyber reminders``, and the buttons on a delivered reminder.

Every reply restates what was understood, in the person's own zone, while there is still time
to fix it; every refusal says what to type instead and stores nothing. Nobody can list, cancel
or snooze someone else's personal reminders.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time, timedelta, timezone


from bot.calendar.commands import REMIND_LEADS, remind_action
from bot.core.access import Access
from bot.core.buttons import ActionResult
from bot.core.router import Request, Subcommand
from bot.core.home_tab import HomeSection
from bot.core.replies import Button, Buttons
from bot.core.forms import Submission, ViewResult
from bot.reminders import builder, deadlines, render
from bot.reminders.acks import DEFAULT_RENUDGES, split_until_done
from bot.reminders.delivery import DONE, SNOOZE_20, SNOOZE_60, TOMORROW
from bot.reminders.model import MAX_ACTIVE_PER_PERSON, MAX_WHAT_CHARS, NewReminder, Reminder
from bot.reminders.store import LimitReached, ReminderStore
from bot.reminders.targets import CHANNEL_TOKEN, USER_TOKEN, channel_label, clean_what, resolve_channel
from bot.core.replies import Note
from bot.core.replies import Reply, Text
from bot.core.text import escape_mrkdwn, shorten
from bot.core.times import When, WhenError, format_moment, split_when_what, zone_info


HOME_CANCEL, HOME_DEADLINE, HOME_EVENT, HOME_NEW = ("reminder_home_cancel", "reminder_home_deadline",
                                                  "reminder_home_event", "reminder_home_new")
HOME_REMINDERS = 20
HOME_COMING_UP = 8

USAGE = (
    "Tell me when and what, for example:\n"
    "\u2022 `/cyber remind tomorrow 9am submit the stocktake`\n"
    "\u2022 `/cyber remind me to call the SIRO on Friday at 2pm`\n"
    "\u2022 `/cyber remind #cyber-team every Monday at 9am check the backups`\n"
    "\u2022 `/cyber remind me about stocktake` (a deadline I know about)"
)


class ReminderCommands:
    def __init__(self, store: ReminderStore, messenger, clock, zones, calendar):
        self.store = store
        self.messenger = messenger
        self.clock = clock
        self.zones = zones
        self.calendar = calendar   # deadlines from the knowledge base and the council's own
        self.access = Access(messenger)
        self.acks = None           # bot.reminders.acks.Acks: Done per person on channel reminders

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("remind", self.remind, "remind WHEN WHAT",
                       "a reminder for you or a channel, e.g. `remind tomorrow 9am submit the stocktake`; "
                       "`remind #channel until done WHEN WHAT` nudges whoever hasn't clicked Done"),
            Subcommand("reminders", self.reminders, "reminders [cancel ID ...]",
                       "list your reminders, or cancel one or several (`reminders cancel 8 9`)"),
        ]

    def views(self) -> dict:
        return {builder.FORM: self.submit_builder}

    def shortcuts(self) -> dict:
        return {"new_reminder": self.open_builder, "remind_about_message": self.open_builder}

    def buttons(self) -> dict:
        return {
            HOME_CANCEL: self.on_home_cancel,
            HOME_DEADLINE: self.on_remind_deadline,
            HOME_EVENT: self.on_remind_event,
            HOME_NEW: lambda value, ctx: ActionResult(open_view=builder.form(self.clock.now(), self._zone(ctx))),
            DONE: self.on_done,
            SNOOZE_20: lambda value, ctx: self.on_snooze(value, ctx, timedelta(minutes=20)),
            SNOOZE_60: lambda value, ctx: self.on_snooze(value, ctx, timedelta(hours=1)),
            TOMORROW: lambda value, ctx: self.on_snooze(value, ctx, None),
            **{remind_action(days): (lambda value, ctx, days=days: self.on_remind_before(value, ctx, days))
               for days, _label in REMIND_LEADS},
        }

    # -- /cyber remind ----------------------------------------------------------------------------
    def remind(self, args: str, ctx: Request) -> Reply:
        args = " ".join(args.split())
        if not args:
            return self.open_builder(ctx)
        first, _, rest = args.partition(" ")
        lowered = first.lower()
        target, target_kind, target_name, who = ctx.user_id, "user", None, "you"
        if lowered in ("me", "myself"):
            args = rest
        elif CHANNEL_TOKEN.match(first):
            found = resolve_channel(self.messenger, first, ctx.user_id, self.access)
            if isinstance(found, Reply):
                return found
            target, target_name = found
            target_kind, who = "channel", channel_label(target, target_name)
            args = rest
        elif USER_TOKEN.match(first):
            match = USER_TOKEN.match(first)
            if match.group(1) != ctx.user_id:
                return Reply.error(
                    f"I can only set reminders for you or for a channel, not for {escape_mrkdwn(first)}. "
                    "Try `/cyber remind me to ... WHEN`, or `/cyber remind #channel WHEN WHAT` to remind a channel.")
            args = rest
        if not args.strip():
            return Reply.simple(USAGE, kind="usage")
        args, until_done = split_until_done(args)
        if until_done and target_kind != "channel":
            return Reply.error(
                "`until done` keeps nudging the people in a channel who haven't clicked *Done*; a reminder to "
                "yourself already waits for your own Done. Drop `until done`, or remind a channel, e.g. "
                "`/cyber remind #cyber-team until done Friday 10am submit your returns`. Nothing has been set.")
        if target_kind == "user" and lowered in ("me", "myself") and args.lower().startswith("about "):
            return self._about(args[len("about "):].strip(), ctx)
        try:
            when, what = split_when_what(args, self.clock.now(), self._zone(ctx))
        except WhenError as exc:
            return Reply.error(exc.message)
        reply = self._create([NewReminder(ctx.user_id, target, target_kind, target_name, clean_what(what), when)],
                             ctx, who)
        if until_done and reply.kind == "reminder_set" and self.acks is not None:
            rounds = DEFAULT_RENUDGES
            for reminder_id in reply.data["reminder_ids"]:
                self.acks.store.set_until_done(reminder_id, rounds)
            every = round(self.acks.every.total_seconds() / 3600)
            reply.blocks.insert(1, Text(
                f"Everyone there gets a *Done* button; until they click it, I'll DM them a nudge every "
                f"{every} hours after it's posted, at most {rounds} times."))
            reply.data["until_done"] = rounds
        return reply

    def _create(self, items: list[NewReminder], ctx: Request, who: str) -> Reply:
        for item in items:
            if not item.what:
                return Reply.error(f"I understood {escape_mrkdwn(item.when.text)}, but what should I remind "
                                   f"{who} about? Try e.g. `/cyber remind tomorrow 9am submit the stocktake`.")
            if len(item.what) > MAX_WHAT_CHARS:
                return Reply.error(
                    f"That reminder is {len(item.what):,} characters long; I can keep up to {MAX_WHAT_CHARS:,}. "
                    "Please shorten it (a link to the details works well) and try again. Nothing has been set.")
        try:
            made = self.store.create(items, self.clock.now())
        except LimitReached as exc:
            return Reply.error(
                f"You already have {exc.active} active reminders, and I keep at most {MAX_ACTIVE_PER_PERSON} "
                "per person. Cancel some you no longer need (`/cyber reminders` lists them, "
                "`/cyber reminders cancel ID` cancels one), then try again. Nothing new has been set.")
        zone = self._zone(ctx)
        reminder = made[0]
        line = f"I'll remind {who} {render.when_phrase(reminder, zone)}: {escape_mrkdwn(reminder.what)} (id {reminder.id})"
        notes = [f"Not right? Cancel it with `/cyber reminders cancel {reminder.id}`."]
        return Reply(text=line, blocks=[Text(line), Note(tuple(notes))], kind="reminder_set",
                     data={"reminder_ids": [r.id for r in made]})

    def _zone(self, ctx: Request) -> str:
        return self.zones.zone_for(ctx.user_id)

    # -- /cyber remind me about DEADLINE ---------------------------------------------------------
    def _about(self, query: str, ctx: Request) -> Reply:
        query, leads, lead_given = deadlines.split_lead(query)
        time_error = None
        if not lead_given:
            # "remind me about the stocktake tomorrow at 9am" is an ordinary reminder
            try:
                when, what = split_when_what(query, self.clock.now(), self._zone(ctx))
                return self._create([NewReminder(ctx.user_id, ctx.user_id, "user", None, clean_what(what), when)],
                                    ctx, "you")
            except WhenError as exc:
                time_error = exc if exc.understood else None
        today = self.clock.now().astimezone(zone_info(self._zone(ctx))).date()
        entry = deadlines.find_deadline(self.calendar, query, today)
        if entry is None:
            if time_error is not None:
                return Reply.error(time_error.message)
            return deadlines.no_deadline(self.calendar, query, today)
        return self._deadline_reminders(entry, leads, ctx, query if not lead_given else None)

    def on_remind_before(self, value: str, ctx: Request, days: int) -> ActionResult:
        """A "Remind me 1 week before" button under a deadline: the same as typing it."""
        item = self.calendar.find(value) if self.calendar is not None else None
        if item is None or item.kind != "deadline":
            return ActionResult(ephemeral=Reply.error(
                "Sorry, I can't find that deadline any more (it may have been removed). `/cyber deadlines` "
                "shows the current list."))
        return ActionResult(ephemeral=self._deadline_reminders(item, [timedelta(days=days)], ctx, None))

    def _deadline_reminders(self, entry, leads: list[timedelta], ctx: Request, query: str | None) -> Reply:
        """Reminders a lead time before deadline ``entry`` (a ``Dated``); ``query`` is set when no lead was given."""
        now = self.clock.now()
        zone = self._zone(ctx)
        tz = zone_info(zone)
        due: date = entry.last_day
        title = escape_mrkdwn(entry.title)
        today = now.astimezone(tz).date()
        if due < today:
            ahead = deadlines.ahead_lines(self.calendar, today)
            passed = (f"*{title}* was due {entry.on_date()}, so that deadline has already passed and I haven't set "
                      "a reminder.")
            if not ahead:
                return Reply.error(passed + " Nothing is ahead in my list yet; curators can add the council's own "
                                   "with `/cyber deadline add DATE TITLE LINK`.")
            return Reply.error(passed + " What's ahead instead:\n" + "\n".join(ahead) +
                               "\nType `/cyber remind me about` and one of those, or use the buttons in "
                               "`/cyber deadlines`.")
        what = (entry.title if entry.what == entry.title else f"{entry.title}: {entry.what}") + \
            f" (due {entry.start.display() if not entry.end else entry.when()})"
        items, skipped = [], []
        for lead in leads:
            moment = datetime.combine(due - lead, time(deadlines.DEADLINE_HOUR), tzinfo=tz).astimezone(timezone.utc)
            label = deadlines.lead_label(lead)
            if moment <= now:
                skipped.append(label)
                continue
            when = When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))
            items.append((label, NewReminder(ctx.user_id, ctx.user_id, "user", None, what, when,
                                             source=f"deadline:{entry.source_id}")))
        if not items:
            on_the_day = datetime.combine(due, time(deadlines.DEADLINE_HOUR), tzinfo=tz).astimezone(timezone.utc)
            if on_the_day <= now:
                return Reply.error(f"*{title}* is due today ({entry.when()}), so it's too late "
                                   "for a reminder before it. Good luck!")
            when = When(first=on_the_day, rule=None, zone=zone, text=format_moment(on_the_day, zone))
            items.append(("on the day", NewReminder(ctx.user_id, ctx.user_id, "user", None, what, when,
                                                    source=f"deadline:{entry.source_id}")))
        try:
            made = self.store.create([item for _, item in items], now)
        except LimitReached as exc:
            return Reply.error(
                f"You already have {exc.active} active reminders, and I keep at most {MAX_ACTIVE_PER_PERSON} per "
                "person. Cancel some with `/cyber reminders cancel ID`, then try again. Nothing new has been set.")
        parts = [f"{format_moment(r.next_at, zone)} ({label})" for (label, _), r in zip(items, made)]
        ids = ", ".join(str(r.id) for r in made)
        line = (f"I'll remind you about *{title}* (due {entry.when()}) on "
                f"{' and '.join(parts)} (id{'s' if len(made) > 1 else ''} {ids}).")
        notes = []
        if skipped:
            notes.append(f"{deadlines.join_words(skipped).capitalize()} has already passed, so I skipped "
                         f"{'it' if len(skipped) == 1 else 'those'}.")
        if query:
            notes.append("Want different timing? Add a lead, e.g. `/cyber remind me about "
                         f"{escape_mrkdwn(shorten(query, 40))} 3 days before`.")
        notes.append(f"Cancel with `/cyber reminders cancel {' '.join(str(r.id) for r in made)}`"
                     + (" (both), or just one of those ids." if len(made) == 2 else
                        " (all of them), or just some of those ids." if len(made) > 2 else "."))
        return Reply(text=line, blocks=[Text(line), Note(tuple(notes))], kind="reminder_set",
                     data={"reminder_ids": [r.id for r in made], "deadline": entry.source_id})

    # -- /cyber reminders --------------------------------------------------------------------------
    def reminders(self, args: str, ctx: Request) -> Reply:
        words = args.split()
        if not words or words[0].lower() in ("list", "ls", "mine", "all"):
            return self._list(ctx)
        if words[0].lower() in ("cancel", "delete", "remove", "stop", "rm"):
            return self._cancel(words[1:], ctx)
        if words[0].lower() in ("done", "snooze"):
            return self._button_by_words(words, ctx)
        return Reply.error("I know `/cyber reminders` (your reminders) and `/cyber reminders cancel ID`. "
                           "To set one, type e.g. `/cyber remind tomorrow 9am submit the stocktake`.")

    def _list(self, ctx: Request) -> Reply:
        mine = self.store.active_for(ctx.user_id)
        if not mine:
            return Reply.simple("You have no reminders set. Set one with "
                                "`/cyber remind tomorrow 9am submit the stocktake`.", kind="reminders")
        return render.reminder_list(mine, self._zone(ctx))

    def _cancel(self, words: list[str], ctx: Request) -> Reply:
        """``cancel 8``, ``cancel 8 9``, ``cancel 8, 9 and 10``: each id is answered for."""
        pieces = [p for p in re.split(r"[\s,]+|\band\b|&", " ".join(words)) if p]
        if not pieces or not all(re.fullmatch(r"#?\d{1,12}", p) for p in pieces):
            return Reply.error("Which one? Type `/cyber reminders cancel ID` with the id from `/cyber reminders`, "
                               "e.g. `/cyber reminders cancel 12`, or several at once: `/cyber reminders cancel 8 9`.")
        ids = list(dict.fromkeys(int(p.lstrip("#")) for p in pieces))
        if len(ids) > MAX_ACTIVE_PER_PERSON:
            return Reply.error(f"That's {len(ids)} ids; you can have at most {MAX_ACTIVE_PER_PERSON} reminders, "
                               "so please list the ones to cancel. Nothing was cancelled.")
        cancelled, missing = [], []
        for reminder_id in ids:
            done = self.store.cancel(reminder_id, ctx.user_id)
            (cancelled if done is not None else missing).append(done or reminder_id)
        lines = [f"Cancelled reminder {r.id}: {escape_mrkdwn(shorten(r.what, render.LIST_WHAT_CHARS))}"
                 for r in cancelled]
        if missing:
            which = ", ".join(str(i) for i in missing)
            lines.append(f"You have no active reminder with id{'s' if len(missing) > 1 else ''} {which}. "
                         "`/cyber reminders` lists yours.")
        text = "\n".join(lines)
        if not cancelled:
            return Reply.error(text)
        reply = Reply.simple(text, kind="reminder_cancelled")
        reply.data["reminder_ids"] = [r.id for r in cancelled]
        return reply

    def _button_by_words(self, words: list[str], ctx: Request) -> Reply:
        """The console has no buttons: `reminders done 3` and `reminders snooze 3 20m` do the same."""
        delays = {"20m": timedelta(minutes=20), "20": timedelta(minutes=20), "1h": timedelta(hours=1),
                  "60": timedelta(hours=1), "tomorrow": None}
        usage = ("Type `/cyber reminders done ID`, or `/cyber reminders snooze ID 20m` "
                 "(or `1h`, or `tomorrow` for 9am tomorrow).")
        if len(words) < 2 or not words[1].lstrip("#").isdigit():
            return Reply.error(usage)
        value = words[1].lstrip("#")
        if words[0].lower() == "done":
            result = self.on_done(value, ctx)
        else:
            choice = words[2].lower() if len(words) > 2 else "20m"
            if choice not in delays:
                return Reply.error(usage)
            result = self.on_snooze(value, ctx, delays[choice])
        if result.ephemeral:
            return result.ephemeral
        if result.replace_original:
            # typed, not clicked: there is no reminder message to replace, so only the typer sees it
            return dataclasses.replace(result.replace_original, visibility="ephemeral")
        return Reply.simple("Done.")

    # -- buttons -------------------------------------------------------------------------------------
    def _clicked(self, value: str, ctx: Request) -> Reminder | ActionResult:
        """The reminder a button or `reminders done/snooze ID` names, if this person may act on it:
        a personal reminder's owner or recipient, or a member of a channel reminder's channel.
        Anyone else gets the same words as for an id that does not exist."""
        reminder = self.store.get(int(value)) if value.isdigit() and len(value) <= 12 else None
        if reminder is None or not self._may_act(reminder, ctx.user_id):
            return ActionResult(ephemeral=Reply.error("Sorry, I can't find that reminder any more."))
        return reminder

    def _may_act(self, reminder: Reminder, user_id: str) -> bool:
        if user_id in (reminder.owner, reminder.target):
            return True
        return reminder.to_channel and self.access.in_channel(user_id, reminder.target)

    def on_done(self, value: str, ctx: Request) -> ActionResult:
        reminder = self._clicked(value, ctx)
        if isinstance(reminder, ActionResult):
            return reminder
        if reminder.to_channel and self.acks is not None:
            return self._channel_done(reminder, ctx)
        snoozed = self.store.mark_done(reminder.id, by=ctx.user_id)
        what = escape_mrkdwn(reminder.what)
        notes = []
        if snoozed:
            notes.append(f"Your snoozed copy ({', '.join(f'id {i}' for i in snoozed)}) won't fire now.")
        if reminder.to_channel and re.fullmatch(r"[UW][A-Z0-9]+", ctx.user_id or ""):
            notes.append(f"Marked done by <@{ctx.user_id}>")
        if reminder.recurring and reminder.status == "active":
            notes.append(f"Done for this time; it repeats {escape_mrkdwn(reminder.when_text)}.")
        blocks = [Text(f"\u2705 *Done:* {what}")] + ([Note(tuple(notes))] if notes else [])
        return ActionResult(replace_original=Reply(text=f"Done: {what}", blocks=blocks, visibility="channel",
                                                   kind="reminder_done"))

    def _channel_done(self, reminder: Reminder, ctx: Request) -> ActionResult:
        """One person's Done on a channel reminder: counted for them, the message redrawn for all."""
        snoozed = self.store.mark_done(reminder.id, by=ctx.user_id)
        outcome = self.acks.done(reminder, ctx.user_id)
        what = escape_mrkdwn(shorten(reminder.what, render.LIST_WHAT_CHARS))
        if outcome is None:
            return ActionResult(ephemeral=Reply.simple(f"Thanks! (\u201c{what}\u201d hasn't been posted yet, "
                                                       "so there was nothing to mark.)", kind="reminder_done"))
        first, count = outcome
        line = (f"Thanks, marked done for you: {what} ({count})." if first
                else f"You'd already marked this done ({count}).")
        if snoozed:
            line += f" Your snoozed copy ({', '.join(f'id {i}' for i in snoozed)}) won't fire now."
        reply = Reply.simple(line, kind="reminder_done")
        reply.data["count"] = count
        return ActionResult(ephemeral=reply)

    def on_snooze(self, value: str, ctx: Request, delay: timedelta | None) -> ActionResult:
        reminder = self._clicked(value, ctx)
        if isinstance(reminder, ActionResult):
            return reminder
        now = self.clock.now()
        zone = self._zone(ctx)
        if delay is None:
            tz = zone_info(zone)
            tomorrow = now.astimezone(tz).date() + timedelta(days=1)
            moment = datetime.combine(tomorrow, time(9), tzinfo=tz).astimezone(timezone.utc)
        else:
            moment = now + delay
        when = When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))
        # A snooze is a new one-off reminder for the person who clicked: in a channel, one
        # person's snooze should not post to everyone again.
        item = NewReminder(ctx.user_id, ctx.user_id, "user", None, reminder.what, when, source=f"snooze:{reminder.id}")
        try:
            made = self.store.create([item], now)[0]
        except LimitReached:
            return ActionResult(ephemeral=Reply.error(
                f"You already have {MAX_ACTIVE_PER_PERSON} active reminders, so I couldn't snooze this one. "
                "Cancel some with `/cyber reminders cancel ID`, then try again."))
        what = escape_mrkdwn(reminder.what)
        line = f"Snoozed: I'll remind you again on {format_moment(made.next_at, zone)}: {what} (id {made.id})"
        if reminder.to_channel:
            return ActionResult(ephemeral=Reply.simple(line, kind="reminder_snoozed"))
        return ActionResult(replace_original=Reply(
            text=line, blocks=[Text(f"\U0001f4a4 {line}")], visibility="channel", kind="reminder_snoozed"))

    # -- the reminder builder (a form in Slack) ----------------------------------------------------
    def open_builder(self, ctx: Request) -> Reply:
        """The builder form where it can open (prefilled from a message shortcut); else the usage."""
        reply = Reply.simple(USAGE, kind="usage")
        if ctx.can_open_forms:
            channel = ctx.channel_id if ctx.surface == "slash" and ctx.conversation == "channel" else None
            reply.view = builder.form(self.clock.now(), self._zone(ctx), what=ctx.message_text or "",
                                      link=ctx.message_link, channel=None if ctx.message_text else channel)
        return reply

    def submit_builder(self, submission: Submission, ctx: Request) -> ViewResult:
        """The fields checked in memory; the channel check and the storing come after the ack."""
        built = builder.read(submission, self.clock.now(), self._zone(ctx))
        if isinstance(built, dict):
            return ViewResult.invalid(built)

        def save() -> Reply:
            target, kind, name, who = ctx.user_id, "user", None, "you"
            if built.channel:
                found = resolve_channel(self.messenger, f"<#{built.channel}>", ctx.user_id, self.access)
                if isinstance(found, Reply):
                    return found            # why not, and that nothing has been set
                target, name = found
                kind, who = "channel", channel_label(target, name)
            return self._create([NewReminder(ctx.user_id, target, kind, name, clean_what(built.what), built.when)],
                                ctx, who)

        return ViewResult(then=save)

    # -- the App Home -------------------------------------------------------------------------------
    def home(self, ctx: Request) -> list[HomeSection]:
        zone = self._zone(ctx)
        mine = self.store.active_for(ctx.user_id)
        items = []
        for r in mine[:HOME_REMINDERS]:
            where = f" in {channel_label(r.target, r.target_name)}" if r.to_channel else ""
            repeat = f", repeats {escape_mrkdwn(r.when_text)}" if r.recurring else ""
            line = (f"*{format_moment(r.next_at, zone)}*{repeat}{where}: "
                    f"{escape_mrkdwn(shorten(r.what, render.LIST_WHAT_CHARS))}")
            items.append((Text(line), Buttons((Button("Cancel", HOME_CANCEL, str(r.id), style="danger",
                                                      console_hint=f"/cyber reminders cancel {r.id}"),))))
        reminders = HomeSection(f"Your reminders (times in {zone})", items, order=10,
                                hidden=max(0, len(mine) - len(items)),
                                empty="No reminders set.", more_hint="`/cyber reminders` lists them all.",
                                intro=(Buttons((Button("New reminder", HOME_NEW, "", style="primary",
                                                       console_hint="/cyber remind WHEN WHAT"),)),))
        return [reminders, self._coming_up(ctx)]

    def _coming_up(self, ctx: Request) -> HomeSection:
        today = self.clock.now().astimezone(zone_info(self._zone(ctx))).date()
        ahead = self.calendar.upcoming(today) if self.calendar is not None else []
        items = []
        for item in ahead[:HOME_COMING_UP]:
            if item.kind == "deadline":
                what = item.title if item.what == item.title else f"{item.what} ({item.title})"
                line = f"\U0001F4C5 *{item.when()}*: {escape_mrkdwn(what)}"
                button = Button("Remind me", HOME_DEADLINE, item.key,
                                console_hint=f"/cyber remind me about {shorten(item.title, 40)}")
            else:
                place = f", {escape_mrkdwn(item.place)}" if item.place else ""
                line = f"\U0001F5D3\uFE0F *{item.when()}*: {escape_mrkdwn(item.title)}{place}"
                button = Button("Remind me", HOME_EVENT, item.key)
            items.append((Text(line), Buttons((button,))))
        return HomeSection("Coming up: deadlines and events", items, order=30,
                           hidden=max(0, len(ahead) - len(items)),
                           empty="No upcoming deadlines or events in my list.",
                           more_hint="`/cyber deadlines` and `/cyber events` list them all.")

    def on_home_cancel(self, value: str, ctx: Request) -> ActionResult:
        return ActionResult(ephemeral=self._cancel([value], ctx))

    def on_remind_deadline(self, value: str, ctx: Request) -> ActionResult:
        item = self.calendar.find(value) if self.calendar is not None else None
        if item is None or item.kind != "deadline":
            return ActionResult(ephemeral=Reply.error("Sorry, I can't find that deadline any more (it may have "
                                                      "been removed). `/cyber deadlines` shows the current list."))
        return ActionResult(ephemeral=self._deadline_reminders(item, list(deadlines.DEFAULT_LEADS), ctx, None))

    def on_remind_event(self, value: str, ctx: Request) -> ActionResult:
        """A reminder at 9am the day before an event starts (on the day, if that has passed)."""
        item = self.calendar.find(value) if self.calendar is not None else None
        if item is None or item.kind != "event":
            return ActionResult(ephemeral=Reply.error("Sorry, I can't find that event any more (it may have been "
                                                      "removed). `/cyber events` shows the current list."))
        now, zone = self.clock.now(), self._zone(ctx)
        tz = zone_info(zone)
        start = item.start.earliest()
        moment = None
        for day in (start - timedelta(days=1), start):
            candidate = datetime.combine(day, time(deadlines.DEADLINE_HOUR), tzinfo=tz).astimezone(timezone.utc)
            if candidate > now:
                moment = candidate
                break
        if moment is None:
            return ActionResult(ephemeral=Reply.error(f"*{escape_mrkdwn(item.title)}* has already started, so "
                                                      "there's no time left for a reminder before it."))
        place = f" ({item.place})" if item.place else ""
        what = f"{item.title}{place} starts {item.when()}"
        when = When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))
        return ActionResult(ephemeral=self._create(
            [NewReminder(ctx.user_id, ctx.user_id, "user", None, what, when, source=f"event:{item.source_id}")],
            ctx, "you"))
