import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
sys.path.insert(0, str(ROOT))

from bot.answers import knowledge  # noqa: E402
from bot.core.clock import SettableClock  # noqa: E402
from bot.core.config import Settings  # noqa: E402


@pytest.fixture(scope="session")
def kb():
    return knowledge.load(KNOWLEDGE)


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
def cli_env(tmp_path):
    """Environment for running the real `cyberbot` process in a scratch folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CYBERBOT_"))}
    env.update({"CYBERBOT_DB": str(tmp_path / "cli.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                "PYTHONIOENCODING": "utf-8"})
    return env
