"""The answers feature's subcommands and buttons: ask, topics, feedback,
suggestions and "Share in channel".

Slack's listeners only carry clicks here and apply the ``ActionResult``; what an answer says
when shared, and who may share it, is decided here like every other button.
"""

from __future__ import annotations

from collections import Counter
import json
import re

from bot.core import regexes
from bot.core.buttons import ActionResult
from bot.answers.answerer import Answerer
from bot.answers.replies import answer_reply, entry_answer
from bot.core.router import Request, Subcommand
from bot.answers.knowledge import KnowledgeBase
from bot.core.replies import Note, Reply
from bot.core.text import escape_mrkdwn, plain_from_slack

SHARE_ACTION = "share_answer"
_USER_ID = regexes.compile(r"^[UW][A-Z0-9]+$")


class AnswerCommands:
    def __init__(self, kb: KnowledgeBase, answerer: Answerer, clock, council: bool = False):
        self.kb = kb
        self.answerer = answerer
        self.clock = clock
        self.council = council     # unsure replies offer "Ask the council" (a bool, or () -> bool per workspace)

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("ask", self.ask, "ask QUESTION", "answer a question from the knowledge base"),
            Subcommand("topics", self.topics, "topics", "what the knowledge base covers"),
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
        # the console is its own curator channel: the operator asks and answers there
        offered = not answer.answered and (self.council() if callable(self.council) else self.council)
        reply = answer_reply(answer, visibility, council=offered or ctx.in_console)
        if not answer.answered and not answer.intent and len(args.split()) <= 2:
            # One or two words we could not place may have been meant as a command.
            reply.blocks.append(Note(("Type `/cyber help` for everything I can do.",)))
        return reply

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


def _without_mentions(text: str) -> str:
    """"@channel what is web check?" or "@security-team what is web check?" asks about Web Check."""
    return re.sub(r"(?<![\w@])@[\w.-]+", " ", text)


def _clip_list(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(", ", 1)[0] + ", \u2026"
