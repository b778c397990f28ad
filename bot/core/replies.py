"""What the bot says, independent of where it is said.

Core features return a ``Reply``: a few simple blocks (text, context lines, buttons). The Slack
handlers turn it into Block Kit; the console prints it. Keeping this small means a new feature
never needs a new renderer, and everything the bot can say is testable without Slack.

Text in blocks is Slack mrkdwn that is already safe: anything a user typed must pass through
``bot.text.escape_mrkdwn`` before it is put into a block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from bot.core import regexes
from bot.core.text import CHANNEL_REF

Visibility = Literal["ephemeral", "channel"]


@dataclass(frozen=True)
class Text:
    mrkdwn: str


@dataclass(frozen=True)
class Note:
    """Small grey print: sources, ids, who created a poll."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Button:
    label: str
    action_id: str
    value: str = ""
    style: Literal["primary", "danger"] | None = None
    url: str | None = None
    console_hint: str | None = None   # what to type in the console to do the same thing


@dataclass(frozen=True)
class Buttons:
    buttons: tuple[Button, ...]


@dataclass(frozen=True)
class Divider:
    pass


@dataclass(frozen=True)
class Header:
    """A short bold title (plain text): sections of the Home tab and of forms."""

    text: str


Block = Union[Text, Note, Buttons, Divider, Header]


@dataclass
class Reply:
    text: str                               # short safe mrkdwn summary: Slack's notification text
    blocks: list[Block] = field(default_factory=list)
    visibility: Visibility = "ephemeral"
    kind: str = "info"                      # answer, error, poll, reminder...: for logs and handlers
    data: dict = field(default_factory=dict)  # facts a handler may need (entry id, poll id...)
    # a form to open instead, where the surface can (a slash command in Slack); the text and
    # blocks are what everyone else sees (the console, or Slack when the modal cannot open)
    view: object | None = None              # bot.core.forms.View

    @classmethod
    def simple(cls, mrkdwn: str, kind: str = "info", visibility: Visibility = "ephemeral") -> "Reply":
        return cls(text=mrkdwn, blocks=[Text(mrkdwn)], visibility=visibility, kind=kind)

    @classmethod
    def error(cls, mrkdwn: str) -> "Reply":
        return cls.simple(mrkdwn, kind="error")


_LINK = regexes.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BARE_LINK = regexes.compile(r"<(https?://[^|>]+)>")
_USER = regexes.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")
_BOLD = regexes.compile(r"(?<![\w\u2060])\*([^*\n]+)\*(?![\w\u2060])")


def to_plain(mrkdwn: str) -> str:
    """Slack mrkdwn as a person would read it in a terminal."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", mrkdwn)
    text = _BARE_LINK.sub(lambda m: m.group(1), text)
    text = CHANNEL_REF.sub(lambda m: "#" + (m.group(2) or m.group(1)), text)
    text = _USER.sub(lambda m: "@" + m.group(1), text)
    text = _BOLD.sub(lambda m: m.group(1), text).replace("\u2060", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def render_plain(reply: Reply) -> str:
    """The console's view of a reply."""
    lines: list[str] = []
    for block in reply.blocks:
        if isinstance(block, Text):
            lines.append(to_plain(block.mrkdwn))
        elif isinstance(block, Note):
            lines.extend("  " + to_plain(item) for item in block.items)
        elif isinstance(block, Buttons):
            shown = [f"[{b.label}]" + (f" ({b.console_hint})" if b.console_hint else "")
                     for b in block.buttons if b.console_hint or b.url]
            if shown:
                lines.append("  " + "  ".join(shown))
        elif isinstance(block, Divider):
            lines.append("  " + "-" * 40)
        elif isinstance(block, Header):
            lines.append(("\n" if lines else "") + "== " + block.text + " ==")
    return "\n".join(lines) if lines else to_plain(reply.text)
