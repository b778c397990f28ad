"""The polls feature: ``/cyber poll``, the console's ``/cyber vote``, vote buttons and timed close.

Flow: creating a poll stores it, posts it to the channel through the messenger (so it has a
message ts to update later) and answers the creator quietly. A poll is deleted only when Slack
certainly did not take its message; when the outcome is unknown (the answer was lost and the
post could not be found), the poll is kept and ``tick`` reconciles it: it looks for the
message by its key, records it if there, posts it (once, with the same key) if not, and only
after that has failed several times tells the creator and removes the poll. A poll left with
no message by a crash between posting and recording is reconciled the same way. Clicks record a vote and mark the
message as behind; ``LiveUpdater`` pushes at most one update a second. Closing (by the creator,
or by the scheduler at the closing time) is claimed atomically in SQLite, then the results are
posted once and the message is redrawn without buttons.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from datetime import datetime, timedelta

from rapidfuzz import fuzz, process

from bot.core import regexes
from bot.core.access import Access
from bot.core.buttons import ActionResult
from bot.core.install_key import voter_key
from bot.core.messenger import PostOutcomeUnknown, idempotency_metadata
from bot.core.router import Request, Subcommand
from bot.polls import builder, parse, render
from bot.polls.export import ExportError, export_csv
from bot.polls.model import PULSE_SCALE, Poll, Tally, Trend, VoteOutcome
from bot.polls.series import Series, SeriesError, SeriesStore, read_rhythm
from bot.polls.store import PollLimit, PollStore
from bot.core.updates import LiveUpdater
from bot.core.home_tab import HomeSection
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.forms import Submission, ViewResult, reply_view
from bot.polls.turnout import NUDGE_EVENT, NudgeStore, QueuedNudge, Turnout, nudge_key
from bot.core.members import MemberCache
from bot.core.pacing import PacedSender
from bot.core.tenancy import acting_for
from bot.core.text import escape_mrkdwn, question_key, shorten
from bot.core.times import WhenError, format_moment, parse_when

log = logging.getLogger(__name__)

POLL_EVENT = "cyberbot_poll"
RESULTS_EVENT = "cyberbot_poll_results"
NOTICE_EVENT = "cyberbot_poll_notice"
MAX_UPDATE_FAILURES = 3
# A poll with no recorded message this long after it was made was cut off mid-way (a crash),
# never still being made: making one takes at most two Web API timeouts.
UNPOSTED_AFTER = timedelta(seconds=90)
RECONCILE_TRIES = 5
USAGE = ('poll "Question" "Option 1" "Option 2" ... [anonymous|named] [multiple] [hidden] [closes WHEN] '
         '[every RHYTHM [until DATE]]')
_VALUE = regexes.compile(r"^(\d{1,9}):(\d{1,2})$")
HOME_RESULTS, HOME_CLOSE, HOME_EXPORT = "poll_home_results", "poll_home_close", "poll_home_export"
NEW_POLL_BUTTON = "poll_home_new"
HOME_POLLS = 15
EXPORT_CHARS = 2900


class PollService:
    def __init__(self, services):
        self.clock = services.clock
        self.messenger = services.messenger
        self.zones = services.zones
        self.store = PollStore(services.storage, voter_key=voter_key(services.settings, services.storage))
        self.access = Access(services.messenger)
        self.series = SeriesStore(services.storage)
        self.updater = LiveUpdater(services.clock, self._push)
        self.members = MemberCache(services.messenger)
        self.nudges = NudgeStore(services.storage, services.clock.now)
        self.nudger = PacedSender(self.nudges, self._send_nudge)   # the nudge DMs, at NUDGE_PER_SECOND
        self._update_failures: dict[int, int] = defaultdict(int)
        # Polls whose post outcome is unknown: poll id -> (tries so far, not before)
        self._unsettled: dict[int, tuple[int, datetime]] = {}
        self._unsettled_team: dict[int, str] = {}     # ...and its workspace
        self.messengers = services.messengers

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("poll", self.poll_command, USAGE,
                       'a quick poll in this channel; `poll pulse "Question"` for a 1 to 5 pulse; '
                       "`poll close ID`, `poll results ID`, `poll nudge ID`; `every 2 weeks on Thursday at 10:00` "
                       "makes a recurring series (`poll series ID`, `poll stop ID`)"),
            Subcommand("vote", self.vote_command, "vote ID OPTION", "vote in a poll from the console",
                       console_only=True),
        ]

    def buttons(self) -> dict:
        return {"poll_vote_*": self.on_vote_click,
                builder.ADD_OPTION: self.on_builder_resize, builder.REMOVE_OPTION: self.on_builder_resize,
                HOME_RESULTS: self.on_home_results, NEW_POLL_BUTTON: self.on_new_poll_button, HOME_CLOSE: self.on_home_close, HOME_EXPORT: self.on_home_export}

    def views(self) -> dict:
        return {builder.FORM: self.submit_builder}

    def shortcuts(self) -> dict:
        return {"new_poll": self.open_builder}

    # -- the poll builder (a form in Slack) -----------------------------------------------------------
    def open_builder(self, ctx: Request) -> Reply:
        """The builder form, for a surface that can open it; the usage for one that cannot."""
        reply = _usage()
        if ctx.can_open_forms:
            reply.view = builder.form(builder.FormState(channel=ctx.channel_id if ctx.surface == "slash" else None))
        return reply

    def on_builder_resize(self, value: str, ctx: Request) -> ActionResult:
        return ActionResult(update_view=builder.form(builder.FormState.loads(value)))

    def submit_builder(self, submission: Submission, ctx: Request) -> ViewResult:
        now = self.clock.now()
        built = builder.read(submission, now, self.zones.zone_for(ctx.user_id))
        if isinstance(built, dict):
            return ViewResult.invalid(built)
        where = Request(user_id=ctx.user_id, channel_id=built.channel, surface=ctx.surface, user_name=ctx.user_name)

        def post() -> Reply:
            reply = self.create(built.poll, where, closes_at=built.closes_at)
            reply.data["tell_in"] = built.channel
            return reply

        return ViewResult(then=post)

    # -- the App Home -------------------------------------------------------------------------------
    def home(self, ctx: Request) -> list[HomeSection]:
        items = []
        for poll in self.store.created_by(ctx.user_id, limit=HOME_POLLS):
            state = "open" if poll.status == "open" else "closed"
            closes = (f", closes {format_moment(poll.closes_at, poll.zone)}"
                      if poll.status == "open" and poll.closes_at else "")
            label = "Pulse" if poll.is_pulse else "Poll"
            where = f"<#{poll.channel_id}>" if re.fullmatch(r"[CGD][A-Z0-9]+", poll.channel_id or "") \
                else f"#{escape_mrkdwn(poll.channel_id or '')}"
            line = (f"*{label} {poll.id}* ({state}{closes}) in {where}: "
                    f"{escape_mrkdwn(shorten(poll.question, 150))}")
            buttons = [Button("Results", HOME_RESULTS, str(poll.id), console_hint=f"/cyber poll results {poll.id}")]
            if poll.status == "open":
                buttons.append(Button("Close", HOME_CLOSE, str(poll.id), style="danger",
                                      console_hint=f"/cyber poll close {poll.id}"))
            if poll.counts_visible():
                buttons.append(Button("Export", HOME_EXPORT, str(poll.id),
                                      console_hint=f"cyberbot polls export {poll.id}"))
            items.append((Text(line), Buttons(tuple(buttons))))
        section = HomeSection("Polls you created", items, order=20,
                              hidden=max(0, self.store.count_created_by(ctx.user_id) - len(items)),
                              empty="You haven't created any polls yet.",
                              more_hint="`/cyber poll results ID` shows any of them.",
                              intro=(Buttons((Button("New poll", NEW_POLL_BUTTON, "", style="primary",
                                                     console_hint='/cyber poll "Question" "A" "B"'),)),))
        return [section]

    def on_new_poll_button(self, value: str, ctx: Request) -> ActionResult:
        return ActionResult(open_view=builder.form(builder.FormState()))

    def _home_poll(self, value: str) -> Poll | None:
        return self.store.get(int(value)) if value.isdigit() else None

    def on_home_results(self, value: str, ctx: Request) -> ActionResult:
        poll = self._home_poll(value)
        if poll is None:
            return ActionResult(ephemeral=_missing(int(value) if value.isdigit() else 0))
        reply = self.show_results(poll.id, ctx)
        return ActionResult(open_view=reply_view(f"Poll {poll.id}", reply), ephemeral=reply)

    def on_home_close(self, value: str, ctx: Request) -> ActionResult:
        if not value.isdigit():
            return ActionResult(ephemeral=_missing(0))
        return ActionResult(ephemeral=self.close_poll(int(value), ctx))

    def on_home_export(self, value: str, ctx: Request) -> ActionResult:
        poll = self._home_poll(value)
        if poll is None:
            return ActionResult(ephemeral=_missing(int(value) if value.isdigit() else 0))
        try:
            csv_text = export_csv(self.store, poll.id)
        except ExportError as exc:
            return ActionResult(ephemeral=Reply.error(f"I can't export that: {exc}."))
        body = csv_text if len(csv_text) <= EXPORT_CHARS else csv_text[:EXPORT_CHARS] + "\n…"
        reply = Reply(text=f"Poll {poll.id} as CSV", kind="poll_export", blocks=[
            Text(f"```{body}```"),
            Note((f"All of it: `cyberbot polls export {poll.id} > poll-{poll.id}.csv` on the bot's machine.",))])
        return ActionResult(open_view=reply_view(f"Poll {poll.id} as CSV", reply), ephemeral=reply)

    # -- /cyber poll ----------------------------------------------------------------------------
    def poll_command(self, args: str, ctx: Request) -> Reply:
        if not args.strip() and ctx.can_open_forms:
            return self.open_builder(ctx)
        try:
            request = parse.parse_poll_args(args)
        except parse.PollParseError as exc:
            return Reply.error(exc.message)
        if isinstance(request, parse.ShowUsage):
            return _usage()
        if isinstance(request, parse.PollCommand):
            if request.action == "close":
                return self.close_poll(request.poll_id, ctx)
            if request.action == "series":
                return self.show_series(request.poll_id, ctx)
            if request.action == "stop":
                return self.stop_series(request.poll_id, ctx)
            if request.action == "nudge":
                return self.nudge(request.poll_id, ctx)
            return self.show_results(request.poll_id, ctx)
        if request.every_text:
            return self.create_series(request, ctx)
        return self.create(request, ctx)

    def create(self, request: parse.NewPoll, ctx: Request, closes_at: datetime | None = None) -> Reply:
        """Store and post a poll; ``closes_at`` is the closing time already read (the builder form)."""
        if not ctx.channel_id:
            return Reply.error("I can only post a poll in a channel. Try the command again from the channel "
                               "you want to ask.")
        now = self.clock.now()
        zone = self.zones.zone_for(ctx.user_id)
        if request.closes_text and closes_at is None:
            try:
                when = parse_when(request.closes_text, now, zone)
            except WhenError as exc:
                return Reply.error(f"I couldn't use that closing time: {exc.message} "
                                   "Nothing was posted; please try again.")
            if when.recurring:
                return Reply.error("A poll closes once, so give a single time, e.g. `closes friday 5pm` or "
                                   "`closes in 2 hours`. Nothing was posted.")
            closes_at = when.first
        options = request.options or PULSE_SCALE
        try:
            poll = self.store.create(
                kind=request.kind, question=request.question, question_key=question_key(request.question),
                options=options, creator_id=ctx.user_id, channel_id=ctx.channel_id, zone=zone, now=now,
                closes_at=closes_at, anonymous=request.anonymous, multiple=request.multiple, hidden=request.hidden,
            )
        except PollLimit as exc:
            return _limit_reply(exc)
        message = self.render_message(poll)
        try:
            posted = self.messenger.post(ctx.channel_id, message, metadata=poll_metadata(poll.id))
        except PostOutcomeUnknown:
            # Slack may hold the message, with working buttons: never delete the poll under it.
            log.warning("Slack did not confirm poll %s in %s; it will be looked for and posted once", poll.id,
                        ctx.channel_id)
            self._unsettled[poll.id] = (0, now)
            reply = Reply.simple(f"Slack didn't confirm that your poll went up (poll {poll.id}). I'll check, and post "
                                 "it if it isn't there: it will appear in this channel within a minute or two. "
                                 "No need to run the command again.", kind="poll_pending")
            reply.data["poll_id"] = poll.id
            return reply
        except Exception:  # noqa: BLE001 - whatever Slack says, nothing half-made is left behind
            log.exception("could not post poll %s to %s", poll.id, ctx.channel_id)
            self.store.delete(poll.id)
            if ctx.conversation == "mpim":
                return Reply.error("I couldn't post the poll in this group DM: Slack only lets me post in a group "
                                   "DM I've been added to. Add me to the conversation, or run the poll in a "
                                   "channel instead (invite me there with `/invite @cyberbot`).")
            return Reply.error("I couldn't post the poll in this channel. If it's a private channel, invite me "
                               "first with `/invite @cyberbot`, then try again.")
        try:
            self.store.set_message(poll.id, posted.channel, posted.ts)
        except Exception:  # noqa: BLE001 - the poll is up and counts votes; tick records the message later
            log.exception("poll %s is posted but its message could not be recorded yet", poll.id)
        label = "pulse" if poll.is_pulse else "poll"
        closing = (f"It closes {format_moment(closes_at, zone)}." if closes_at
                   else f"It stays open until you close it with `/cyber poll close {poll.id}`.")
        extra = " Votes are anonymous: nobody, you included, can see who chose what." if poll.anonymous else ""
        results = ("Results stay hidden from everyone until it closes." if poll.hidden
                   else f"Anyone can see results so far with `/cyber poll results {poll.id}`.")
        reply = Reply.simple(f"Your {label} is up (poll {poll.id}). {closing}{extra} {results}", kind="poll_created")
        reply.data["poll_id"] = poll.id
        return reply

    # -- recurring series ------------------------------------------------------------------------
    def create_series(self, request: parse.NewPoll, ctx: Request) -> Reply:
        """Store the series; the scheduler posts each occurrence when it falls due."""
        if not ctx.channel_id:
            return Reply.error("I can only run a recurring poll in a channel. Try the command again from the "
                               "channel you want to ask.")
        now = self.clock.now()
        zone = self.zones.zone_for(ctx.user_id)
        try:
            rhythm = read_rhythm(request.every_text, request.until_text, request.closes_text, now, zone)
        except SeriesError as exc:
            return Reply.error(exc.message)
        if not self.messenger.is_member(ctx.channel_id):
            return Reply.error("I'm not a member of this channel, so I couldn't post the polls. Add me with "
                               "`/invite @cyberbot`, then try again. Nothing was set up.")
        series = self.series.create(
            kind=request.kind, question=request.question, question_key=question_key(request.question),
            options=request.options or PULSE_SCALE, creator_id=ctx.user_id, channel_id=ctx.channel_id, zone=zone,
            anonymous=request.anonymous, multiple=request.multiple, hidden=request.hidden, rhythm=rhythm, now=now)
        label = "pulse" if request.kind == "pulse" else "poll"
        closing = (f"Each stays open for {_duration(rhythm.close_after)}." if rhythm.close_after
                   else "Each closes just before the next one goes up.")
        privacy = "Votes are anonymous." if request.anonymous else "Votes are named."
        reply = Reply.simple(
            f"Your recurring {label} is set (series {series.id}): the first goes up "
            f"{format_moment(rhythm.when.first, zone)}, then {escape_mrkdwn(rhythm.description)}. {closing} "
            f"{privacy} `/cyber poll series {series.id}` lists them and shows the trend; "
            f"`/cyber poll stop {series.id}` ends the series.", kind="poll_series_created")
        reply.data["series_id"] = series.id
        return reply

    def _find_series(self, number: int, user_id: str | None) -> Series | None:
        """A series by its number, or the series a poll with that number belongs to; None (as if
        there were none) for someone who is neither its creator nor in its channel."""
        found = self.series.get(number)
        if found is None:
            poll = self.store.get(number)
            if poll is not None and poll.series_id is not None:
                found = self.series.get(poll.series_id)
        if found is None or not self.access.may_see(user_id, found.creator_id, found.channel_id):
            return None
        return found

    def show_series(self, number: int, ctx: Request) -> Reply:
        series = self._find_series(number, ctx.user_id)
        if series is None:
            return Reply.error(f"I can't find a recurring poll series {number}. The series number is in each "
                               "poll's footer, e.g. `series 2`.")
        polls = [self.store.get(i) for i in self.series.poll_ids(series.id)]
        rows = [(poll, self.store.tally(poll)) for poll in polls if poll is not None]
        turnouts = {poll.id: self.turnout(poll) for poll, _tally in rows}
        return render.series_message(series, rows, self.clock.now(), turnouts)

    def stop_series(self, number: int, ctx: Request) -> Reply:
        series = self._find_series(number, ctx.user_id)
        if series is None:
            return Reply.error(f"I can't find a recurring poll series {number}. The series number is in each "
                               "poll's footer, e.g. `series 2`.")
        if series.creator_id != ctx.user_id:
            return Reply.error(f"Only the person who set up series {series.id} ({render.mention(series.creator_id)}) "
                               f"can stop it. `/cyber poll series {series.id}` shows how it's going.")
        if not self.series.stop(series.id, ctx.user_id, self.clock.now()):
            return Reply.simple(f"Series {series.id} has already ended; no more polls will go up.")
        still_open = [p for p in (self.store.get(i) for i in self.series.poll_ids(series.id))
                      if p is not None and p.status == "open"]
        extra = ""
        if still_open:
            current = still_open[-1]
            closes = f" closes {format_moment(current.closes_at, current.zone)}" if current.closes_at else " stays open"
            extra = f" Poll {current.id}, already up,{closes} as planned."
        return Reply.simple(f"Stopped series {series.id}: no more polls will go up.{extra}", kind="poll_series_stopped")

    def _post_occurrences(self, now: datetime) -> None:
        """Post each occurrence that has come due, its post leased to this replica; then take over
        the posts whose lease ran out (the holder died, or its post failed), each looked for in
        Slack by its key first and posted only if it is not there."""
        if self.series.anything_due(now):
            for team, poll_id in self.series.claim_due(now):
                if self._workspace(team, "recurring polls"):
                    with acting_for(team):
                        self._post_occurrence(poll_id)
        for team, poll_id, attempts in self.series.claim_stale_posts(now):
            if self._workspace(team, "recurring polls"):
                with acting_for(team):
                    self._post_occurrence(poll_id, taken_over=True, attempts=attempts)

    def _post_occurrence(self, poll_id: int, taken_over: bool = False, attempts: int = 0) -> None:
        """Post a claimed occurrence and finish its lease; on a failure the lease is left to run
        out, and whoever takes it over looks for the post before trying again."""
        poll = self.store.get(poll_id)
        if poll is None or poll.series_id is None or poll.message_ts:
            return
        if taken_over:     # its holder may have posted before it died
            since = f"{(poll.created_at - timedelta(minutes=10)).timestamp():.6f}"
            found = self.messenger.find_posted(poll.channel_id, POLL_EVENT, f"poll-{poll_id}", since_ts=since)
            if found is not None:
                log.info("poll %s of series %s was in Slack after all (ts %s); recording it", poll_id,
                         poll.series_id, found.ts)
                self.series.posted(poll_id, found.channel, found.ts)
                self.updater.mark(poll_id)
                return
            if attempts >= RECONCILE_TRIES:   # looked for just now, and it is not there: safe to remove
                log.error("giving up on poll %s of series %s: Slack never took its message", poll_id,
                          poll.series_id)
                self._give_up(poll)
                return
        try:
            posted = self.messenger.post(poll.channel_id, self.render_message(poll), metadata=poll_metadata(poll.id))
        except Exception:  # noqa: BLE001 - the lease runs out and is taken over, asking Slack first
            log.exception("could not post poll %s of series %s; will look for it and retry", poll.id,
                          poll.series_id)
            return
        self.series.posted(poll.id, posted.channel, posted.ts)

    # -- turnout and nudges -------------------------------------------------------------------------
    def turnout(self, poll: Poll) -> Turnout | None:
        """ "9 of 14 voted", against the channel's people; None when the channel cannot be listed."""
        members = self.members.members(poll.channel_id)
        if members is None:
            return None
        voted, outside = self.store.voted_among(poll, members)
        return Turnout(len(members), len(voted), outside)

    def nudge(self, poll_id: int, ctx: Request) -> Reply:
        """DM the channel's members who have not voted: once per poll, creator only, counts only."""
        poll = self.visible(poll_id, ctx.user_id)
        if poll is None:
            return _missing(poll_id)
        if poll.creator_id != ctx.user_id:
            return Reply.error(f"Only the person who created poll {poll_id} ({render.mention(poll.creator_id)}) can "
                               "nudge people about it. Nothing was sent.")
        now = self.clock.now()
        if not poll.is_open_at(now):
            return Reply.error(f"Poll {poll_id} has closed, so there's nobody left to nudge. "
                               f"See its results with `/cyber poll results {poll_id}`.")
        already = self.nudges.nudged(poll_id)
        if already:
            return Reply.error(f"You already nudged poll {poll_id} ({already['recipients']} people); I nudge once per "
                               "poll so nobody is pestered. Nothing more was sent.")
        self.members.forget(poll.channel_id)
        members = self.members.members(poll.channel_id)
        if members is None:
            return Reply.error("I can't see who is in this channel, so I can't tell who hasn't voted. "
                               "Nothing was sent.")
        voted, _outside = self.store.voted_among(poll, members)
        waiting = [m for m in members if m not in voted and m != ctx.user_id]
        if not waiting:
            return Reply.simple(f"Everyone here has voted in poll {poll_id} ({len(voted)} of {len(members)}), "
                                "so there's nobody to nudge.", kind="poll_nudge")
        if not self.nudges.claim(poll_id, ctx.user_id, waiting, now):
            return Reply.error(f"Poll {poll_id} has already been nudged; I nudge once per poll. Nothing more was sent.")
        self.nudger.wake()
        seconds = max(1, round(len(waiting) / self.nudger.per_second))
        pace = "" if seconds <= 5 else f" over the next {_duration_seconds(seconds)} (Slack limits how fast I may send)"
        reply = Reply.simple(
            f"Nudging {render.plural(len(waiting), 'person', 'people')} who haven't voted yet in poll {poll_id} "
            f"({len(voted)} of {len(members)} have). I'll send each a direct message{pace}. I nudge once per poll "
            "and never message anyone who has already voted.", kind="poll_nudge")
        reply.data.update({"poll_id": poll_id, "nudged": len(waiting), "voted": len(voted), "members": len(members)})
        return reply

    def _send_nudge(self, nudge: QueuedNudge, user_id: str) -> bool:
        """One DM this replica holds (runs on the nudge thread), keyed so it is sent once: skipped
        when the poll closed or they voted meanwhile; taken over from a holder that died, first
        looked for in their DM. A DM that fails stays leased and is taken over when that runs out."""
        poll = self.store.get(nudge.poll_id)
        if poll is None or not poll.is_open_at(self.clock.now()):
            self.nudges.finish(nudge.poll_id, user_id)
            return False
        key = nudge_key(poll.id, user_id)
        if nudge.taken_over:
            since = f"{(poll.created_at - timedelta(minutes=10)).timestamp():.6f}"
            if self.messenger.find_posted(user_id, NUDGE_EVENT, key, since_ts=since) is not None:
                self.nudges.finish(poll.id, user_id)
                return True          # sent by the holder before it died, never counted
        voted, _ = self.store.voted_among(poll, [user_id])
        if voted:
            self.nudges.finish(poll.id, user_id)
            return False
        self.messenger.post(user_id, render.nudge_message(poll), metadata=idempotency_metadata(NUDGE_EVENT, key))
        self.nudges.finish(poll.id, user_id)
        return True

    def visible(self, poll_id: int, user_id: str | None) -> Poll | None:
        """The poll, if this person may see it (its creator, or a member of its channel); else
        None, exactly as if there were no such poll, so guessing ids reveals nothing."""
        poll = self.store.get(poll_id)
        if poll is None or not self.access.may_see(user_id, poll.creator_id, poll.channel_id):
            return None
        return poll

    def close_poll(self, poll_id: int, ctx: Request) -> Reply:
        poll = self.visible(poll_id, ctx.user_id)
        if poll is None:
            return _missing(poll_id)
        if poll.creator_id != ctx.user_id:
            return Reply.error(f"Only the person who created poll {poll_id} ({render.mention(poll.creator_id)}) "
                               f"can close it. You can see how it's going with `/cyber poll results {poll_id}`.")
        if poll.status == "closed" or not self.store.claim_close(poll_id, ctx.user_id, self.clock.now()):
            return Reply.simple(f"Poll {poll_id} is already closed. See its results with "
                                f"`/cyber poll results {poll_id}`.")
        try:
            self.announce(poll_id)
        except Exception:  # noqa: BLE001
            log.exception("could not announce the results of poll %s", poll_id)
            return Reply.simple(f"Poll {poll_id} is closed, but I couldn't post its results just now. "
                                "I'll try again in a couple of minutes.")
        return Reply.simple(f"Poll {poll_id} is closed and its final results are in the channel.")

    def show_results(self, poll_id: int, ctx: Request) -> Reply:
        poll = self.visible(poll_id, ctx.user_id)
        if poll is None:
            return _missing(poll_id)
        tally = self.store.tally(poll)
        return render.results_message(poll, tally, self.trend(poll), self.clock.now(), visibility="ephemeral",
                                      turnout=self.turnout(poll))

    # -- voting ---------------------------------------------------------------------------------
    def on_vote_click(self, value: str, ctx: Request) -> ActionResult:
        match = _VALUE.match(value or "")
        if not match:
            return ActionResult(ephemeral=Reply.error("Sorry, that button doesn't belong to a poll I know, "
                                                      "so nothing was recorded."))
        return ActionResult(ephemeral=self.cast(int(match.group(1)), int(match.group(2)), ctx.user_id))

    def vote_command(self, args: str, ctx: Request) -> Reply:
        try:
            poll_id, wanted = parse.parse_vote_args(args)
        except parse.PollParseError as exc:
            return Reply.error(exc.message)
        poll = self.visible(poll_id, ctx.user_id)
        if poll is None:
            return _missing(poll_id)
        index = _choose_option(poll, wanted)
        if index is None:
            choices = ", ".join(f"{o.number} = {escape_mrkdwn(o.text)}" for o in poll.options)
            return Reply.error(f"Poll {poll_id} has no option like “{escape_mrkdwn(shorten(wanted, 40))}”. "
                               f"Its options are: {choices}. Vote with e.g. `/cyber vote {poll_id} 1`.")
        return self.cast(poll_id, index, ctx.user_id)

    def cast(self, poll_id: int, index: int, user_id: str) -> Reply:
        """One vote, from someone who may see the poll; anyone else is told there is no such poll."""
        if self.visible(poll_id, user_id) is None:
            return _vote_reply(VoteOutcome("missing"), poll_id)
        outcome = self.store.vote(poll_id, user_id, index, self.clock.now())
        if outcome.kind in ("added", "moved", "removed"):
            self.updater.mark(poll_id)
        return _vote_reply(outcome, poll_id)

    # -- closing on time, and keeping messages current -----------------------------------------
    def tick(self, now: datetime) -> None:
        """The scheduler's job: close what is due, finish lost announcements, redraw what is behind."""
        for team, poll_id in self.store.due(now):
            # a workspace that uninstalled the app keeps its poll open (stop_team closes it)
            if self._workspace(team, "poll closes"):
                with acting_for(team):
                    if self.store.claim_close(poll_id, "schedule", now):
                        self._announce_logged(poll_id, retry=False)
        self._post_occurrences(now)
        for team, poll_id in self.store.claim_stale_announcements(now):
            if self._workspace(team, "poll results"):
                with acting_for(team):
                    self._announce_logged(poll_id, retry=True)
        for team, poll_id in self.store.unshown():
            if self._workspace(team, "poll redraws"):
                with acting_for(team):
                    self.updater.mark(poll_id)
        self.reconcile(now)
        if self.nudges.waiting():      # nudges left unsent by a restart
            self.nudger.wake()

    def stop_team(self, team: str, now: datetime) -> dict[str, int]:
        """Stop a workspace's polls (``PollStore.stop_team``), and forget its polls still to settle."""
        for poll_id in [p for p, t in self._unsettled_team.items() if t == team]:
            self._unsettled.pop(poll_id, None)
            self._unsettled_team.pop(poll_id, None)
        return self.store.stop_team(team, now)

    def _workspace(self, team: str, what: str) -> bool:
        """Whether a workspace's scheduled work can go out (False, logged once, once it uninstalled us)."""
        return self.messengers is None or self.messengers.serving(team, what) is not None

    # -- polls whose message may or may not be in Slack -------------------------------------------
    def reconcile(self, now: datetime) -> None:
        """Settle every poll with no recorded message: found by its key, posted once, or given up."""
        for poll in self.store.unposted(now - UNPOSTED_AFTER):
            self._unsettled.setdefault(poll.id, (0, now))
            self._unsettled_team[poll.id] = poll.team_id
        for poll_id, (tries, not_before) in list(self._unsettled.items()):
            if now < not_before:
                continue
            team = self._unsettled_team.get(poll_id, "")
            if not self._workspace(team, "polls still to post"):
                continue
            try:
                with acting_for(team):
                    settled = self._settle(poll_id, tries)
            except Exception as exc:  # noqa: BLE001 - Slack or the database is down: later
                log.warning("could not settle poll %s yet (%s: %s)", poll_id, type(exc).__name__, exc)
                settled = False
            if settled:
                self._unsettled.pop(poll_id, None)
                self._unsettled_team.pop(poll_id, None)
            else:
                self._unsettled[poll_id] = (tries + 1, now + timedelta(seconds=min(300, 5 * 2 ** tries)))

    def _settle(self, poll_id: int, tries: int) -> bool:
        poll = self.store.get(poll_id)
        if poll is None or poll.message_ts:
            return True
        since = f"{(poll.created_at - timedelta(minutes=10)).timestamp():.6f}"
        found = self.messenger.find_posted(poll.channel_id, POLL_EVENT, f"poll-{poll_id}", since_ts=since)
        if found is not None:
            log.info("poll %s was in Slack after all (ts %s); recording it", poll_id, found.ts)
            self.store.set_message(poll_id, found.channel, found.ts)
            self.updater.mark(poll_id)
            return True
        if tries >= RECONCILE_TRIES:   # looked for just now, and it is not there: safe to remove
            log.error("giving up on poll %s: Slack never took its message", poll_id)
            self._give_up(poll)
            return True
        try:
            posted = self.messenger.post(poll.channel_id, self.render_message(poll), metadata=poll_metadata(poll_id))
        except PostOutcomeUnknown:
            return False
        except Exception:  # noqa: BLE001 - Slack refused it for certain
            log.exception("could not post poll %s to %s", poll_id, poll.channel_id)
            self._give_up(poll)
            return True
        log.info("poll %s is posted (ts %s) after its first answer was lost", poll_id, posted.ts)
        self.store.set_message(poll_id, posted.channel, posted.ts)
        return True

    def _give_up(self, poll: Poll) -> None:
        self.store.delete(poll.id)
        try:
            self.messenger.post(poll.creator_id, Reply.error(
                f"Sorry, I couldn't post your poll “{escape_mrkdwn(shorten(poll.question, 80))}” in "
                f"<#{poll.channel_id}>: Slack didn't take it. Please run the command again."),
                metadata=idempotency_metadata(NOTICE_EVENT, f"poll-{poll.id}-lost"))
        except Exception:  # noqa: BLE001
            log.warning("could not tell %s that poll %s was not posted", poll.creator_id, poll.id)

    def _announce_logged(self, poll_id: int, retry: bool) -> None:
        try:
            self.announce(poll_id, retry=retry)
        except Exception:  # noqa: BLE001 - the lease lets a later tick try again
            log.exception("could not announce the results of poll %s; will retry", poll_id)

    def announce(self, poll_id: int, retry: bool = False) -> None:
        """Post the final results once; on a retry, first ask Slack whether we already did."""
        poll = self.store.get(poll_id)
        if poll is None:
            return
        key = f"poll-results-{poll_id}"
        already = retry and self.messenger.find_posted(poll.channel_id, RESULTS_EVENT, key,
                                                           since_ts=poll.message_ts)
        if not already:
            turnout = self.turnout(poll)
            if turnout is not None:
                self.nudges.keep_final(poll.id, turnout)
            results = render.results_message(poll, self.store.tally(poll), self.trend(poll), self.clock.now(),
                                             turnout=turnout)
            posted = self.messenger.post(poll.channel_id, results,
                                         metadata={"event_type": RESULTS_EVENT,
                                                   "event_payload": {"key": key, "poll_id": poll_id}})
            self._post_charts(poll, turnout, results, posted)
        self.store.mark_announced(poll_id)
        self.updater.mark(poll_id)

    # -- charts ---------------------------------------------------------------------------------------
    def chart(self, poll_id: int) -> bytes:
        """The results chart as PNG bytes (what ``cyberbot polls chart ID`` writes)."""
        from bot.polls.chart import poll_chart

        poll = self.store.get(poll_id)
        if poll is None:
            raise LookupError(f"there is no poll {poll_id}")
        if not poll.counts_visible():
            raise LookupError(f"poll {poll_id} keeps its results hidden until it closes")
        # a closed poll's chart shows the turnout its results showed, wherever it is drawn
        turnout = (self.nudges.final(poll.id) if poll.status == "closed" else None) or self.turnout(poll)
        return poll_chart(poll, self.store.tally(poll), turnout.text() if turnout else None)

    def series_chart(self, series_id: int) -> bytes:
        from bot.polls.chart import series_chart

        series = self.series.get(series_id)
        if series is None:
            raise LookupError(f"there is no recurring poll series {series_id}")
        polls = [self.store.get(i) for i in self.series.poll_ids(series_id)]
        rows = [(p, self.store.tally(p)) for p in polls if p is not None]
        return series_chart(series.question, series.kind, series.zone, rows)

    def _post_charts(self, poll: Poll, turnout, results: Reply, posted) -> None:
        """The closing chart, and for a series the trend so far, in the results' thread. The text
        results are already posted: a chart that fails is logged, never a lost announcement."""
        upload = getattr(self.messenger, "upload_file", None)
        if upload is None:
            return
        from bot.core.replies import render_plain

        try:
            upload(poll.channel_id, f"poll-{poll.id}-results.png", self.chart(poll.id),
                   f"Results: {shorten(poll.question, 120)}", render_plain(results)[:1000],
                   thread_ts=getattr(posted, "ts", None))
            if poll.series_id is not None:
                visible = [p for p in (self.store.get(i) for i in self.series.poll_ids(poll.series_id))
                           if p is not None and p.counts_visible()]
                if len(visible) >= 2:
                    listing = render.series_message(self.series.get(poll.series_id),
                                                    [(p, self.store.tally(p)) for p in visible], self.clock.now())
                    upload(poll.channel_id, f"poll-series-{poll.series_id}-trend.png",
                           self.series_chart(poll.series_id), f"Trend: {shorten(poll.question, 120)}",
                           render_plain(listing)[:1000], thread_ts=getattr(posted, "ts", None))
        except Exception:  # noqa: BLE001
            log.exception("could not post the chart for poll %s; the text results are up", poll.id)

    def render_message(self, poll: Poll, tally: Tally | None = None) -> Reply:
        tally = tally or self.store.tally(poll)
        return render.poll_message(poll, tally, self.trend(poll), self.clock.now())

    def close(self) -> None:
        """Stop the message updater and the nudges; call before the bot's database is closed."""
        self.updater.stop()
        self.nudger.stop()

    def _push(self, poll_id: int) -> None:
        """Redraw one poll's message from the database as it is now (runs on the updater thread).

        The storage gives the updater thread a connection of its own; ``close`` stops the
        updater before the assistant closes the database, so no push is ever cut off mid-way.
        """
        store = self.store
        poll = store.get(poll_id)
        if poll is None or not poll.message_ts:
            return
        if not store.claim_redraw(poll_id, self.clock.now()):
            # another replica updated this message less than a second ago: ours goes out next
            self.updater.mark(poll_id)
            return
        message = render.poll_message(poll, store.tally(poll), self.trend(poll, store), self.clock.now())
        try:
            self.messenger.update(poll.channel_id, poll.message_ts, message)
        except Exception:
            self._update_failures[poll_id] += 1
            if self._update_failures[poll_id] >= MAX_UPDATE_FAILURES:   # e.g. the message was deleted
                store.mark_shown(poll_id, poll.version)
            raise
        self._update_failures.pop(poll_id, None)
        store.mark_shown(poll_id, poll.version)

    def trend(self, poll: Poll, store: PollStore | None = None) -> Trend | None:
        """A pulse's mean against the last time the same question was asked in this channel."""
        store = store or self.store
        if not poll.is_pulse or not poll.counts_visible():
            return None
        before = store.previous_pulse(poll)
        if before is None:
            return None
        now_mean, then_mean = store.tally(poll).mean(), store.tally(before).mean()
        if now_mean is None or then_mean is None:
            return None
        return Trend(then_mean, before.created_at, round(now_mean, 1) - round(then_mean, 1))


