"""Reading Block Kit as a person in Slack would: the words shown, and the buttons offered.

Tests assert on what people see, not on the exact shape of blocks, so that a change of layout
that keeps the words and buttons does not break a story.
"""

from __future__ import annotations


def texts(blocks: list[dict]) -> str:
    """Everything a person can read in a message's blocks, as one string (button values excluded)."""
    out = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text"):
                out.append(node.get("text", ""))
            for key, value in node.items():
                if key != "value":
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return "\n".join(out)


def buttons(blocks: list[dict]) -> dict[str, dict]:
    """The buttons in a message's actions blocks, by action_id."""
    return {e["action_id"]: e for b in blocks or [] if b.get("type") == "actions" for e in b.get("elements", [])}
