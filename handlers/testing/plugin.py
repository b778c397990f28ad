"""cyberbot's pytest plugin: the fixtures every test of the bot shares.

Loaded with ``pytest_plugins = ["handlers.testing.plugin"]`` (``tests/conftest.py`` does), as
errbot ships its test bot, so a test module asks for a fixture by name and imports nothing.

The bot without Slack
    ``kb`` (the knowledge base, loaded once per session), ``clock`` (a ``SettableClock`` at
    Tuesday 24 November 2026, 09:00 UTC), ``settings`` (a scratch database in the test's tmp
    folder), ``messenger`` (a ``RecordingMessenger``), ``cli_env`` (the environment for running
    the real ``cyberbot`` command in a scratch folder).
Slack in this process (fast)
    ``standin`` (a started ``StandinSlack`` for one test) and ``slack_app`` (an
    ``InProcessSlack``: the real Bolt app on a fresh bot, talking to ``standin``);
    ``make_slack_app(**env)`` makes one with more settings.
The real process (slow)
    ``http_bot`` (``cyberbot serve --http`` on a fresh database, against ``standin``);
    ``shared_standin`` / ``shared_http_bot``: the same, started once per test module, the
    stand-in's records reset before each test that uses ``shared_http_bot``.

Tests that start a process are marked ``slow`` (``-m "not slow"`` runs the rest). Tests
that use ``http_bot``, ``shared_http_bot`` or ``cli_env`` are marked here; a test that starts a
process any other way and is not marked fails, saying so.
"""

from __future__ import annotations

import os
import sys
import threading
from datetime import datetime, timezone

import pytest

from bot.answers import knowledge
from bot.core.clock import SettableClock
from bot.core.config import Settings
from handlers.testing.in_process import InProcessSlack, slack_settings
from handlers.testing.process import KNOWLEDGE, BotProcess
from handlers.testing.recording import RecordingMessenger
from handlers.testing.standin import StandinSlack

PROCESS_FIXTURES = frozenset({"http_bot", "shared_http_bot", "_shared_http_process", "cli_env"})
SPAWN_EVENTS = frozenset({"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.fork", "os.forkpty"})


# -- the bot without Slack -------------------------------------------------------------------------

@pytest.fixture(scope="session")
def kb():
    return knowledge.load(KNOWLEDGE)


@pytest.fixture(scope="module")
def answerer(kb):
    """The answer engine on the real knowledge base, one per test module (it remembers rankings)."""
    from bot.answers.answerer import Answerer

    return Answerer(kb)


@pytest.fixture(scope="module")
def gate(answerer):
    """The answerability check the answerer decides with."""
    return answerer.gate


@pytest.fixture
def clock():
    return SettableClock(datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def settings(tmp_path):
    return Settings.from_env(
        {"CYBERBOT_DB": str(tmp_path / "test.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
         "CYBERBOT_TICK_SECONDS": "1"},
    )


@pytest.fixture
def messenger():
    return RecordingMessenger()


@pytest.fixture
def zones():
    """Everyone in Europe/London, as for people whose Slack profile names no zone."""
    from bot.assistant import FixedZones

    return FixedZones("Europe/London")


@pytest.fixture
def make_bot(settings, kb, clock, messenger, zones):
    """Bots on one database (``make_bot()`` again is a restart or a second process); each is
    closed at the end. Keyword arguments replace the settings, clock, messenger, zones or knowledge base."""
    from bot.assistant import CyberBot

    made = []

    def make(settings=settings, **overrides):
        args = dict(clock=clock, messenger=messenger, zones=zones, kb=kb)
        args.update(overrides)
        bot = CyberBot(settings, **args)
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.close()


@pytest.fixture
def bot(make_bot):
    return make_bot()


@pytest.fixture
def cli_env(tmp_path):
    """Environment for running the real `cyberbot` process in a scratch folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CYBERBOT_"))}
    env.update({"CYBERBOT_DB": str(tmp_path / "cli.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                "PYTHONIOENCODING": "utf-8"})
    return env


# -- Slack in this process ---------------------------------------------------------------------------

@pytest.fixture
def standin():
    with StandinSlack() as slack:
        yield slack


@pytest.fixture
def make_slack_app(standin, tmp_path, kb, clock):
    """``make_slack_app(**env)``: an ``InProcessSlack`` with more settings (``CYBERBOT_CURATORS=...``)."""
    made: list[InProcessSlack] = []

    def make(**env: str) -> InProcessSlack:
        db = tmp_path / f"bolt-{len(made)}.db"
        made.append(InProcessSlack(standin, slack_settings(standin, db, **env), clock=clock, kb=kb))
        return made[-1]

    try:
        yield make
    finally:
        for slack in made:
            slack.close()


@pytest.fixture
def slack_app(make_slack_app):
    return make_slack_app()


# -- the real process ----------------------------------------------------------------------------------

@pytest.fixture
def http_bot(standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    with bot:
        yield bot


@pytest.fixture(scope="module")
def shared_standin():
    with StandinSlack() as slack:
        yield slack


@pytest.fixture(scope="module")
def _shared_http_process(shared_standin, tmp_path_factory):
    bot = BotProcess(shared_standin, tmp_path_factory.mktemp("slack") / "cyberbot.db")
    with bot:
        yield bot


@pytest.fixture
def shared_http_bot(_shared_http_process, shared_standin):
    shared_standin.reset()
    if not _shared_http_process.alive:
        _shared_http_process.start()
    yield _shared_http_process


# -- the slow marker -----------------------------------------------------------------------------------

class _Spawns:
    """Processes started while a test is set up or run (an audit hook sees every one)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.watching = 0
        self.seen: list[str] = []

    def __call__(self, event: str, args) -> None:
        if self.watching and event in SPAWN_EVENTS:
            with self.lock:
                what = next((a for a in args[:2] if a), "") if args else ""
                self.seen.append(f"{event} {str(what)[:160]}")

    def watch(self, item):
        with self.lock:
            before = len(self.seen)
            self.watching += 1
        try:
            return (yield)
        finally:
            with self.lock:
                self.watching -= 1
                started = self.seen[before:]
                if not self.watching:
                    self.seen.clear()
            if started and not item.get_closest_marker("slow"):
                pytest.fail(f"{item.nodeid} started a process ({started[0]}) but is not marked slow: add "
                            "@pytest.mark.slow so that `pytest -m 'not slow'` stays fast", pytrace=False)


_spawns = _Spawns()
sys.addaudithook(_spawns)  # once, when the plugin is imported: audit hooks cannot be removed


def pytest_sessionstart(session):
    """On a machine that has never drawn a chart, matplotlib builds its font cache the first time it is
    imported, asking ``fc-list`` (a process) for the fonts: the machine's setup, done once here before
    any test is watched, not the start of a process by whichever test happens to draw first."""
    try:
        import matplotlib.font_manager  # noqa: F401
    except ImportError:     # charts are optional to the tests that do not draw
        pass


def pytest_collection_modifyitems(items):
    for item in items:
        if PROCESS_FIXTURES & set(getattr(item, "fixturenames", ())) and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _spawns.watch(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _spawns.watch(item))
