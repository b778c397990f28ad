"""Block Kit as Slack checks it: what Slack would refuse in a message or a view.

Slack answers ``invalid_blocks`` / ``invalid_arguments`` for blocks it cannot take; the stand-in
runs these checks on ``views.*`` calls, and tests can run them on anything the bot builds.
Each block is parsed with slack_sdk's models and validated, checked for anything lost in the
round trip (an unknown type or field), and for the limits slack_sdk does not check itself.
"""

from __future__ import annotations

from typing import Any

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
_OPTION_LIMITS = {"checkboxes": 10, "radio_buttons": 10, "static_select": 100, "multi_static_select": 100,
                  "overflow": 5}


def block_kit_problems(blocks: Any, max_blocks: int = MESSAGE_BLOCKS) -> list[str]:
    """What Slack would refuse in ``blocks``: each parsed with slack_sdk's models and validated
    (``validate_json`` through ``to_dict``), nothing lost in the round trip (an unknown type or
    field), and the limits slack_sdk does not check itself. Empty when Slack would take them."""
    from slack_sdk.models.blocks import Block

    if not isinstance(blocks, list):
        return ["blocks is not a list"]
    problems = []
    if not blocks or len(blocks) > max_blocks:
        problems.append(f"{len(blocks)} blocks; Slack takes 1 to {max_blocks}")
    block_ids = set()
    for number, raw in enumerate(blocks, start=1):
        try:
            parsed = Block.parse(raw)
            if parsed is None:
                problems.append(f"block {number}: not a block")
                continue
            if parsed.to_dict() != raw:
                problems.append(f"block {number} ({raw.get('type')}): something slack_sdk does not know was lost")
        except Exception as exc:  # noqa: BLE001 - each problem is reported, not raised
            problems.append(f"block {number} ({raw.get('type') if isinstance(raw, dict) else raw}): {exc}")
            continue
        block_id = raw.get("block_id")
        if block_id:
            if block_id in block_ids:
                problems.append(f"block {number}: block_id {block_id!r} used twice")
            block_ids.add(block_id)
        problems += [f"block {number}: {p}" for p in _limit_problems(raw)]
    return problems


def _limit_problems(node: Any) -> list[str]:
    problems: list[str] = []
    action_ids: set[str] = set()

    def walk(item: Any) -> None:
        if isinstance(item, list):
            for x in item:
                walk(x)
            return
        if not isinstance(item, dict):
            return
        kind = item.get("type")
        options = item.get("options")
        if kind in _OPTION_LIMITS and isinstance(options, list) and len(options) > _OPTION_LIMITS[kind]:
            problems.append(f"{kind} has {len(options)} options; Slack takes {_OPTION_LIMITS[kind]}")
        if isinstance(options, list):
            for option in options:
                if len(str((option.get("text") or {}).get("text", ""))) > 75:
                    problems.append("an option's text is over 75 characters")
                if len(str(option.get("value", ""))) > 150:
                    problems.append("an option's value is over 150 characters")
        if kind == "header" and len(str((item.get("text") or {}).get("text", ""))) > 150:
            problems.append("a header is over 150 characters")
        if kind == "input" and len(str((item.get("label") or {}).get("text", ""))) > 2000:
            problems.append("an input label is over 2000 characters")
        for key in ("action_id", "block_id"):
            if len(str(item.get(key, ""))) > 255:
                problems.append(f"{key} over 255 characters")
        if item.get("action_id") and kind not in (None, "input", "section", "actions"):
            if item["action_id"] in action_ids:
                problems.append(f"action_id {item['action_id']!r} used twice in one block")
            action_ids.add(item["action_id"])
        for value in item.values():
            walk(value)

    walk(node)
    return problems


def view_problems(view: Any) -> list[str]:
    """What Slack would refuse in a modal or Home view (``views.open``/``update``/``publish``)."""
    from slack_sdk.models.views import View

    if not isinstance(view, dict):
        return ["the view is not an object"]
    problems = []
    if view.get("type") not in ("modal", "home"):
        problems.append(f"view type {view.get('type')!r}")
    for key in ("title", "submit", "close"):
        text = (view.get(key) or {}).get("text") if isinstance(view.get(key), dict) else view.get(key)
        if text is not None and not 1 <= len(str(text)) <= View.title_max_length:
            problems.append(f"{key} must be 1 to {View.title_max_length} characters: {text!r}")
    if len(str(view.get("private_metadata") or "")) > View.private_metadata_max_length:
        problems.append("private_metadata over 3000 characters")
    if len(str(view.get("callback_id") or "")) > View.callback_id_max_length:
        problems.append("callback_id over 255 characters")
    if view.get("type") == "modal" and any(b.get("type") == "input" for b in view.get("blocks") or []
                                           if isinstance(b, dict)) and not view.get("submit"):
        problems.append("a modal with inputs needs a submit button")
    if view.get("type") == "modal" and not (view.get("title") or {}).get("text"):
        problems.append("a modal needs a title")
    problems += block_kit_problems(view.get("blocks"), VIEW_BLOCKS)
    return problems


def message_problems(payload: dict) -> list[str]:
    """What Slack would refuse in a message (``chat.postMessage``, ``chat.update``, a response_url)."""
    problems = []
    if not payload.get("text") and not payload.get("blocks"):
        problems.append("no text and no blocks")
    if len(str(payload.get("text") or "")) > 40000:
        problems.append("text over 40,000 characters")
    if payload.get("blocks") is not None:
        problems += block_kit_problems(payload["blocks"], MESSAGE_BLOCKS)
    return problems
