"""The answers feature's subcommands and buttons: ask, topics, events, deadlines, feedback,
suggestions and "Share in channel".

Slack's listeners only carry clicks here and apply the ``ActionResult``; what an answer says
when shared, and who may share it, is decided here like every other button.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import json
import re

from bot.core.buttons import ActionResult
from bot.answers.answerer import Answerer, answer_reply, entry_answer
from bot.core.router import Request, Subcommand
from bot.answers.knowledge import Entry, KnowledgeBase
from bot.core.replies import Note, Reply, Text
from bot.core.text import escape_mrkdwn, plain_from_slack

RECENT_EVENTS = 10


SHARE_ACTION = "share_answer"
_USER_ID = re.compile(r"^[UW][A-Z0-9]+$")


class AnswerCommands:
    def __init__(self, kb: KnowledgeBase, answerer: Answerer, clock):
        self.kb = kb
        self.answerer = answerer
        self.clock = clock

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("ask", self.ask, "ask QUESTION", "answer a question from the knowledge base"),
            Subcommand("topics", self.topics, "topics", "what the knowledge base covers"),
            Subcommand("events", self.events, "events", "upcoming (and recent) summits and events"),
            Subcommand("deadlines", self.deadlines, "deadlines", "curated deadlines, such as stocktake returns"),
        ]

    def buttons(self) -> dict:
        return {
            "feedback_helpful": lambda value, ctx: self.feedback(value, ctx, True),
            "feedback_not_helpful": lambda value, ctx: self.feedback(value, ctx, False),
            "ask_suggestion_*": self.suggestion,
            SHARE_ACTION: self.share,
        }

    def ask(self, args: str, ctx: Request) -> Reply:
        answer = self.answerer.answer(_without_mentions(plain_from_slack(args)))
        visibility = "channel" if ctx.surface in ("mention", "dm") else "ephemeral"
        return answer_reply(answer, visibility)

    def feedback(self, value: str, ctx: Request, helpful: bool) -> ActionResult:
        try:
            data = json.loads(value)
            question, entry_id = str(data["q"]), data.get("id")
        except (ValueError, KeyError, TypeError):
            return ActionResult(ephemeral=Reply.error("Sorry, I couldn't read that vote. Please ask again."))
        if entry_id is not None and entry_id not in self.kb.by_id:
            entry_id = None
        self.answerer.gaps.record_feedback(question, entry_id, ctx.user_id, helpful)
        thanks = "Thanks, glad it helped." if helpful else \
            "Thanks for telling me. I've logged it so a curator can improve the answer."
        return ActionResult(ephemeral=Reply.simple(thanks, kind="feedback"))

    def suggestion(self, value: str, ctx: Request) -> ActionResult:
        entry = self.kb.by_id.get(value)
        if entry is None or entry.unknown:
            return ActionResult(ephemeral=Reply.error("Sorry, I no longer have that topic. Try `/cyber topics`."))
        return ActionResult(ephemeral=answer_reply(entry_answer(entry)))

    def share(self, value: str, ctx: Request) -> ActionResult:
        """Post an answer someone saw privately for the whole channel, saying who shared it."""
        try:
            data = json.loads(value)
            entry = self.kb.by_id.get(str(data["id"]))
            question = str(data.get("q") or "")
        except (ValueError, KeyError, TypeError, AttributeError):
            entry, question = None, ""
        if entry is None or entry.unknown:
            return ActionResult(ephemeral=Reply.error(
                "Sorry, I couldn't share that answer any more. Ask me again with `/cyber ask`."))
        reply = answer_reply(entry_answer(entry, question or None), visibility="channel")
        who = f"<@{ctx.user_id}>" if _USER_ID.match(ctx.user_id or "") else "someone"
        reply.blocks.append(Note((f"Shared by {who}",)))
        return ActionResult(share_in_channel=reply)

    def topics(self, args: str, ctx: Request) -> Reply:
        counts = Counter(e.topic for e in self.kb.answerable())
        lines = ["*What I know about* (ask me anything on these):"]
        for topic in self.kb.topics.values():
            if counts.get(topic.id):
                examples = ", ".join(e.title for e in self.kb.answerable() if e.topic == topic.id)
                lines.append(f"\u2022 *{escape_mrkdwn(topic.title)}* ({counts[topic.id]}): "
                             f"{escape_mrkdwn(_clip_list(examples))}")
        return Reply.simple("\n".join(lines), kind="topics")

    def events(self, args: str, ctx: Request) -> Reply:
        today = self.clock.now().date()
        events = self.kb.events()
        upcoming = [e for e in events if _last_day(e) >= today]
        past = [e for e in events if _last_day(e) < today][-RECENT_EVENTS:]
        blocks = []
        if upcoming:
            blocks.append(Text("*Upcoming events*\n" + "\n".join(_event_line(e) for e in upcoming)))
        else:
            blocks.append(Text("*No upcoming events* in my sources yet."))
        if past:
            blocks.append(Text("*Recent events (past)*\n" + "\n".join(_event_line(e, past=True) for e in reversed(past))))
        blocks.append(Note(("Ask me about any of them for details and sources.",)))
        return Reply(text="Summits and events", blocks=blocks, kind="events")

    def deadlines(self, args: str, ctx: Request) -> Reply:
        today = self.clock.now().date()
        items = self.kb.deadlines()
        upcoming = [e for e in items if e.deadline.date.latest() >= today]
        past = [e for e in items if e.deadline.date.latest() < today]
        blocks = []
        if upcoming:
            blocks.append(Text("*Coming up*\n" + "\n".join(_deadline_line(e, today) for e in upcoming)))
        else:
            blocks.append(Text("*No upcoming deadlines* in my sources."))
        if past:
            blocks.append(Text("*Past deadlines*\n" + "\n".join(_deadline_line(e, today) for e in reversed(past))))
        blocks.append(Note(("Set a reminder: `/cyber remind me about DEADLINE`.",)))
        return Reply(text="Cyber deadlines", blocks=blocks, kind="deadlines")


def _without_mentions(text: str) -> str:
    """"@channel what is web check?" or "@security-team what is web check?" asks about Web Check."""
    return re.sub(r"(?<![\w@])@[\w.-]+", " ", text)


def _last_day(entry: Entry) -> date:
    event = entry.event
    return (event.end or event.start).latest()


def _event_line(entry: Entry, past: bool = False) -> str:
    event = entry.event
    when = event.start.display()
    start, end = event.start, event.end
    if end and end != start:
        same_month = start.day and end.day and (start.year, start.month) == (end.year, end.month)
        when = f"{start.day}\u2013{end.display()}" if same_month else f"{when} to {end.display()}"
    place = f", {escape_mrkdwn(event.place)}" if event.place else ""
    return f"\u2022 {when}: *{escape_mrkdwn(entry.title)}*{place}" + (" (past)" if past else "")


def _deadline_line(entry: Entry, today: date) -> str:
    deadline = entry.deadline
    last = deadline.date.latest()
    if last < today:
        status = "(past)"
    else:
        days = (last - today).days
        status = "(today)" if days == 0 else f"(in {days} day{'s' if days != 1 else ''})"
    return f"\u2022 {deadline.date.display()}: {escape_mrkdwn(deadline.what)} {status}"


def _clip_list(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(", ", 1)[0] + ", \u2026"
