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
from bot.core.replies import Buttons, Divider, Header, Note, Reply, Text
from bot.core.forms import (Checkboxes, ConversationPicker, DatePicker, PeoplePicker, Select, TextInput, TimePicker,
                            View, INPUTS)

SECTION_LIMIT = 3000
CONTEXT_ITEMS = 10
CONTEXT_ITEM_LIMIT = 2000
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
BUTTONS_PER_BLOCK = 25
MAX_BLOCKS = 50
FALLBACK_TEXT_LIMIT = 3000

LINK_ACTION_PREFIX = "link_"
HEADER_LIMIT = 150
VIEW_BLOCKS = 100
TITLE_LIMIT = 24
OPTION_TEXT_LIMIT = 75
INPUT_ACTION = "value"   # every input block has one element, always with this action id


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
    if isinstance(block, Header):
        return [{"type": "header", "text": _plain_text(_clip(block.text or " ", HEADER_LIMIT))}]
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


# -- forms (modals) and the Home tab -----------------------------------------------------------------
LABEL_LIMIT = 2000
HINT_LIMIT = 2000
PLACEHOLDER_LIMIT = 150
TEXT_INPUT_LIMIT = 3000       # the most a plain_text_input holds


def _plain_text(text: str) -> dict:
    return {"type": "plain_text", "text": text, "emoji": True}


def _option(choice) -> dict:
    return {"text": _plain_text(_clip(choice.label, OPTION_TEXT_LIMIT)), "value": choice.value[:150]}


def _element(block) -> dict:
    if isinstance(block, TextInput):
        element = {"type": "plain_text_input", "action_id": INPUT_ACTION, "multiline": block.multiline}
        if block.initial:
            element["initial_value"] = block.initial[:block.max_length or TEXT_INPUT_LIMIT]
        if block.placeholder:
            element["placeholder"] = _plain_text(_clip(block.placeholder, PLACEHOLDER_LIMIT))
        if block.max_length:
            element["max_length"] = block.max_length
        return element
    if isinstance(block, Checkboxes):
        element = {"type": "checkboxes", "action_id": INPUT_ACTION, "options": [_option(c) for c in block.choices]}
        initial = [_option(c) for c in block.choices if c.value in block.initial]
        if initial:
            element["initial_options"] = initial
        return element
    if isinstance(block, Select):
        element = {"type": "static_select", "action_id": INPUT_ACTION, "options": [_option(c) for c in block.choices]}
        chosen = [_option(c) for c in block.choices if c.value == block.initial]
        if chosen:
            element["initial_option"] = chosen[0]
        return element
    if isinstance(block, DatePicker):
        element = {"type": "datepicker", "action_id": INPUT_ACTION}
        if block.initial:
            element["initial_date"] = block.initial.isoformat()
        return element
    if isinstance(block, TimePicker):
        element = {"type": "timepicker", "action_id": INPUT_ACTION}
        if block.initial:
            element["initial_time"] = block.initial
        return element
    if isinstance(block, ConversationPicker):
        element = {"type": "conversations_select", "action_id": INPUT_ACTION,
                   "filter": {"include": ["public", "private"], "exclude_bot_users": True}}
        if block.initial:
            element["initial_conversation"] = block.initial
        elif block.current:
            element["default_to_current_conversation"] = True
        return element
    if isinstance(block, PeoplePicker):
        element = {"type": "multi_users_select", "action_id": INPUT_ACTION}
        if block.initial:
            element["initial_users"] = list(block.initial)
        return element
    raise TypeError(f"not an input: {block!r}")


def _input_block(block) -> dict:
    out = {"type": "input", "block_id": block.block_id, "label": _plain_text(_clip(block.label, LABEL_LIMIT)),
           "element": _element(block), "optional": bool(block.optional)}
    if block.hint:
        out["hint"] = _plain_text(_clip(block.hint, HINT_LIMIT))
    return out


def view_blocks(blocks) -> list[dict]:
    counter = [0]
    built: list[dict] = []
    for block in blocks:
        if isinstance(block, INPUTS):
            built.append(_input_block(block))
        else:
            built.extend(_block(block, counter))
    if len(built) > VIEW_BLOCKS:
        built = built[: VIEW_BLOCKS - 1] + [
            {"type": "context", "elements": [_mrkdwn("(There was more than fits here; I cut it short.)")]}]
    return built or [{"type": "section", "text": _mrkdwn(" ")}]


def view(v) -> dict:
    """A ``View`` as Slack's view object, for ``views.open``, ``views.update`` and ``views.publish``."""
    out = {"type": v.kind, "blocks": view_blocks(v.blocks)}
    if v.callback_id:
        out["callback_id"] = v.callback_id[:255]
    if v.metadata:
        out["private_metadata"] = v.metadata[:3000]
    if v.kind == "modal":
        out["title"] = _plain_text(_clip(v.title or "cyberbot", TITLE_LIMIT))
        if v.submit:
            out["submit"] = _plain_text(_clip(v.submit, TITLE_LIMIT))
        out["close"] = _plain_text(_clip(v.close or "Cancel", TITLE_LIMIT))
        if v.notify_on_close:
            out["notify_on_close"] = True
    return out


def state_values(state: dict | None) -> dict:
    """``view.state.values`` as the core reads it: block id -> text, date, time, chosen value(s) or None."""
    values: dict = {}
    for block_id, actions in ((state or {}).get("values") or {}).items():
        if not isinstance(actions, dict):
            continue
        for element in actions.values():
            if not isinstance(element, dict):
                continue
            values[str(block_id)] = _element_value(element)
            break
    return values


def _element_value(element: dict):
    kind = element.get("type")
    if kind == "datepicker":
        return element.get("selected_date")
    if kind == "timepicker":
        return element.get("selected_time")
    if kind == "conversations_select":
        return element.get("selected_conversation")
    if kind == "channels_select":
        return element.get("selected_channel")
    if kind == "multi_users_select":
        return [u for u in element.get("selected_users") or [] if isinstance(u, str)]
    if kind in ("checkboxes", "multi_static_select"):
        return [o.get("value") for o in element.get("selected_options") or [] if isinstance(o, dict)]
    if kind in ("static_select", "radio_buttons"):
        chosen = element.get("selected_option")
        return chosen.get("value") if isinstance(chosen, dict) else None
    value = element.get("value")
    return value if isinstance(value, str) else None
