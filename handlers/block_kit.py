"""Core ``Reply`` objects as Slack Block Kit.

Every feature returns the same four block shapes, so one renderer serves them all. Slack's
limits (3,000 characters a section, 75 a button label, 10 context items, 25 buttons, 50
blocks) are enforced here, by splitting or shortening, so a long answer is never rejected
with ``invalid_blocks`` and lost.

Blocks are built as plain dicts rather than slack_sdk's model classes: the models validate
every attribute again in ``to_dict()``, which cost about 0.2 ms an answer, a tenth of all the
CPU a mention took, to re-check limits this module has already applied.
"""

from __future__ import annotations

import json

from bot.answers.commands import SHARE_ACTION
from bot.core.replies import Buttons, Note, Divider, Reply, Text

SECTION_LIMIT = 3000
CONTEXT_ITEMS = 10
CONTEXT_ITEM_LIMIT = 2000
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
BUTTONS_PER_BLOCK = 25
MAX_BLOCKS = 50
FALLBACK_TEXT_LIMIT = 3000

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


BUTTON_STYLES = ("primary", "danger")
URL_LIMIT = 3000


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def _button_dict(label: str, action_id: str, value: str | None = None, style: str | None = None,
                 url: str | None = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": label, "emoji": True},
              "action_id": action_id}
    if value:
        button["value"] = value
    if style in BUTTON_STYLES:
        button["style"] = style
    if url and len(url) <= URL_LIMIT:
        button["url"] = url
    return button


def _button(button, index: int) -> dict:
    action_id = button.action_id
    if button.url:
        # A link button still reports a click; a prefix we own lets us ack it quietly.
        action_id = f"{LINK_ACTION_PREFIX}{index}_{action_id}"[:255]
    return _button_dict(_clip(button.label or "Open", BUTTON_LABEL_LIMIT), action_id[:255],
                        (button.value or "")[:BUTTON_VALUE_LIMIT], button.style, button.url)


def _block(block, counter: list[int]) -> list[dict]:
    if isinstance(block, Text):
        return [{"type": "section", "text": _mrkdwn(piece or " ")} for piece in split_text(block.mrkdwn)]
    if isinstance(block, Note):
        items = [item for item in block.items if item][:CONTEXT_ITEMS]
        if not items:
            return []
        return [{"type": "context", "elements": [_mrkdwn(_clip(item, CONTEXT_ITEM_LIMIT)) for item in items]}]
    if isinstance(block, Buttons):
        out = []
        buttons = list(block.buttons)
        for start in range(0, len(buttons), BUTTONS_PER_BLOCK):
            elements = []
            for button in buttons[start : start + BUTTONS_PER_BLOCK]:
                counter[0] += 1
                elements.append(_button(button, counter[0]))
            out.append({"type": "actions", "elements": elements})
        return out
    if isinstance(block, Divider):
        return [{"type": "divider"}]
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
        share = _button_dict("Share in channel", SHARE_ACTION, value)
        last = built[-1] if built else None
        if last is not None and last["type"] == "actions" and len(last["elements"]) < BUTTONS_PER_BLOCK:
            last["elements"].append(share)
        else:
            built.append({"type": "actions", "elements": [share]})
    if len(built) > MAX_BLOCKS:
        built = built[: MAX_BLOCKS - 1] + [
            {"type": "context", "elements": [_mrkdwn("(This was too long for one Slack message; I cut it short.)")]}
        ]
    return built


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
