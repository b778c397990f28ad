"""``cyberbot chat``: the bot in a terminal, with no Slack at all.

It takes exactly what a Slack user would type and goes through the same router, and the
scheduler runs in the background so reminders and poll closes appear while you chat.

At a terminal it behaves like a shell: line editing and history (the standard library's
``readline``; the history is kept in the user's data folder), Ctrl-C clears a half-typed line,
Ctrl-D or ``/quit`` leaves, and whatever the bot posts on its own (a reminder, a poll update)
is printed above the prompt, which is then drawn again with what was being typed. ``helpful``
and ``not helpful`` stand in for the feedback buttons under the last answer.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from bot.assistant import CyberBot
from bot.core.messenger import ConsoleMessenger
from bot.core.replies import Buttons, Reply, render_plain
from bot.core.router import Request

CONSOLE_USER = "console"
CONSOLE_CHANNEL = "console-channel"
PROMPT = "you> "
HISTORY_LINES = 1000
BANNER = (
    "cyberbot console: ask about council cyber security, or type /cyber help.\n"
    "Up and Down recall earlier lines; Ctrl-C clears the line; Ctrl-D or /quit leaves."
)
QUIT_WORDS = ("quit", "exit", "/quit", "/exit")
FEEDBACK_WORDS = {"helpful": "feedback_helpful", "not helpful": "feedback_not_helpful",
                  "unhelpful": "feedback_not_helpful"}


def data_folder(env: dict | None = None) -> Path:
    """Where the console keeps its history: ``$XDG_DATA_HOME/cyberbot`` (or the platform's own)."""
    env = os.environ if env is None else env
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "cyberbot"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "cyberbot"
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cyberbot"


class Terminal:
    """The console's output: the bot's own posts go above the prompt, which is then redrawn."""

    def __init__(self, out: TextIO, readline_module=None):
        self.out = out
        self.readline = readline_module
        self.prompting = False
        self._lock = threading.RLock()
        self._pending = False

    def write(self, text: str) -> int:
        with self._lock:
            if self.prompting and not self._pending:
                self.out.write("\r\x1b[K")      # clear the half-typed line; it is drawn again below
                self._pending = True
            return self.out.write(text.lstrip("\n") if self._pending and self.prompting else text)

    def flush(self) -> None:
        with self._lock:
            if self.prompting and self._pending:
                typed = self.readline.get_line_buffer() if self.readline is not None else ""
                self.out.write(PROMPT + typed)
                self._pending = False
            self.out.flush()


class CtrlC:
    """Makes a Ctrl-C pressed while readline is busy still clear the line at once.

    CPython's ``readline`` waits for a key in ``select()`` and looks at signals only when that call
    is interrupted: a SIGINT that lands while it is drawing the prompt or taking in the keys
    before (a fast typist, a loaded machine) is noted but not acted on, and the line stays until
    the next signal: the person has to press Ctrl-C again. So every signal is also written to a
    pipe (``signal.set_wakeup_fd``), and a thread reading it, on a SIGINT, nudges the main thread
    with a signal whose handler does nothing while the prompt is up and the interrupt has not been
    taken (a few times, further apart each time, for about a second): each nudge interrupts
    ``select()``, and Python then runs the pending SIGINT's handler. A nudge when nothing is
    pending only makes readline wait again.
    """

    NUDGE = getattr(signal, "SIGUSR2", None)
    NUDGE_GAPS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64)

    def __init__(self, terminal: "Terminal"):
        self.terminal = terminal
        self.taken = 0                      # KeyboardInterrupts the input loop has handled
        self._main = threading.main_thread().ident
        self._pipe: tuple[int, int] | None = None
        self._old_fd = -1
        self._old_nudge = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.NUDGE is None or not hasattr(signal, "pthread_kill") \
                or threading.current_thread() is not threading.main_thread():
            return
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        try:
            self._old_nudge = signal.signal(self.NUDGE, lambda signum, frame: None)
            self._old_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        except (ValueError, OSError):
            os.close(read_end)
            os.close(write_end)
            return
        self._pipe = (read_end, write_end)
        self._thread = threading.Thread(target=self._watch, name="console-ctrl-c", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._pipe is None:
            return
        signal.set_wakeup_fd(self._old_fd)
        signal.signal(self.NUDGE, self._old_nudge)
        read_end, write_end = self._pipe
        self._pipe = None
        os.close(write_end)                 # the watcher's read returns b"": it ends
        self._thread.join(5)
        os.close(read_end)

    def _watch(self) -> None:
        read_end = self._pipe[0]
        while True:
            try:
                got = os.read(read_end, 64)
            except OSError:
                return
            if not got:
                return
            if signal.SIGINT in got:
                self._nudge(self.taken)

    def _nudge(self, taken_before: int) -> None:
        for gap in self.NUDGE_GAPS:
            time.sleep(gap)
            if self.taken != taken_before or self._pipe is None:
                return
            if self.terminal.prompting:
                signal.pthread_kill(self._main, self.NUDGE)


def _history(readline_module, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            readline_module.read_history_file(str(path))
    except OSError:
        pass
    readline_module.set_history_length(HISTORY_LINES)


def _save_history(readline_module, path: Path | None) -> None:
    if readline_module is None or path is None:
        return
    try:
        readline_module.write_history_file(str(path))
    except OSError:
        pass


def feedback_value(reply: Reply | None, action_id: str) -> str | None:
    """The value the last reply's feedback button would send, when it has one."""
    if reply is None:
        return None
    for block in reply.blocks:
        if isinstance(block, Buttons):
            for button in block.buttons:
                if button.action_id == action_id:
                    return button.value
    return None


class Session:
    """One person at the console: what they type, and the stand-ins for Slack's buttons."""

    def __init__(self, bot: CyberBot):
        self.bot = bot
        self.ctx = Request(user_id=CONSOLE_USER, channel_id=CONSOLE_CHANNEL, surface="console", user_name="you")
        self.last_answer: Reply | None = None

    def respond(self, line: str) -> str:
        words = " ".join(line.lower().split()).rstrip(".!")
        if words in FEEDBACK_WORDS:
            return self.feedback(FEEDBACK_WORDS[words])
        reply = self.bot.handle(line, self.ctx)
        text = render_plain(reply)
        if feedback_value(reply, "feedback_helpful") is not None:
            self.last_answer = reply
            text += "\n  (Type `helpful` or `not helpful` to tell the curators.)"
        return text

    def feedback(self, action_id: str) -> str:
        value = feedback_value(self.last_answer, action_id)
        if value is None:
            return "There's no answer to rate yet: ask me something first, then type `helpful` or `not helpful`."
        result = self.bot.handle_action(action_id, value, self.ctx)
        shown = result.ephemeral or result.replace_original
        return render_plain(shown) if shown is not None else "Thanks for the feedback."


def run(bot: CyberBot, stdin: TextIO | None = None, stdout: TextIO | None = None,
        history_path: Path | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    session = Session(bot)
    if interactive:
        return _run_interactive(bot, session, stdout, history_path)
    bot.scheduler.start()
    try:
        for line in stdin:
            line = line.strip()
            if not line:
                continue
            if line.lower() in QUIT_WORDS:
                break
            stdout.write(session.respond(line) + "\n\n")
            stdout.flush()
    except KeyboardInterrupt:
        pass
    finally:
        bot.scheduler.stop()
    return 0


def _run_interactive(bot: CyberBot, session: Session, stdout: TextIO, history_path: Path | None) -> int:
    try:
        import readline as readline_module
    except ImportError:  # Windows without pyreadline: no editing, but everything else works
        readline_module = None
    history = history_path or (data_folder() / "history")
    if readline_module is not None:
        _history(readline_module, history)
    terminal = Terminal(stdout, readline_module)
    if isinstance(bot.messenger, ConsoleMessenger):
        bot.messenger.out = terminal
    stdout.write(BANNER + "\n")
    ctrl_c = CtrlC(terminal)
    if readline_module is not None:
        ctrl_c.start()
    bot.scheduler.start()
    try:
        while True:
            try:
                terminal.prompting = True
                try:
                    line = input(PROMPT).strip()
                finally:
                    terminal.prompting = False
                if not line:
                    continue
                if line.lower() in QUIT_WORDS:
                    break
                stdout.write(session.respond(line) + "\n\n")
                stdout.flush()
            except KeyboardInterrupt:
                # Ctrl-C drops the half-typed line (or what was being printed); only Ctrl-D or /quit leave.
                ctrl_c.taken += 1
                stdout.write("^C\n")
                stdout.flush()
            except EOFError:
                break
    finally:
        stdout.write("\nBye.\n")
        ctrl_c.stop()
        bot.scheduler.stop()
        _save_history(readline_module, history if readline_module is not None else None)
    return 0
