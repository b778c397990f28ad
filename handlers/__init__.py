"""The Slack side of cyberbot: thin listeners that turn Slack payloads into core calls and
core replies into Block Kit. Nothing under ``bot/`` imports from here; ``cyberbot serve`` does.
"""
