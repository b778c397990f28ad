"""The console feels like a shell: line editing and history that survive a restart, Ctrl-C
clears a half-typed line, Ctrl-D leaves, what the bot posts on its own lands above the prompt
(which comes back with what was being typed), ``helpful`` / ``not helpful`` rate the last
answer, ``/cyber home`` shows the App Home, and a bare ``cyberbot`` starts it when there is no
Slack to serve (see test_cli)."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import signal
import subprocess
import termios
import time

import pytest

from bot import console
from bot.assistant import CyberBot
from handlers.testing.process import cyberbot_command

UP = "\x1b[A"


@pytest.fixture
def bot(settings, clock, kb):
    bot = CyberBot(settings, clock=clock, kb=kb)
    yield bot
    bot.close()


def chat(bot, text: str) -> str:
    out = io.StringIO()
    assert console.run(bot, io.StringIO(text), out) == 0
    return out.getvalue()


def test_helpful_and_not_helpful_rate_the_last_answer(bot):
    out = chat(bot, "What is Web Check?\nnot helpful\n")
    assert "Type `helpful` or `not helpful`" in out
    assert "Thanks" in out.split("not helpful`", 1)[1]
    [gap] = [g for g in bot.answerer.gaps.gaps() if g.kind == "not helpful"]
    assert "Web Check" in gap.question


def test_helpful_before_any_answer_says_what_to_do(bot):
    out = chat(bot, "helpful\n")
    assert "no answer to rate yet" in out


def test_cyber_home_prints_what_the_app_home_shows(bot):
    out = chat(bot, "/cyber remind tomorrow 9am submit the stocktake\n/cyber home\n")
    home = out.split("== cyberbot ==", 1)[1]
    assert "Your reminders" in home and "submit the stocktake" in home
    assert "[Cancel] (/cyber reminders cancel 1)" in home
    assert "Polls you created" in home and "Coming up" in home


def test_the_history_file_lives_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(console.sys, "platform", "linux")
    assert console.data_folder({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "cyberbot"
    assert console.data_folder({}) == console.Path.home() / ".local" / "share" / "cyberbot"


# -- at a real terminal ----------------------------------------------------------------------------

def _own_terminal() -> None:
    """In the child: a session of its own with the pty as its terminal, so Ctrl-C is a SIGINT, acted on as a
    shell's foreground job acts on it: a test run started in the background (``pytest ... &``, where the shell
    ignores SIGINT and SIGQUIT) must not hand its children a Ctrl-C that does nothing."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    for number in (signal.SIGINT, signal.SIGQUIT):
        signal.signal(number, signal.SIG_DFL)


class Pty:
    """``cyberbot chat`` on a pseudo-terminal, typed at like a person would."""

    def __init__(self, env: dict, cwd):
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(cyberbot_command() + ["chat"], stdin=slave, stdout=slave, stderr=slave,
                                        env=env, cwd=cwd, close_fds=True, preexec_fn=_own_terminal)
        os.close(slave)
        self.seen = ""

    def read_until(self, text: str, timeout: float = 40.0, after: int = 0) -> str:
        """Wait until ``text`` is on the screen (printed after position ``after``)."""
        deadline = time.monotonic() + timeout
        while text not in self.seen[after:]:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"never saw {text!r}; the screen so far:\n{self.seen[-2000:]}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:
                    break
        return self.seen

    def poll(self) -> None:
        """Take in whatever the terminal has printed so far, without waiting."""
        while select.select([self.master], [], [], 0)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.seen += chunk.decode("utf-8", "replace")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def mark(self) -> int:
        return len(self.seen)

    def close(self) -> int:
        try:
            return self.process.wait(20)
        finally:
            os.close(self.master)


@pytest.fixture
def terminal(cli_env, tmp_path):
    env = dict(cli_env, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path), TERM="xterm",
               CYBERBOT_TICK_SECONDS="0.2")
    term = Pty(env, tmp_path)
    yield term
    if term.process.poll() is None:
        term.process.kill()
        term.process.wait(10)


@pytest.mark.slow
def test_at_a_terminal_lines_can_be_recalled_and_ctrl_c_clears_the_line(terminal, tmp_path):
    terminal.read_until("you> ")
    mark = terminal.mark()
    terminal.type("/cyber topics\r")
    terminal.read_until("What I know about", after=mark)
    shown = terminal.seen.index("What I know about", mark)
    terminal.read_until("you> ", after=shown)           # the prompt is back: readline is reading
    for _ in range(8):
        # Ctrl-C while readline is still taking in the keys typed before it (a fast typist, a
        # loaded machine): CPython's readline notices a signal only while it waits for a key, so
        # without the console's nudge about a quarter of these presses were never acted on
        mark = terminal.mark()
        terminal.type("half a thought " * 20)
        terminal.read_until("half", after=mark)
        terminal.type("\x03")
        terminal.read_until("^C", timeout=10.0, after=mark)
        cleared = terminal.seen.index("^C", mark)
        terminal.read_until("you> ", after=cleared)
    assert terminal.process.poll() is None               # Ctrl-C cleared the line; it did not quit
    mark = terminal.mark()
    terminal.type(UP + "\r")                             # the last line entered comes back
    terminal.read_until("What I know about", after=mark)
    shown = terminal.seen.index("What I know about", mark)
    terminal.read_until("you> ", after=shown)
    terminal.type("\x04")                                # Ctrl-D leaves
    terminal.read_until("Bye.")
    assert terminal.close() == 0
    history = (tmp_path / "data" / "cyberbot" / "history").read_text()
    assert "/cyber topics" in history and "half a thought" not in history


@pytest.mark.slow
def test_a_reminder_arriving_mid_line_lands_above_the_prompt_and_the_line_comes_back(terminal):
    terminal.read_until("you> ")
    mark = terminal.mark()
    terminal.type("/cyber remind in 2 seconds stretch your legs\r")
    terminal.read_until("I'll remind you", after=mark)
    confirmed = terminal.seen.index("I'll remind you", mark)
    terminal.read_until("you> ", after=confirmed)
    terminal.type("what is web")
    terminal.read_until("Reminder: stretch your legs", after=confirmed)
    delivered = terminal.seen.index("Reminder: stretch your legs", confirmed)
    terminal.read_until("you> what is web", after=delivered, timeout=20)   # the prompt, with the typing
    terminal.type(" check?\r")
    terminal.read_until("Web Check", after=delivered)
    terminal.type("/quit\r")
    terminal.read_until("Bye.")
    assert terminal.close() == 0