def poll_metadata(poll_id: int) -> dict:
    """The poll message's idempotency key: how it is found again after a lost answer or a crash."""
    return {"event_type": POLL_EVENT, "event_payload": {"key": f"poll-{poll_id}", "poll_id": poll_id}}


def _duration_seconds(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    return f"{round(seconds / 60)} minutes"


def _duration(delta) -> str:
    minutes = round(delta.total_seconds() / 60)
    if minutes % (60 * 24) == 0:
        days = minutes // (60 * 24)
        return f"{days} day{'s' if days != 1 else ''}"
    if minutes % 60 == 0:
        return f"{minutes // 60} hour{'s' if minutes != 60 else ''}"
    return f"{minutes} minutes"


def _choose_option(poll: Poll, wanted: str) -> int | None:
    """A number, the option's text, or something close to it ("yes" for "Yes, definitely")."""
    text = wanted.strip().casefold()
    if text.isdigit():
        number = int(text)
        return number - 1 if 1 <= number <= len(poll.options) else None
    for option in poll.options:
        if option.text.casefold() == text:
            return option.index
    starts = [o.index for o in poll.options if o.text.casefold().startswith(text)]
    if len(starts) == 1:
        return starts[0]
    hit = process.extractOne(text, {o.index: o.text.casefold() for o in poll.options},
                             scorer=fuzz.WRatio, score_cutoff=75)
    return hit[2] if hit else None


def _vote_reply(outcome: VoteOutcome, poll_id: int) -> Reply:
    poll, option = outcome.poll, outcome.option
    shown = f"*{escape_mrkdwn(option.text)}*" if option else ""
    if outcome.kind == "missing":
        return Reply.error(f"Sorry, poll {poll_id} isn't available any more (it may have been deleted), "
                           "so nothing was recorded.")
    if outcome.kind == "closed":
        return Reply.simple(f"Sorry, this poll has closed, so your vote wasn't counted. "
                            f"See the results with `/cyber poll results {poll_id}`.", kind="poll_closed")
    if outcome.kind == "bad_option":
        return Reply.error(f"That isn't one of the options in poll {poll_id}, so nothing was recorded.")
    private = " Your vote is anonymous." if poll and poll.anonymous else ""
    if outcome.kind == "kept":
        text = f"You've already voted for {shown}; it still counts once."
    elif outcome.kind == "removed":
        text = f"Removed your vote for {shown}."
    elif outcome.kind == "moved":
        before = ", ".join(f"*{escape_mrkdwn(o.text)}*" for o in outcome.previous)
        text = f"Changed your vote from {before} to {shown}."
    else:
        text = f"Thanks, your vote for {shown} is in."
    return Reply.simple(text + private, kind="poll_vote")


def _limit_reply(exc: PollLimit) -> Reply:
    if exc.which == "person":
        return Reply.error(
            f"You've started {exc.count} polls in the last hour, which is as many as I run for one person "
            "in an hour. Please try again a little later; nothing was posted this time.")
    return Reply.error(
        f"This channel already has {exc.count} polls open, which is as many as I keep open in one channel. "
        "Close one you no longer need with `/cyber poll close ID` (the id is at the bottom of each poll), "
        "then try again. Nothing was posted this time.")


def _missing(poll_id: int) -> Reply:
    return Reply.error(f"I can't find poll {poll_id}. Check the number at the bottom of the poll message.")


def _usage() -> Reply:
    return Reply.simple(
        "*Polls*\n"
        "\u2022 `/cyber poll \"Question\" \"Option 1\" \"Option 2\"` posts a poll here (2 to 10 options). "
        "Add `anonymous` (a pulse is anonymous unless you add `named`), `multiple` (choose several), "
        "`hidden` (results shown at close) or `closes WHEN` "
        "(e.g. `closes friday 5pm`).\n"
        "\u2022 `/cyber poll pulse \"Question\"` asks for a 1 to 5 score (1 = not at all, 5 = fully).\n"
        "\u2022 `/cyber poll results ID` shows results so far; `/cyber poll close ID` closes your poll; "
        "`/cyber poll nudge ID` messages the people here who haven't voted (once per poll).\n"
        "\u2022 Add `every 2 weeks on Thursday at 10:00` (and `until 31 March`) for a recurring series; "
        "`/cyber poll series ID` shows it and its trend, `/cyber poll stop ID` ends it.",
        kind="help")
