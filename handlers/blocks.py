"""Core ``Reply`` objects as Slack Block Kit.

Every feature returns the same four block shapes, so one renderer serves them all. Slack's
limits (3,000 characters a section, 75 a button label, 10 context items, 25 buttons, 50
blocks) are enforced here, by splitting or shortening, so a long answer is never rejected
with ``invalid_blocks`` and lost.
"""

from __future__ import annotations

import json

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.replies import Buttons, Context, Divider, Reply, Text

SECTION_LIMIT = 3000
CONTEXT_ITEMS = 10
CONTEXT_ITEM_LIMIT = 2000
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
BUTTONS_PER_BLOCK = 25
MAX_BLOCKS = 50
FALLBACK_TEXT_LIMIT = 3000

SHARE_ACTION = "share_answer"
LINK_ACTION_PREFIX = "link_"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def split_text(mrkdwn: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Pieces of at most ``limit`` characters, broken at line ends (or spaces) where possible."""
    pieces: list[str] = []
    rest = mrkdwn
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest.strip() or not pieces:
        pieces.append(rest)
    return pieces


def _button(button, index: int) -> ButtonElement:
    action_id = button.action_id
    if button.url:
        # A link button still reports a click; a prefix we own lets us ack it quietly.
        action_id = f"{LINK_ACTION_PREFIX}{index}_{action_id}"[:255]
    return ButtonElement(
        text=PlainTextObject(text=_clip(button.label or "Open", BUTTON_LABEL_LIMIT), emoji=True),
        action_id=action_id[:255],
        value=(button.value or None) and button.value[:BUTTON_VALUE_LIMIT],
        style=button.style,
        url=button.url,
    )


def _block(block, counter: list[int]) -> list:
    if isinstance(block, Text):
        return [SectionBlock(text=MarkdownTextObject(text=piece or " ")) for piece in split_text(block.mrkdwn)]
    if isinstance(block, Context):
        items = [item for item in block.items if item][:CONTEXT_ITEMS]
        if not items:
            return []
        return [ContextBlock(elements=[MarkdownTextObject(text=_clip(item, CONTEXT_ITEM_LIMIT)) for item in items])]
    if isinstance(block, Buttons):
        out = []
        buttons = list(block.buttons)
        for start in range(0, len(buttons), BUTTONS_PER_BLOCK):
            elements = []
            for button in buttons[start : start + BUTTONS_PER_BLOCK]:
                counter[0] += 1
                elements.append(_button(button, counter[0]))
            out.append(ActionsBlock(elements=elements))
        return out
    if isinstance(block, Divider):
        return [DividerBlock()]
    return []


def share_value(reply: Reply) -> str | None:
    """What the "Share in channel" button needs to post the answer again, visibly."""
    entry_id = reply.data.get("entry_id")
    if reply.kind != "answer" or not entry_id:
        return None
    question = str(reply.data.get("question") or "")[:1500]
    return json.dumps({"id": entry_id, "q": question}, ensure_ascii=False)


def to_blocks(reply: Reply, shareable: bool = False) -> list[dict]:
    """Block Kit dicts for a reply; ``shareable`` adds "Share in channel" to an answer."""
    counter = [0]
    built = []
    for block in reply.blocks:
        built.extend(_block(block, counter))
    value = share_value(reply) if shareable else None
    if value:
        share = ButtonElement(text=PlainTextObject(text="Share in channel", emoji=True), action_id=SHARE_ACTION,
                              value=value)
        last = built[-1] if built else None
        if isinstance(last, ActionsBlock) and len(last.elements) < BUTTONS_PER_BLOCK:
            last.elements.append(share)
        else:
            built.append(ActionsBlock(elements=[share]))
    if len(built) > MAX_BLOCKS:
        built = built[: MAX_BLOCKS - 1] + [
            ContextBlock(elements=[MarkdownTextObject(text="(This was too long for one Slack message; I cut it short.)")])
        ]
    return [b.to_dict() for b in built]


def fallback_text(reply: Reply) -> str:
    """The notification text Slack shows where blocks cannot be (push alerts, screen readers)."""
    text = reply.text
    if not text:
        for block in reply.blocks:
            if isinstance(block, Text):
                text = block.mrkdwn
                break
    return _clip(text or "cyberbot", FALLBACK_TEXT_LIMIT)


def message(reply: Reply, shareable: bool = False) -> dict:
    """``text`` and ``blocks`` for chat.postMessage, chat.update or a response_url."""
    return {"text": fallback_text(reply), "blocks": to_blocks(reply, shareable)}
