"""``/cyber deadlines``, ``/cyber events``, and the curators' ``deadline add|remove`` and ``event add|remove``.

Lists put what is ahead first and the recent past under its own heading, and say plainly when
nothing is ahead. Each upcoming deadline carries "Remind me" buttons (two weeks, a week, a day
before) whose clicks the reminders feature answers (action ids ``deadline_remind_<days>d``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.calendar.model import Calendar, Dated, split
from bot.calendar.parse import DateInputError, parse_new_date, read_day, read_link, read_title
from bot.core.buttons import ActionResult
from bot.core.forms import Submission, TextInput, View, ViewResult
from bot.core.curators import Curators
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.router import Request, Subcommand
from bot.core.text import escape_mrkdwn
from bot.core.times import relative_day, zone_info

REMIND_PREFIX = "deadline_remind_"
ADD_ACTION = "calendar_add"      # a curator's "Add a council deadline" button: value "deadline" or "event"
ADD_FORM = "calendar_add"
REMIND_LEADS = ((14, "2 weeks before"), (7, "1 week before"), (1, "1 day before"))
REMINDER_HOUR = 9
MAX_WITH_BUTTONS = 12


def remind_action(days: int) -> str:
    return f"{REMIND_PREFIX}{days}d"


class CalendarCommands:
    def __init__(self, calendar: Calendar, curators: Curators, clock, zone: str, messenger=None, feed_secret=None):
        self.calendar = calendar
        self.feed_secret = feed_secret   # () -> the bot's secret key, in OAuth mode (each workspace's own feed)
        self.messenger = messenger    # where a form's confirmation goes (the curator's DM)
        self.curators = curators
        self.clock = clock
        self.zone = zone

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("events", self.events, "events", "upcoming (and recent) summits and events"),
            Subcommand("deadlines", self.deadlines, "deadlines",
                       "deadlines ahead, with one-click reminders, then the recent past"),
            Subcommand("deadline", lambda args, ctx: self.change("deadline", args, ctx),
                       "deadline add DATE TITLE LINK", "curators: add (or `remove ID`) a council deadline",
                       accepts=_is_change),
            Subcommand("event", lambda args, ctx: self.change("event", args, ctx),
                       "event add DATE TITLE LINK", "curators: add (or `remove ID`) a council event",
                       accepts=_is_change),
        ]

    def buttons(self) -> dict:
        return {ADD_ACTION: self.add_click}

    def views(self) -> dict:
        return {ADD_FORM: self.submit}

    def today(self) -> date:
        return self.clock.now().astimezone(zone_info(self.zone)).date()

    def ics(self) -> bytes:
        """Upcoming deadlines and events as iCalendar (``cyberbot deadlines ics``, ``GET /calendar.ics``)."""
        from bot.calendar.ics import calendar_ics

        return calendar_ics(self.calendar, self.clock.now(), self.today())

    def team_ics(self, team: str, key: str) -> bytes | None:
        """One workspace's feed (its own council dates too), or None when ``key`` is not its feed key
        (or this deployment serves one workspace, whose feed is ``ics``)."""
        from bot.calendar.feed import feed_opens
        from bot.core.tenancy import acting_for

        if self.feed_secret is None or not feed_opens(self.feed_secret(), team, key):
            return None
        with acting_for(team):
            return self.ics()

    # -- lists ------------------------------------------------------------------------------------
    def deadlines(self, args: str, ctx: Request) -> Reply:
        today = self.today()
        ahead, past = split(self.calendar.deadlines(), today)
        blocks: list = []
        if ahead:
            blocks.append(Text("*Deadlines ahead*"))
            for i, item in enumerate(ahead):
                blocks.append(Text(self._deadline_line(item, today)))
                if i < MAX_WITH_BUTTONS:
                    buttons = self._remind_buttons(item)
                    if buttons:
                        blocks.append(Buttons(buttons))
        else:
            blocks.append(Text("*Nothing is ahead:* I don't know of any upcoming deadline, from my sources or "
                               "from the council."))
        if past:
            blocks.append(Text("*Recently passed*\n" + "\n".join(self._deadline_line(d, today) for d in past)))
        notes = ["Curators can add the council's own with `/cyber deadline add DATE TITLE LINK`."]
        if ahead:
            notes.insert(0, "Or type `/cyber remind me about DEADLINE 3 days before`.")
        blocks.append(Note(tuple(notes)))
        blocks += self._add_button("deadline", ctx)
        return Reply(text="Cyber deadlines", blocks=blocks, kind="deadlines",
                     data={"ahead": [d.key for d in ahead], "past": [d.key for d in past]})

    def events(self, args: str, ctx: Request) -> Reply:
        today = self.today()
        ahead, past = split(self.calendar.events(), today)
        blocks: list = []
        if ahead:
            blocks.append(Text("*Events ahead*\n" + "\n".join(self._event_line(e) for e in ahead)))
        else:
            blocks.append(Text("*Nothing is ahead:* I don't know of any upcoming event, from my sources or "
                               "from the council."))
        if past:
            blocks.append(Text("*Recent events*\n" + "\n".join(self._event_line(e) for e in past)))
        blocks.append(Note(("Ask me about any of them for details and sources. Curators can add the council's own "
                            "with `/cyber event add DATE TITLE LINK`.",)))
        blocks += self._add_button("event", ctx)
        return Reply(text="Summits and events", blocks=blocks, kind="events",
                     data={"ahead": [d.key for d in ahead], "past": [d.key for d in past]})

    def _add_button(self, kind: str, ctx: Request) -> list:
        """Curators (in Slack) get a button to a form; the console types the command instead."""
        if ctx.in_console or not self.curators.allows(ctx):
            return []
        return [Buttons((Button(f"Add a council {kind}", ADD_ACTION, kind),))]

    def add_click(self, value: str, ctx: Request) -> ActionResult:
        kind = value if value in ("deadline", "event") else "deadline"
        if not self.curators.allows(ctx):
            return ActionResult(ephemeral=self.curators.refusal(f"add council {kind}s"))
        year = self.today().year + 1
        blocks = (
            TextInput("date", "Date", placeholder=f"31 March {year}", max_length=40,
                      hint=f"e.g. 31 March {year} or {year}-03-31; it must still be ahead"),
            TextInput("title", "Title", placeholder="What is due, or what the event is", max_length=200),
            TextInput("link", "Link", optional=True, placeholder="https://...", max_length=1000,
                      hint="Where people find the details"),
        )
        return ActionResult(open_view=View(title=f"Add a council {kind}", blocks=blocks, callback_id=ADD_FORM,
                                           submit="Add", metadata=kind))

    def submit(self, submission: Submission, ctx: Request) -> ViewResult:
        """The fields checked in memory; who may add, and the storing, come after the ack."""
        kind = submission.metadata if submission.metadata in ("deadline", "event") else "deadline"
        errors: dict[str, str] = {}
        day = title = link = None
        try:
            day = read_day(submission.text("date"), self.today(), kind)
        except DateInputError as exc:
            errors["date"] = str(exc)
        try:
            title = read_title(submission.text("title"))
        except DateInputError as exc:
            errors["title"] = str(exc)
        if submission.text("link"):
            try:
                link = read_link(submission.text("link"))
            except DateInputError as exc:
                errors["link"] = str(exc)
        if errors:
            return ViewResult.invalid(errors)

        def add() -> Reply:
            if not self.curators.allows(ctx):
                return self.curators.refusal(f"add council {kind}s")
            row = self.calendar.store.add(kind, day, title, link, ctx.user_id or "console", self.clock.now())
            return Reply.simple(f"Added council {kind} {row.id}: {_named(row.title, row.link)} on "
                                f"{row.day.day} {row.day.strftime('%B')} {row.day.year}. Not right? "
                                f"`/cyber {kind} remove {row.id}`.", kind=f"{kind}_added")

        return ViewResult(then=add)

    def _deadline_line(self, item: Dated, today: date) -> str:
        days = (item.last_day - today).days
        status = "" if days < 0 else f" ({relative_day(item.last_day, today)})"   # "in 4 years, Dec 2030"
        return f"\u2022 {item.when()}: {_named(item.what, item.link)}{status}{_council(item)}"

    def _event_line(self, item: Dated) -> str:
        place = f", {escape_mrkdwn(item.place)}" if item.place else ""
        return f"\u2022 {item.when()}: *{_named(item.title, item.link if item.council_id else None)}*{place}" \
               f"{_council(item)}"

    def _remind_buttons(self, item: Dated) -> tuple[Button, ...]:
        """One-click reminders, leaving out any lead time already gone."""
        now = self.clock.now()
        tz = zone_info(self.zone)
        out = []
        for days, label in REMIND_LEADS:
            moment = datetime.combine(item.last_day - timedelta(days=days), time(REMINDER_HOUR), tzinfo=tz)
            if moment <= now:
                continue
            out.append(Button(f"Remind me {label}", remind_action(days), item.key,
                              console_hint=f"/cyber remind me about {item.title} {label}"))
        return tuple(out)

    # -- curators' changes ---------------------------------------------------------------------------
    def change(self, kind: str, args: str, ctx: Request) -> Reply:
        word, _, rest = " ".join(args.split()).partition(" ")
        word = word.lower()
        if word in ("add", "new"):
            return self.add(kind, rest, ctx)
        if word in ("remove", "delete", "rm", "cancel"):
            return self.remove(kind, rest, ctx)
        if not word or word == "list":
            return self.deadlines(rest, ctx) if kind == "deadline" else self.events(rest, ctx)
        return Reply.simple(
            f"To add a council {kind}: `/cyber {kind} add DATE TITLE LINK`, e.g. `/cyber {kind} add 31 March "
            f"{self.today().year + 1} Stocktake return https://www.example.gov.uk/stocktake`. To remove one: "
            f"`/cyber {kind} remove ID`. To see them: `/cyber {kind}s`.", kind="usage")

    def add(self, kind: str, text: str, ctx: Request) -> Reply:
        if not self.curators.allows(ctx):
            return self.curators.refusal(f"add council {kind}s")
        try:
            new = parse_new_date(text, self.today(), kind)
        except DateInputError as exc:
            return Reply.error(escape_mrkdwn(str(exc)))
        row = self.calendar.store.add(kind, new.day, new.title, new.link, ctx.user_id or "console", self.clock.now())
        line = (f"Added council {kind} {row.id}: {_named(row.title, row.link)} on "
                f"{row.day.day} {row.day.strftime('%B')} {row.day.year}.")
        return Reply(text=line, blocks=[Text(line), Note((f"It now shows in `/cyber {kind}s`. Not right? "
                                                          f"`/cyber {kind} remove {row.id}`.",))],
                     kind=f"{kind}_added", data={"id": row.id})

    def remove(self, kind: str, text: str, ctx: Request) -> Reply:
        if not self.curators.allows(ctx):
            return self.curators.refusal(f"remove council {kind}s")
        ident = text.strip().lstrip("#")
        if not ident.isdigit():
            return Reply.error(f"Which one? Type `/cyber {kind} remove ID` with the id shown in `/cyber {kind}s`.")
        removed = self.calendar.store.remove(kind, int(ident), ctx.user_id or "console", self.clock.now())
        if removed is None:
            return Reply.error(f"There is no council {kind} with id {ident}. `/cyber {kind}s` shows the ids of the "
                               "council's own; the ones from my sources are changed in the knowledge base.")
        return Reply.simple(f"Removed council {kind} {removed.id}: {escape_mrkdwn(removed.title)}.",
                            kind=f"{kind}_removed")


_CHANGE_WORDS = {"", "add", "new", "remove", "delete", "rm", "cancel", "list"}


def _is_change(args: str) -> bool:
    return args.split(" ", 1)[0].lower() in _CHANGE_WORDS


def _named(text: str, link: str | None) -> str:
    shown = escape_mrkdwn(text)
    return f"<{link}|{shown}>" if link else shown


def _council(item: Dated) -> str:
    return f" (council, id {item.council_id})" if item.council_id else ""
