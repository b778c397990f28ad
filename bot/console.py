"""``cyberbot chat``: the bot in a terminal, with no Slack at all.

It takes exactly what a Slack user would type and goes through the same router, and the
scheduler runs in the background so reminders and poll closes appear while you chat.
"""

from __future__ import annotations

import sys
from typing import TextIO

from bot.assistant import CyberBot
from bot.core.router import Request
from bot.core.replies import render_plain

CONSOLE_USER = "console"
CONSOLE_CHANNEL = "console-channel"
BANNER = (
    "cyberbot console: ask about council cyber security, or type /cyber help.\n"
    "Ctrl-D or Ctrl-C (or type quit) to leave."
)


def run(bot: CyberBot, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    ctx = Request(user_id=CONSOLE_USER, channel_id=CONSOLE_CHANNEL, surface="console", user_name="you")
    if interactive:
        stdout.write(BANNER + "\n")
    bot.scheduler.start()
    try:
        while True:
            if interactive:
                stdout.write("you> ")
                stdout.flush()
            try:
                line = stdin.readline()
            except KeyboardInterrupt:
                break
            if not line:
                break
            line = line.strip()
            if not line:
                continue
            if line.lower() in ("quit", "exit", "/quit", "/exit"):
                break
            reply = bot.handle(line, ctx)
            stdout.write(render_plain(reply) + "\n\n")
            stdout.flush()
    except KeyboardInterrupt:
        pass
    finally:
        if interactive:
            stdout.write("\nBye.\n")
        bot.scheduler.stop()
    return 0
