"""Reading what a person typed and sending it to the feature that handles it.

Slack slash commands, mentions, DMs and the console all come through ``Router.handle`` so the
same words do the same thing everywhere. Features register their subcommands; the router
owns help, and the kind message for a subcommand it does not know (naming the closest one).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable, Literal

from rapidfuzz import fuzz, process

from bot.core import regexes
from bot.core.replies import Reply
from bot.core.text import clean, escape_mrkdwn, shorten

log = logging.getLogger(__name__)

Surface = Literal["console", "slash", "mention", "dm", "action", "view", "shortcut", "home"]
MAX_COMMAND_CHARS = 4000
# "what can you do?" and friends ask for the help text, in any surface.
_HELP = regexes.compile(r"^(?:help(?: me)?(?: please)?|what can (?:you|i ask you|i ask) do|what can i ask(?: you)?|"
                   r"what do you do|how do i use (?:you|this|this bot)|how does this work|what are you for)"
                   r"\s*[?!.]*$", re.IGNORECASE)


@dataclass
class Request:
    """Who is asking, and where: the named facts the core uses, never a Slack payload."""

    user_id: str
    channel_id: str | None = None
    surface: Surface = "console"
    user_name: str | None = None
    trigger_id: str | None = None       # Slack lets a modal open from this request (slash, shortcut, click)
    message_text: str | None = None     # a message shortcut: the message it was used on
    message_link: str | None = None     # ...and its permalink
    conversation: Literal["channel", "im", "mpim"] | None = None   # what kind of conversation channel_id is
    team_id: str | None = None          # the Slack workspace (or org, for an org-wide install) it came from

    @property
    def can_open_forms(self) -> bool:
        return bool(self.trigger_id)

    @property
    def in_console(self) -> bool:
        return self.surface == "console"


@dataclass(frozen=True)
class Command:
    name: str          # the subcommand, or "ask" for a plain question
    args: str          # the rest of the text, as typed
    raw: str


@dataclass(frozen=True)
class Subcommand:
    name: str
    handler: Callable[[str, Request], Reply]
    usage: str
    summary: str
    console_only: bool = False
    hidden: bool = False
    aliases: tuple[str, ...] = ()
    # Whether the words after the name are meant for this subcommand; when they are not, the
    # text is read as a question ("deadline for the stocktake returns?" is not `deadline add`).
    accepts: Callable[[str], bool] | None = None


class Router:
    def __init__(self, prefix: str = "/cyber"):
        self.prefix = prefix
        self._subcommands: dict[str, Subcommand] = {}
        self._aliases: dict[str, str] = {}
        self.register("help", self._help, "help", "what I can do")

    def register(self, name: str, handler: Callable[[str, Request], Reply], usage: str, summary: str,
                 console_only: bool = False, aliases: tuple[str, ...] = (), hidden: bool = False) -> None:
        self.add(Subcommand(name, handler, usage, summary, console_only, hidden, aliases))

    def add(self, sub: Subcommand) -> None:
        self._subcommands[sub.name] = sub
        for alias in sub.aliases:
            self._aliases[alias] = sub.name

    def names(self, ctx: Request | None = None) -> list[str]:
        return [n for n, s in self._subcommands.items()
                if not s.hidden and (not s.console_only or ctx is None or ctx.in_console)]

    # -- parsing ----------------------------------------------------------------------------
    def parse(self, text: str, ctx: Request) -> Command | Reply:
        """A Command, or a Reply that explains what went wrong and what to type instead."""
        text = clean(text)
        if len(text) > MAX_COMMAND_CHARS:
            return Reply.error(
                f"That message is {len(text):,} characters long; I can read up to {MAX_COMMAND_CHARS:,}. "
                "Please shorten it and try again."
            )
        body = text
        explicit = ctx.surface == "slash" or body.lower().startswith(self.prefix)
        if body.lower().startswith(self.prefix):
            rest = body[len(self.prefix):]
            if rest and not rest[0].isspace():
                return self._unknown(body.split()[0], ctx)
            body = rest.strip()
        if not body:
            return Command("help", "", text)
        first, _, rest = body.partition(" ")
        word = first.lower().rstrip(":,")
        name = self._aliases.get(word, word)
        sub = self._subcommands.get(name)
        if sub and sub.accepts is not None and not sub.accepts(rest.strip()):
            if self._looks_like_question(body, word):
                return Command("ask", body, text)
        elif sub and (not sub.console_only or ctx.in_console):
            return Command(name, rest.strip(), text)
        if sub and sub.console_only and word == name:
            return Reply.error(
                f"`{self.prefix} {name}` is for the console (`cyberbot chat`) only. "
                "In Slack, use the buttons on the message instead."
            )
        if _HELP.match(body):
            return Command("help", "", text)
        if explicit and self._near_subcommand(word, ctx):
            return self._unknown(first, ctx)
        if self._looks_like_question(body, word) and not (len(body.split()) == 1 and self._near_subcommand(word, ctx, 70)):
            return Command("ask", body, text)
        return self._unknown(first, ctx)

    def _near_subcommand(self, word: str, ctx: Request, cutoff: int = 80) -> bool:
        """"/cyber remnd tomorrow 9am ..." is a typo of a command, not a question."""
        return process.extractOne(word, self.names(ctx), scorer=fuzz.ratio, score_cutoff=cutoff) is not None

    @staticmethod
    def _looks_like_question(body: str, word: str) -> bool:
        """Anything in words is a question ("dmarc", "hi", "board toolkit"); a lone token that
        starts with a symbol ("@channel", "/remind", "<x>") is a command we do not know."""
        return body.endswith("?") or len(body.split()) >= 3 or word[:1].isalnum()

    def _unknown(self, word: str, ctx: Request) -> Reply:
        names = self.names(ctx)
        hit = process.extractOne(word.lower().lstrip("/"), names, scorer=fuzz.ratio, score_cutoff=50)
        shown = escape_mrkdwn(shorten(word, 40))
        if hit:
            sub = self._subcommands[hit[0]]
            return Reply.error(
                f"I don't know the command `{shown}`. Did you mean `{self.prefix} {sub.usage}`? "
                f"Type `{self.prefix} help` for everything I can do."
            )
        return Reply.error(
            f"I don't know the command `{shown}`. Type `{self.prefix} help` for everything I can do, "
            f"or ask me a question, e.g. `{self.prefix} ask what is Web Check?`"
        )

    # -- dispatch ---------------------------------------------------------------------------
    def handle(self, text: str, ctx: Request) -> Reply:
        parsed = self.parse(text, ctx)
        if isinstance(parsed, Reply):
            return parsed
        return self.dispatch(parsed, ctx)

    def dispatch(self, command: Command, ctx: Request) -> Reply:
        sub = self._subcommands[command.name]
        return sub.handler(command.args, ctx)

    def _help(self, args: str, ctx: Request) -> Reply:
        lines = ["*Here's what I can do:*"]
        for name in self.names(ctx):
            sub = self._subcommands[name]
            lines.append(f"\u2022 `{self.prefix} {sub.usage}`: {sub.summary}")
        if ctx.surface in ("mention", "dm"):
            lines.append("You can also just ask me a question in plain English.")
        else:
            lines.append("Or just type a question in plain English.")
        return Reply.simple("\n".join(lines), kind="help")
